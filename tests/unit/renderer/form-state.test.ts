import { describe, expect, it } from 'vitest';
import { readPath as getAt } from '../../../domain/paths';
import { finaliseTypedDates, parseTypedDate, setAt, typedFromApprox, type TypedDate } from '../../../renderer/form-state';

const typed = (changes: Partial<TypedDate>): TypedDate => ({ ...typedFromApprox(null), ...changes });

describe('typed dates', () => {
  it('never makes the worker invent a day or month', () => {
    expect(parseTypedDate(typed({ year: '2019' }))).toEqual({ ok: true, value: { kind: 'year', year: 2019, approximate: false } });
    expect(parseTypedDate(typed({ month: '3', year: '2019', approximate: true }))).toEqual({
      ok: true,
      value: { kind: 'month', year: 2019, month: 3, approximate: true },
    });
    expect(parseTypedDate(typed({ day: '4', month: '3', year: '2019' }))).toEqual({
      ok: true,
      value: { kind: 'date', date: '2019-03-04', approximate: false },
    });
    expect(parseTypedDate(typed({}))).toEqual({ ok: true, value: null });
  });

  it('takes an age on a date instead of a date', () => {
    expect(parseTypedDate(typed({ mode: 'age', years: '12', onDay: '3', onMonth: '6', onYear: '2024', approximate: true }))).toEqual({
      ok: true,
      value: { kind: 'age', years: 12, onDate: '2024-06-03', approximate: true },
    });
  });

  it('takes a date in words as it was said, with “about” or the checkbox marking it approximate', () => {
    expect(parseTypedDate(typed({ mode: 'words', words: 'between March and May 2026' }))).toEqual({
      ok: true,
      value: { kind: 'range', from: { year: 2026, month: 3 }, to: { year: 2026, month: 5 }, approximate: false },
    });
    expect(parseTypedDate(typed({ mode: 'words', words: 'summer 2019', approximate: true }))).toEqual({
      ok: true,
      value: { kind: 'season', season: 'summer', year: 2019, approximate: true },
    });
    expect(parseTypedDate(typed({ mode: 'words', words: 'about late 2018' }))).toMatchObject({ ok: true, value: { kind: 'part', approximate: true } });
    expect(parseTypedDate(typed({ mode: 'words', words: 'ages ago' }))).toMatchObject({ ok: false, message: expect.stringMatching(/summer 2019/) });
  });

  it('reads a draft kept before dates could be given in words', () => {
    const { words: _words, ...old } = typed({ year: '2019' });
    expect(parseTypedDate(old)).toEqual({ ok: true, value: { kind: 'year', year: 2019, approximate: false } });
    expect(parseTypedDate({ ...old, mode: 'words' })).toEqual({ ok: true, value: null });
  });

  it('explains what is wrong in plain words', () => {
    expect(parseTypedDate(typed({ day: '4', year: '2019' }))).toMatchObject({ ok: false, message: expect.stringMatching(/month/) });
    expect(parseTypedDate(typed({ year: '19' }))).toMatchObject({ ok: false, message: expect.stringMatching(/four digits/) });
    expect(parseTypedDate(typed({ day: '31', month: '2', year: '2019' }))).toMatchObject({ ok: false, message: expect.stringMatching(/real date/) });
  });

  it('round-trips every kind of approximate date through the form', () => {
    for (const value of [
      { kind: 'date', date: '2012-03-04', approximate: true },
      { kind: 'month', year: 2012, month: 3, approximate: false },
      { kind: 'year', year: 2012, approximate: true },
      { kind: 'age', years: 9, onDate: '2020-01-31', approximate: false },
      { kind: 'season', season: 'winter', year: 2025, approximate: true },
      { kind: 'part', part: 'mid', year: 2019, month: 7, approximate: false },
      { kind: 'range', from: { year: 2026, month: 3 }, to: { year: 2026, month: 5 }, approximate: false },
    ] as const) {
      expect(parseTypedDate(typedFromApprox(value))).toEqual({ ok: true, value });
    }
  });

  it('finalises every typed date in a form, and reports the ones that cannot be read by path', () => {
    const form = { a: typed({ year: '2020' }), list: [{ when: typed({ year: 'soon' }) }], text: 'kept' };
    const result = finaliseTypedDates(form);
    expect(result.value).toEqual({ a: { kind: 'year', year: 2020, approximate: false }, list: [{ when: null }], text: 'kept' });
    expect(result.issues).toEqual([{ path: 'list.0.when', message: expect.any(String) }]);
  });
});

describe('form paths', () => {
  it('reads and writes nested values without changing the original', () => {
    const original = { names: [{ given: 'A' }, { given: 'B' }] };
    const updated = setAt(original, 'names.1.given', 'Bea');
    expect(getAt(updated, 'names.1.given')).toBe('Bea');
    expect(original.names[1]!.given).toBe('B');
    expect(updated.names[0]).toBe(original.names[0]);
  });
});
