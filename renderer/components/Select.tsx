import type { ReactNode } from 'react';
import { FormGroup } from './FormGroup';
import { useField } from './FormProvider';
import type { Option } from './optionsFrom';

/** A GOV.UK select for one choice from a long list, by its path; the blank option means nothing chosen. */
export function Select<V extends string>({ path, label, hint, options, blankLabel }: {
  path: string;
  label: string;
  hint?: ReactNode;
  options: readonly Option<V>[];
  blankLabel?: string;
}) {
  const field = useField<V | null>(path);
  return (
    <FormGroup id={field.id} label={label} hint={hint} error={field.error}>
      {(describedBy) => (
        <select
          className={`govuk-select${field.error ? ' govuk-select--error' : ''}`}
          id={field.id}
          name={path}
          value={field.value ?? ''}
          aria-describedby={describedBy}
          onChange={(event) => field.set(event.target.value === '' ? null : (event.target.value as V))}
        >
          {blankLabel !== undefined ? <option value="">{blankLabel}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FormGroup>
  );
}
