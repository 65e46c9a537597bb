import { useCallback, useEffect, useState } from 'react';
import { auditActionLabels, auditDetailsInWords, type AuditEvent, type AuditVerification } from '../../domain/audit';
import { invoke } from '../api';
import { useCase } from '../components/CaseLayout';
import { ErrorSummary } from '../components/ErrorSummary';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { Table } from '../components/Table';

function when(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

/** Who did what to this case and when, newest first. The log holds which parts were touched, never their content. */
export function AuditTrailPage() {
  const { record } = useCase();
  const [events, setEvents] = useState<AuditEvent[] | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [check, setCheck] = useState<AuditVerification | null>(null);

  const load = useCallback(async () => {
    const result = await invoke('audit.forCase', { caseId: record.id });
    if (result.ok) setEvents(result.value.events);
    else setError(result.error.message);
  }, [record.id]);

  useEffect(() => {
    void load();
  }, [load]);

  const verify = async () => {
    const result = await invoke('audit.verify', {});
    if (result.ok) setCheck(result.value);
    else setError(result.error.message);
    void load();
  };

  return (
    <>
      <PageHeading title={`Audit trail – case ${record.reference}`} caption={`Case ${record.reference}`}>
        Audit trail
      </PageHeading>
      <ErrorSummary issues={[]} message={error} />
      <p className="govuk-body">
        Every time this case is opened, changed, exported or printed, Crossings records who did it and when. The trail says which
        parts of the case were involved, not what they say. Nobody can change or remove an entry.
      </p>
      <div className="govuk-button-group">
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void verify()}>
          Check the audit log has not been tampered with
        </button>
      </div>
      {check ? (
        check.intact ? (
          <div className="govuk-inset-text" role="status">
            The audit log is intact: all {check.checked.toLocaleString('en-GB')} entries follow on from each other unchanged.
          </div>
        ) : (
          <div className="govuk-warning-text" role="alert">
            <span className="govuk-warning-text__icon" aria-hidden="true">!</span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">Warning</span>
              The audit log has been tampered with outside Crossings. The first broken entry is number {check.firstBroken?.sequence}:{' '}
              {check.firstBroken?.reason} Tell your information governance lead.
            </strong>
          </div>
        )
      ) : null}
      {events === null ? (
        error ? null : <Loading />
      ) : events.length === 0 ? (
        <p className="govuk-body">Nothing has been recorded for this case yet.</p>
      ) : (
        <Table
          caption={<>Audit trail for case {record.reference}, newest first</>}
          captionSize="m"
          columns={['When', 'Who', 'What', 'Details']}
          rows={events.map((event) => ({
            key: event.id,
            cells: [
              when(event.at),
              <>
                {event.worker}
                {event.osAccount !== event.worker ? <span className="govuk-body-s govuk-!-display-block">Computer account: {event.osAccount}</span> : null}
              </>,
              <>
                {auditActionLabels[event.action]}
                {event.outcome === 'failure' ? <strong className="govuk-tag govuk-tag--red govuk-!-margin-left-1">Refused</strong> : null}
              </>,
              <>
                {event.details.length > 0 ? (
                  <ul className="govuk-list govuk-!-margin-bottom-0">
                    {auditDetailsInWords(event).map((detail, index) => (
                      <li key={index} className="app-break-anywhere">{detail}</li>
                    ))}
                  </ul>
                ) : null}
              </>,
            ],
          }))}
        />
      )}
    </>
  );
}
