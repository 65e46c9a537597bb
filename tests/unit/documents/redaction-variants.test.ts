import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDocument, documentAudiences, documentTypes, isProfessionalAudience, type DocumentType } from '../../../domain/documents';
import { foldForMatching } from '../../../domain/documents/matching';
import type { DocumentAudience } from '../../../domain/documents/model';
import type { CaseRecord } from '../../../domain/case/schemas';
import { documentInput, fullAssessment, fullCase, names, withheld } from '../../integration/documents/case-fixture';

/**
 * Values withheld from every audience but the internal record, written into free text in the ways people (or
 * keyboards, or copy and paste) write them, must not survive in any other audience's document model.
 */

const FORMAT_CHARACTERS = ['\u00AD', '\u200B', '\u200C', '\u200D', '\u2060'];
const LOOK_ALIKES: Record<string, string[]> = { a: ['а', 'α'], c: ['с'], e: ['е', 'ε'], i: ['і', 'ι'], o: ['о', 'ο'], p: ['р', 'ρ'], x: ['х', 'χ'], y: ['у'], k: ['к', 'κ'] };
const ACCENTS = ['\u0301', '\u0300', '\u0308', '\u0303'];

/** One way of writing `value`: its case, accents, compatibility forms, invisible characters and look-alike letters. */
const variantOf = (value: string) =>
  fc
    .array(fc.nat(1000), { minLength: [...value].length * 5, maxLength: [...value].length * 5 })
    .map((choices) => {
      let written = '';
      [...value].forEach((character, index) => {
        const [caseChoice, accent, compat, invisible, lookAlike] = choices.slice(index * 5, index * 5 + 5) as [number, number, number, number, number];
        let next = caseChoice % 2 === 0 ? character.toUpperCase() : character.toLowerCase();
        const alikes = LOOK_ALIKES[character.toLowerCase()];
        if (alikes && lookAlike % 4 === 0) next = alikes[lookAlike % alikes.length]!;
        else if (/[a-z]/i.test(next) && compat % 5 === 0) next = String.fromCodePoint(next.codePointAt(0)! + 0xfee0); // full-width
        if (/\p{L}/u.test(next) && accent % 6 === 0) next += ACCENTS[accent % ACCENTS.length];
        if (invisible % 7 === 0 && index > 0) next = FORMAT_CHARACTERS[invisible % FORMAT_CHARACTERS.length] + next;
        written += next;
      });
      return written;
    });

const withheldValues = {
  name: { value: 'Smirnov', core: 'smirnov' },
  street: { value: '14 Example Close', core: '14exampleclose' },
  postcode: { value: 'EX1 2MP', core: 'ex12mp' },
  phone: { value: withheld.withheldAdultPhone, core: '7700900999' },
};
type Kind = keyof typeof withheldValues;

const endings: Record<Kind, fc.Arbitrary<string>> = {
  name: fc.constantFrom('', "'s", '’s', 's', '2'),
  street: fc.constant(''),
  postcode: fc.constant(''),
  phone: fc.constant(''),
};

/** How a value is written down beside other words. */
const writtenValue = (kind: Kind) => {
  const { value } = withheldValues[kind];
  const base = kind === 'postcode' ? fc.constantFrom(value, value.replace(' ', '')) : kind === 'phone' ? fc.constantFrom(value, value.replace(/\s/g, ''), `+44 ${value.slice(1)}`) : fc.constant(value);
  return base.chain((text) => (kind === 'phone' ? fc.constant(text) : variantOf(text))).chain((text) => endings[kind].map((ending) => text + ending));
};

const fields = ['chronology', 'meeting notes', 'adult notes', 'judgement', 'assessment answer'] as const;
type Field = (typeof fields)[number];

function caseWith(field: Field, text: string): { record: CaseRecord; judgement?: string } {
  const record = fullCase();
  const sentence = `Worker's note: ${text} was mentioned.`;
  if (field === 'chronology') record.chronology = [...record.chronology, { ...record.chronology[0]!, id: '00000000-0000-4000-8000-00000000ffff', sequence: record.chronology.length + 1, summary: sentence, correctsId: null }];
  if (field === 'meeting notes') record.strategyMeeting = { ...record.strategyMeeting, notes: sentence, place: sentence };
  if (field === 'adult notes') {
    const keptIndex = record.connectedAdults.findIndex((adult) => !adult.doNotShareWith);
    record.connectedAdults[keptIndex] = { ...record.connectedAdults[keptIndex]!, notes: sentence };
  }
  return field === 'judgement' ? { record, judgement: sentence } : { record };
}

function assessmentFor(record: CaseRecord, field: Field, text: string, judgement?: string) {
  const assessment = fullAssessment(record, judgement ?? 'No further judgement.');
  if (field === 'assessment answer' && assessment.answers) {
    assessment.answers.items['childs-own-words'] = { value: `She said ${text} came to the flat.`, note: '', source: 'child' } as never;
  }
  return assessment;
}

/** Folded and stripped of spaces and punctuation between letters and digits, as the check compares. */
const squash = (text: string) => foldForMatching(text).replace(/[\s().,'’-]+/g, '');

function leaks(model: unknown, kind: Kind): boolean {
  return squash(JSON.stringify(model)).includes(withheldValues[kind].core);
}

const otherAudiences = documentAudiences.filter((audience) => audience !== 'internal') as DocumentAudience[];
const kinds = Object.keys(withheldValues) as Kind[];

describe('redaction reaches every way a withheld value is written', () => {
  it('leaves no variant of a withheld name, street, postcode or phone in any other audience’s document', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...kinds).chain((kind) => fc.record({ kind: fc.constant(kind), text: writtenValue(kind) })),
        fc.constantFrom(...fields),
        fc.constantFrom(...otherAudiences),
        fc.constantFrom(...(documentTypes as readonly DocumentType[])),
        ({ kind, text }, field, audience, type) => {
          const { record, judgement } = caseWith(field, text);
          // The agencies that must check a suspected adult are told his name (decision 15) unless the worker marks
          // the audience as reaching him; every other audience leaves him out by his "do not share with" flag.
          const sharing = kind === 'name' && isProfessionalAudience(audience) ? { reachesAdultIds: record.connectedAdults.filter((adult) => adult.doNotShareWith).map((adult) => adult.id) } : undefined;
          const built = buildDocument(type, { ...documentInput(record, audience, assessmentFor(record, field, text, judgement)), sharing });
          expect(leaks(built, kind), `${kind} written as ${JSON.stringify(text)} in the ${field}, ${type} for ${audience}`).toBe(false);
        },
      ),
      { numRuns: Number(process.env.REDACTION_RUNS ?? 2000) },
    );
  });

  it('keeps what the worker wrote in the internal record', () => {
    for (const kind of kinds) {
      const text = withheldValues[kind].value;
      const { record } = caseWith('meeting notes', text);
      const built = buildDocument('meeting-pack', documentInput(record, 'internal', assessmentFor(record, 'meeting notes', text)));
      expect(leaks(built, kind)).toBe(true);
    }
  });

  it('does not blank a kept person’s name, a town or the case’s other numbers', () => {
    const record = fullCase();
    const built = JSON.stringify(buildDocument('meeting-pack', documentInput(record, 'police')));
    expect(built).toContain(names.childFamily);
    expect(built).toContain('Kent Police');
  });
});
