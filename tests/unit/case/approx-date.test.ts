import { describe, expect, it } from 'vitest';
import {
  approxDateRange,
  approxDateSchema,
  approxDateSearchTerms,
  approxDateSortKey,
  formatApproxDate,
  youngestAgeOn,
} from '../../../domain/case/approx-date';

describe('approximate dates', () => {
  it.each([
    [{ kind: 'date', date: '2012-03-04', approximate: false }, '4 March 2012'],
    [{ kind: 'date', date: '2012-03-04', approximate: true }, 'about 4 March 2012'],
    [{ kind: 'month', year: 2019, month: 11, approximate: true }, 'about November 2019'],
    [{ kind: 'year', year: 2010, approximate: false }, '2010'],
    [{ kind: 'age', years: 12, onDate: '2024-06-03', approximate: true }, 'about 12 years old on 3 June 2024'],
    [{ kind: 'age', years: 1, onDate: '2024-06-03', approximate: false }, '1 year old on 3 June 2024'],
  ] as const)('writes %o as “%s”', (value, text) => {
    expect(formatApproxDate(value)).toBe(text);
  });

  it('says “Not known” for a missing date', () => {
    expect(formatApproxDate(null)).toBe('Not known');
  });

  it('refuses days that do not exist, and takes 29 February in a leap year', () => {
    expect(approxDateSchema.safeParse({ kind: 'date', date: '2025-02-29', approximate: false }).success).toBe(false);
    expect(approxDateSchema.safeParse({ kind: 'date', date: '2024-02-29', approximate: false }).success).toBe(true);
    expect(approxDateSchema.safeParse({ kind: 'month', year: 2024, month: 13, approximate: false }).success).toBe(false);
  });

  it('gives the range of days a value could mean, wider when approximate', () => {
    expect(approxDateRange({ kind: 'month', year: 2024, month: 2, approximate: false })).toEqual({ earliest: '2024-02-01', latest: '2024-02-29' });
    expect(approxDateRange({ kind: 'month', year: 2024, month: 1, approximate: true })).toEqual({ earliest: '2023-12-01', latest: '2024-02-29' });
    expect(approxDateRange({ kind: 'year', year: 2010, approximate: true })).toEqual({ earliest: '2009-01-01', latest: '2011-12-31' });
    // 12 on 3 June 2024: born between 4 June 2011 and 3 June 2012.
    expect(approxDateRange({ kind: 'age', years: 12, onDate: '2024-06-03', approximate: false })).toEqual({ earliest: '2011-06-04', latest: '2012-06-03' });
  });

  it('orders values by the middle of their range', () => {
    const keys = [
      approxDateSortKey({ kind: 'year', year: 2020, approximate: false }),
      approxDateSortKey({ kind: 'date', date: '2019-12-31', approximate: false }),
      approxDateSortKey(null),
    ];
    expect([...keys].sort()).toEqual([keys[1], keys[0], keys[2]]);
  });

  it('takes the youngest possible age, giving the benefit of the doubt', () => {
    expect(youngestAgeOn({ kind: 'year', year: 2008, approximate: false }, '2026-06-01')).toBe(17);
  });

  it('lets a date of birth be found by day, month or year', () => {
    expect(approxDateSearchTerms({ kind: 'date', date: '2012-03-04', approximate: false })).toEqual(['2012-03-04', '2012-03', '2012']);
    expect(approxDateSearchTerms({ kind: 'month', year: 2012, month: 3, approximate: true })).toEqual(['2012-03', '2012']);
  });
});
