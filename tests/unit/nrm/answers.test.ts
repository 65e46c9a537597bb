import { describe, expect, it } from 'vitest';
import { nrmChanges, nrmGaps, nrmSections, resolveNrmAnswers, type NrmPrefill } from '../../../domain/nrm';

const background = nrmSections.find((section) => section.id === 'background')!;
const exploitation = nrmSections.find((section) => section.id === 'exploitation')!;
const prefill: Record<string, NrmPrefill> = {
  birthplace: { value: 'A village near Vinh, Vietnam', source: 'The child: place of birth' },
  family: { value: 'Lived with her grandmother.', source: 'Home country: household and carers' },
};

describe('NRM answers on the case', () => {
  it('accepts a pre-filled answer left as it was, with its source, and keeps a changed one as the worker’s', () => {
    const saved = nrmChanges({ answers: {}, accepted: {} }, background, { answers: { birthplace: 'A village near Vinh, Vietnam', family: 'Lived with her grandmother and two brothers.', education: '' } }, prefill);
    expect(saved.answers).toEqual({ birthplace: 'A village near Vinh, Vietnam', family: 'Lived with her grandmother and two brothers.' });
    expect(saved.accepted).toEqual({ birthplace: 'The child: place of birth' });
    const resolved = resolveNrmAnswers(saved, prefill);
    expect(resolved.find((answer) => answer.question.id === 'birthplace')?.origin).toEqual({ kind: 'accepted', source: 'The child: place of birth' });
    expect(resolved.find((answer) => answer.question.id === 'family')?.origin).toEqual({ kind: 'worker' });
  });

  it('offers an answer not yet accepted from the case, and follows the case until it is', () => {
    const resolved = resolveNrmAnswers({ answers: {}, accepted: {} }, prefill);
    expect(resolved.find((answer) => answer.question.id === 'family')).toMatchObject({ text: 'Lived with her grandmother.', origin: { kind: 'case', source: 'Home country: household and carers' } });
  });

  it('keeps an answer to a question no longer asked, but does not count it a gap or print it', () => {
    const first = nrmChanges({ answers: {}, accepted: {} }, exploitation, { answers: { 'still-in-exploitative-situation': 'Yes', 'what-is-keeping-them-in-situation': 'Debt.' } }, {});
    const second = nrmChanges(first, exploitation, { answers: { ...first.answers, 'still-in-exploitative-situation': 'No' } }, {});
    expect(second.answers['what-is-keeping-them-in-situation']).toBe('Debt.');
    const resolved = resolveNrmAnswers(second, {});
    expect(resolved.some((answer) => answer.question.id === 'what-is-keeping-them-in-situation')).toBe(false);
    expect(nrmGaps(resolved).map((gap) => gap.question.id)).toContain('how-why-did-they-leave-the-situation');
  });
});
