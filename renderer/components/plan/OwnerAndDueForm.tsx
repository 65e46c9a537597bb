import { useState } from 'react';
import type { FieldIssue } from '../../../domain/errors';
import type { ActionOwner } from '../../../domain/plan/actions';
import type { OwnerChoice } from '../../../domain/plan/owners';
import { DayInput } from '../DayInput';
import { FormProvider } from '../FormProvider';
import { Select } from '../Select';
import { TextArea } from '../TextArea';
import { TextInput } from '../TextInput';

const SOMEONE_ELSE = 'someone-else';

interface Values {
  title: string;
  owner: string | null;
  other: string;
  due: string;
  note: string;
}
const blank: Values = { title: '', owner: null, other: '', due: '', note: '' };

/** What the service answers about a change: nothing when it was recorded, or what to correct. */
export type Recorded = { issues: FieldIssue[]; message?: string } | null;

/** The server's paths (`change.owner.name`, `change.due`) as this form's fields. */
function localIssues(key: string, issues: FieldIssue[], typedOwner: boolean): FieldIssue[] {
  return issues.map((issue) => {
    const field = issue.path.replace(/^change\./, '');
    const local = field.startsWith('owner') ? (typedOwner ? 'other' : 'owner') : field === 'reason' ? 'note' : field;
    return { ...issue, path: `${key}.${local}` };
  });
}

function useValues(key: string) {
  const [values, setValues] = useState<Values>(blank);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [busy, setBusy] = useState(false);
  const provider = {
    value: { [key]: values },
    set: (path: string, next: unknown) => setValues((current) => ({ ...current, [path.slice(key.length + 1)]: next })),
    issues,
  };
  return { values, setValues, issues, setIssues, busy, setBusy, provider };
}

/**
 * Who will do it and by when (and, for an action agreed at the strategy discussion, what): an owner chosen from the
 * people and agencies on the case, or typed, and a due date.
 */
export function OwnerAndDueForm({
  formKey,
  choices,
  withTitle = false,
  submitLabel,
  onSubmit,
}: {
  formKey: string;
  choices: OwnerChoice[];
  withTitle?: boolean;
  submitLabel: string;
  onSubmit: (input: { title: string; owner: ActionOwner; due: string }) => Promise<Recorded>;
}) {
  const form = useValues(formKey);
  const typed = form.values.owner === SOMEONE_ELSE || choices.length === 0;
  const submit = async () => {
    const { values } = form;
    const chosen = typed ? { kind: 'person' as const, name: values.other } : values.owner === null ? undefined : choices[Number(values.owner)]?.owner;
    if (!chosen) {
      form.setIssues([{ path: `${formKey}.owner`, message: 'Choose who will do this' }]);
      return;
    }
    form.setBusy(true);
    const result = await onSubmit({ title: values.title, owner: chosen, due: values.due });
    form.setBusy(false);
    form.setIssues(result ? localIssues(formKey, result.issues, typed) : []);
    if (!result) form.setValues(blank);
  };
  return (
    <FormProvider {...form.provider}>
      {withTitle ? <TextInput path={`${formKey}.title`} label="What will be done" /> : null}
      {choices.length > 0 ? (
        <Select
          path={`${formKey}.owner`}
          label="Who will do this"
          blankLabel="Choose a person or an agency"
          options={[
            ...choices.map((choice, index) => ({ value: String(index), label: choice.label })),
            { value: SOMEONE_ELSE, label: 'Someone else' },
          ]}
        />
      ) : null}
      {typed ? (
        <TextInput
          path={`${formKey}.other`}
          label={choices.length > 0 ? 'Their name and role, or the agency' : 'Who will do this'}
          hint="For example, DC Example, Kent Police."
        />
      ) : null}
      <DayInput path={`${formKey}.due`} label="Due by" hint="For example, 27 3 2026." />
      <button type="button" className="govuk-button govuk-!-margin-bottom-2" disabled={form.busy} onClick={() => void submit()}>
        {submitLabel}
      </button>
    </FormProvider>
  );
}

/** A note and a button: why a recommendation is not needed, or what was done. */
export function NoteForm({
  formKey,
  label,
  hint,
  submitLabel,
  secondary = false,
  onSubmit,
}: {
  formKey: string;
  label: string;
  hint?: string;
  submitLabel: string;
  secondary?: boolean;
  onSubmit: (note: string) => Promise<Recorded>;
}) {
  const form = useValues(formKey);
  const submit = async () => {
    form.setBusy(true);
    const result = await onSubmit(form.values.note);
    form.setBusy(false);
    form.setIssues(result ? localIssues(formKey, result.issues, false) : []);
  };
  return (
    <FormProvider {...form.provider}>
      <TextArea path={`${formKey}.note`} label={label} hint={hint} rows={3} />
      <button
        type="button"
        className={`govuk-button${secondary ? ' govuk-button--secondary' : ''} govuk-!-margin-bottom-2`}
        disabled={form.busy}
        onClick={() => void submit()}
      >
        {submitLabel}
      </button>
    </FormProvider>
  );
}
