import type { ReactNode } from 'react';
import { describedByIds, FormGroup } from './FormGroup';
import { useField } from './FormProvider';

/** One checkbox for a yes-or-no in the form, by its path; its label says what ticking it means. */
export function Checkbox({ path, label, hint }: { path: string; label: string; hint?: ReactNode }) {
  const field = useField<boolean>(path);
  const hintId = `${field.id}-hint`;
  return (
    <FormGroup id={field.id} error={field.error}>
      {(describedBy) => (
        <div className="govuk-checkboxes govuk-checkboxes--small">
          <div className="govuk-checkboxes__item">
            <input
              className="govuk-checkboxes__input"
              id={field.id}
              name={path}
              type="checkbox"
              checked={field.value === true}
              aria-describedby={describedByIds(hint ? hintId : undefined, describedBy)}
              onChange={(event) => field.set(event.target.checked)}
            />
            <label className="govuk-label govuk-checkboxes__label" htmlFor={field.id}>
              {label}
            </label>
            {hint ? <div id={hintId} className="govuk-hint govuk-checkboxes__hint">{hint}</div> : null}
          </div>
        </div>
      )}
    </FormGroup>
  );
}
