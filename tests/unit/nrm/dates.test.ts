import { describe, expect, it } from 'vitest';
import {
  TURNING_18_ACTION_TITLE,
  eighteenthBirthday,
  reasonableGroundsTargetDate,
  recoveryPeriodEarliestEnd,
  referralPlanningActions,
  turningEighteen,
  turningEighteenAction,
  type Referral,
} from '../../../domain/nrm';

describe('NRM dates', () => {
  it('ends the recovery period no earlier than 30 calendar days after a positive reasonable grounds decision', () => {
    expect(recoveryPeriodEarliestEnd('2026-11-17')).toBe('2026-12-17');
    expect(recoveryPeriodEarliestEnd('2026-02-10')).toBe('2026-03-12');
    expect(recoveryPeriodEarliestEnd('2026-12-20')).toBe('2027-01-19');
  });

  it('aims for a reasonable grounds decision 5 working days after the referral', () => {
    expect(reasonableGroundsTargetDate('2026-11-02')).toBe('2026-11-09'); // Monday to Monday
    expect(reasonableGroundsTargetDate('2026-11-06')).toBe('2026-11-13'); // Friday to Friday
    expect(reasonableGroundsTargetDate('2026-11-07')).toBe('2026-11-13'); // Saturday: counts from Monday
  });

  it('gives the 18th birthday of an exact date of birth, and 1 March for 29 February', () => {
    expect(eighteenthBirthday({ kind: 'date', date: '2008-05-12', approximate: false })).toMatchObject({ plannedFor: '2026-05-12', exact: true, text: '12 May 2026' });
    expect(eighteenthBirthday({ kind: 'date', date: '2008-02-29', approximate: false }).plannedFor).toBe('2026-03-01');
  });

  it('gives a month and year as the range of that month, planned for its first day', () => {
    const birthday = eighteenthBirthday({ kind: 'month', year: 2008, month: 5, approximate: false });
    expect(birthday).toMatchObject({ plannedFor: '2026-05-01', earliest: '2026-05-01', latest: '2026-05-31', exact: false });
    expect(birthday.text).toBe('between 1 May 2026 and 31 May 2026');
  });

  it('gives “about 15 years old on 1 June 2024” as the year it could fall in', () => {
    const birthday = eighteenthBirthday({ kind: 'age', years: 15, onDate: '2024-06-01', approximate: false });
    // Fifteen on 1 June 2024: born between 2 June 2008 and 1 June 2009, so 18 between 2 June 2026 and 1 June 2027.
    expect(birthday).toMatchObject({ earliest: '2026-06-02', latest: '2027-06-01', plannedFor: '2026-06-02' });
    const about = eighteenthBirthday({ kind: 'age', years: 15, onDate: '2024-06-01', approximate: true });
    expect(about.earliest < birthday.earliest && about.latest > birthday.latest).toBe(true);
  });

  it('counts the weeks left and says when the 18th birthday is within 3 months', () => {
    const dob = { kind: 'date', date: '2009-03-01', approximate: false } as const;
    expect(turningEighteen(dob, '2026-12-01')).toMatchObject({ approaching: true, weeksLeft: 12, daysLeft: 90 });
    expect(turningEighteen(dob, '2026-11-30').approaching).toBe(false);
    expect(turningEighteen(dob, '2027-03-02')).toMatchObject({ approaching: true, daysLeft: -1 });
  });
});

describe('the turning-18 action', () => {
  const referral = (overrides: Partial<Referral> = {}): Referral => ({
    id: '00000000-0000-4000-8000-000000000001',
    caseId: '00000000-0000-4000-8000-000000000002',
    kind: 'nrm',
    sentOn: '2026-10-01',
    sentBy: 'Sam Okafor',
    reference: 'NRM-1',
    reasonableGrounds: { outcome: 'positive', decidedOn: '2026-10-08' },
    conclusiveGrounds: null,
    reconsideration: null,
    withdrawnOn: null,
    createdAt: '2026-10-01T09:00:00.000Z',
    updatedAt: '2026-10-08T09:00:00.000Z',
    revision: 2,
    ...overrides,
  });
  const dob = { kind: 'date', date: '2009-02-20', approximate: false } as const;

  it.each([
    ['2026-12-01', 11, 0],
    ['2027-02-19', 0, 0],
    ['2027-02-21', -1, 0],
  ])('on %s (%i weeks left) comes first among the planning actions', (today, weeks, position) => {
    const actions = referralPlanningActions(dob, [referral()], today);
    expect(actions.findIndex((action) => action.title === TURNING_18_ACTION_TITLE)).toBe(position);
    expect(turningEighteenAction(dob, [referral()], today)?.turning.weeksLeft).toBe(weeks);
    expect(actions[0]!.detail).toContain('20 February 2027');
  });

  it('is not there more than 3 months before, nor once the NRM referral has its conclusive decision', () => {
    expect(referralPlanningActions(dob, [referral()], '2026-11-19').some((action) => action.title === TURNING_18_ACTION_TITLE)).toBe(false);
    expect(turningEighteenAction(dob, [referral({ conclusiveGrounds: { outcome: 'positive', decidedOn: '2026-12-01' } })], '2026-12-01')).toBeNull();
    expect(turningEighteenAction(dob, [referral({ kind: 'ictg' })], '2026-12-01')).toBeNull();
  });

  it('says the weeks left and the recovery period’s earliest end among the actions', () => {
    const actions = referralPlanningActions(dob, [referral()], '2026-12-01');
    expect(actions[0]!.detail).toContain('11 weeks left');
    expect(actions[1]!.detail).toContain('7 November 2026 at the earliest');
    expect(actions[1]!.detail).toContain('a decision is not guaranteed when the period ends');
  });
});
