import { useEffect, useRef, type ReactNode } from 'react';

/** The page's heading: sets the window title and takes focus when the page opens, so screen readers announce it. */
export function PageHeading({ children, title, caption }: { children: ReactNode; title: string; caption?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – Crossings`;
    ref.current?.focus();
  }, [title]);
  return (
    <>
      {caption ? <span className="govuk-caption-l">{caption}</span> : null}
      <h1 className="govuk-heading-l" ref={ref} tabIndex={-1}>
        {children}
      </h1>
    </>
  );
}
