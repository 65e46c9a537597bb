import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The GOV.UK success banner, announced politely: something was saved or done. It takes focus when it appears, so after
 * Save (or Discard) the worker is at the confirmation, never at the top of the page.
 */
export function SuccessBanner({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div
      className="govuk-notification-banner govuk-notification-banner--success"
      role="status"
      aria-labelledby="success-title"
      tabIndex={-1}
      ref={ref}
      data-testid="success-banner"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="success-title">
          Success
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{children}</p>
      </div>
    </div>
  );
}
