import { useId, type ReactNode } from 'react';
import { FormGroup } from './FormGroup';
import { useField } from './FormProvider';
import type { Option } from './optionsFrom';

/** GOV.UK radios for one choice in the form, by its path; the first option carries the field's id. */
export function Radios<V extends string>({ path, label, hint, options, inline, small }: {
  path: string;
  label: string;
  hint?: ReactNode;
  options: readonly Option<V>[];
  inline?: boolean;
  small?: boolean;
}) {
  const field = useField<V | null>(path);
  const name = useId();
  const classes = ['govuk-radios', inline ? 'govuk-radios--inline' : '', small ? 'govuk-radios--small' : ''].filter(Boolean).join(' ');
  return (
    <FormGroup id={field.id} as="fieldset" label={label} labelSize="s" hint={hint} error={field.error}>
      <div className={classes}>
        {options.map((option, index) => {
          const id = index === 0 ? field.id : `${field.id}-${option.value}`;
          return (
            <div className="govuk-radios__item" key={option.value}>
              <input
                className="govuk-radios__input"
                id={id}
                name={name}
                type="radio"
                value={option.value}
                checked={field.value === option.value}
                onChange={() => field.set(option.value)}
              />
              <label className="govuk-label govuk-radios__label" htmlFor={id}>
                {option.label}
              </label>
              {option.hint ? <div className="govuk-hint govuk-radios__hint">{option.hint}</div> : null}
            </div>
          );
        })}
      </div>
    </FormGroup>
  );
}
