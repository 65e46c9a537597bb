import bidiFactory from 'bidi-js';
import type { PDFFont, PDFPage, RGB } from 'pdf-lib';
import { rgb } from 'pdf-lib';
import { PLACEHOLDER_CHARACTER, type BundledFontFace, type DocumentFonts, type FontFaceId, type FontWeight } from './fonts';

const bidi = bidiFactory();

export interface TextStyle {
  size: number;
  weight: FontWeight;
}

/** A stretch of one line drawn with one font, in visual (left-to-right) order on the line. */
export interface PlacedRun {
  face: FontFaceId;
  font: PDFFont;
  /** What to hand to pdf-lib: fontkit reverses right-to-left script itself, so Arabic stays in logical order. */
  drawText: string;
  /** The same characters in reading order, for tests and search. */
  logicalText: string;
  rightToLeft: boolean;
  width: number;
}

export interface TextLine {
  runs: PlacedRun[];
  width: number;
  /** The line's characters in reading order (placeholders included). */
  logicalText: string;
  /** The paragraph's base direction: right-to-left lines are aligned to the right edge. */
  rightToLeft: boolean;
}

export type BaseDirection = 'ltr' | 'rtl' | 'auto';

export interface WrapOptions {
  direction?: BaseDirection;
}

/** One printable character of a paragraph: its code units and the face that draws it. */
interface PrintableCharacter {
  text: string;
  face: FontFaceId;
}

