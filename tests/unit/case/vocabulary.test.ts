import { describe, expect, it } from 'vitest';
import { caseStatuses, caseStatusLabels, relationships, triStateLabels } from '../../../domain/case/schemas';
import {
  bestDateOfBirth,
  bestDateOfBirthText,
  caseStatusLabel,
  dateForFormBox,
  relationshipLabel,
  triStateLabel,
} from '../../../domain/case/vocabulary';
import type { ApproxDate } from '../../../domain/case/approx-date';
import { answerCodeLabel, immediateDangerAnswers, immediateDangerLabels, triValues, ysnLabels, ysnValues } from '../../../domain/imaaf';

const claimed: ApproxDate = { kind: 'year', year: 2010, approximate: true };
const documented: ApproxDate = { kind: 'date', date: '2009-04-12', approximate: false };
const assessed: ApproxDate = { kind: 'age', years: 17, onDate: '2026-01-10', approximate: true };

describe('the child’s best-known date of birth', () => {
  it('prefers an age assessment, then a document, then the child’s own account', () => {
    expect(bestDateOfBirth({ claimed, documented, assessed })).toBe(assessed);
    expect(bestDateOfBirth({ claimed, documented, assessed: null })).toBe(documented);
    expect(bestDateOfBirth({ claimed, documented: null, assessed: null })).toBe(claimed);
    expect(bestDateOfBirth({ claimed: null, documented: null, assessed: null })).toBeNull();
  });

  it('reads as words, or “Not known” when none is recorded', () => {
    expect(bestDateOfBirthText({ claimed, documented, assessed: null })).toBe('12 April 2009');
    expect(bestDateOfBirthText({ claimed: null, documented: null, assessed: null })).toBe('Not known');
  });
});

describe('a date of birth in a form’s date box', () => {
  it('keeps an exact date as it is, flagged an estimate only when it is one', () => {
    expect(dateForFormBox({ kind: 'date', date: '2012-03-04', approximate: false })).toEqual({ text: '2012-03-04', approximate: false });
    expect(dateForFormBox({ kind: 'date', date: '2012-03-04', approximate: true })).toEqual({ text: '2012-03-04', approximate: true });
  });

  it.each([
    [{ kind: 'month', year: 2019, month: 7, approximate: false }, 'July 2019'],
    [{ kind: 'year', year: 2010, approximate: false }, '2010'],
    [{ kind: 'age', years: 15, onDate: '2026-12-01', approximate: true }, 'about 15 years old on 1 December 2026'],
    [{ kind: 'season', season: 'summer', year: 2011, approximate: false }, 'summer 2011'],
    [{ kind: 'part', part: 'late', year: 2011, approximate: false }, 'late 2011'],
    [{ kind: 'range', from: { year: 2010 }, to: { year: 2011 }, approximate: false }, 'between 2010 and 2011'],
  ] as const)('never invents a day for %o: it writes “%s” and flags it an estimate', (value, words) => {
    const box = dateForFormBox(value);
    expect(box).toEqual({ text: words, approximate: true });
    expect(box.text).not.toMatch(/\d{4}-\d{2}-\d{2}|\d{2}\/\d{2}\/\d{4}/);
  });

  it('leaves the box empty when nothing is recorded', () => {
    expect(dateForFormBox(null)).toEqual({ text: '', approximate: false });
  });
});

describe('labels for codes', () => {
  it('gives every relationship a label that is not its code', () => {
    for (const code of relationships) {
      expect(relationshipLabel(code)).not.toBe(code);
      // Codes are lower case; a label reads as a sentence does ("Step-parent" keeps its hyphen).
      expect(relationshipLabel(code)).toMatch(/^[A-Z]/);
    }
    expect(relationshipLabel('aunt-or-uncle')).toBe('Aunt or uncle');
  });

  it('never shows a missing or unknown relationship code raw', () => {
    expect(relationshipLabel(null)).toBe('Not recorded');
    expect(relationshipLabel(undefined, 'not recorded')).toBe('not recorded');
    expect(relationshipLabel('second-cousin-once-removed')).toBe('Not recorded');
  });

  it('gives every case status a label', () => {
    expect(Object.keys(caseStatusLabels).sort()).toEqual([...caseStatuses].sort());
    expect(caseStatuses.map(caseStatusLabel)).toEqual(['Open', 'Closed']);
  });

  it('writes yes, no and not known, with an unanswered question read as not known', () => {
    expect(Object.values(triStateLabels)).toEqual(['Yes', 'No', 'Not known']);
    expect(triStateLabel('yes')).toBe('Yes');
    expect(triStateLabel('no')).toBe('No');
    expect(triStateLabel('unknown')).toBe('Not known');
    expect(triStateLabel(null)).toBe('Not known');
  });

  it('gives every IMAAF yes/no and yes/suspected/no answer a label, in the order they are offered', () => {
    expect(Object.keys(ysnLabels)).toEqual([...ysnValues]);
    for (const code of [...ysnValues, ...triValues, 'unknown']) expect(answerCodeLabel(code)).toMatch(/^[A-Z][a-z ]+$/);
    expect(answerCodeLabel('not-assessed')).toBe('Not assessed');
    expect(answerCodeLabel('something-else')).toBeUndefined();
  });

  it('gives every answer to “is the child in immediate danger” a label', () => {
    expect(Object.keys(immediateDangerLabels)).toEqual([...immediateDangerAnswers]);
    expect(immediateDangerLabels['not-known']).toBe('Not known');
  });
});
