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
    <section aria-labelledby="judgement-questions-title" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-l" id="judgement-questions-title">
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
      {judgements.map((judgement) => (
        <div className="govuk-summary-card" key={judgement.id} data-judgement={judgement.id}>
          <div className="govuk-summary-card__title-wrapper">
            <h3 className="govuk-summary-card__title">{judgement.question}</h3>
          </div>
          <div className="govuk-summary-card__content">
            <p className="govuk-body">
              <strong>{answerWords[judgement.answer]}.</strong> {judgement.prompt}
            </p>
            <IndicatorList title="Signs of exploitation or control itself" items={judgement.direct} />
            <IndicatorList title="Other indicators recorded" items={judgement.indirect} />
            {judgement.direct.length + judgement.indirect.length === 0 ? <p className="govuk-body">No indicator is recorded in this assessment yet.</p> : null}
            <p className="govuk-body-s">Source: {describeSources(judgement.sources)}</p>
            <p className="govuk-body govuk-!-margin-bottom-0">
              <a className="govuk-link" href={href(answerHref)}>
                {judgement.answer === 'not-answered' ? 'Answer this question' : 'Change your answer'}
                <span className="govuk-visually-hidden">: {judgement.question}</span>
              </a>
            </p>
          </div>
        </div>
      ))}
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
