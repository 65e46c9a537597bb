import { bestDateOfBirth } from '../../domain/case/vocabulary';
import { dueText, eighteenthBirthday, referralKindLabels, referralPlanningActions, referralStanding } from '../../domain/nrm';
import { useReferrals } from './useReferrals';
import { href } from '../router';
import { useCase } from './CaseLayout';

/** Today in the UK, as the worker's calendar has it. */
function todayInUk(): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date());
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** The case overview's referrals: where each stands, what is due next, and the 18th birthday (issue 12). */
export function ReferralsPanel() {
  const { record } = useCase();
  const { referrals, error } = useReferrals(record.id, record.revision, record.chronology.length);
  const dateOfBirth = bestDateOfBirth(record.child.dateOfBirth);
  const actions = referrals ? referralPlanningActions(dateOfBirth, referrals, todayInUk()) : [];
  return (
    <section aria-labelledby="referrals-panel-heading" data-testid="referrals-panel">
      <h2 className="govuk-heading-m govuk-!-margin-top-6" id="referrals-panel-heading">
        Referrals and what is due
      </h2>
      {dateOfBirth ? <p className="govuk-body">18th birthday: {eighteenthBirthday(dateOfBirth).text}.</p> : null}
      {error ? <p className="govuk-error-message">{error}</p> : null}
      {actions.length > 0 ? (
        <ol className="govuk-list govuk-list--number" aria-label="Planning actions">
          {actions.map((action) => (
            <li key={action.id}>
              <strong>{action.title}</strong>
              {action.dueOn ? ` (${dueText(action)})` : ''}: {action.detail}
            </li>
          ))}
        </ol>
      ) : null}
      {referrals && referrals.length > 0 ? (
        <dl className="govuk-summary-list">
          {referrals.map((referral) => (
            <div className="govuk-summary-list__row" key={referral.id}>
              <dt className="govuk-summary-list__key">{referralKindLabels[referral.kind]}</dt>
              <dd className="govuk-summary-list__value">{referralStanding(referral).stands}</dd>
            </div>
          ))}
        </dl>
      ) : referrals ? (
        <p className="govuk-body">No referral has been recorded yet.</p>
      ) : null}
      <p className="govuk-body">
        <a className="govuk-link" href={href(`/cases/${record.id}/nrm`)}>
          NRM referral questions
        </a>{' '}
        ·{' '}
        <a className="govuk-link" href={href(`/cases/${record.id}/referrals`)}>
          Record a referral or a decision
        </a>
      </p>
    </section>
  );
}
