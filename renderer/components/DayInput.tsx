import { useEffect, useState, type ReactNode } from 'react';
import { DatePartInput } from './DatePartInput';
import { FormGroup } from './FormGroup';
import { useField } from './FormProvider';

interface Parts {
  day: string;
  month: string;
  year: string;
}

const blank: Parts = { day: '', month: '', year: '' };

/** `2026-12-03` to its parts; anything else (including what a worker half-typed) to the parts it holds. */
function partsOf(value: string): Parts {
  if (value === '') return blank;
  const [year = '', month = '', day = ''] = value.split('-');
  return { day: day.replace(/^0(?=\d)/, ''), month: month.replace(/^0(?=\d)/, ''), year };
}

/** The parts as an ISO date, or what the check will refuse with a clear message when they do not make one. */
function valueOf(parts: Parts): string {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (day === '' && month === '' && year === '') return '';
  const pad = (text: string) => (/^\d$/.test(text) ? `0${text}` : text);
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * The GOV.UK date input for a day that is known exactly, such as the date of a meeting: day, month and year,
 * kept as `yyyy-mm-dd`, or empty when all three are empty.
 */
export function DayInput({ path, label, hint }: { path: string; label: string; hint?: ReactNode }) {
  const field = useField<string>(path);
  const value = field.value ?? '';
  const [parts, setParts] = useState<Parts>(() => partsOf(value));
  // A restored draft or a reset changes the value from outside: show it.
  useEffect(() => {
    if (valueOf(parts) !== value) setParts(partsOf(value));
  }, [value]); // eslint-disable-line react-hooks/exhaustive-deps
  const update = (changes: Partial<Parts>) => {
    const next = { ...parts, ...changes };
    setParts(next);
    field.set(valueOf(next));
  };
  const part = (key: keyof Parts, partLabel: string, width: 2 | 4, first = false) => (
    <DatePartInput
      id={first ? field.id : `${field.id}-${key}`}
      label={partLabel}
      width={width}
      value={parts[key]}
      invalid={Boolean(field.error)}
      onChange={(typed) => update({ [key]: typed })}
    />
  );
  return (
    <FormGroup id={field.id} as="fieldset" fieldsetRole="group" label={label} labelSize="s" hint={hint ?? 'For example, 3 12 2026.'} error={field.error}>
      <div className="govuk-date-input">
        {part('day', 'Day', 2, true)}
        {part('month', 'Month', 2)}
        {part('year', 'Year', 4)}
      </div>
    </FormGroup>
  );
}