const RTL_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
/** Right-to-left letters, Arabic digits and explicit bidi controls: the only things that make levels non-zero in LTR text. */
const MAY_NEED_BIDI = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u200F\u202A-\u202E\u2066-\u2069]|[\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;
const SCRIPT_NEUTRAL = /[\p{Script=Common}\p{Script=Inherited}]/u;

/** Tidies text the way every renderer needs it: composed accents (DejaVu has precomposed Vietnamese), no stray controls. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, '    ')
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '');
}

/** Replaces uncovered characters by the placeholder and gives each character its face. */
function printableCharacters(fonts: DocumentFonts, paragraph: string, weight: FontWeight): PrintableCharacter[] {
  const printable: PrintableCharacter[] = [];
  let previous: FontFaceId | undefined;
  for (const character of paragraph) {
    const choice = fonts.resolve(character.codePointAt(0) ?? 0, weight, previous);
    if (choice.kind === 'ignorable') continue;
    if (choice.kind === 'missing') {
      printable.push({ text: PLACEHOLDER_CHARACTER, face: 'dejavu-sans' });
      previous = 'dejavu-sans';
      continue;
    }
    printable.push({ text: character, face: choice.face });
    previous = choice.face;
  }
  return printable;
}

/** fontkit lays out a run right-to-left (reversing and mirroring it) when its first scripted character is RTL. */
function fontkitReverses(text: string): boolean {
  for (const character of text) {
    if (SCRIPT_NEUTRAL.test(character)) continue;
    return RTL_SCRIPT.test(character);
  }
  return false;
}

function mirrored(text: string): string {
  return Array.from(text, (character) => bidi.getMirroredCharacter(character) ?? character).join('');
}

const widthCache = new WeakMap<PDFFont, Map<string, number>>();

/** Width at size 1 of a run, cached: wrapping measures the same words many times. */
function unitWidth(font: PDFFont, text: string, face?: BundledFontFace): number {
  let cache = widthCache.get(font);
  if (!cache) {
    cache = new Map();
    widthCache.set(font, cache);
  }
  let width = cache.get(text);
  if (width === undefined) {
    // Scripts without contextual shaping are summed from advance widths, skipping fontkit's layout.
    width = face && face.script !== 'arabic' ? simpleWidth(face, text) : font.widthOfTextAtSize(text, 1);
    if (cache.size > 50_000) cache.clear();
    cache.set(text, width);
  }
  return width;
}

function simpleWidth(face: BundledFontFace, text: string): number {
  let units = 0;
  for (const character of text) units += face.parsed.glyphForCodePoint(character.codePointAt(0) ?? 0).advanceWidth;
  return units / face.parsed.unitsPerEm;
}

/** Width of logical characters, measured per face run so Arabic words are measured shaped. */
function measureCharacters(fonts: DocumentFonts, characters: PrintableCharacter[], start: number, end: number, size: number): number {
  let width = 0;
  let runStart = start;
  for (let index = start; index <= end; index += 1) {
    const current = characters[index];
    const runStarter = characters[runStart];
    if (index === end || !current || !runStarter || current.face !== runStarter.face) {
      if (runStarter && index > runStart) {
        const text = characters.slice(runStart, index).map((character) => character.text).join('');
        width += unitWidth(fonts.pdfFont(runStarter.face), text, fonts.library.face(runStarter.face)) * size;
      }
      runStart = index;
    }
  }
  return width;
}

interface Paragraph {
  characters: PrintableCharacter[];
  /** The printable string (with placeholders) that the bidi levels index by code unit. */
  text: string;
  /** Code-unit offset of each printable character in `text`. */
  offsets: number[];
  levels: ReturnType<typeof bidi.getEmbeddingLevels>;
  rightToLeft: boolean;
}

function prepareParagraph(fonts: DocumentFonts, paragraph: string, style: TextStyle, direction: BaseDirection): Paragraph {
  const characters = printableCharacters(fonts, paragraph, style.weight);
  const offsets: number[] = [];
  let text = '';
  for (const character of characters) {
    offsets.push(text.length);
    text += character.text;
  }
  // Most text has no right-to-left characters: skip the bidi algorithm and use level 0 throughout.
  const needsBidi = direction === 'rtl' || MAY_NEED_BIDI.test(text);
  const levels = needsBidi
    ? bidi.getEmbeddingLevels(text, direction === 'auto' ? undefined : direction)
    : { levels: new Uint8Array(text.length), paragraphs: [{ start: 0, end: text.length - 1, level: 0 }] };
  const rightToLeft = (levels.paragraphs[0]?.level ?? 0) % 2 === 1;
  return { characters, text, offsets, levels, rightToLeft };
}

const isSpace = (character: PrintableCharacter | undefined) => character !== undefined && /^\s$/u.test(character.text);

/** Splits a paragraph into word-sized break units: each is non-space characters plus the spaces after them. */
function breakUnits(characters: PrintableCharacter[]): Array<[number, number]> {
  const units: Array<[number, number]> = [];
  let start = 0;
  for (let index = 1; index <= characters.length; index += 1) {
    if (index === characters.length || (isSpace(characters[index - 1]) && !isSpace(characters[index]))) {
      units.push([start, index]);
      start = index;
    }
  }
  return units;
}

/** Where a word wider than the line may be cut: between grapheme clusters, never inside one. */
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

const levelOf = (paragraph: Paragraph, index: number) => paragraph.levels.levels[paragraph.offsets[index] ?? 0] ?? 0;

/** Unicode bidi rule L2 on one line: from the highest level down to the lowest odd one, reverse each stretch at or above it. */
function visualOrder(paragraph: Paragraph, start: number, end: number): number[] {
  const order: number[] = [];
  let highest = 0;
  let lowestOdd = Number.POSITIVE_INFINITY;
  for (let index = start; index < end; index += 1) {
    order.push(index);
    const level = levelOf(paragraph, index);
    highest = Math.max(highest, level);
    if (level % 2 === 1) lowestOdd = Math.min(lowestOdd, level);
  }
  for (let level = highest; level >= lowestOdd; level -= 1) {
    let runStart = -1;
    for (let position = 0; position <= order.length; position += 1) {
      const inRun = position < order.length && levelOf(paragraph, order[position] ?? 0) >= level;
      if (inRun && runStart < 0) runStart = position;
      if (!inRun && runStart >= 0) {
        const reversed = order.slice(runStart, position).reverse();
        order.splice(runStart, reversed.length, ...reversed);
        runStart = -1;
      }
    }
  }
  return order;
}

function buildLine(fonts: DocumentFonts, paragraph: Paragraph, start: number, end: number, size: number): TextLine {
  let visibleEnd = end;
  while (visibleEnd > start && isSpace(paragraph.characters[visibleEnd - 1])) visibleEnd -= 1;
  if (visibleEnd === start) return { runs: [], width: 0, logicalText: '', rightToLeft: paragraph.rightToLeft };

  const visualCharacters = visualOrder(paragraph, start, visibleEnd);

  const runs: PlacedRun[] = [];
  let group: number[] = [];
  const flush = () => {
    const first = group[0];
    if (first === undefined) return;
    const face = paragraph.characters[first]?.face ?? 'dejavu-sans';
    const level = levelOf(paragraph, first);
    const rightToLeft = level % 2 === 1;
    const logicalText = [...group]
      .sort((a, b) => a - b)
      .map((index) => paragraph.characters[index]?.text ?? '')
      .join('');
    let drawText = logicalText;
    if (rightToLeft !== fontkitReverses(logicalText)) {
      // fontkit will not put this run in the order the bidi algorithm wants, so hand it over pre-reversed.
      drawText = Array.from(rightToLeft ? mirrored(logicalText) : logicalText).reverse().join('');
    }
    const font = fonts.pdfFont(face);
    runs.push({ face, font, drawText, logicalText, rightToLeft, width: unitWidth(font, drawText, fonts.library.face(face)) * size });
    group = [];
  };
  let groupKey = '';
  for (const index of visualCharacters) {
    const character = paragraph.characters[index];
    if (!character) continue;
    const level = levelOf(paragraph, index);
    const key = `${character.face}|${level}`;
    if (key !== groupKey) {
      flush();
      groupKey = key;
    }
    group.push(index);
  }
  flush();
  const logicalText = paragraph.characters
    .slice(start, visibleEnd)
    .map((character) => character.text)
    .join('');
  return { runs, width: runs.reduce((total, run) => total + run.width, 0), logicalText, rightToLeft: paragraph.rightToLeft };
}

/**
 * Lays text out in lines no wider than `maxWidth`: hard line breaks start new paragraphs, words wrap,
 * a word wider than the line is cut between graphemes, and each line is reordered for right-to-left script.
 */
export function wrapText(fonts: DocumentFonts, text: string, style: TextStyle, maxWidth: number, options: WrapOptions = {}): TextLine[] {
  const lines: TextLine[] = [];
  for (const paragraphText of normaliseText(text).split('\n')) {
    const paragraph = prepareParagraph(fonts, paragraphText, style, options.direction ?? 'ltr');
    if (paragraph.characters.length === 0) {
      lines.push({ runs: [], width: 0, logicalText: '', rightToLeft: false });
      continue;
    }
    const measure = (start: number, end: number) => measureCharacters(fonts, paragraph.characters, start, end, style.size);
    let lineStart = 0;
    let lineEnd = 0;
    let lineWidth = 0;
    for (const [unitStart, unitEnd] of breakUnits(paragraph.characters)) {
      let visibleEnd = unitEnd;
      while (visibleEnd > unitStart && isSpace(paragraph.characters[visibleEnd - 1])) visibleEnd -= 1;
      const visibleWidth = measure(unitStart, visibleEnd);
      const fullWidth = visibleEnd === unitEnd ? visibleWidth : visibleWidth + measure(visibleEnd, unitEnd);
      if (lineEnd > lineStart && lineWidth + visibleWidth > maxWidth) {
        lines.push(buildLine(fonts, paragraph, lineStart, lineEnd, style.size));
        lineStart = unitStart;
        lineWidth = 0;
      }
      if (visibleWidth > maxWidth) {
        // A word longer than the whole line: cut it between grapheme clusters.
        const word = paragraph.characters.slice(unitStart, unitEnd).map((character) => character.text).join('');
        let pieceStart = unitStart;
        let pieceWidth = 0;
        let characterIndex = unitStart;
        for (const { segment } of graphemes.segment(word)) {
          const count = Array.from(segment).length;
          const width = measure(characterIndex, characterIndex + count);
          if (pieceWidth + width > maxWidth && characterIndex > pieceStart) {
            lines.push(buildLine(fonts, paragraph, pieceStart, characterIndex, style.size));
            pieceStart = characterIndex;
            pieceWidth = 0;
          }
          pieceWidth += width;
          characterIndex += count;
        }
        lineStart = pieceStart;
        lineEnd = unitEnd;
        lineWidth = pieceWidth;
        continue;
      }
      lineEnd = unitEnd;
      lineWidth += fullWidth;
    }
    if (lineEnd > lineStart) lines.push(buildLine(fonts, paragraph, lineStart, lineEnd, style.size));
  }
  return lines;
}

/** Width of text drawn on one line (line breaks ignored). */
export function measureText(fonts: DocumentFonts, text: string, style: TextStyle): number {
  return wrapText(fonts, text.replace(/\n/g, ' '), style, Number.POSITIVE_INFINITY).reduce((widest, line) => Math.max(widest, line.width), 0);
}

/** One line, unwrapped, ready to draw. */
export function singleLine(fonts: DocumentFonts, text: string, style: TextStyle, options: WrapOptions = {}): TextLine {
  const [line] = wrapText(fonts, text.replace(/\n/g, ' '), style, Number.POSITIVE_INFINITY, options);
  return line ?? { runs: [], width: 0, logicalText: '', rightToLeft: false };
}

export interface DrawLineOptions {
  x: number;
  y: number;
  size: number;
  color?: RGB;
  /** Width of the box the line sits in; right-to-left lines align to its right edge. */
  boxWidth?: number;
  align?: 'start' | 'centre' | 'end';
}

/** Draws one laid-out line at a baseline, run by run, so each Arabic run is shaped on its own. */
export function drawTextLine(page: PDFPage, line: TextLine, options: DrawLineOptions): void {
  let x = options.x;
  if (options.boxWidth !== undefined) {
    const spare = Math.max(0, options.boxWidth - line.width);
    const align = options.align ?? 'start';
    if (align === 'centre') x += spare / 2;
    else if ((align === 'end') !== line.rightToLeft) x += spare;
  }
  for (const run of line.runs) {
    page.drawText(run.drawText, { x, y: options.y, size: options.size, font: run.font, color: options.color ?? rgb(0, 0, 0) });
    x += run.width;
  }
}
