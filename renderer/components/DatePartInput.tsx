import { FormGroup } from './FormGroup';

/** One box of a GOV.UK date input (day, month, year, or an age), with its label. */
export function DatePartInput({ id, label, width, value, invalid, onChange }: {
  id: string;
  label: string;
  width: 2 | 4;
  value: string;
  invalid: boolean;
  onChange(value: string): void;
}) {
  return (
    <div className="govuk-date-input__item">
      <FormGroup id={id} label={label} labelClassName="govuk-date-input__label">
        <input
          className={`govuk-input govuk-date-input__input govuk-input--width-${width}${invalid ? ' govuk-input--error' : ''}`}
          id={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      </FormGroup>
    </div>
  );
}
