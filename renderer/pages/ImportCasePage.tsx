import { useState } from 'react';
import type { FieldIssue } from '../../domain/errors';
import { HANDOVER_FILE_EXTENSION } from '../../domain/handover';
import { invoke } from '../api';
import { ErrorSummary } from '../components/ErrorSummary';
import { FormGroup } from '../components/FormGroup';
import { PageHeading } from '../components/PageHeading';
import { PasswordInput } from '../components/PasswordInput';
import { fileToBase64 } from '../download';
import { fieldId } from '../form-state';
import { href, navigate } from '../router';

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
        gave you. The case is added as it was, with its chronology, assessments, referrals, plan and the list of documents made for it.
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
