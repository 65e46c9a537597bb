import { formatIsoDate, type ApproxDate } from '../case/approx-date';
import { referralKindLabels, referralStanding, type Referral } from './referrals';
import { turningEighteen, type TurningEighteen } from './dates';

/**
 * What is due on a case's referrals, in the order a worker should act. A child approaching 18 with an NRM referral
 * still open comes first: without a conclusive grounds decision by their 18th birthday they must consent to stay in
 * the NRM, and opt in to adult (Modern Slavery Victim Care Contract) support (toolkit p13; reference 4.1).
 */

export interface PlanningAction {
  id: string;
  title: string;
  detail: string;
  dueOn: string | null;
}

export const TURNING_18_ACTION_TITLE = 'Consent to stay in the NRM and adult support';

/** An NRM referral without a conclusive decision that has not been withdrawn. */
export const isOpenNrmReferral = (referral: Referral) => referral.kind === 'nrm' && !referral.conclusiveGrounds && !referral.withdrawnOn;

export function turningEighteenAction(dateOfBirth: ApproxDate | null, referrals: readonly Referral[], today: string): (PlanningAction & { turning: TurningEighteen }) | null {
  if (!dateOfBirth || !referrals.some(isOpenNrmReferral)) return null;
  const turning = turningEighteen(dateOfBirth, today);
  if (!turning.approaching) return null;
  const when = turning.daysLeft > 0 ? `${turning.weeksLeft} ${turning.weeksLeft === 1 ? 'week' : 'weeks'} left` : turning.daysLeft === 0 ? 'today' : 'already passed';
  return {
    id: 'turning-18',
    title: TURNING_18_ACTION_TITLE,
    detail:
      `18th birthday ${turning.birthday.exact ? 'on' : 'estimated'} ${turning.birthday.text} (${when}). Without a conclusive grounds decision by then, ` +
      'they must consent to stay in or withdraw from the NRM, and tell the Home Office if they want adult support (Modern Slavery Victim Care Contract): by a ' +
      'written consent form or a conversation with a professional such as their support worker (toolkit p13).',
    dueOn: turning.birthday.plannedFor,
    turning,
  };
}

/** The referrals' next steps, the turning-18 action first when it applies, then by the date each is due. */
export function referralPlanningActions(dateOfBirth: ApproxDate | null, referrals: readonly Referral[], today: string): PlanningAction[] {
  const due = referrals
    .map((referral) => ({ referral, standing: referralStanding(referral) }))
    .filter(({ standing }) => standing.next !== '')
    .map(({ referral, standing }) => ({ id: referral.id, title: referralKindLabels[referral.kind], detail: standing.next, dueOn: standing.dueOn }))
    .sort((a, b) => (a.dueOn ?? '9999-12-31').localeCompare(b.dueOn ?? '9999-12-31'));
  const turning = turningEighteenAction(dateOfBirth, referrals, today);
  return turning ? [{ id: turning.id, title: turning.title, detail: turning.detail, dueOn: turning.dueOn }, ...due] : due;
}

export const dueText = (action: PlanningAction) => (action.dueOn ? `Due ${formatIsoDate(action.dueOn)}` : '');
