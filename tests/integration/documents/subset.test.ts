import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { fontFaceIds, loadBundledFonts } from '../../../core/pdf/fonts';
import { ByteWriter, encodeSubset, serialiseSubsetWithoutTimers } from '../../../core/pdf/subset';

/** fontkit's own way: the stream that pdf-lib reads, chunk by chunk. */
function encodeThroughStream(subset: { encodeStream(): NodeJS.ReadableStream }): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const parts: Uint8Array[] = [];
    subset
      .encodeStream()
      .on('data', (bytes: Uint8Array) => parts.push(bytes))
      .on('end', () => resolve(new Uint8Array(Buffer.concat(parts))))
      .on('error', reject);
  });
}

const sample: Record<string, string> = {
  latin: 'Nguyễn Thị Hồng Đào · Ștefan Çelik · Łukasz Żółć · Ελένη Παπαδοπούλου · Анна Кузнецова 0123456789',
  arabic: 'مريم أحمد',
  ethiopic: 'ሰላም ትግርኛ ኣማርኛ',
};

describe('writing a subset font without waiting on timers', () => {
  it.each(fontFaceIds)('gives byte for byte what fontkit’s stream gives, for %s', async (id) => {
    const face = loadBundledFonts().face(id);
    const text = sample[face.script] ?? sample.latin!;
    const streamed = fontkit.create(face.bytes).createSubset();
    const direct = fontkit.create(face.bytes).createSubset();
    for (const character of text) {
      const glyph = face.parsed.glyphForCodePoint(character.codePointAt(0) ?? 0);
      streamed.includeGlyph(glyph.id);
      direct.includeGlyph(glyph.id);
    }
    const expected = await encodeThroughStream(streamed as unknown as { encodeStream(): NodeJS.ReadableStream });
    const actual = encodeSubset(direct as unknown as { encode(stream: ByteWriter): void });
    expect(actual.length).toBeGreaterThan(1000);
    expect(Buffer.from(actual).equals(Buffer.from(expected))).toBe(true);
  });

  it('grows past its first buffer and writes every number type big- and little-endian', () => {
    const writer = new ByteWriter(4) as ByteWriter & Record<string, (value: number) => number>;
    writer.writeUInt8!(0xab);
    writer.writeUInt16BE!(0x0102);
    writer.writeUInt16LE!(0x0102);
    writer.writeInt16BE!(-2);
    writer.writeUInt24BE(0x010203);
    writer.writeInt24LE(-1);
    writer.writeUInt32BE!(0xdeadbeef);
    writer.writeInt32LE!(-2);
    writer.writeFloatBE!(1.5);
    writer.writeDoubleLE!(-0.25);
    writer.writeString('OS/2');
    writer.writeString('Aé', 'utf16be');
    writer.fill(7, 3);
    const expected = Buffer.concat([
      Buffer.from([0xab, 0x01, 0x02, 0x02, 0x01, 0xff, 0xfe, 0x01, 0x02, 0x03, 0xff, 0xff, 0xff, 0xde, 0xad, 0xbe, 0xef, 0xfe, 0xff, 0xff, 0xff]),
      Buffer.from([0x3f, 0xc0, 0x00, 0x00]),
      Buffer.from([0, 0, 0, 0, 0, 0, 0xd0, 0xbf]),
      Buffer.from('OS/2', 'ascii'),
      Buffer.from([0x00, 0x41, 0x00, 0xe9]),
      Buffer.from([7, 7, 7]),
    ]);
    expect(writer.pos).toBe(expected.length);
    expect(Buffer.from(writer.bytes()).equals(expected)).toBe(true);
  });

  it('refuses a text encoding it cannot write rather than writing it wrongly', () => {
    expect(() => new ByteWriter().writeString('x', 'shift_jis')).toThrow(/shift_jis/);
  });

  it('switches a subset-embedded pdf-lib font, and the saved PDF still carries the font', async () => {
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    const font = await doc.embedFont(loadBundledFonts().face('dejavu-sans').bytes, { subset: true });
    expect(serialiseSubsetWithoutTimers(font)).toBe(true);
    doc.addPage().drawText('Nguyễn', { font, size: 12 });
    const saved = await PDFDocument.load(await doc.save());
    expect(saved.getPageCount()).toBe(1);
    const notSubset = await doc.embedFont(loadBundledFonts().face('dejavu-sans').bytes, { subset: false });
    expect(serialiseSubsetWithoutTimers(notSubset)).toBe(false);
  });
});
