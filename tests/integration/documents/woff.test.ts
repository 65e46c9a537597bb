import fontkit from '@pdf-lib/fontkit';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { woffToSfnt } from '../../../core/pdf/woff';

const requireHere = createRequire(__filename);

describe('unwrapping the bundled WOFF font once, at load', () => {
  it('gives a plain font with the same glyphs, metrics and coverage as the WOFF file', () => {
    const woff = new Uint8Array(readFileSync(requireHere.resolve('@fontsource/noto-sans-ethiopic/files/noto-sans-ethiopic-ethiopic-400-normal.woff')));
    const sfnt = woffToSfnt(woff);
    expect(Buffer.from(sfnt.subarray(0, 4)).toString('latin1')).not.toBe('wOFF');
    const original = fontkit.create(woff);
    const unwrapped = fontkit.create(sfnt);
    expect(unwrapped.numGlyphs).toBe(original.numGlyphs);
    expect(unwrapped.unitsPerEm).toBe(original.unitsPerEm);
    for (const codePoint of [0x1200, 0x1230, 0x1275, 0x12a0, 0x1361]) {
      expect(unwrapped.hasGlyphForCodePoint(codePoint)).toBe(original.hasGlyphForCodePoint(codePoint));
      expect(unwrapped.glyphForCodePoint(codePoint).advanceWidth).toBe(original.glyphForCodePoint(codePoint).advanceWidth);
      expect(unwrapped.glyphForCodePoint(codePoint).path.toSVG()).toBe(original.glyphForCodePoint(codePoint).path.toSVG());
    }
  });

  it('leaves a font that is not WOFF as it is', () => {
    const bytes = new Uint8Array([0, 1, 0, 0, 9, 9]);
    expect(woffToSfnt(bytes)).toBe(bytes);
  });
});
