import type { ReactNode } from 'react';
import type { ApproxDate } from '../../domain/case/approx-date';
import { formatApproxDate, isInTheFuture } from '../../domain/case/approx-date';
import { isTypedDate, parseTypedDate, typedFromApprox, type TypedDate } from '../form-state';
import { DatePartInput } from './DatePartInput';
import { FormGroup } from './FormGroup';
import { useField } from './FormProvider';

function todayIso(): string {
  const today = new Date();
  return `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
}

const hints: Record<TypedDate['mode'], string> = {
  date: 'Leave the day, or the day and month, empty if they are not known.',
  age: 'For example, 12 years old on 3 6 2024.',
  words: 'As it was said, for example: summer 2019, early March 2026, mid-2019, late 2018, between March and May 2026.',
};

/**
 * GOV.UK date input that takes what people remember: the day and month may be left empty, the date can be marked
 * approximate, written in words as it was said ("summer 2019", "between March and May 2026"), or, where an age makes
 * sense (a date of birth, `allowAge`), given as an age on a date ("about 12 when she left"). Every date here is of
 * something that has already happened, so a date after today gets a warning to check it (never an error).
 */
export function ApproxDateInput({ path, label, hint, allowAge = false }: { path: string; label: string; hint?: ReactNode; allowAge?: boolean }) {
  const field = useField<ApproxDate | TypedDate | null>(path);
  const typed = isTypedDate(field.value) ? field.value : typedFromApprox(field.value);
  const update = (changes: Partial<TypedDate>) => field.set({ ...typed, ...changes });
  const parsed = parseTypedDate(typed);
  const part = (key: 'day' | 'month' | 'year' | 'years' | 'onDay' | 'onMonth' | 'onYear', partLabel: string, width: 2 | 4, first = false) => (
    <DatePartInput
      id={first ? field.id : `${field.id}-${key}`}
      label={partLabel}
      width={width}
      value={String(typed[key])}
      invalid={Boolean(field.error)}
      onChange={(value) => update({ [key]: value })}
    />
  );
  const switchTo = (mode: TypedDate['mode']) => {
    if (mode === 'age') {
      const today = new Date();
      update({
        mode: 'age',
        onDay: typed.onDay || String(today.getDate()),
        onMonth: typed.onMonth || String(today.getMonth() + 1),
        onYear: typed.onYear || String(today.getFullYear()),
      });
    } else if (mode === 'words') {
      const current = parsed.ok && parsed.value ? formatApproxDate({ ...parsed.value, approximate: false }) : '';
      update({ mode: 'words', words: typed.words || current });
    } else update({ mode: 'date' });
  };
  const switchButton = (mode: TypedDate['mode'], words: string) => (
    <button
      key={mode}
      type="button"
      className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 govuk-!-margin-top-2 govuk-!-margin-right-2"
      data-module="govuk-button"
      onClick={() => switchTo(mode)}
    >
      {words}
    </button>
  );
  const future = parsed.ok && parsed.value ? isInTheFuture(parsed.value, todayIso()) : false;

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
          {hints[typed.mode]}
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
      ) : typed.mode === 'age' ? (
        <div className="govuk-date-input">
          {part('years', 'Age in years', 2, true)}
          {part('onDay', 'On day', 2)}
          {part('onMonth', 'Month', 2)}
          {part('onYear', 'Year', 4)}
        </div>
      ) : (
        <div className="govuk-!-margin-bottom-2">
          <label className="govuk-label" htmlFor={field.id}>
            When, in words
          </label>
          <input
            className={`govuk-input govuk-input--width-20${field.error ? ' govuk-input--error' : ''}`}
            id={field.id}
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={typed.words ?? ''}
            onChange={(event) => update({ words: event.target.value })}
          />
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
      <div>
        {typed.mode !== 'date' ? switchButton('date', 'Give a date instead') : null}
        {typed.mode !== 'words' ? switchButton('words', 'Describe it in words instead') : null}
        {allowAge && typed.mode !== 'age' ? switchButton('age', 'Give an age instead') : null}
      </div>
      <div aria-live="polite">
        {parsed.ok && parsed.value ? (
          <p className="govuk-body-s govuk-!-margin-top-2 govuk-!-margin-bottom-0">Recorded as: {formatApproxDate(parsed.value)}</p>
        ) : null}
        {future ? (
          <div className="govuk-warning-text govuk-!-margin-top-2 govuk-!-margin-bottom-0" data-testid="future-date-warning">
            <span className="govuk-warning-text__icon" aria-hidden="true">!</span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">Warning</span>
              This date is after today. Check it is right: it should be when this has already happened.
            </strong>
          </div>
        ) : null}
      </div>
    </FormGroup>
  );
}
