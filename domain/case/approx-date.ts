import '../validation';
import { z } from 'zod';

/**
 * A date as people remember it. A worker records what was said and is never made to invent a day:
 * a full date, a month and year, a year, a season ("summer 2019"), early, mid or late in a month or a year
 * ("late March 2026", "early 2019"), a range ("between March and May 2026"), or an age on a date ("about 12 when she
 * left"), each of which can be marked approximate. The Home Office form accepts loose time frames (reference, `date~`).
 * The kinds added later (season, part, range) only add to the union, so every record saved before still reads.
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

export const seasons = ['spring', 'summer', 'autumn', 'winter'] as const;
export type Season = (typeof seasons)[number];
export const parts = ['early', 'mid', 'late'] as const;
export type PartOf = (typeof parts)[number];

/** One end of a range: a year, a month of a year, or a day. */
const rangeEnd = z
  .object({ year, month: month.optional(), day: z.number().int().min(1).max(31).optional() })
  .refine((end) => end.day === undefined || (end.month !== undefined && end.day <= daysInMonth(end.year, end.month)), {
    error: 'Enter a real date',
  });
export type RangeEnd = z.infer<typeof rangeEnd>;

export const approxDateSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('date'), date: isoDate, approximate: z.boolean() }),
  z.object({ kind: z.literal('month'), year, month, approximate: z.boolean() }),
  z.object({ kind: z.literal('year'), year, approximate: z.boolean() }),
  /** Meteorological seasons as the Met Office counts them; a winter is the one that starts in December of `year`. */
  z.object({ kind: z.literal('season'), season: z.enum(seasons, { error: 'Choose spring, summer, autumn or winter' }), year, approximate: z.boolean() }),
  /** Early, mid or late in a month (days 1–10, 11–20, 21 to the end) or in a year (January–April, May–August, September–December). */
  z.object({ kind: z.literal('part'), part: z.enum(parts, { error: 'Choose early, mid or late' }), year, month: month.optional(), approximate: z.boolean() }),
  z
    .object({ kind: z.literal('range'), from: rangeEnd, to: rangeEnd, approximate: z.boolean() })
    .refine((range) => endStart(range.from) <= endFinish(range.to), { error: 'The start of the range must be before its end', path: ['to'] }),
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

const seasonMonths: Record<Season, [number, number]> = { spring: [3, 5], summer: [6, 8], autumn: [9, 11], winter: [12, 14] };

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
    case 'season':
      return `${about}${value.season} ${value.season === 'winter' ? `${value.year}–${String(value.year + 1).slice(2)}` : value.year}`;
    case 'part':
      return value.month === undefined
        ? `${about}${value.part === 'mid' ? 'mid-' : `${value.part} `}${value.year}`
        : `${about}${value.part === 'mid' ? 'mid-' : `${value.part} `}${monthNames[value.month - 1]} ${value.year}`;
    case 'range':
      return `${value.approximate ? 'roughly ' : ''}between ${rangeWords(value.from, value.to)}`;
  }
}

/** "March and May 2026", "3 March and 5 May 2026", "November 2025 and February 2026", "2018 and 2019". */
function rangeWords(from: RangeEnd, to: RangeEnd): string {
  const end = (point: RangeEnd, withYear: boolean) => {
    const parts = [point.day, point.month === undefined ? undefined : monthNames[point.month - 1], withYear ? point.year : undefined];
    return parts.filter((part) => part !== undefined).join(' ');
  };
  const sameYear = from.year === to.year && from.month !== undefined && to.month !== undefined;
  return `${end(from, !sameYear)} and ${end(to, true)}`;
}

function endStart(point: RangeEnd): string {
  if (point.month === undefined) return `${point.year}-01-01`;
  return `${point.year}-${pad(point.month)}-${pad(point.day ?? 1)}`;
}

function endFinish(point: RangeEnd): string {
  if (point.month === undefined) return `${point.year}-12-31`;
  if (point.day !== undefined) return `${point.year}-${pad(point.month)}-${pad(point.day)}`;
  return monthEnd(point.year, point.month);
}

/** True when the value holds one calendar day that was given (so a form's date box can take it without inventing one). */
export function isExactDay(value: ApproxDate | null | undefined): value is Extract<ApproxDate, { kind: 'date' }> {
  return value?.kind === 'date';
}

/** True when even the earliest day the value could mean is after `todayIso`: for a past event, a worker should check it. */
export function isInTheFuture(value: ApproxDate, todayIso: string): boolean {
  return approxDateRange({ ...value, approximate: false } as ApproxDate).earliest > todayIso;
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
    case 'season': {
      const [first, last] = seasonMonths[value.season];
      const slack = value.approximate ? 1 : 0;
      return { earliest: monthStart(value.year, first - slack), latest: monthEnd(value.year, last + slack) };
    }
    case 'part': {
      if (value.month === undefined) {
        const first = value.part === 'early' ? 1 : value.part === 'mid' ? 5 : 9;
        const slack = value.approximate ? 2 : 0;
        return { earliest: monthStart(value.year, first - slack), latest: monthEnd(value.year, first + 3 + slack) };
      }
      const start = monthStart(value.year, value.month);
      const firstDay = value.part === 'early' ? 0 : value.part === 'mid' ? 10 : 20;
      const last = value.part === 'late' ? monthEnd(value.year, value.month) : shiftIso(start, firstDay + 9);
      const slack = value.approximate ? 7 : 0;
      return { earliest: shiftIso(shiftIso(start, firstDay), -slack), latest: shiftIso(last, slack) };
    }
    case 'range': {
      const slack = value.approximate ? 1 : 0;
      const earliest = endStart(value.from);
      const latest = endFinish(value.to);
      if (slack === 0) return { earliest, latest };
      return { earliest: monthStart(value.from.year, (value.from.month ?? 1) - 1), latest: monthEnd(value.to.year, (value.to.month ?? 12) + 1) };
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
    default: {
      // Every year the value could fall in (at most a few for anything a worker would give as a date of birth).
      const { earliest, latest } = approxDateRange(value);
      const years: string[] = [];
      for (let y = Number(earliest.slice(0, 4)); y <= Number(latest.slice(0, 4)) && years.length < 12; y += 1) years.push(String(y));
      return years;
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
