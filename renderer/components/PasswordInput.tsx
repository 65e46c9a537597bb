import type { FieldIssue } from '../../domain/errors';
import { fieldId } from '../form-state';
import { InputField } from './InputField';

/** A password box for a form that holds its own issues, found by the field's path. */
export function PasswordInput(props: { path: string; label: string; hint?: string; value: string; onChange(value: string): void; issues: FieldIssue[]; autoComplete: string }) {
  return (
    <InputField
      id={fieldId(props.path)}
      label={props.label}
      hint={props.hint}
      error={props.issues.find((issue) => issue.path === props.path)?.message}
      value={props.value}
      onChange={props.onChange}
      width="one-half"
      type="password"
      autoComplete={props.autoComplete}
    />
  );
}
