import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../domain/documents';
import type { DocumentBlockInput } from '../../../domain/documents/model';
import { computeOutcome, defaultFramework, type Answer, type AssessmentAnswers } from '../../../domain/imaaf';
import { documentInput, fullAssessment, fullCase } from '../../integration/documents/case-fixture';

type Table = Extract<DocumentBlockInput, { kind: 'table' }>;

function answer(value: Answer['value']): Answer {
  return { value, unknown: false, note: '', source: 'observation', recordedAt: '2026-03-18T10:00:00.000Z' };
}

/** The meeting pack for the fixture case, with an adult whose contact is to be supervised and an asylum claim unknown. */
function pack() {
  const record = fullCase();
  const assessment = fullAssessment(record);
  const kept = record.connectedAdults.find((adult) => !adult.doNotShareWith);
  if (!kept || !assessment.answers) throw new Error('The fixture needs answers and an adult who is not withheld');
  const answers: AssessmentAnswers = {
    ...assessment.answers,
    connectedAdults: { ...assessment.answers.connectedAdults, [kept.id]: { 'adult-contact-restricted': answer('yes') } },
  };
  const outcome = computeOutcome(record, answers, defaultFramework, {
    organisation: { name: 'Example Council', procedureName: 'Child protection procedure', contact: 'Safeguarding lead' },
    today: '2026-03-20',
  });
  const built = buildDocument('meeting-pack', documentInput(record, 'strategy-meeting', { ...assessment, answers, outcome }));
  if (built.kind !== 'model') throw new Error('The meeting pack is a document model');
  return { blocks: built.model.blocks as DocumentBlockInput[], outcome, kept };
}

const tables = (blocks: DocumentBlockInput[]) => blocks.filter((block): block is Table => block.kind === 'table');

describe('meeting pack: cross-border actions and adults’ factors (issue 11, classes 9 and 10)', () => {
  it('holds cross-border actions only in the cross-border table, and shows each caution once', () => {
    const { blocks, outcome } = pack();
    const crossBorder = tables(blocks).find((table) => table.columns[0]?.header === 'Proposed action');
    const expected = outcome.recommendations.filter((entry) => ['cfab-checks', 'icacu', 'embassy-or-consulate', 'family-tracing'].includes(entry.id));
    expect(expected.length).toBeGreaterThan(0);
    expect(crossBorder?.rows.map((row) => row[0])).toEqual(expected.map((entry) => entry.title));
    for (const row of crossBorder?.rows ?? []) expect(String(row[0])).not.toMatch(/police|interpreter|health|education|children’s services/i);
    const cautions = outcome.recommendations.filter((entry) => ['do-not-contact-home-state', 'check-asylum-before-contact'].includes(entry.id));
    expect(cautions.length).toBeGreaterThan(0);
    for (const caution of cautions) {
      const shown = blocks.filter((block) => block.kind === 'note' && block.title === caution.title);
      expect(shown).toHaveLength(1);
      expect(JSON.stringify(crossBorder)).not.toContain(caution.reason);
    }
  });

  it('lists the action naming the adult whose contact is to be supervised', () => {
    const { blocks, kept } = pack();
    const name = `${kept.names[0]?.given ?? ''} ${kept.names[0]?.family ?? ''}`.trim();
    const adultActions = tables(blocks).find((table) => table.caption === 'Actions about these adults');
    expect(adultActions?.rows[0]?.[0]).toBe(`${name}: police checks, do not release the child to them, contact only if supervised`);
    expect(String(adultActions?.rows[0]?.[1])).toContain(`Ask the police for checks on ${name}`);
  });
});
