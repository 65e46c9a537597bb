import type { ReactNode } from 'react';
import { LONG_TEXT_MAX } from '../../domain/case/schemas';
import { CharacterCount } from './CharacterCount';
import { describedByIds, FormGroup } from './FormGroup';
import { useField } from './FormProvider';

/** A box for a longer answer in the form, by its path, with a count of the characters left before its limit. */
export function TextArea({ path, label, hint, rows = 5, max = LONG_TEXT_MAX }: { path: string; label: string; hint?: ReactNode; rows?: number; max?: number }) {
  const field = useField<string>(path);
  const value = field.value ?? '';
  const countId = `${field.id}-info`;
  return (
    <FormGroup id={field.id} label={label} hint={hint} error={field.error} className="govuk-character-count">
      {(describedBy) => (
        <>
          <textarea
            className={`govuk-textarea govuk-js-character-count${field.error || value.length > max ? ' govuk-textarea--error' : ''}`}
            id={field.id}
            name={path}
            rows={rows}
            value={value}
            aria-describedby={describedByIds(describedBy, countId)}
            onChange={(event) => field.set(event.target.value)}
          />
          <CharacterCount id={countId} length={value.length} max={max} />
        </>
      )}
    </FormGroup>
  );
}
