import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { DocumentFonts } from '../../../core/pdf/fonts';
import { layOutFieldText } from '../../../core/pdf/field-text';
import { wrapText } from '../../../core/pdf/text';

/**
 * A long value is laid out in its box from a prefix (core/pdf/field-text.ts). Whatever the text, the lines the
 * box shows, and whether it overflows, must be exactly those of laying out the whole text.
 */

const sentence = (index: number) =>
  [
    'Nguyễn Thị Ánh said a man promised her work in a nail bar and paid for the journey.',
    'قالت إنها عملت في مزرعة ولم تحصل على أجر.',
    'ሰላም said she was told the debt would grow each week she did not work.',
    'Ελένη and Олена were written on the door of the second house, she said.',
  ][index % 4]!;

const texts: Record<string, string> = {
  'many sentences in four scripts': Array.from({ length: 300 }, (_, index) => `${index}. ${sentence(index)}`).join(' '),
  'short lines with line breaks': Array.from({ length: 200 }, (_, index) => `Line ${index}: ${sentence(index).slice(0, 30)}`).join('\n'),
  'one word longer than the box': `${'Unbroken'.repeat(800)} and then some ordinary words after it. `.repeat(3),
  'narrow characters': 'il.i,l|i '.repeat(2000),
  // Zero-width characters take no room, so the prefix can fall short of the box: the whole text must be laid out.
  'zero-width characters': `${'a\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B'.repeat(12)} `.repeat(300),
  'fits in the box': 'A short account that fits.',
};

describe('laying a long value out in its box from a prefix', () => {
  it.each(Object.keys(texts))('gives the same shown lines and the same overflow as the whole text: %s', async (name) => {
    const text = texts[name]!;
    const doc = await PDFDocument.create();
    const page = doc.addPage([595, 842]);
    const field = doc.getForm().createTextField('account');
    field.enableMultiline();
    field.addToPage(page, { x: 50, y: 500, width: 495, height: 120 });
    const widget = field.acroField.getWidgets()[0]!;
    const fonts = await DocumentFonts.forDocument(doc, [text]);
    // The box as field-text.ts sees it: the widget's rectangle less 2 pt padding each side (and 2 pt more across).
    const { width, height } = widget.getRectangle();
    for (const size of [6, 8, 10]) {
      const shown = Math.max(1, Math.floor((height - 4) / (size * 1.2)));
      const whole = wrapText(fonts, text, { size, weight: 'regular' }, width - 6);
      const boxed = layOutFieldText(fonts, text, size, widget, true);
      expect(boxed.length > shown, `overflow at ${size} pt`).toBe(whole.length > shown);
      const visible = (lines: typeof whole) => lines.slice(0, shown + 1).map((line) => line.logicalText);
      expect(visible(boxed)).toEqual(visible(whole));
    }
    expect(fonts.missingCharacterReport()).toEqual([]);
  });
});
