import type { ReactNode } from 'react';
import { ErrorMessage } from './ErrorMessage';

/** The ids a control or fieldset is described by, or nothing when there are none (an empty attribute is invalid). */
export function describedByIds(...ids: (string | false | null | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list === '' ? undefined : list;
}

function shown(hint: ReactNode): boolean {
  return hint !== undefined && hint !== null && hint !== false && hint !== '';
}

export interface FormGroupProps {
  /** The control's id: the label points at it, and the hint and error ids are made from it. */
  id: string;
  /** Read out for the control; omitted for a single checkbox, whose own label says what it is. */
  label?: ReactNode;
  /** 'fieldset' for a group of radios, checkboxes or date boxes: the label becomes its legend. */
  as?: 'label' | 'fieldset';
  labelSize?: 's' | 'm';
  /** A label's own class as part of a larger pattern, e.g. one box of a date input. */
  labelClassName?: string;
  hint?: ReactNode;
  error?: string | undefined;
  /** Where a page's hint or error already has an id that other markup points at. */
  hintId?: string;
  errorId?: string;
  /** Date inputs group their boxes, as GOV.UK's date input does. */
  fieldsetRole?: 'group';
  /** A fieldset with no single control to focus takes the id itself, so the error summary can move focus to it. */
  focusFieldset?: boolean;
  /** Extra classes on the form group, e.g. a spacing override. */
  className?: string;
  /** What belongs to the question but sits outside its label and control, e.g. a note and whether it saved. */
  after?: ReactNode;
  /** The control or the options; a function gets the ids the control should be described by. */
  children: ReactNode | ((describedBy: string | undefined) => ReactNode);
}

/**
 * The GOV.UK form group every input sits in: its label (or legend), hint and error message, with the ids wired so the
 * control or fieldset is described by the hint and the error.
 */
export function FormGroup({ id, label, as = 'label', labelSize, labelClassName, hint, error, hintId = `${id}-hint`, errorId = `${id}-error`, fieldsetRole, focusFieldset, className, after, children }: FormGroupProps) {
  const describedBy = describedByIds(shown(hint) && hintId, error && errorId);
  const hintAndError = (
    <>
      {shown(hint) ? <div id={hintId} className="govuk-hint">{hint}</div> : null}
      <ErrorMessage id={errorId} message={error} />
    </>
  );
  const classes = ['govuk-form-group', error ? 'govuk-form-group--error' : '', className ?? ''].filter(Boolean).join(' ');
  if (as === 'fieldset') {
    return (
      <div className={classes}>
        <fieldset
          className="govuk-fieldset"
          role={fieldsetRole}
          aria-describedby={describedBy}
          id={focusFieldset ? id : undefined}
          tabIndex={focusFieldset ? -1 : undefined}
        >
          <legend className={`govuk-fieldset__legend${labelSize ? ` govuk-fieldset__legend--${labelSize}` : ''}`}>{label}</legend>
          {hintAndError}
          {typeof children === 'function' ? children(undefined) : children}
        </fieldset>
        {after}
      </div>
    );
  }
  return (
    <div className={classes}>
      {label !== undefined ? (
        <label className={['govuk-label', labelSize ? `govuk-label--${labelSize}` : '', labelClassName ?? ''].filter(Boolean).join(' ')} htmlFor={id}>
          {label}
        </label>
      ) : null}
      {hintAndError}
      {typeof children === 'function' ? children(describedBy) : children}
      {after}
    </div>
  );
}
