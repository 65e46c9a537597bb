import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { renderDocument } from '../../../core/pdf/layout';
import type { DocumentModelInput } from '../../../domain/documents/model';
import { normaliseExtracted, pdfPages, pdfText, qpdfCheck } from './helpers';

const names = {
  vietnamese: 'Nguyễn Thị Ánh',
  romanian: 'Ștefania Ionescu',
  albanian: 'Arbër Çela',
  polish: 'Łucja Żółć',
  turkish: 'Ağrı Işık',
  greek: 'Ελένη Παπαδοπούλου',
  cyrillic: 'Олена Шевченко',
  arabic: 'فاطمة الزهراء',
  tigrinya: 'ሰላም ተስፋይ',
  amharic: 'አበበ በቀለ',
};

function baseModel(blocks: DocumentModelInput['blocks'], extra: Partial<DocumentModelInput> = {}): DocumentModelInput {
  return {
    title: 'Strategy meeting preparation summary',
    audience: 'strategy-meeting',
    caseReference: 'CR-2026-0042',
    generatedAt: '2026-03-03T14:05:00Z',
    generatedBy: 'Sam Patel',
    frameworkVersion: 'IMAAF-R 0.1',
    flags: { ageDisputedTreatedAsChild: true },
    blocks,
    ...extra,
  };
}

describe('renderDocument', () => {
  it('prints names in every bundled script and poppler reads them back', async () => {
    const result = await renderDocument(
      baseModel([
        { kind: 'heading', level: 2, text: 'Names' },
        { kind: 'fields', fields: Object.entries(names).map(([label, value]) => ({ label, value })) },
        { kind: 'paragraph', text: `The child said her name is ${names.arabic} and that she came with her aunt.` },
      ]),
    );
    expect(result.missingCharacters).toEqual([]);
    const text = normaliseExtracted(await pdfText(result.bytes));
    for (const value of [names.vietnamese, names.romanian, names.albanian, names.polish, names.turkish, names.greek, names.cyrillic, names.tigrinya, names.amharic]) {
      expect(text).toContain(value);
    }
    // pdf-lib's ToUnicode maps each shaped Arabic glyph (initial, medial, final forms) back to its logical letter, and
    // poppler returns right-to-left text in reading order wrapped in RLE/PDF controls. It moves the space next to an
    // Arabic run inside those controls, so spaces around Arabic are not compared.
    expect(text).toContain(names.arabic);
    expect(text).toMatch(new RegExp(`The child said her name is\\s*${names.arabic}\\s*and that she came with her aunt\\.`));
  });

  it('shows the marking, case reference, generation details, framework, banner and page numbers on every page', async () => {
    const longAccount = Array.from({ length: 300 }, (_, index) => `Sentence ${index} of the account given by the child.`).join(' ');
    const result = await renderDocument(baseModel([{ kind: 'paragraph', text: longAccount }]));
    const pages = await pdfPages(result.bytes);
    expect(result.pageCount).toBeGreaterThan(1);
    expect(pages).toHaveLength(result.pageCount);
    pages.forEach((page, index) => {
      const text = normaliseExtracted(page);
      expect(text.match(/OFFICIAL-SENSITIVE/g)).toHaveLength(2);
      expect(text).toContain('CR-2026-0042');
      expect(text).toContain('Generated 3 March 2026');
      expect(text).toContain('by Sam Patel');
      expect(text).toContain('Framework version IMAAF-R 0.1');
      expect(text).toContain('Age disputed: treated as a child');
      expect(text).toContain('Indicators are not proof');
      expect(text).toContain(`Page ${index + 1} of ${result.pageCount}`);
    });
    // Nothing of the long paragraph is lost across the page breaks.
    const all = normaliseExtracted(pages.join(' '));
    for (let index = 0; index < 300; index += 1) expect(all).toContain(`Sentence ${index} of the account`);
  });

  it('repeats the table header on each page the table runs onto', async () => {
    const rows = Array.from({ length: 80 }, (_, index) => [`2025-0${(index % 9) + 1}-01`, `Event number ${index}`, 'Police report']);
    const result = await renderDocument(
      baseModel([
        {
          kind: 'table',
          caption: 'Chronology',
          columns: [
            { header: 'Date recorded', weight: 1 },
            { header: 'What happened', weight: 3 },
            { header: 'Source of information', weight: 1.5 },
          ],
          rows,
        },
      ]),
    );
    const pages = await pdfPages(result.bytes);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const page of pages) {
      const text = normaliseExtracted(page);
      expect(text).toContain('Date recorded');
      expect(text).toContain('What happened');
      expect(text).toContain('Source of information');
    }
    expect(normaliseExtracted(pages[1] ?? '')).toMatch(/Event number \d+/);
  });

  it('prints a placeholder for characters no bundled font has and reports them', async () => {
    const result = await renderDocument(baseModel([{ kind: 'paragraph', text: 'Drawing by the child: 🦄 and a Cherokee letter Ꭰ.' }]));
    expect(result.missingCharacters.map((item) => item.codePoint)).toEqual(['U+13A0', 'U+1F984']);
    const text = await pdfText(result.bytes);
    expect(text).toContain('Drawing by the child: \uFFFD and a Cherokee letter \uFFFD.');
  });

  it('keeps personal data out of the metadata and passes qpdf --check', async () => {
    const result = await renderDocument(baseModel([{ kind: 'note', tone: 'warning', title: 'Indicators are not proof', text: 'Record what you see.' }], { title: 'IMAAF assessment report' }));
    const doc = await PDFDocument.load(result.bytes, { updateMetadata: false });
    expect(doc.getTitle()).toBe('IMAAF assessment report');
    expect(doc.getProducer()).toBe('Crossings');
    expect(doc.getAuthor()).toBeUndefined();
    expect(doc.getSubject()).toBeUndefined();
    expect(doc.getKeywords()).toBeUndefined();
    const check = await qpdfCheck(result.bytes);
    expect(check.code, check.output).toBe(0);
    expect(check.output).not.toMatch(/WARNING/i);
  });

  it('gives identical bytes for the same model', async () => {
    const model = baseModel([{ kind: 'paragraph', text: names.vietnamese }]);
    const [first, second] = [await renderDocument(model), await renderDocument(model)];
    expect(Buffer.from(first.bytes).equals(Buffer.from(second.bytes))).toBe(true);
  });
});
