import type { ReactNode } from 'react';
import { FormGroup } from './FormGroup';
import { useField } from './FormProvider';
import type { Option } from './optionsFrom';

/** GOV.UK checkboxes for several choices in the form, by its path; the first option carries the field's id. */
export function Checkboxes<V extends string>({ path, label, hint, options }: {
  path: string;
  label: string;
  hint?: ReactNode;
  options: readonly Option<V>[];
}) {
  const field = useField<V[]>(path);
  const chosen = field.value ?? [];
  return (
    <FormGroup id={field.id} as="fieldset" label={label} labelSize="s" hint={hint} error={field.error}>
      <div className="govuk-checkboxes govuk-checkboxes--small">
        {options.map((option, index) => {
          const id = index === 0 ? field.id : `${field.id}-${option.value}`;
          return (
            <div className="govuk-checkboxes__item" key={option.value}>
              <input
                className="govuk-checkboxes__input"
                id={id}
                type="checkbox"
                checked={chosen.includes(option.value)}
                onChange={(event) =>
                  field.set(event.target.checked ? [...chosen, option.value] : chosen.filter((value) => value !== option.value))
                }
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
    </FormGroup>
  );
}
