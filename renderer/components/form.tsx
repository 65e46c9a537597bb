import { createContext, useContext, useId, type ReactNode, type Ref } from 'react';
import type { FieldIssue } from '../../domain/errors';
import { readPath } from '../../domain/paths';
import { fieldId } from '../form-state';
import { triStateLabels } from '../../domain/case/schemas';

/** A form's value and errors, so each field needs only its path. */
interface FormContextValue {
  value: unknown;
  set(path: string, next: unknown): void;
  issues: FieldIssue[];
}

const FormContext = createContext<FormContextValue | null>(null);

export function FormProvider(props: FormContextValue & { children: ReactNode }) {
  const { children, ...context } = props;
  return <FormContext.Provider value={context}>{children}</FormContext.Provider>;
}

export function useField<T>(
  path: string,
  options: { exact?: boolean } = {},
): { value: T; set(next: T): void; error: string | undefined; id: string } {
  const context = useContext(FormContext);
  if (!context) throw new Error('Fields must be inside a FormProvider');
  const issue = context.issues.find(
    (candidate) => candidate.path === path || (!options.exact && candidate.path.startsWith(`${path}.`)),
  );
  return {
    value: readPath(context.value, path) as T,
    set: (next: T) => context.set(path, next),
    error: issue?.message,
    id: fieldId(path),
  };
}

export function ErrorMessage({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {message}
    </p>
  );
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list === '' ? undefined : list;
}

interface BaseProps {
  path: string;
  label: string;
  hint?: ReactNode;
}

export type InputWidth = 'full' | '30' | '20' | '10' | '5' | '4' | '2' | 'one-half';

