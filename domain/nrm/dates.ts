import { approxDateRange, formatIsoDate, type ApproxDate } from '../case/approx-date';

/**
 * The NRM's dates (reference 1 and 11): the reasonable grounds decision aims for 5 working days from the referral,
 * the recovery and reflection period lasts at least 30 calendar days from a positive reasonable grounds decision,
 * and a child without a conclusive grounds decision by their 18th birthday must consent to stay in the NRM (toolkit
 * p13). Dates are ISO calendar days (yyyy-mm-dd).
 */

export const RECOVERY_PERIOD_MIN_DAYS = 30;
export const REASONABLE_GROUNDS_TARGET_WORKING_DAYS = 5;
/** The toolkit's "approaching their 18th birthday": within 3 months (issue 12; toolkit p13). */
export const TURNING_18_WINDOW_MONTHS = 3;

const DAY = 86_400_000;
const toTime = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const toIso = (time: number) => new Date(time).toISOString().slice(0, 10);

export function addDays(iso: string, days: number): string {
  return toIso(toTime(iso) + days * DAY);
}

export function daysBetween(fromIso: string, toIsoDate: string): number {
  return Math.round((toTime(toIsoDate) - toTime(fromIso)) / DAY);
}

/** The same day N years on; 29 February becomes 1 March in a year without one. */
export function addYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y + years, m - 1, d));
  return date.toISOString().slice(0, 10);
}

/** The same day N months on, or the month's last day when it has no such day (31 May less 3 months is 28 or 29 February). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, last))).toISOString().slice(0, 10);
}

/** The earliest day the recovery and reflection period can end: 30 calendar days after a positive reasonable grounds decision. */
export function recoveryPeriodEarliestEnd(reasonableGroundsDecidedOn: string): string {
  return addDays(reasonableGroundsDecidedOn, RECOVERY_PERIOD_MIN_DAYS);
}

/** The Home Office's aim for a reasonable grounds decision: 5 working days (Monday to Friday; bank holidays are not known here). */
export function reasonableGroundsTargetDate(referredOn: string): string {
  let day = referredOn;
  let left = REASONABLE_GROUNDS_TARGET_WORKING_DAYS;
  while (left > 0) {
    day = addDays(day, 1);
    const weekday = new Date(toTime(day)).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return day;
}

export interface EighteenthBirthday {
  /** The day to plan for: the earliest it could be, so nothing is left until too late. */
  plannedFor: string;
  earliest: string;
  latest: string;
  /** True only for an exact, not approximate, date of birth. */
  exact: boolean;
  /** In words: "12 May 2026", or "between 1 May 2026 and 31 May 2026 (from a date of birth in May 2008)". */
  text: string;
}

/** The 18th birthday from a date of birth as it is known: exact, a month and year, a year, or an age on a date. */
export function eighteenthBirthday(dateOfBirth: ApproxDate): EighteenthBirthday {
  const range = approxDateRange(dateOfBirth);
  const earliest = addYears(range.earliest, 18);
  const latest = addYears(range.latest, 18);
  const exact = dateOfBirth.kind === 'date' && !dateOfBirth.approximate;
  const text = earliest === latest ? formatIsoDate(earliest) : `between ${formatIsoDate(earliest)} and ${formatIsoDate(latest)}`;
  return { plannedFor: earliest, earliest, latest, exact, text };
}

export interface TurningEighteen {
  birthday: EighteenthBirthday;
  /** Whole weeks from today to the day planned for; 0 or less once it has come. */
  weeksLeft: number;
  daysLeft: number;
  /** Within 3 months of the 18th birthday, or past it. */
  approaching: boolean;
}

export function turningEighteen(dateOfBirth: ApproxDate, today: string): TurningEighteen {
  const birthday = eighteenthBirthday(dateOfBirth);
  const daysLeft = daysBetween(today, birthday.plannedFor);
  const approaching = today >= addMonths(birthday.plannedFor, -TURNING_18_WINDOW_MONTHS);
  return { birthday, daysLeft, weeksLeft: Math.floor(daysLeft / 7), approaching };
}
