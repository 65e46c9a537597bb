import { frameworkProgress } from '../../../domain/imaaf';
import { useCase } from '../../components/CaseLayout';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { href } from '../../router';
import { sectionStatusLabels, useAssessment } from './useAssessment';

export function AssessmentPage({ assessmentId }: { assessmentId: string }) {
  const { record } = useCase();
  const { assessment, framework, error } = useAssessment(assessmentId);
  if (error) return <p className="govuk-body">{error}</p>;
  if (!assessment || !framework) return <Loading />;
  const completed = assessment.status === 'completed';
  const progress = frameworkProgress(framework, assessment.answers, record.connectedAdults.map((adult) => adult.id), { completed });
  const base = `/cases/${record.id}/assessments/${assessment.id}`;
  return (
    <>
      <a className="govuk-back-link" href={href(`/cases/${record.id}/assessments`)}>
        Back to assessments
      </a>
      <PageHeading title={`IMAAF assessment – ${record.reference}`} caption={`${framework.title}, version ${framework.version}`}>
        {completed ? 'Completed IMAAF assessment' : 'IMAAF assessment'}
      </PageHeading>
      {completed ? (
        <div className="govuk-inset-text">
          Completed on {new Date(assessment.completedAt ?? '').toLocaleString('en-GB')} by {assessment.completedBy}. This is a frozen
          record: its answers and outcome cannot be changed. To update it, start a new assessment from it.
        </div>
      ) : (
        <div className="govuk-inset-text">
          Answers are saved as you give them. “Not known” is always a valid answer: press Alt and K on any question to mark it not
          known. Speak with the child on their own, without the adult who came with them.
        </div>
      )}
      <ul className="govuk-task-list">
        {progress.map(({ section, status }) => (
          <li className="govuk-task-list__item govuk-task-list__item--with-link" key={section.id}>
            <div className="govuk-task-list__name-and-hint">
              <a className="govuk-link govuk-task-list__link" href={href(`${base}/${section.id}`)} aria-describedby={`status-${section.id}`}>
                {section.title}
              </a>
              {section.repeat === 'per-connected-adult' ? (
                <div className="govuk-task-list__hint">Answered for each connected adult ({record.connectedAdults.length})</div>
              ) : null}
            </div>
            <div className="govuk-task-list__status" id={`status-${section.id}`}>
              {status === 'done' ? (
                sectionStatusLabels[status]
              ) : (
                <strong className={`govuk-tag ${status === 'in-progress' ? 'govuk-tag--light-blue' : 'govuk-tag--blue'}`}>
                  {sectionStatusLabels[status]}
                </strong>
              )}
            </div>
          </li>
        ))}
      </ul>
      <a className="govuk-button govuk-!-margin-top-6" href={href(`${base}/outcome`)} role="button">
        {completed ? 'See the outcome' : 'See the outcome and complete the assessment'}
      </a>
    </>
  );
}
