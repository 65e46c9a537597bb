import { describe, it } from 'vitest';
import { checkPdfRuns, internalRecordHoldsThem } from './redaction-pdf';

// Two files of 25 runs each (tests/integration/documents/redaction-pdf-2.test.ts), so both cores share the work.
describe('redaction reaches the PDFs themselves (runs 1 to 25)', () => {
  it('finds no withheld value, in any variant, in the pdftotext output or decompressed bytes of any document for any audience', async () => {
    await checkPdfRuns(Number(process.env.REDACTION_PDF_RUNS ?? 25), 20261201);
  }, 900_000);

  it('finds the same values in the internal record', async () => {
    await internalRecordHoldsThem();
  }, 120_000);
});
