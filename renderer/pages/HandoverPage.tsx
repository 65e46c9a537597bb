import { useState } from 'react';
import type { FieldIssue } from '../../domain/errors';
import { HANDOVER_FILE_EXTENSION, HANDOVER_PASSWORD_MIN } from '../../domain/handover';
import { invoke } from '../api';
import { useCase } from '../components/CaseLayout';
import { ErrorSummary } from '../components/ErrorSummary';
import { FormGroup } from '../components/FormGroup';
import { InputField } from '../components/InputField';
import { PageHeading } from '../components/PageHeading';
import { downloadBase64, fileToBase64 } from '../download';
import { fieldId } from '../form-state';
import { href, navigate } from '../router';

function PasswordInput(props: { path: string; label: string; hint?: string; value: string; onChange(value: string): void; issues: FieldIssue[]; autoComplete: string }) {
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

/** On the case overview: export the case as a password-protected file for the worker taking it over. */
export function HandOverSection() {
  const { record } = useCase();
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [message, setMessage] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  const submit = async () => {
    const problems: FieldIssue[] = [];
    if (password.length < HANDOVER_PASSWORD_MIN) problems.push({ path: 'handover.password', message: `Enter a password of at least ${HANDOVER_PASSWORD_MIN} characters` });
    else if (password !== again) problems.push({ path: 'handover.again', message: 'The two passwords are not the same. Type it again' });
    setIssues(problems);
    setMessage(undefined);
    setDone(null);
    if (problems.length > 0) return;
    setBusy(true);
    const result = await invoke('handover.export', { caseId: record.id, password });
    setBusy(false);
    if (!result.ok) {
      setMessage(result.error.message);
      setIssues((result.error.issues ?? []).map((issue) => ({ ...issue, path: issue.path === 'password' ? 'handover.password' : issue.path })));
      return;
    }
    downloadBase64(result.value.fileBase64, result.value.fileName);
    setPassword('');
    setAgain('');
    setDone(result.value.fileName);
  };

  return (
    <section aria-labelledby="handover-heading" className="govuk-!-margin-top-8">
      <h2 className="govuk-heading-m" id="handover-heading">
        Hand over this case
      </h2>
      <p className="govuk-body">
        Make a file holding this case, its chronology and its assessments, locked with a password, for the worker taking the case
        over. Give them the password separately: by phone, not in the same email as the file.
      </p>
      <ErrorSummary issues={issues} message={message} />
      {done ? (
        <div className="govuk-inset-text" role="status">
          The hand-over file {done} has been downloaded. It can only be opened with the password.
        </div>
      ) : null}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <PasswordInput
          path="handover.password"
          label="Password for the hand-over file"
          hint={`At least ${HANDOVER_PASSWORD_MIN} characters. A few unrelated words are easy to say and hard to guess.`}
          value={password}
          onChange={setPassword}
          issues={issues}
          autoComplete="new-password"
        />
        <PasswordInput path="handover.again" label="Type the password again" value={again} onChange={setAgain} issues={issues} autoComplete="new-password" />
        <button type="submit" className="govuk-button govuk-button--secondary" disabled={busy}>
          Hand over this case
        </button>
      </form>
    </section>
  );
}

/** From the case list: import a case another worker handed over. */
export function ImportCasePage() {
  const [file, setFile] = useState<File | null>(null);
  const [password, setPassword] = useState('');
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [message, setMessage] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const fileError = issues.find((issue) => issue.path === 'fileBase64')?.message;

  const submit = async () => {
    const problems: FieldIssue[] = [];
    if (!file) problems.push({ path: 'fileBase64', message: 'Choose the hand-over file' });
    if (password === '') problems.push({ path: 'password', message: 'Enter the password for the file' });
    setIssues(problems);
    setMessage(undefined);
    if (!file || problems.length > 0) return;
    setBusy(true);
    const result = await invoke('handover.import', { fileBase64: await fileToBase64(file), password });
    setBusy(false);
    if (result.ok) {
      navigate(`/cases/${result.value.caseId}`);
      return;
    }
    setMessage(result.error.message);
    setIssues(result.error.issues ?? []);
  };

  return (
    <>
      <PageHeading title="Import a case handed over to you">Import a case handed over to you</PageHeading>
      <ErrorSummary issues={issues} message={message} />
      <p className="govuk-body">
        Choose the {HANDOVER_FILE_EXTENSION} file the previous worker made with “Hand over this case”, and enter the password they
        gave you. The case is added as it was, with its chronology and assessments.
      </p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <FormGroup id={fieldId('fileBase64')} label="Hand-over file" error={fileError}>
          {(describedBy) => (
            <input
              className={`govuk-file-upload${fileError ? ' govuk-file-upload--error' : ''}`}
              id={fieldId('fileBase64')}
              type="file"
              accept={HANDOVER_FILE_EXTENSION}
              aria-describedby={describedBy}
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            />
          )}
        </FormGroup>
        <PasswordInput path="password" label="Password" value={password} onChange={setPassword} issues={issues} autoComplete="off" />
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button" disabled={busy}>
            Import the case
          </button>
          <a className="govuk-link" href={href('/')}>
            Cancel
          </a>
        </div>
      </form>
    </>
  );
}
