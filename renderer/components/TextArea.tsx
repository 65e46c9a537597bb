import type { ReactNode } from 'react';
import { FormGroup } from './FormGroup';
import { useField } from './FormProvider';

/** A box for a longer answer in the form, by its path. */
export function TextArea({ path, label, hint, rows = 5 }: { path: string; label: string; hint?: ReactNode; rows?: number }) {
  const field = useField<string>(path);
  return (
    <FormGroup id={field.id} label={label} hint={hint} error={field.error}>
      {(describedBy) => (
        <textarea
          className={`govuk-textarea${field.error ? ' govuk-textarea--error' : ''}`}
          id={field.id}
          name={path}
          rows={rows}
          value={field.value ?? ''}
          aria-describedby={describedBy}
          onChange={(event) => field.set(event.target.value)}
        />
      )}
    </FormGroup>
  );
}
