import type { ReactNode, Ref } from 'react';
import { FormGroup } from './FormGroup';

export type InputWidth = 'full' | '30' | '20' | '10' | '5' | '4' | '2' | 'one-half';

/**
 * One GOV.UK text input with its label, hint and error, for a value the caller holds: the form fields wrap it,
 * and standalone boxes (a PIN, a password, a reference typed to confirm) use it directly.
 */
export function InputField({ id, name, label, labelSize, hint, error, value, onChange, width = 'full', type = 'text', inputMode, autoComplete = 'off', inputRef }: {
  id: string;
  name?: string;
  label: ReactNode;
  /** 's' for a bold label, as on the lock screen. */
  labelSize?: 's';
  hint?: ReactNode;
  error: string | undefined;
  value: string;
  onChange(value: string): void;
  width?: InputWidth;
  type?: 'text' | 'email' | 'tel' | 'password';
  inputMode?: 'numeric';
  autoComplete?: string;
  inputRef?: Ref<HTMLInputElement>;
}) {
  const widthClass = width === 'full' ? '' : width === 'one-half' ? ' govuk-!-width-one-half' : ` govuk-input--width-${width}`;
  return (
    <FormGroup id={id} label={label} labelSize={labelSize} hint={hint} error={error}>
      {(describedBy) => (
        <input
          ref={inputRef}
          className={`govuk-input${widthClass}${error ? ' govuk-input--error' : ''}`}
          id={id}
          name={name}
          type={type}
          inputMode={inputMode}
          autoComplete={autoComplete}
          spellCheck={false}
          value={value}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormGroup>
  );
}
