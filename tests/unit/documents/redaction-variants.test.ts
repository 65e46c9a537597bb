import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDocument, documentAudiences, documentTypes, isProfessionalAudience, sharingPreview, type DocumentType } from '../../../domain/documents';
import type { DocumentAudience } from '../../../domain/documents/model';
import { documentInput, fullCase, names } from '../../integration/documents/case-fixture';
import { anyWrittenValue, caseWithText, freeTextFields, holds, withheldKinds, withheldValues } from '../../fixtures/withheld-variants';

/**
 * Values withheld from every audience but the internal record, written into free text in the ways people (or
 * keyboards, or copy and paste) write them, must not survive in any other audience's document model.
 * The same values in the PDFs themselves: tests/integration/documents/redaction-pdf.test.ts.
 */

const otherAudiences = documentAudiences.filter((audience) => audience !== 'internal') as DocumentAudience[];

/** The agencies that must check a suspected adult are told his name (decision 15) unless the worker marks the audience as reaching him. */
const reachingFlagged = (record: ReturnType<typeof fullCase>) => ({ reachesAdultIds: record.connectedAdults.filter((adult) => adult.doNotShareWith).map((adult) => adult.id) });

describe('redaction reaches every way a withheld value is written', () => {
  it('leaves no variant of a withheld name, street, postcode, phone, carer or email in any free-text field of any other audience’s document', () => {
    fc.assert(
      fc.property(anyWrittenValue, fc.constantFrom(...freeTextFields), fc.constantFrom(...otherAudiences), fc.constantFrom(...(documentTypes as readonly DocumentType[])), ({ kind, text }, field, audience, type) => {
        const { record, assessment } = caseWithText([{ field, text }]);
        const sharing = kind === 'name' && isProfessionalAudience(audience) ? reachingFlagged(record) : undefined;
        const built = buildDocument(type, { ...documentInput(record, audience, assessment), sharing });
        expect(holds(JSON.stringify(built), kind), `${kind} written as ${JSON.stringify(text)} in the ${field}, ${type} for ${audience}`).toBe(false);
      }),
      { numRuns: Number(process.env.REDACTION_RUNS ?? 2000) },
    );
    // About 40 s alone on two cores; a full run shares them with every other test file.
  }, 600_000);

  it('keeps what the worker wrote in the internal record', () => {
    for (const kind of withheldKinds) {
      const { record, assessment } = caseWithText([{ field: 'meeting notes', text: withheldValues[kind].value }]);
      const built = buildDocument('meeting-pack', documentInput(record, 'internal', assessment));
      expect(holds(JSON.stringify(built), kind), kind).toBe(true);
    }
  });

  it('does not blank a kept person’s name, a town or the case’s other numbers', () => {
    const record = fullCase();
    const built = JSON.stringify(buildDocument('meeting-pack', documentInput(record, 'police')));
    expect(built).toContain(names.childFamily);
    expect(built).toContain('Kent Police');
  });

  it('tells the worker, before generating, how many mentions each area loses and where, never the values', () => {
    const { record, assessment } = caseWithText([
      { field: 'chronology', text: '14 Example Close' },
      { field: 'meeting notes', text: 'EX12MP' },
      { field: 'judgement', text: 'office@example.invalid' },
      { field: 'adult notes', text: 'Smirnov’s' },
    ]);
    const preview = sharingPreview(documentInput(record, 'named-agency', assessment));
    // The example already names the withheld adult in its journey and meeting notes; the four mentions added here are
    // counted on top, each where it was written (the meeting's postcode twice: its place and its notes).
    const plain = caseWithText([]);
    const before = new Map(sharingPreview(documentInput(plain.record, 'named-agency', plain.assessment)).removedFromText.map((removal) => [removal.where, removal.count]));
    expect(before.get('Journey')).toBe(1);
    const added = preview.removedFromText.map((removal) => ({ where: removal.where, count: removal.count - (before.get(removal.where) ?? 0) })).filter((removal) => removal.count > 0);
    expect(added).toEqual([
      { where: 'Chronology entries', count: 1 },
      { where: 'Connected adults’ details and notes', count: 1 },
      { where: 'Strategy discussion details and notes', count: 2 },
      { where: 'Professional judgement', count: 1 },
    ]);
    expect(JSON.stringify(preview.removedFromText)).not.toMatch(/Example Close|EX1|office@|Smirnov/i);
    expect(sharingPreview(documentInput(record, 'internal', assessment)).removedFromText).toEqual([]);
  });
});
