import type { ReactNode } from 'react';
import type { ApproxDate } from '../../domain/case/approx-date';
import { formatApproxDate } from '../../domain/case/approx-date';
import { isTypedDate, parseTypedDate, typedFromApprox, type TypedDate } from '../form-state';
import { DatePartInput } from './DatePartInput';
import { FormGroup } from './FormGroup';
import { useField } from './FormProvider';

/**
 * GOV.UK date input that takes what people remember: the day and month may be left empty, the date can be marked
 * approximate, or an age on a date can be given instead ("about 12 when she left").
 */
export function ApproxDateInput({ path, label, hint }: { path: string; label: string; hint?: ReactNode }) {
  const field = useField<ApproxDate | TypedDate | null>(path);
  const typed = isTypedDate(field.value) ? field.value : typedFromApprox(field.value);
  const update = (changes: Partial<TypedDate>) => field.set({ ...typed, ...changes });
  const parsed = parseTypedDate(typed);
  const part = (key: keyof TypedDate, partLabel: string, width: 2 | 4, first = false) => (
    <DatePartInput
      id={first ? field.id : `${field.id}-${String(key)}`}
      label={partLabel}
      width={width}
      value={String(typed[key])}
      invalid={Boolean(field.error)}
      onChange={(value) => update({ [key]: value } as Partial<TypedDate>)}
    />
  );

  return (
    <FormGroup
      id={field.id}
      as="fieldset"
      fieldsetRole="group"
      label={label}
      labelSize="s"
      hint={
        <>
          {hint ? <>{hint} </> : null}
          {typed.mode === 'date'
            ? 'Leave the day, or the day and month, empty if they are not known.'
            : 'For example, 12 years old on 3 6 2024.'}
        </>
      }
      error={field.error}
    >
      {typed.mode === 'date' ? (
        <div className="govuk-date-input">
          {part('day', 'Day', 2, true)}
          {part('month', 'Month', 2)}
          {part('year', 'Year', 4)}
        </div>
      ) : (
        <div className="govuk-date-input">
          {part('years', 'Age in years', 2, true)}
          {part('onDay', 'On day', 2)}
          {part('onMonth', 'Month', 2)}
          {part('onYear', 'Year', 4)}
        </div>
      )}
      <div className="govuk-checkboxes govuk-checkboxes--small govuk-!-margin-top-2">
        <div className="govuk-checkboxes__item">
          <input
            className="govuk-checkboxes__input"
            id={`${field.id}-approximate`}
            type="checkbox"
            checked={typed.approximate}
            onChange={(event) => update({ approximate: event.target.checked })}
          />
          <label className="govuk-label govuk-checkboxes__label" htmlFor={`${field.id}-approximate`}>
            This is approximate
          </label>
        </div>
      </div>
      <button
        type="button"
        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 govuk-!-margin-top-2"
        data-module="govuk-button"
        onClick={() => {
          if (typed.mode === 'date') {
            const today = new Date();
            update({
              mode: 'age',
              onDay: typed.onDay || String(today.getDate()),
              onMonth: typed.onMonth || String(today.getMonth() + 1),
              onYear: typed.onYear || String(today.getFullYear()),
            });
          } else update({ mode: 'date' });
        }}
      >
        {typed.mode === 'date' ? 'Give an age instead' : 'Give a date instead'}
      </button>
      {parsed.ok && parsed.value ? (
        <p className="govuk-body-s govuk-!-margin-top-2 govuk-!-margin-bottom-0" aria-live="polite">
          Recorded as: {formatApproxDate(parsed.value)}
        </p>
      ) : null}
    </FormGroup>
  );
}
