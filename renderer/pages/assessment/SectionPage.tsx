import { applicableItems, isJudgementItem, withAnswer, type Answer } from '../../../domain/imaaf';
import { displayName } from '../../../domain/case/search';
import { invoke } from '../../api';
import { useCase } from '../../components/CaseLayout';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { href } from '../../router';
import { AssessmentItem } from './AssessmentItem';
import { useAssessment } from './useAssessment';
import { JudgementIndicators } from './outcome/JudgementIndicators';

export function SectionPage({ assessmentId, sectionId }: { assessmentId: string; sectionId: string }) {
  const { record } = useCase();
  const { assessment, framework, error, setAssessment } = useAssessment(assessmentId);
  if (error) return <p className="govuk-body">{error}</p>;
  if (!assessment || !framework) return <Loading />;
  const index = framework.sections.findIndex((section) => section.id === sectionId);
  const section = framework.sections[index];
  const base = `/cases/${record.id}/assessments/${assessment.id}`;
  if (!section) return <p className="govuk-body">This part of the assessment does not exist.</p>;
  const next = framework.sections[index + 1];
  const readOnly = assessment.status === 'completed';

  const saver = (itemId: string, connectedAdultId: string | null) => async (answer: Answer | null) => {
    const result = await invoke('assessments.answer', { id: assessment.id, connectedAdultId, itemId, answer });
    if (!result.ok) return result.error.issues?.[0]?.message ?? result.error.message;
    setAssessment((current) => (current ? { ...current, answers: withAnswer(current.answers, itemId, connectedAdultId, answer) } : current));
    return null;
  };

  return (
    <>
      <a className="govuk-back-link" href={href(base)}>
        Back to the assessment
      </a>
      <PageHeading title={`${section.title} – ${record.reference}`} caption={`IMAAF assessment, part ${index + 1} of ${framework.sections.length}`}>
        {section.title}
      </PageHeading>
      {section.intro ? <div className="govuk-inset-text">{section.intro}</div> : null}
      {section.repeat === 'once' ? (
        applicableItems(section, assessment.answers.items).map((item) => (
          <div key={item.id}>
            {isJudgementItem(item) ? <JudgementIndicators caseRecord={record} answers={assessment.answers} framework={framework} itemId={item.id} /> : null}
            <AssessmentItem item={item} fieldKey={item.id} answer={assessment.answers.items[item.id]} readOnly={readOnly} save={saver(item.id, null)} />
          </div>
        ))
      ) : record.connectedAdults.length === 0 ? (
        <p className="govuk-body">
          No connected adults are recorded. <a className="govuk-link" href={href(`/cases/${record.id}/adults/new`)}>Add a connected adult</a> to answer these
          questions about them.
        </p>
      ) : (
        record.connectedAdults.map((adult) => (
          <section key={adult.id} aria-labelledby={`adult-${adult.id}`} className="govuk-!-margin-bottom-8">
            <h2 className="govuk-heading-m" id={`adult-${adult.id}`}>
              {displayName(adult.names)}
            </h2>
            {applicableItems(section, assessment.answers.connectedAdults[adult.id] ?? {}).map((item) => (
              <AssessmentItem
                key={`${adult.id}-${item.id}`}
                item={item}
                fieldKey={`${adult.id}-${item.id}`}
                answer={assessment.answers.connectedAdults[adult.id]?.[item.id]}
                readOnly={readOnly}
                save={saver(item.id, adult.id)}
              />
            ))}
          </section>
        ))
      )}
      <div className="govuk-button-group">
        {next ? (
          <a className="govuk-button" href={href(`${base}/${next.id}`)} role="button">
            Continue to {next.title.charAt(0).toLowerCase() + next.title.slice(1)}
          </a>
        ) : (
          <a className="govuk-button" href={href(`${base}/outcome`)} role="button">
            See the outcome
          </a>
        )}
        <a className="govuk-link" href={href(base)}>
          Back to all parts
        </a>
      </div>
    </>
  );
}
