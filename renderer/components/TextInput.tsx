import type { ReactNode } from 'react';
import { useField } from './FormProvider';
import { InputField } from './InputField';

/** A text box for one string in the form, by its path. */
export function TextInput({ path, label, hint, width, type = 'text', autoComplete = 'off' }: {
  path: string;
  label: string;
  hint?: ReactNode;
  width?: 'full' | '20' | '10' | '5' | '2';
  type?: 'text' | 'email' | 'tel';
  autoComplete?: string;
}) {
  const field = useField<string>(path);
  return (
    <InputField
      id={field.id}
      name={path}
      label={label}
      hint={hint}
      error={field.error}
      value={field.value ?? ''}
      onChange={field.set}
      width={width}
      type={type}
      autoComplete={autoComplete}
    />
  );
}
