import { approxDateSchema, type ApproxDate, type RangeEnd } from './approx-date';

/**
 * Reads a date as a worker writes it from what was said: "summer 2019", "winter 2025–26", "early March 2026",
 * "mid-2019", "late 2018", "between March and May 2026", "March to May 2026", "about 2010", "3 March 2019".
 * Whatever it prints (formatApproxDate) it reads back to the same value, so a saved date shows in the box as it was.
 */
export type WordsParse = { ok: true; value: ApproxDate } | { ok: false; message: string };

const monthWords = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];

const NOT_READ =
  'Crossings cannot read that as a date. Write it the way it was said, for example “summer 2019”, “early March 2026”, “late 2018” or “between March and May 2026”';

function monthOf(word: string): number | undefined {
  const lower = word.toLowerCase().replace(/\.$/, '');
  if (lower.length < 3) return undefined;
  const index = monthWords.findIndex((name) => name === lower || (lower.length >= 3 && name.startsWith(lower) && lower.length <= name.length));
  return index === -1 ? undefined : index + 1;
}

const yearPattern = /^(\d{4})$/;

/** "2019", "March 2019", "March", "3 March 2019", "3 March", "3/2019", "03/03/2019". */
function readEnd(text: string): { year?: number; month?: number; day?: number } | undefined {
  const words = text.trim().split(/\s+/).filter((word) => word !== '');
  if (words.length === 1) {
    const only = words[0] ?? '';
    const numeric = /^(?:(\d{1,2})[/.-])?(\d{1,2})[/.-](\d{4})$/.exec(only);
    if (numeric) return { year: Number(numeric[3]), month: Number(numeric[2]), ...(numeric[1] ? { day: Number(numeric[1]) } : {}) };
    if (yearPattern.test(only)) return { year: Number(only) };
    const month = monthOf(only);
    return month ? { month } : undefined;
  }
  let day: number | undefined;
  let rest = words;
  if (/^\d{1,2}(st|nd|rd|th)?$/i.test(rest[0] ?? '')) {
    day = Number.parseInt(rest[0] ?? '', 10);
    rest = rest.slice(1);
  }
  const month = rest[0] ? monthOf(rest[0]) : undefined;
  if (month === undefined) return undefined;
  rest = rest.slice(1);
  if (rest.length > 1 || (rest[0] !== undefined && !yearPattern.test(rest[0]))) return undefined;
  return { ...(rest[0] ? { year: Number(rest[0]) } : {}), month, ...(day !== undefined ? { day } : {}) };
}

function checked(candidate: unknown): WordsParse {
  const parsed = approxDateSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, message: parsed.error.issues[0]?.message ?? NOT_READ };
}

function pointToDate(point: { year: number; month?: number; day?: number }, approximate: boolean): unknown {
  if (point.month === undefined) return { kind: 'year', year: point.year, approximate };
  if (point.day === undefined) return { kind: 'month', year: point.year, month: point.month, approximate };
  const iso = `${point.year}-${String(point.month).padStart(2, '0')}-${String(point.day).padStart(2, '0')}`;
  return { kind: 'date', date: iso, approximate };
}

export function parseApproxDateWords(input: string): WordsParse {
  let text = input.trim().replace(/\s+/g, ' ').replace(/[–—]/g, '-').toLowerCase();
  if (text === '') return { ok: false, message: 'Write when it happened, for example “summer 2019”' };
  let approximate = false;
  const about = /^(about|around|approximately|approx\.?|roughly|circa|c\.|sometime in|some time in|in)\s+/;
  for (let match = about.exec(text); match; match = about.exec(text)) {
    if (match[1] !== 'in' && match[1] !== 'sometime in' && match[1] !== 'some time in') approximate = true;
    text = text.slice(match[0].length);
  }

  const age = /^(\d{1,3}) years? old on (.+)$/.exec(text);
  if (age) {
    const on = readEnd(age[2] ?? '');
    if (!on || on.year === undefined || on.month === undefined || on.day === undefined) {
      return { ok: false, message: 'Give the whole date they were that age, for example “12 years old on 3 June 2024”' };
    }
    const onDate = `${on.year}-${String(on.month).padStart(2, '0')}-${String(on.day).padStart(2, '0')}`;
    return checked({ kind: 'age', years: Number(age[1]), onDate, approximate });
  }

  const season = /^(spring|summer|autumn|fall|winter) (?:of )?(\d{4})(?: ?[-/] ?(\d{2}|\d{4}))?$/.exec(text);
  if (season) {
    const name = season[1] === 'fall' ? 'autumn' : season[1];
    const startYear = Number(season[2]);
    if (season[3] !== undefined) {
      const next = Number(season[3].length === 2 ? `${String(startYear + 1).slice(0, 2)}${season[3]}` : season[3]);
      if (name !== 'winter' || next !== startYear + 1) return { ok: false, message: 'Only a winter runs into the next year, for example “winter 2025–26”' };
    }
    return checked({ kind: 'season', season: name, year: startYear, approximate });
  }

  const part = /^(early|mid|middle of|late|start of|beginning of|end of)[- ](?:of )?(?:([a-z]+\.?) )?(\d{4})$/.exec(text);
  if (part) {
    const which = { early: 'early', 'start of': 'early', 'beginning of': 'early', mid: 'mid', 'middle of': 'mid', late: 'late', 'end of': 'late' }[part[1] ?? ''];
    const month = part[2] === undefined ? undefined : monthOf(part[2]);
    if (part[2] !== undefined && month === undefined) return { ok: false, message: NOT_READ };
    return checked({ kind: 'part', part: which, year: Number(part[3]), ...(month ? { month } : {}), approximate });
  }

  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return checked({ kind: 'date', date: text, approximate });

  const range = /^(?:between (.+) and (.+)|from (.+?) (?:to|until|till) (.+)|(.+?) (?:to|until|till) (.+)|(.+?) ?- ?(.+))$/.exec(text);
  if (range && !/^(\d{1,2}[/.-])?\d{1,2}[/.-]\d{4}$/.test(text)) {
    const [fromText, toText] = [range[1] ?? range[3] ?? range[5] ?? range[7] ?? '', range[2] ?? range[4] ?? range[6] ?? range[8] ?? ''];
    const to = readEnd(toText);
    const from = readEnd(fromText);
    if (!to || !from || to.year === undefined) return { ok: false, message: NOT_READ };
    if (from.year === undefined && from.month === undefined) return { ok: false, message: NOT_READ };
    const start: RangeEnd = { year: from.year ?? to.year, ...(from.month ? { month: from.month } : {}), ...(from.day ? { day: from.day } : {}) };
    const end: RangeEnd = { year: to.year, ...(to.month ? { month: to.month } : {}), ...(to.day ? { day: to.day } : {}) };
    return checked({ kind: 'range', from: start, to: end, approximate });
  }

  const point = readEnd(text);
  if (point && point.year !== undefined) return checked(pointToDate({ ...point, year: point.year }, approximate));
  if (point && point.year === undefined) return { ok: false, message: 'Add the year, for example “March 2019”' };
  return { ok: false, message: NOT_READ };
}
