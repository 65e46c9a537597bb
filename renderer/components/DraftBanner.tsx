/** Says that the form shows typing restored from a draft, with a button to throw it away. */
export function DraftBanner({ restoredAt, onDiscard }: { restoredAt: string | null; onDiscard(): void }) {
  if (!restoredAt) return null;
  return (
    <div className="govuk-notification-banner" role="region" aria-labelledby="draft-title">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="draft-title">
          Unsaved changes restored
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-body">
          This page shows what you typed on {new Date(restoredAt).toLocaleString('en-GB')} but did not save. Save it, or{' '}
          <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={onDiscard}>
            Discard the unsaved changes
          </button>
        </p>
      </div>
    </div>
  );
}
