import { describeSources, type Judgement } from '../../../../domain/imaaf';
import { href } from '../../../router';

const answerWords: Record<Judgement['answer'], string> = {
  yes: 'You answered yes',
  no: 'You answered no',
  'not-known': 'You recorded that you do not know yet',
  'not-answered': 'Not answered yet',
};

/**
 * The worker's two judgement questions, shown before the recommendations: until they are answered the outcome gives no
 * statutory wording, only this prompt and the indicators that bear on each question (issue 11, class 1).
 */
export function JudgementQuestions({ judgements, answerHref }: { judgements: readonly Judgement[]; answerHref: string }) {
  if (judgements.length === 0) return null;
  const waiting = judgements.some((judgement) => judgement.answer !== 'yes' && judgement.answer !== 'no');
  return (
    <section aria-labelledby="judgement-questions-title" className="govuk-!-margin-bottom-6">
      <h2 className="govuk-heading-m" id="judgement-questions-title">
        Your judgement
      </h2>
      {waiting ? (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Important: </span>
            Two questions are yours to decide. Until you answer them, the outcome does not say whether the law or guidance requires a referral.
          </strong>
        </div>
      ) : null}
      <ul className="govuk-list govuk-!-margin-bottom-2">
        {judgements.map((judgement) => (
          <li key={judgement.id} data-judgement={judgement.id}>
            {judgement.question} <strong>{answerWords[judgement.answer]}.</strong>{' '}
            <a className="govuk-link" href={href(answerHref)}>
              {judgement.answer === 'not-answered' ? 'Answer this question' : 'Change your answer'}
              <span className="govuk-visually-hidden">: {judgement.question}</span>
            </a>
          </li>
        ))}
      </ul>
      {/* Folded: what each question means and what bears on it; the indicators themselves are listed once, under Indicators. */}
      <details className="govuk-details govuk-!-margin-bottom-2">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">What these questions mean, and the indicators that bear on them</span>
        </summary>
        <div className="govuk-details__text">
          {judgements.map((judgement) => (
            <div key={judgement.id}>
              <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{judgement.question}</h3>
              <p className="govuk-body">{judgement.prompt}</p>
              <IndicatorList title="Signs of exploitation or control itself" items={judgement.direct} />
              <IndicatorList title="Other indicators recorded" items={judgement.indirect} />
              {judgement.direct.length + judgement.indirect.length === 0 ? <p className="govuk-body">No indicator is recorded in this assessment yet.</p> : null}
              <p className="govuk-body-s">Source: {describeSources(judgement.sources)}</p>
            </div>
          ))}
        </div>
      </details>
    </section>
  );
}

function IndicatorList({ title, items }: { title: string; items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <p className="govuk-body govuk-!-margin-bottom-1">{title}:</p>
      <ul className="govuk-list govuk-list--bullet">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </>
  );
}
