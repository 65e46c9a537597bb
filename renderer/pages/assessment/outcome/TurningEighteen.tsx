import { bestDateOfBirth } from '../../../../domain/case/vocabulary';
import { dueText, turningEighteenAction } from '../../../../domain/nrm';
import { useCase } from '../../../components/CaseLayout';
import { useReferrals } from '../../../components/useReferrals';

/**
 * On the outcome, before every other planning action: a child within 3 months of 18 with an NRM referral still open
 * must consent to stay in the NRM and to adult support (toolkit p13; reference 4.1). Nothing shows otherwise.
 */
export function TurningEighteen({ today }: { today: string }) {
  const { record } = useCase();
  const { referrals } = useReferrals(record.id, record.revision, record.chronology.length);
  const action = referrals ? turningEighteenAction(bestDateOfBirth(record.child.dateOfBirth), referrals, today) : null;
  if (!action) return null;
  return (
    <div className="govuk-warning-text" data-testid="turning-18">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <div className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning: </span>
        First among the planning actions: {action.title}
        {action.dueOn ? ` (${dueText(action)})` : ''}. {action.detail}
      </div>
    </div>
  );
}
