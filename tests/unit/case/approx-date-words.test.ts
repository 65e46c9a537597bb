import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  approxDateRange,
  approxDateSchema,
  approxDateSearchTerms,
  approxDateSortKey,
  formatApproxDate,
  isInTheFuture,
  seasons,
  type ApproxDate,
} from '../../../domain/case/approx-date';
import { parseApproxDateWords } from '../../../domain/case/approx-date-words';

const read = (text: string) => {
  const parsed = parseApproxDateWords(text);
  if (!parsed.ok) throw new Error(`${text}: ${parsed.message}`);
  return parsed.value;
};

describe('dates the way people give them: seasons, early, mid and late, and ranges', () => {
  it.each([
    ['summer 2019', { kind: 'season', season: 'summer', year: 2019, approximate: false }, 'summer 2019'],
    ['Autumn 2024', { kind: 'season', season: 'autumn', year: 2024, approximate: false }, 'autumn 2024'],
    ['about spring 2021', { kind: 'season', season: 'spring', year: 2021, approximate: true }, 'about spring 2021'],
    ['winter 2025', { kind: 'season', season: 'winter', year: 2025, approximate: false }, 'winter 2025–26'],
    ['winter 2025/26', { kind: 'season', season: 'winter', year: 2025, approximate: false }, 'winter 2025–26'],
    ['early March 2026', { kind: 'part', part: 'early', year: 2026, month: 3, approximate: false }, 'early March 2026'],
    ['mid-March 2026', { kind: 'part', part: 'mid', year: 2026, month: 3, approximate: false }, 'mid-March 2026'],
    ['end of Feb 2024', { kind: 'part', part: 'late', year: 2024, month: 2, approximate: false }, 'late February 2024'],
    ['late 2018', { kind: 'part', part: 'late', year: 2018, approximate: false }, 'late 2018'],
    ['mid-2019', { kind: 'part', part: 'mid', year: 2019, approximate: false }, 'mid-2019'],
    ['between March and May 2026', { kind: 'range', from: { year: 2026, month: 3 }, to: { year: 2026, month: 5 }, approximate: false }, 'between March and May 2026'],
    ['March to May 2026', { kind: 'range', from: { year: 2026, month: 3 }, to: { year: 2026, month: 5 }, approximate: false }, 'between March and May 2026'],
    ['from November 2025 until February 2026', { kind: 'range', from: { year: 2025, month: 11 }, to: { year: 2026, month: 2 }, approximate: false }, 'between November 2025 and February 2026'],
    ['2018-2019', { kind: 'range', from: { year: 2018 }, to: { year: 2019 }, approximate: false }, 'between 2018 and 2019'],
    ['between 3 March and 5 May 2026', { kind: 'range', from: { year: 2026, month: 3, day: 3 }, to: { year: 2026, month: 5, day: 5 }, approximate: false }, 'between 3 March and 5 May 2026'],
    ['about 2010', { kind: 'year', year: 2010, approximate: true }, 'about 2010'],
    ['in March 2019', { kind: 'month', year: 2019, month: 3, approximate: false }, 'March 2019'],
    ['3 March 2019', { kind: 'date', date: '2019-03-03', approximate: false }, '3 March 2019'],
    ['03/03/2019', { kind: 'date', date: '2019-03-03', approximate: false }, '3 March 2019'],
    ['about 15 years old on 1 December 2026', { kind: 'age', years: 15, onDate: '2026-12-01', approximate: true }, 'about 15 years old on 1 December 2026'],
  ] as const)('reads “%s” and prints it the same way everywhere', (text, value, printed) => {
    expect(read(text)).toEqual(value);
    expect(formatApproxDate(value)).toBe(printed);
  });

  it.each([
    ['', 'Write when it happened'],
    ['sometime', 'cannot read that'],
    ['March', 'Add the year'],
    ['summer 2019/20', 'Only a winter'],
    ['between May and March 2026', 'before its end'],
    ['31 February 2024', 'real date'],
  ])('says in plain words why “%s” is not a date', (text, words) => {
    const parsed = parseApproxDateWords(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(words);
  });

  it('gives the days each could mean: meteorological seasons, thirds of a month and of a year, a range’s ends', () => {
    expect(approxDateRange(read('winter 2023'))).toEqual({ earliest: '2023-12-01', latest: '2024-02-29' });
    expect(approxDateRange(read('spring 2026'))).toEqual({ earliest: '2026-03-01', latest: '2026-05-31' });
    expect(approxDateRange(read('about spring 2026'))).toEqual({ earliest: '2026-02-01', latest: '2026-06-30' });
    expect(approxDateRange(read('early March 2026'))).toEqual({ earliest: '2026-03-01', latest: '2026-03-10' });
    expect(approxDateRange(read('mid-March 2026'))).toEqual({ earliest: '2026-03-11', latest: '2026-03-20' });
    expect(approxDateRange(read('late February 2024'))).toEqual({ earliest: '2024-02-21', latest: '2024-02-29' });
    expect(approxDateRange(read('early 2019'))).toEqual({ earliest: '2019-01-01', latest: '2019-04-30' });
    expect(approxDateRange(read('late 2019'))).toEqual({ earliest: '2019-09-01', latest: '2019-12-31' });
    expect(approxDateRange(read('between March and May 2026'))).toEqual({ earliest: '2026-03-01', latest: '2026-05-31' });
    expect(approxDateRange(read('between 2018 and 2019'))).toEqual({ earliest: '2018-01-01', latest: '2019-12-31' });
  });

  it('sorts them among other dates by when they could have been', () => {
    const texts = ['late 2019', 'summer 2019', 'early March 2019', 'between March and May 2019', 'mid-2019', 'winter 2019', '2 January 2019'];
    const sorted = [...texts].sort((a, b) => approxDateSortKey(read(a)).localeCompare(approxDateSortKey(read(b))));
    expect(sorted).toEqual(['2 January 2019', 'early March 2019', 'between March and May 2019', 'mid-2019', 'summer 2019', 'late 2019', 'winter 2019']);
  });

  it('lets a date of birth given as a season or range be found by the years it spans', () => {
    expect(approxDateSearchTerms(read('winter 2011'))).toEqual(['2011', '2012']);
    expect(approxDateSearchTerms(read('between 2010 and 2012'))).toEqual(['2010', '2011', '2012']);
  });

  it('flags a date whose earliest possible day is after today, for past events', () => {
    expect(isInTheFuture(read('summer 2027'), '2026-12-01')).toBe(true);
    expect(isInTheFuture(read('about 2027'), '2026-12-01')).toBe(true);
    expect(isInTheFuture(read('winter 2026'), '2026-12-01')).toBe(false);
    expect(isInTheFuture(read('late 2026'), '2026-12-01')).toBe(false);
  });

  it('still reads every kind of date saved before seasons, parts and ranges were added', () => {
    for (const old of [
      { kind: 'date', date: '2012-03-04', approximate: false },
      { kind: 'month', year: 2019, month: 11, approximate: true },
      { kind: 'year', year: 2010, approximate: false },
      { kind: 'age', years: 15, onDate: '2026-12-01', approximate: true },
    ]) {
      expect(approxDateSchema.parse(old)).toEqual(old);
    }
  });

  it('reads back whatever it prints, for any season, part or range', () => {
    const year = fc.integer({ min: 1950, max: 2090 });
    const month = fc.integer({ min: 1, max: 12 });
    const value: fc.Arbitrary<ApproxDate> = fc.oneof(
      fc.record({ kind: fc.constant('season' as const), season: fc.constantFrom(...seasons), year, approximate: fc.boolean() }),
      fc.record({ kind: fc.constant('part' as const), part: fc.constantFrom('early' as const, 'mid' as const, 'late' as const), year, month: fc.option(month, { nil: undefined }), approximate: fc.boolean() }, { requiredKeys: ['kind', 'part', 'year', 'approximate'] }),
      fc.tuple(year, month, fc.integer({ min: 0, max: 30 }), fc.boolean()).map(([y, m, months, approximate]) => {
        const end = new Date(Date.UTC(y, m - 1 + months, 1));
        return { kind: 'range' as const, from: { year: y, month: m }, to: { year: end.getUTCFullYear(), month: end.getUTCMonth() + 1 }, approximate };
      }),
    );
    fc.assert(
      fc.property(value, (date) => {
        const printed = formatApproxDate(date);
        const clean = JSON.parse(JSON.stringify(date)) as ApproxDate;
        expect(read(printed)).toEqual(clean);
      }),
    );
  });
});
