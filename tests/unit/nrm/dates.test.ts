import { describe, expect, it } from 'vitest';
import { eighteenthBirthday, reasonableGroundsTargetDate, recoveryPeriodEarliestEnd, turningEighteen } from '../../../domain/nrm';

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
