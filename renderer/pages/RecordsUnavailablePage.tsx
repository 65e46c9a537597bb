import { useState } from 'react';
import type { OperationOutput } from '../../domain/api';
import { invoke } from '../api';
import { ErrorSummary } from '../components/ErrorSummary';
import { ConfirmRestore } from '../components/ConfirmRestore';
import { InputField } from '../components/InputField';
import { PageHeading } from '../components/PageHeading';
import { describeBackup } from './BackupsPage';

type Status = OperationOutput<'app.status'>;

/**
 * Shown instead of the app when the case records cannot be opened: what happened in plain words, and what the worker
 * can do (enter the recovery key, or restore the newest good backup). Nothing is written to a damaged file.
 */
export function RecordsUnavailablePage({ status, onChange }: { status: Status; onChange(status: Status): void }) {
  const [recoveryKey, setRecoveryKey] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const unlock = async () => {
    setBusy(true);
    setError(undefined);
    const result = await invoke('app.unlock', { recoveryKey });
    setBusy(false);
    if (result.ok) onChange(result.value);
    else setError(result.error.issues?.[0]?.message ?? result.error.message);
  };

  const restore = async () => {
    if (!status.newestGoodBackup) return;
    if (!confirmed) return setError('Confirm that the case records will be replaced by the backup.');
    setBusy(true);
    setError(undefined);
    const result = await invoke('backups.restore', { name: status.newestGoodBackup.name, confirm: true });
    setBusy(false);
    if (result.ok) onChange(result.value.status);
    else setError(result.error.message);
  };

  return (
    <>
      <PageHeading title="The case records cannot be opened">The case records cannot be opened</PageHeading>
      <ErrorSummary issues={[]} message={error} />
      <p className="govuk-body">{status.message}</p>
      <p className="govuk-body">
        Nothing has been changed. The case records are kept in <code>{status.dataFolder}</code>. If a child is in immediate danger,
        call the police on 999 now: do not wait for Crossings.
      </p>
      {status.state === 'needs-key' ? (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void unlock();
          }}
        >
          <h2 className="govuk-heading-m">Unlock with the recovery key</h2>
          <InputField
            id="recovery-key"
            label="Recovery key"
            hint="The key your organisation wrote down when Crossings was first set up, for example ABCD-EFGH-…"
            error={undefined}
            value={recoveryKey}
            onChange={setRecoveryKey}
            width="30"
          />
          <button type="submit" className="govuk-button" disabled={busy}>
            Unlock the case records
          </button>
        </form>
      ) : null}
      {status.newestGoodBackup ? (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void restore();
          }}
        >
          <h2 className="govuk-heading-m">Restore the newest good backup</h2>
          <p className="govuk-body">{describeBackup(status.newestGoodBackup)}</p>
          <p className="govuk-body">Anything saved after this backup was made is not in it. The current file is kept aside, not deleted.</p>
          <ConfirmRestore confirmed={confirmed} onConfirmedChange={setConfirmed} busy={busy} />
        </form>
      ) : (
        <p className="govuk-body">There is no backup to restore. Ask your IT team for help, and give them the folder named above.</p>
      )}
    </>
  );
}
