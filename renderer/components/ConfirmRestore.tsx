import { FormGroup } from './FormGroup';

/** The last step of restoring a backup: the worker ticks that they understand, then restores. */
export function ConfirmRestore({ confirmed, onConfirmedChange, busy }: { confirmed: boolean; onConfirmedChange(confirmed: boolean): void; busy: boolean }) {
  return (
    <>
      <FormGroup id="confirm-restore">
        <div className="govuk-checkboxes govuk-checkboxes--small">
          <div className="govuk-checkboxes__item">
            <input
              className="govuk-checkboxes__input"
              id="confirm-restore"
              type="checkbox"
              checked={confirmed}
              onChange={(event) => onConfirmedChange(event.target.checked)}
            />
            <label className="govuk-label govuk-checkboxes__label" htmlFor="confirm-restore">
              I understand that the case records will be replaced by this backup
            </label>
          </div>
        </div>
      </FormGroup>
      <button type="submit" className="govuk-button govuk-button--warning" disabled={busy}>
        Restore this backup
      </button>
    </>
  );
}