/**
 * One GOV.UK text input with its label, hint and error, for a value the caller holds: the form fields below wrap it,
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
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const widthClass = width === 'full' ? '' : width === 'one-half' ? ' govuk-!-width-one-half' : ` govuk-input--width-${width}`;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className={`govuk-label${labelSize ? ` govuk-label--${labelSize}` : ''}`} htmlFor={id}>
        {label}
      </label>
      {hint ? <div id={hintId} className="govuk-hint">{hint}</div> : null}
      <ErrorMessage id={errorId} message={error} />
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
        aria-describedby={describedBy(hint !== undefined && hintId, error && errorId)}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

export function TextInput({ path, label, hint, width, type = 'text', autoComplete = 'off' }: BaseProps & {
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

export function TextArea({ path, label, hint, rows = 5 }: BaseProps & { rows?: number }) {
  const field = useField<string>(path);
  const hintId = `${field.id}-hint`;
  const errorId = `${field.id}-error`;
  return (
    <div className={`govuk-form-group${field.error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label" htmlFor={field.id}>
        {label}
      </label>
      {hint ? <div id={hintId} className="govuk-hint">{hint}</div> : null}
      <ErrorMessage id={errorId} message={field.error} />
      <textarea
        className={`govuk-textarea${field.error ? ' govuk-textarea--error' : ''}`}
        id={field.id}
        name={path}
        rows={rows}
        value={field.value ?? ''}
        aria-describedby={describedBy(hint !== undefined && hintId, field.error && errorId)}
        onChange={(event) => field.set(event.target.value)}
      />
    </div>
  );
}

export interface Option<V extends string> {
  value: V;
  label: string;
  hint?: string;
}

export function Radios<V extends string>({ path, label, hint, options, inline, small }: BaseProps & {
  options: readonly Option<V>[];
  inline?: boolean;
  small?: boolean;
}) {
  const field = useField<V | null>(path);
  const name = useId();
  const hintId = `${field.id}-hint`;
  const errorId = `${field.id}-error`;
  const classes = ['govuk-radios', inline ? 'govuk-radios--inline' : '', small ? 'govuk-radios--small' : ''].filter(Boolean).join(' ');
  return (
    <div className={`govuk-form-group${field.error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(hint !== undefined && hintId, field.error && errorId)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{label}</legend>
        {hint ? <div id={hintId} className="govuk-hint">{hint}</div> : null}
        <ErrorMessage id={errorId} message={field.error} />
        <div className={classes}>
          {options.map((option, index) => {
            const id = index === 0 ? field.id : `${field.id}-${option.value}`;
            return (
              <div className="govuk-radios__item" key={option.value}>
                <input
                  className="govuk-radios__input"
                  id={id}
                  name={name}
                  type="radio"
                  value={option.value}
                  checked={field.value === option.value}
                  onChange={() => field.set(option.value)}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={id}>
                  {option.label}
                </label>
                {option.hint ? <div className="govuk-hint govuk-radios__hint">{option.hint}</div> : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

const triStateOptions = optionsFrom(triStateLabels);

export function TriState(props: BaseProps) {
  return <Radios {...props} options={triStateOptions} inline small />;
}

export function Checkbox({ path, label, hint }: BaseProps) {
  const field = useField<boolean>(path);
  const hintId = `${field.id}-hint`;
  return (
    <div className="govuk-form-group">
      <div className="govuk-checkboxes govuk-checkboxes--small">
        <div className="govuk-checkboxes__item">
          <input
            className="govuk-checkboxes__input"
            id={field.id}
            name={path}
            type="checkbox"
            checked={field.value === true}
            aria-describedby={hint ? hintId : undefined}
            onChange={(event) => field.set(event.target.checked)}
          />
          <label className="govuk-label govuk-checkboxes__label" htmlFor={field.id}>
            {label}
          </label>
          {hint ? <div id={hintId} className="govuk-hint govuk-checkboxes__hint">{hint}</div> : null}
        </div>
      </div>
    </div>
  );
}

export function Checkboxes<V extends string>({ path, label, hint, options }: BaseProps & { options: readonly Option<V>[] }) {
  const field = useField<V[]>(path);
  const chosen = field.value ?? [];
  const hintId = `${field.id}-hint`;
  const errorId = `${field.id}-error`;
  return (
    <div className={`govuk-form-group${field.error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(hint !== undefined && hintId, field.error && errorId)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{label}</legend>
        {hint ? <div id={hintId} className="govuk-hint">{hint}</div> : null}
        <ErrorMessage id={errorId} message={field.error} />
        <div className="govuk-checkboxes govuk-checkboxes--small">
          {options.map((option, index) => {
            const id = index === 0 ? field.id : `${field.id}-${option.value}`;
            return (
              <div className="govuk-checkboxes__item" key={option.value}>
                <input
                  className="govuk-checkboxes__input"
                  id={id}
                  type="checkbox"
                  checked={chosen.includes(option.value)}
                  onChange={(event) =>
                    field.set(event.target.checked ? [...chosen, option.value] : chosen.filter((value) => value !== option.value))
                  }
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                  {option.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

export function Select<V extends string>({ path, label, hint, options, blankLabel }: BaseProps & {
  options: readonly Option<V>[];
  blankLabel?: string;
}) {
  const field = useField<V | null>(path);
  const hintId = `${field.id}-hint`;
  const errorId = `${field.id}-error`;
  return (
    <div className={`govuk-form-group${field.error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label" htmlFor={field.id}>
        {label}
      </label>
      {hint ? <div id={hintId} className="govuk-hint">{hint}</div> : null}
      <ErrorMessage id={errorId} message={field.error} />
      <select
        className={`govuk-select${field.error ? ' govuk-select--error' : ''}`}
        id={field.id}
        name={path}
        value={field.value ?? ''}
        aria-describedby={describedBy(hint !== undefined && hintId, field.error && errorId)}
        onChange={(event) => field.set(event.target.value === '' ? null : (event.target.value as V))}
      >
        {blankLabel !== undefined ? <option value="">{blankLabel}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function optionsFrom<V extends string>(labels: Record<V, string>): Option<V>[] {
  return (Object.keys(labels) as V[]).map((value) => ({ value, label: labels[value] }));
}
