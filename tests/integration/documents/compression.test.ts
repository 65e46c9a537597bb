import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDocument, PDFRawStream, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { nativeDeflateInstalled, useNativeDeflate } from '../../../core/pdf/deflate';

const requireHere = createRequire(__filename);
/** The pako that pdf-lib itself loads, found from pdf-lib's own folder. */
const pakoOfPdfLib = () => createRequire(requireHere.resolve('pdf-lib'))('pako') as { deflate: (data: Uint8Array, options?: object) => Uint8Array; inflate: (data: Uint8Array) => Uint8Array };

describe('compressing PDF streams with Node’s zlib', () => {
  it('replaces the deflate of the very pako module pdf-lib uses, once', () => {
    useNativeDeflate();
    const after = pakoOfPdfLib().deflate;
    useNativeDeflate();
    expect(nativeDeflateInstalled()).toBe(true);
    expect(pakoOfPdfLib().deflate).toBe(after);
    expect(after.toString()).toContain('deflateSync');
  });

  it('writes zlib streams that both zlib and pako read back exactly, with and without pako options', () => {
    useNativeDeflate();
    const text = new TextEncoder().encode('BT /F0 10 Tf 1 0 0 1 72 720 Tm <0012003400560078> Tj ET\n'.repeat(500));
    const plain = pakoOfPdfLib().deflate(text);
    const withOptions = pakoOfPdfLib().deflate(text, { level: 1 });
    for (const compressed of [plain, withOptions]) {
      expect(compressed.length).toBeLessThan(text.length / 10);
      expect(Buffer.from(inflateSync(compressed)).equals(Buffer.from(text))).toBe(true);
      expect(Buffer.from(pakoOfPdfLib().inflate(compressed)).equals(Buffer.from(text))).toBe(true);
    }
  });

  it('gives PDFs whose page content pdf-lib compressed and reads back', async () => {
    useNativeDeflate();
    const doc = await PDFDocument.create();
    doc.addPage().drawText('Strategy discussion', { x: 50, y: 700, size: 12 });
    const loaded = await PDFDocument.load(await doc.save());
    const contents = loaded.getPage(0).node.Contents();
    const first = contents instanceof PDFArray ? loaded.context.lookup(contents.get(0)) : contents;
    const stream = first instanceof PDFRawStream ? first : undefined;
    expect(stream?.dict.get(PDFName.of('Filter'))).toBe(PDFName.of('FlateDecode'));
    expect(inflateSync(stream!.contents).toString('latin1')).toContain('Tj');
  });
});
