import { useState } from 'react';
import type { FieldIssue } from '../../domain/errors';
import { HANDOVER_PASSWORD_MIN } from '../../domain/handover';
import { invoke } from '../api';
import { useCase } from '../components/CaseLayout';
import { ErrorSummary } from '../components/ErrorSummary';
import { PasswordInput } from '../components/PasswordInput';
import { downloadBase64 } from '../download';

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
