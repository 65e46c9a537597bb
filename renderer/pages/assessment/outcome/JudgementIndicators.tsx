import { recordedIndicators, type AssessmentAnswers, type Framework } from '../../../../domain/imaaf';
import type { CaseRecord } from '../../../../domain/case/schemas';

/**
 * Shown with each judgement question in the assessment: the indicators recorded so far that bear on it, so the worker
 * weighs them, not a count (issue 11, class 1; reference 2.3 I).
 */
export function JudgementIndicators({ caseRecord, answers, framework, itemId }: { caseRecord: CaseRecord; answers: AssessmentAnswers; framework: Framework; itemId: string }) {
  const { direct, indirect } = recordedIndicators(caseRecord, answers, framework);
  return (
    <div className="govuk-inset-text" id={`indicators-for-${itemId}`} data-judgement-indicators={itemId}>
      <p className="govuk-body govuk-!-font-weight-bold">What bears on this question</p>
      {direct.length + indirect.length === 0 ? <p className="govuk-body">No indicator is recorded in this assessment yet.</p> : null}
      {direct.length ? (
        <>
          <p className="govuk-body govuk-!-margin-bottom-1">Signs of exploitation or control itself:</p>
          <ul className="govuk-list govuk-list--bullet">
            {direct.map((entry) => (
              <li key={entry}>{entry}</li>
            ))}
          </ul>
        </>
      ) : null}
      {indirect.length ? (
        <>
          <p className="govuk-body govuk-!-margin-bottom-1">Other indicators recorded:</p>
          <ul className="govuk-list govuk-list--bullet">
            {indirect.map((entry) => (
              <li key={entry}>{entry}</li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="govuk-body govuk-!-margin-bottom-0">Any indicator should make you consider a referral. The answer is your professional judgement, not a count.</p>
    </div>
  );
}
