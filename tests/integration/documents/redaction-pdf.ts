import fc from 'fast-check';
import { expect } from 'vitest';
import { buildDocument, documentAudiences, documentTypes, templateFiles } from '../../../domain/documents';
import type { DocumentAudience } from '../../../domain/documents/model';
import { generatePdf } from '../../../core/pdf/generate';
import { caseWithText, freeTextFields, holds, squashFolded, withheldKinds, withheldValues, writtenValue, type WithheldKind } from '../../fixtures/withheld-variants';
import { GENERATED_AT, GENERATED_BY, documentInput, longAccount } from './case-fixture';
import { decodedStreams, normaliseExtracted, pdfText } from './helpers';

/**
 * The PDF-level half of the redaction property (the document-model half, thousands of runs, is
 * tests/unit/documents/redaction-variants.test.ts): each run writes a random variant of a withheld value into every
 * free-text field at once, generates every document for every audience but the internal record, and searches what a
 * reader or a tool could get out of each PDF: the pdftotext output and every stream decompressed (and the raw bytes,
 * where metadata and form values sit), all folded and squashed the same way as the values.
 */

const audiences = documentAudiences.filter((audience) => audience !== 'internal') as DocumentAudience[];
/** Long enough that what a worker adds after it goes onto a form's continuation sheet. */
const LONG_JUDGEMENT = longAccount(2500);

/** What a tool can read out of the PDF's bytes: the raw file and each stream decompressed, as Latin-1 and UTF-16. */
async function readableBytes(bytes: Uint8Array): Promise<string> {
  const parts = [Buffer.from(bytes), ...(await decodedStreams(bytes))];
  return parts.map((part) => `${part.toString('latin1')}\n${part.length % 2 === 0 ? Buffer.from(part).swap16().toString('utf16le') : ''}`).join('\n');
}

/** One value per free-text field, each of a random kind in a random variant; every kind at least once. */
const writesEverywhere = fc
  .tuple(...freeTextFields.map(() => fc.constantFrom(...withheldKinds)))
  .map((kinds) => kinds.map((kind, index) => (index < withheldKinds.length ? withheldKinds[index]! : kind)))
  .chain((kinds) => fc.tuple(...kinds.map((kind, index) => writtenValue(kind).map((text) => ({ field: freeTextFields[index]!, kind, text })))));

export async function checkPdfRuns(runs: number, seed: number): Promise<void> {
  let continued = 0;
  await fc.assert(
    fc.asyncProperty(writesEverywhere, async (writes) => {
      const { record, assessment } = caseWithText(writes, LONG_JUDGEMENT);
      // The suspected adult is marked as reached by every audience, so no version may name him.
      const sharing = { reachesAdultIds: record.connectedAdults.filter((adult) => adult.doNotShareWith).map((adult) => adult.id) };
      const kinds = [...new Set(writes.map((write) => write.kind))] as WithheldKind[];
      // Each PDF is read (pdftotext in its own process) while the next one is generated.
      const checks: Promise<void>[] = [];
      for (const type of documentTypes) {
        for (const audience of audiences) {
          const built = buildDocument(type, { ...documentInput(record, audience, assessment), sharing });
          const pdf = await generatePdf(built, { caseReference: record.reference, generatedAt: GENERATED_AT, generatedBy: GENERATED_BY }, templateFiles[type]);
          continued += pdf.continuedFields.length;
          checks.push(
            Promise.all([pdfText(pdf.bytes).then((extracted) => squashFolded(normaliseExtracted(extracted))), readableBytes(pdf.bytes).then(squashFolded)]).then(([text, bytes]) => {
              for (const kind of kinds) {
                const how = `${kind} written as ${JSON.stringify(writes.find((write) => write.kind === kind)?.text)}, ${type} for ${audience}`;
                expect(text.includes(withheldValues[kind].core), `pdftotext: ${how}`).toBe(false);
                expect(bytes.includes(withheldValues[kind].core), `decompressed bytes: ${how}`).toBe(false);
              }
            }),
          );
        }
      }
      await Promise.all(checks);
    }),
    { numRuns: runs, seed, endOnFailure: true },
  );
  // The long judgement went onto continuation sheets, so those were searched too.
  expect(continued).toBeGreaterThan(0);
}

/** The values are there in the internal record's PDF: the check above is not passing because nothing was written. */
export async function internalRecordHoldsThem(): Promise<void> {
  const { record, assessment } = caseWithText(
    [
      { field: 'meeting notes', text: 'Smirnov at 14 Example Close EX1 2MP' },
      { field: 'chronology', text: 'Example foster carer on 07700 900999' },
      { field: 'judgement', text: 'office@example.invalid' },
    ],
    LONG_JUDGEMENT,
  );
  const built = buildDocument('meeting-pack', documentInput(record, 'internal', assessment));
  const pdf = await generatePdf(built, { caseReference: record.reference, generatedAt: GENERATED_AT, generatedBy: GENERATED_BY }, templateFiles['meeting-pack']);
  const text = normaliseExtracted(await pdfText(pdf.bytes));
  for (const kind of withheldKinds) expect(holds(text, kind), kind).toBe(true);
}
