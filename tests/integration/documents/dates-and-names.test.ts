import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../domain/case/schemas';
import { buildDocument, documentTypes, templateFiles, type DocumentType } from '../../../domain/documents';
import { generatePdf } from '../../../core/pdf/generate';
import { GENERATED_AT, GENERATED_BY, documentInput, fullAssessment, fullCase } from './case-fixture';
import { normaliseExtracted, pdfText } from './helpers';

/**
 * Dates and names the way people give them, read back from every document with pdftotext (issue 15, items 4 and 5).
 * The child gives her name family name first (Trần Thị Mai), as Vietnamese names are said; so does one adult.
 * Her date of birth is only known as an age on a day, so no form may print a made-up day for it.
 */
function caseWithOrderedNames(): CaseRecord {
  const record = fullCase();
  const [aunt, ...others] = record.connectedAdults;
  return {
    ...record,
    child: {
      ...record.child,
      names: record.child.names.map((name, index) => (index === 0 ? { ...name, order: 'family-first' as const } : name)),
      dateOfBirth: { ...record.child.dateOfBirth, claimed: null, documented: null, assessed: { kind: 'age', years: 15, onDate: '2026-12-01', approximate: true } },
    },
    connectedAdults: [{ ...aunt!, names: [{ given: 'Thị Hoa', family: 'Lê', type: 'main', order: 'family-first' }] }, ...others],
  };
}

const record = caseWithOrderedNames();
const assessment = fullAssessment(record);

async function textOf(type: DocumentType): Promise<{ text: string; problems: unknown[] }> {
  const built = buildDocument(type, documentInput(record, 'internal', assessment));
  const pdf = await generatePdf(built, { caseReference: record.reference, generatedAt: GENERATED_AT, generatedBy: GENERATED_BY }, templateFiles[type]);
  return { text: normaliseExtracted(await pdfText(pdf.bytes)), problems: pdf.problems };
}

/** The forms ask for the given and family name in separate boxes, labelled as such; the rest print the whole name. */
const formTypes = new Set<DocumentType>(['children-services-referral', 'nrm-preparation-pack', 'ictg-referral-summary']);

describe('names print in the order the person gives them, in every document', () => {
  it.each(documentTypes)('%s', async (type) => {
    const { text } = await textOf(type);
    if (type === 'child-information-sheet') {
      // Addressed to the child by her given name, as she would be spoken to.
      expect(text).toContain('For Thị Mai');
    } else if (formTypes.has(type)) {
      // The form's own boxes, labelled “First name” and “Last name”: side by side, or one under the other in the NRM pack.
      expect(text).toMatch(type === 'nrm-preparation-pack' ? /First name Thị Mai .*Last name Trần/ : /First name Last name Thị Mai Trần/);
      expect(text).not.toContain('Trần Thị Mai');
    } else {
      expect(text).toContain('Trần Thị Mai');
      expect(text).not.toContain('Thị Mai Trần');
    }
  });

  it.each(['children-services-referral', 'meeting-pack'] as const)('%s names the adult in her order wherever the document writes her name', async (type) => {
    const { text } = await textOf(type);
    expect(text).toContain(type === 'meeting-pack' ? 'Lê Thị Hoa: 0 yes, 0 suspected' : 'Lê Thị Hoa; born about 1986');
    if (type === 'children-services-referral') expect(text).not.toContain('Thị Hoa Lê');
  });
});

describe('a form that needs a full date never gets an invented day', () => {
  it.each(['children-services-referral', 'nrm-preparation-pack', 'ictg-referral-summary'] as const)('%s', async (type) => {
    const { text, problems } = await textOf(type);
    expect(problems).toEqual([]);
    expect(text).toContain('about 15 years old on 1 December 2026');
    // The middle of the birth dates that age allows, which the form used to print as if it were known.
    expect(text).not.toMatch(/\b0?[12]\/0?6\/2011\b/);
    expect(text).not.toMatch(/\d{2}\/\d{2}\/20(09|10|11|12)\b/);
  });

  it('still prints an exact date of birth in the form’s own pattern', async () => {
    const exact = { ...record, child: { ...record.child, dateOfBirth: { ...record.child.dateOfBirth, claimed: { kind: 'date' as const, date: '2011-03-04', approximate: false }, documented: null, assessed: null } } };
    const built = buildDocument('children-services-referral', documentInput(exact, 'internal', assessment));
    const pdf = await generatePdf(built, { caseReference: exact.reference, generatedAt: GENERATED_AT, generatedBy: GENERATED_BY }, templateFiles['children-services-referral']);
    expect(normaliseExtracted(await pdfText(pdf.bytes))).toContain('04/03/2011');
  });
});
