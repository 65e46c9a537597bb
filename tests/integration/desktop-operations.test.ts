import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore } from '../fixtures/core';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()!();
});

const pdf = Buffer.from('%PDF-1.7\n% a tiny test document\n').toString('base64');

describe('saving and printing a generated document', () => {
  it('says plainly that browser mode saves and prints from the browser', async () => {
    const core = openTestCore();
    cleanups.push(core.close);
    const result = await core.dispatch('documents.print', { fileName: 'pack.pdf', pdfBase64: pdf }, { worker: 'w' });
    expect(result).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED', message: expect.stringMatching(/desktop app/) } });
  });

  it('hands the PDF bytes to the desktop shell unchanged, and refuses anything that is not a PDF', async () => {
    const saved: { name: string; bytes: Buffer }[] = [];
    // The shell's dialogs need Electron; here the bridge records what the service asked of it.
    const core = openTestCore({
      desktop: {
        savePdf: async (name, bytes) => {
          saved.push({ name, bytes: Buffer.from(bytes) });
          return `/home/worker/${name}`;
        },
        printPdf: async (name, bytes) => {
          saved.push({ name, bytes: Buffer.from(bytes) });
        },
      },
    });
    cleanups.push(core.close);
    expect(await core.call('documents.saveAs', { fileName: 'pack.pdf', pdfBase64: pdf })).toEqual({ savedTo: '/home/worker/pack.pdf' });
    await core.call('documents.print', { fileName: 'referral.pdf', pdfBase64: pdf });
    expect(saved.map((entry) => [entry.name, entry.bytes.toString('base64')])).toEqual([
      ['pack.pdf', pdf],
      ['referral.pdf', pdf],
    ]);
    const notPdf = await core.dispatch('documents.print', { fileName: 'x.pdf', pdfBase64: Buffer.from('MZ executable').toString('base64') }, { worker: 'w' });
    expect(notPdf).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(saved).toHaveLength(2);
  });
});
