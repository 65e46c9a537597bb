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
    expect(dateForFormBox({ kind: 'date', date: '2012-03-04', approximate: false })).toEqual({ iso: '2012-03-04', approximate: false });
    expect(dateForFormBox({ kind: 'date', date: '2012-03-04', approximate: true })).toEqual({ iso: '2012-03-04', approximate: true });
  });

  it('puts a month and year on the first of the month, and a year on 1 January, as estimates', () => {
    expect(dateForFormBox({ kind: 'month', year: 2019, month: 7, approximate: false })).toEqual({ iso: '2019-07-01', approximate: true });
    expect(dateForFormBox({ kind: 'year', year: 2010, approximate: false })).toEqual({ iso: '2010-01-01', approximate: true });
  });

  it('turns an age on a date into the middle of the birth dates it allows, as an estimate', () => {
    // 12 on 3 June 2024: born between 4 June 2011 and 3 June 2012.
    expect(dateForFormBox({ kind: 'age', years: 12, onDate: '2024-06-03', approximate: false })).toEqual({ iso: '2011-12-03', approximate: true });
  });

  it('leaves the box empty when nothing is recorded', () => {
    expect(dateForFormBox(null)).toEqual({ iso: '', approximate: false });
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
