import { useCallback, useEffect, useState } from 'react';
import type { OperationOutput } from '../../domain/api';
import { invoke } from '../api';
import { ErrorSummary } from '../components/ErrorSummary';
import { ConfirmRestore } from '../components/ConfirmRestore';
import { FormGroup } from '../components/FormGroup';
import { PageHeading } from '../components/PageHeading';
import { SuccessBanner } from '../components/SuccessBanner';

type BackupList = OperationOutput<'backups.list'>;
type Backup = BackupList['backups'][number];

export const backupReasonLabels: Record<Backup['reason'], string> = {
  daily: 'Daily, at start',
  manual: 'Made by a worker',
  'before-migration': 'Before an upgrade',
  'before-restore': 'Before a restore',
};

export function describeBackup(backup: Backup): string {
  return `${new Date(backup.createdAt).toLocaleString('en-GB')} (${backupReasonLabels[backup.reason]}, ${(backup.bytes / 1_000_000).toFixed(1)} MB)`;
}

/** Backups of the case records: make one now, or restore one after a confirmation. */
export function BackupsPage() {
  const [list, setList] = useState<BackupList | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState<{ message: string; steps: string[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const [chosen, setChosen] = useState<string | null>(null);
  const [confirmed, setConfirmed] = useState(false);

  const load = useCallback(async () => {
    const result = await invoke('backups.list', {});
    if (result.ok) setList(result.value);
    else setError(result.error.message);
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const create = async () => {
    setBusy(true);
    setError(undefined);
    setDone(null);
    const result = await invoke('backups.create', {});
    setBusy(false);
    if (result.ok) setDone({ message: `Backup made: ${describeBackup(result.value.backup)}`, steps: result.value.steps });
    else setError(result.error.message);
    await load();
  };

  const restore = async () => {
    if (!chosen) return setError('Choose the backup to restore.');
    if (!confirmed) return setError('Confirm that the case records will be replaced by the backup.');
    setBusy(true);
    setError(undefined);
    setDone(null);
    const result = await invoke('backups.restore', { name: chosen, confirm: true });
    setBusy(false);
    if (result.ok) {
      setDone({
        message: `Restored. ${result.value.replacedFile ? `The case records it replaced were kept aside as ${result.value.replacedFile}.` : ''}`,
        steps: result.value.steps,
      });
      setConfirmed(false);
    } else setError(result.error.message);
    await load();
  };

  return (
    <>
      {done ? <SuccessBanner>{done.message}</SuccessBanner> : null}
      <PageHeading title="Backups">Backups</PageHeading>
      <ErrorSummary issues={[]} message={error} />
      <p className="govuk-body">
        Crossings makes an encrypted backup of the case records once a day when it starts, and before every upgrade. The newest{' '}
        {list?.keep ?? 14} are kept{list ? `, in ${list.folder}` : ''}.
      </p>
      <button type="button" className="govuk-button" disabled={busy} onClick={() => void create()}>
        Make a backup now
      </button>
      {busy ? (
        <p className="govuk-body" role="status">
          Working… this can take a minute for large records. Do not close Crossings.
        </p>
      ) : null}
      {done && done.steps.length > 0 ? (
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">What was done</span>
          </summary>
          <div className="govuk-details__text">
            <ol className="govuk-list govuk-list--number">
              {done.steps.map((step, index) => (
                <li key={index}>{step}</li>
              ))}
            </ol>
          </div>
        </details>
      ) : null}

      <h2 className="govuk-heading-m">Restore a backup</h2>
      {list && list.backups.length === 0 ? <p className="govuk-body">There are no backups yet.</p> : null}
      {list && list.backups.length > 0 ? (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void restore();
          }}
        >
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">!</span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">Warning</span>
              Restoring replaces all the case records on this computer with the backup. Anything saved since the backup was made
              is not in it. The records it replaces are kept aside in the data folder.
            </strong>
          </div>
          <FormGroup id="backup" as="fieldset" label="Which backup?" labelSize="s">
            <div className="govuk-radios govuk-radios--small">
              {list.backups.map((backup, index) => (
                <div className="govuk-radios__item" key={backup.name}>
                  <input
                    className="govuk-radios__input"
                    id={`backup-${index}`}
                    name="backup"
                    type="radio"
                    checked={chosen === backup.name}
                    onChange={() => setChosen(backup.name)}
                  />
                  <label className="govuk-label govuk-radios__label" htmlFor={`backup-${index}`}>
                    {describeBackup(backup)}
                  </label>
                </div>
              ))}
            </div>
          </FormGroup>
          <ConfirmRestore confirmed={confirmed} onConfirmedChange={setConfirmed} busy={busy} />
        </form>
      ) : null}
    </>
  );
}
