import './validation';
import { z } from 'zod';
import { approxDateRange } from './case/approx-date';
import { bestDateOfBirth } from './case/vocabulary';
import type { Child } from './case/schemas';

/**
 * How long a closed case is kept before it is reviewed for deletion. The owning organisation's retention schedule
 * decides the real values (reference section 8.3); Crossings only applies the rule it is given.
 *
 * The review date is the later of:
 * - `yearsAfterClosure` years after the day the case was closed, and
 * - the child's `untilAge`th birthday (when `untilAge` is set and a date of birth is recorded; an approximate date of
 *   birth counts from the latest day it could mean, so the record is never reviewed too early).
 *
 * Default: the later of 6 years after closure and the child's 25th birthday. Care leavers can be supported up to 25,
 * and 6 years covers the usual limitation period for claims; see docs/decisions/0007-retention-default.md.
 */
export const retentionRuleSchema = z.object({
  yearsAfterClosure: z
    .number({ error: 'Enter the number of years after closure' })
    .int({ error: 'Enter a whole number of years' })
    .min(0, { error: 'The years after closure cannot be negative' })
    .max(100, { error: 'Enter 100 years or fewer' }),
  untilAge: z
    .number({ error: 'Enter an age in years' })
    .int({ error: 'Enter an age in whole years' })
    .min(18, { error: 'Enter an age of 18 or more' })
    .max(100, { error: 'Enter an age of 100 or less' })
    .nullable(),
});
export type RetentionRule = z.infer<typeof retentionRuleSchema>;

export const defaultRetentionRule: RetentionRule = { yearsAfterClosure: 6, untilAge: 25 };

/** The ISO date (YYYY-MM-DD) a case closed on `closedOnIso` is due for review under `rule`. */
export function reviewDueDate(
  rule: RetentionRule,
  closedOnIso: string,
  child: { dateOfBirth: Pick<Child['dateOfBirth'], 'claimed' | 'documented' | 'assessed'> },
): string {
  const afterClosure = addYears(closedOnIso.slice(0, 10), rule.yearsAfterClosure);
  if (rule.untilAge === null) return afterClosure;
  const dateOfBirth = bestDateOfBirth(child.dateOfBirth);
  if (!dateOfBirth) return afterClosure;
  const birthday = addYears(approxDateRange(dateOfBirth).latest, rule.untilAge);
  return birthday > afterClosure ? birthday : afterClosure;
}

/** Adds whole years to an ISO date; 29 February becomes 28 February in a year that has none. */
export function addYears(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const year = y + years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = m === 2 && d === 29 && !leap ? 28 : d;
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function describeRetentionRule(rule: RetentionRule): string {
  const years = `${rule.yearsAfterClosure} ${rule.yearsAfterClosure === 1 ? 'year' : 'years'} after the case is closed`;
  return rule.untilAge === null ? years : `${years}, or the child’s ${rule.untilAge}th birthday if that is later`;
}
