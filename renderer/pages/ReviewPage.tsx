import { useEffect, useState } from 'react';
import type { OperationOutput } from '../../domain/api';
import { formatIsoDate } from '../../domain/case/approx-date';
import type { FieldIssue } from '../../domain/errors';
import { invoke } from '../api';
import { useCase } from '../components/CaseLayout';
import { ErrorSummary } from '../components/ErrorSummary';
import { InputField } from '../components/InputField';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { SuccessBanner } from '../components/SuccessBanner';
import { Table } from '../components/Table';
import { fieldId } from '../form-state';
import { href, navigate } from '../router';

type Review = OperationOutput<'cases.dueForReview'>;

/** Closed cases and when each is due for review under the organisation's retention rule. */
export function ReviewPage({ deleted }: { deleted?: string | undefined }) {
  const [review, setReview] = useState<Review | null>(null);
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    void invoke('cases.dueForReview', {}).then((result) => {
      if (result.ok) setReview(result.value);
      else setError(result.error.message);
    });
  }, []);
  const due = review?.cases.filter((item) => item.due) ?? [];
  const later = review?.cases.filter((item) => !item.due) ?? [];
  const table = (rows: Review['cases'], caption: string) => (
    <Table
      caption={caption}
      captionSize="m"
      columns={['Child', 'Reference', 'Closed', 'Review due', { hidden: 'Actions' }]}
      rows={rows.map((item) => ({
        key: item.id,
        cells: [
          <a className="govuk-link" href={href(`/cases/${item.id}`)}>{item.childName}</a>,
          item.reference,
          new Date(item.closedAt).toLocaleDateString('en-GB'),
          formatIsoDate(item.reviewDue),
          <a className="govuk-link" href={href(`/cases/${item.id}/delete`)}>
            Delete<span className="govuk-visually-hidden"> case {item.reference}</span>
          </a>,
        ],
      }))}
    />
  );
  return (
    <>
      {deleted ? <SuccessBanner>Case {deleted} has been deleted</SuccessBanner> : null}
      <PageHeading title="Cases due for review">Cases due for review</PageHeading>
      <ErrorSummary issues={[]} message={error} />
      {review === null ? (
        error ? null : <Loading />
      ) : (
        <>
          <p className="govuk-body">
            A closed case is kept until {review.rule}. Then review it: keep it if the child or a legal hold still needs it, or delete it.
            Change the rule in <a className="govuk-link" href={href('/settings')}>Settings</a>.
          </p>
          {due.length > 0 ? table(due, 'Due for review now') : <p className="govuk-body">No case is due for review.</p>}
          {later.length > 0 ? table(later, 'Closed cases, due for review later') : null}
        </>
      )}
    </>
  );
}

/** Deleting a case: the worker types its reference to confirm. */
export function DeleteCasePage() {
  const { record } = useCase();
  const [typed, setTyped] = useState('');
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [message, setMessage] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const error = issues.find((issue) => issue.path === 'confirmReference')?.message;
  const id = fieldId('confirmReference');

  const submit = async () => {
    setBusy(true);
    const result = await invoke('cases.delete', { id: record.id, confirmReference: typed });
    setBusy(false);
    if (result.ok) {
      navigate(`/review/deleted/${encodeURIComponent(result.value.reference)}`);
      return;
    }
    setMessage(result.error.message);
    setIssues(result.error.issues ?? []);
  };

  return (
    <>
      <PageHeading title={`Delete case ${record.reference}`} caption={`Case ${record.reference}`}>
        Delete this case
      </PageHeading>
      <ErrorSummary issues={issues} message={message} />
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">!</span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">Warning</span>
          Deleting removes the case, its chronology, assessments and the register of its documents from this computer for good. Only
          the case reference and the fact it was deleted stay in the audit log.
        </strong>
      </div>
      {record.status !== 'closed' && !record.isExample ? (
        <p className="govuk-body">This case is open. Close it first, then review it for deletion when it is due.</p>
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <InputField id={id} label={`To confirm, type the case reference, ${record.reference}`} error={error} value={typed} onChange={setTyped} width="20" />
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button govuk-button--warning" disabled={busy}>
              Delete this case
            </button>
            <a className="govuk-link" href={href(`/cases/${record.id}`)}>
              Keep the case
            </a>
          </div>
        </form>
      )}
    </>
  );
}
