import '../validation';
import { z } from 'zod';

/**
 * A date as people remember it. A worker records what was said and is never made to invent a day:
 * a full date, a month and year, a year, or an age on a date ("about 12 when she left"), each of which
 * can be marked approximate.
 */

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Enter a real date' })
  .refine(isRealIsoDate, { error: 'Enter a real date' });

const year = z
  .number({ error: 'Enter a year as four digits, for example 2019' })
  .int({ error: 'Enter a year as four digits, for example 2019' })
  .min(1900, { error: 'The year must be 1900 or later' })
  .max(2100, { error: 'The year must be before 2100' });

const month = z
  .number({ error: 'Enter a month from 1 to 12' })
  .int({ error: 'Enter a month from 1 to 12' })
  .min(1, { error: 'Enter a month from 1 to 12' })
  .max(12, { error: 'Enter a month from 1 to 12' });

export const approxDateSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('date'), date: isoDate, approximate: z.boolean() }),
  z.object({ kind: z.literal('month'), year, month, approximate: z.boolean() }),
  z.object({ kind: z.literal('year'), year, approximate: z.boolean() }),
  z.object({
    kind: z.literal('age'),
    years: z
      .number({ error: 'Enter an age in years' })
      .int({ error: 'Enter an age in whole years' })
      .min(0, { error: 'The age cannot be negative' })
      .max(120, { error: 'Enter an age under 120' }),
    onDate: isoDate,
    approximate: z.boolean(),
  }),
]);
export type ApproxDate = z.infer<typeof approxDateSchema>;

export function isRealIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const monthNames = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function formatIsoDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${monthNames[(m ?? 1) - 1]} ${y}`;
}

/** British English, as a worker would write it: "about March 2019", "12 May 2010", "about 12 years old on 3 June 2024". */
export function formatApproxDate(value: ApproxDate | null | undefined): string {
  if (!value) return 'Not known';
  const about = value.approximate ? 'about ' : '';
  switch (value.kind) {
    case 'date':
      return `${about}${formatIsoDate(value.date)}`;
    case 'month':
      return `${about}${monthNames[value.month - 1]} ${value.year}`;
    case 'year':
      return `${about}${value.year}`;
    case 'age':
      return `${about}${value.years} ${value.years === 1 ? 'year' : 'years'} old on ${formatIsoDate(value.onDate)}`;
  }
}

/**
 * The earliest and latest calendar day the value could mean, as ISO dates. Used to sort, search and draw timelines.
 * An approximate value widens by a margin: a month either side for a month, a year either side for a year or age.
 */
export function approxDateRange(value: ApproxDate): { earliest: string; latest: string } {
  switch (value.kind) {
    case 'date': {
      if (!value.approximate) return { earliest: value.date, latest: value.date };
      return { earliest: shiftIso(value.date, -15), latest: shiftIso(value.date, 15) };
    }
    case 'month': {
      const slack = value.approximate ? 1 : 0;
      const start = monthStart(value.year, value.month - slack);
      const end = monthEnd(value.year, value.month + slack);
      return { earliest: start, latest: end };
    }
    case 'year': {
      const slack = value.approximate ? 1 : 0;
      return { earliest: `${value.year - slack}-01-01`, latest: `${value.year + slack}-12-31` };
    }
    case 'age': {
      // Someone N years old on D was born between D minus (N+1) years plus a day and D minus N years.
      const [y, m, d] = value.onDate.split('-').map(Number) as [number, number, number];
      const slack = value.approximate ? 1 : 0;
      const latest = clampIso(y - value.years + slack, m, d);
      const earliest = shiftIso(clampIso(y - value.years - 1 - slack, m, d), 1);
      return { earliest, latest };
    }
  }
}

/** The single date used to place a value in order: the middle of its range. */
export function approxDateSortKey(value: ApproxDate | null | undefined): string {
  if (!value) return '9999-12-31';
  if (value.kind === 'date') return value.date;
  const { earliest, latest } = approxDateRange(value);
  const mid = (Date.parse(earliest) + Date.parse(latest)) / 2;
  return new Date(mid).toISOString().slice(0, 10);
}

/** An age in whole years on a given day, from the latest possible birth date (benefit of the doubt: the youngest). */
export function youngestAgeOn(dateOfBirth: ApproxDate, onIso: string): number {
  const { latest } = approxDateRange(dateOfBirth);
  return wholeYearsBetween(latest, onIso);
}

/** An age from the earliest possible birth date: the oldest the person could be. */
export function oldestAgeOn(dateOfBirth: ApproxDate, onIso: string): number {
  const { earliest } = approxDateRange(dateOfBirth);
  return wholeYearsBetween(earliest, onIso);
}

export function wholeYearsBetween(fromIso: string, toIso: string): number {
  const [fy, fm, fd] = fromIso.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = toIso.split('-').map(Number) as [number, number, number];
  let years = ty - fy;
  if (tm < fm || (tm === fm && td < fd)) years -= 1;
  return years;
}

/** The date terms a date of birth can be found by: "2012-03-04", "2012-03", "2012". */
export function approxDateSearchTerms(value: ApproxDate): string[] {
  switch (value.kind) {
    case 'date':
      return [value.date, value.date.slice(0, 7), value.date.slice(0, 4)];
    case 'month':
      return [`${value.year}-${pad(value.month)}`, String(value.year)];
    case 'year':
      return [String(value.year)];
    case 'age': {
      const { earliest, latest } = approxDateRange(value);
      const years = new Set([earliest.slice(0, 4), latest.slice(0, 4)]);
      return [...years];
    }
  }
}

function monthStart(y: number, m: number): string {
  const date = new Date(Date.UTC(y, m - 1, 1));
  return date.toISOString().slice(0, 10);
}

function monthEnd(y: number, m: number): string {
  const date = new Date(Date.UTC(y, m, 0));
  return date.toISOString().slice(0, 10);
}

function clampIso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${pad(m)}-${pad(Math.min(d, daysInMonth(y, m)))}`;
}

function shiftIso(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
