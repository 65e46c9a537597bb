import type { ApproxDate } from '../domain/case/approx-date';
import { approxDateSchema, formatApproxDate } from '../domain/case/approx-date';
import { parseApproxDateWords } from '../domain/case/approx-date-words';
import type { FieldIssue } from '../domain/errors';

/** Writes a nested form value by dotted path ("names.0.given"), without mutating; domain/paths.ts reads them. */
export function setAt<T>(value: T, path: string, next: unknown): T {
  if (path === '') return next as T;
  const [head, ...rest] = path.split('.') as [string, ...string[]];
  const container = (value ?? (/^\d+$/.test(head) ? [] : {})) as Record<string, unknown> | unknown[];
  const child = setAt((container as Record<string, unknown>)[head], rest.join('.'), next);
  if (Array.isArray(container)) {
    const copy = [...container];
    copy[Number(head)] = child;
    return copy as T;
  }
  return { ...container, [head]: child } as T;
}

export function fieldId(path: string): string {
  return `field-${path.replace(/\./g, '-')}`;
}

/**
 * What the worker has typed into a date input before it is a date: kept as typed (in the draft too), and turned into
 * an approximate date only when they save.
 */
export interface TypedDate {
  typed: true;
  /** 'words' takes a date as it was said ("summer 2019", "between March and May 2026"). */
  mode: 'date' | 'age' | 'words';
  /** Absent in drafts kept before dates could be given in words. */
  words?: string;
  day: string;
  month: string;
  year: string;
  years: string;
  onDay: string;
  onMonth: string;
  onYear: string;
  approximate: boolean;
}

export function isTypedDate(value: unknown): value is TypedDate {
  return typeof value === 'object' && value !== null && (value as { typed?: unknown }).typed === true;
}

export function typedFromApprox(value: ApproxDate | null | undefined): TypedDate {
  const blank: TypedDate = {
    typed: true, mode: 'date', day: '', month: '', year: '', years: '', onDay: '', onMonth: '', onYear: '', words: '', approximate: false,
  };
  if (!value) return blank;
  switch (value.kind) {
    case 'date': {
      const [y, m, d] = value.date.split('-');
      return { ...blank, day: String(Number(d)), month: String(Number(m)), year: y ?? '', approximate: value.approximate };
    }
    case 'month':
      return { ...blank, month: String(value.month), year: String(value.year), approximate: value.approximate };
    case 'year':
      return { ...blank, year: String(value.year), approximate: value.approximate };
    case 'age': {
      const [y, m, d] = value.onDate.split('-');
      return {
        ...blank, mode: 'age', years: String(value.years), onDay: String(Number(d)), onMonth: String(Number(m)), onYear: y ?? '',
        approximate: value.approximate,
      };
    }
    default:
      // A season, early/mid/late or a range shows as the words it prints as; "about" is the checkbox.
      return { ...blank, mode: 'words', words: formatApproxDate({ ...value, approximate: false }), approximate: value.approximate };
  }
}

type Parsed = { ok: true; value: ApproxDate | null } | { ok: false; message: string };

const whole = (text: string) => /^\d+$/.test(text.trim());
const pad = (text: string) => text.trim().padStart(2, '0');

/** Turns what was typed into an approximate date, with an error in plain words when it cannot be one. */
export function parseTypedDate(typed: TypedDate): Parsed {
  const t = (s: string) => s.trim();
  if (typed.mode === 'words') {
    if (t(typed.words ?? '') === '') return { ok: true, value: null };
    const read = parseApproxDateWords(typed.words ?? '');
    if (!read.ok) return { ok: false, message: read.message };
    return { ok: true, value: { ...read.value, approximate: read.value.approximate || typed.approximate } };
  }
  if (typed.mode === 'age') {
    if (t(typed.years) === '' && t(typed.onDay) === '' && t(typed.onMonth) === '' && t(typed.onYear) === '') return { ok: true, value: null };
    if (!whole(typed.years)) return { ok: false, message: 'Enter the age in whole years, for example 12' };
    if (!whole(typed.onDay) || !whole(typed.onMonth) || !/^\d{4}$/.test(t(typed.onYear))) {
      return { ok: false, message: 'Enter the date they were that age, with a day, month and four-digit year' };
    }
    return check({
      kind: 'age', years: Number(typed.years), onDate: `${t(typed.onYear)}-${pad(typed.onMonth)}-${pad(typed.onDay)}`, approximate: typed.approximate,
    });
  }
  const [day, month, year] = [t(typed.day), t(typed.month), t(typed.year)];
  if (day === '' && month === '' && year === '') return { ok: true, value: null };
  if (year === '') return { ok: false, message: 'Enter a year. If only the year is known, leave the day and month empty' };
  if (!/^\d{4}$/.test(year)) return { ok: false, message: 'Enter the year as four digits, for example 2019' };
  if (day !== '' && month === '') return { ok: false, message: 'Enter a month as well as a day, or leave the day empty' };
  if (month !== '' && !whole(month)) return { ok: false, message: 'Enter the month as a number from 1 to 12' };
  if (day !== '' && !whole(day)) return { ok: false, message: 'Enter the day as a number' };
  if (month === '') return check({ kind: 'year', year: Number(year), approximate: typed.approximate });
  if (day === '') return check({ kind: 'month', year: Number(year), month: Number(month), approximate: typed.approximate });
  return check({ kind: 'date', date: `${year}-${pad(month)}-${pad(day)}`, approximate: typed.approximate });
}

function check(candidate: ApproxDate): Parsed {
  const parsed = approxDateSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, message: parsed.error.issues[0]?.message ?? 'Enter a real date' };
}

/**
 * Walks a form value and turns every typed date into an approximate date. Returns the value ready to save, or the
 * field issues (with the same paths the form uses) when a date cannot be read.
 */
export function finaliseTypedDates<T>(value: T, basePath = ''): { value: T; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const walk = (node: unknown, path: string): unknown => {
    if (isTypedDate(node)) {
      const parsed = parseTypedDate(node);
      if (parsed.ok) return parsed.value;
      issues.push({ path, message: parsed.message });
      return null;
    }
    if (Array.isArray(node)) return node.map((item, index) => walk(item, path === '' ? String(index) : `${path}.${index}`));
    if (node !== null && typeof node === 'object') {
      return Object.fromEntries(
        Object.entries(node).map(([key, child]) => [key, walk(child, path === '' ? key : `${path}.${key}`)]),
      );
    }
    return node;
  };
  const result = walk(value, basePath) as T;
  return { value: result, issues };
}
