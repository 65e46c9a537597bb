import { useEffect, useState } from 'react';
import type { OperationOutput } from '../../../domain/api';
import { invoke } from '../../api';
import { useCase } from '../../components/CaseLayout';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { Table } from '../../components/Table';
import { href, navigate } from '../../router';

type Summary = OperationOutput<'assessments.list'>['assessments'][number];

export function AssessmentsPage() {
  const { record } = useCase();
  const [assessments, setAssessments] = useState<Summary[] | null>(null);
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    void invoke('assessments.list', { caseId: record.id }).then((result) => {
      if (result.ok) setAssessments(result.value.assessments);
      else setError(result.error.message);
    });
  }, [record.id]);

  const start = async (basedOnAssessmentId: string | null) => {
    const result = await invoke('assessments.start', { caseId: record.id, basedOnAssessmentId });
    if (result.ok) navigate(`/cases/${record.id}/assessments/${result.value.id}`);
    else setError(result.error.message);
  };

  const draft = assessments?.find((item) => item.status === 'draft');
  const lastCompleted = assessments?.find((item) => item.status === 'completed');
  return (
    <>
      <PageHeading title={`IMAAF assessments – ${record.reference}`}>IMAAF assessments</PageHeading>
      <ErrorSummary issues={[]} message={error} />
      <p className="govuk-body">
        The International Multi Agency Assessment Framework helps you work out why the child is here, who they are with, which
        countries they came from or through, and how they lived at home, with factors for the child and for each adult connected
        to them. It supports, and does not replace, statutory child protection procedures.
      </p>
      <div className="govuk-button-group">
        {draft ? (
          <a className="govuk-button" href={href(`/cases/${record.id}/assessments/${draft.id}`)} role="button">
            Continue the assessment in progress
          </a>
        ) : (
          <>
            <button type="button" className="govuk-button" onClick={() => void start(null)}>
              Start a new assessment
            </button>
            {lastCompleted ? (
              <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void start(lastCompleted.id)}>
                Start a new assessment from the last one
              </button>
            ) : null}
          </>
        )}
      </div>
      {assessments && assessments.length > 0 ? (
        <Table
          caption="Assessments for this case"
          captionSize="m"
          columns={['Started', 'Status', 'Completed', 'Framework']}
          rows={assessments.map((item) => ({
            key: item.id,
            cells: [
              <a className="govuk-link" href={href(`/cases/${record.id}/assessments/${item.id}`)}>
                {new Date(item.startedAt).toLocaleString('en-GB')}
              </a>,
              <strong className={`govuk-tag ${item.status === 'draft' ? 'govuk-tag--light-blue' : 'govuk-tag--green'}`}>
                {item.status === 'draft' ? 'In progress' : 'Completed'}
              </strong>,
              item.completedAt ? `${new Date(item.completedAt).toLocaleString('en-GB')} by ${item.completedBy ?? ''}` : '',
              item.frameworkVersion,
            ],
          }))}
        />
      ) : null}
      {assessments && assessments.length === 0 ? <p className="govuk-body">No assessments yet.</p> : null}
    </>
  );
}
