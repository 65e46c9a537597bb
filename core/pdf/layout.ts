import { PDFDocument, PDFName, rgb, type PDFPage, type RGB } from 'pdf-lib';
import {
  AGE_DISPUTED_BANNER,
  INDICATORS_NOTE,
  PROTECTIVE_MARKING,
  documentAudienceLabels,
  documentModelSchema,
  type DocumentBlock,
  type DocumentModel,
  type DocumentModelInput,
} from '../../domain/documents/model';
import type { LegendItem, Picture } from '../../domain/pictures/drawing';
import { SWATCH_SIZE, drawPicture, fitPicture, pictureTexts, swatchPicture, type PictureTextDrawer } from './draw-picture';
import { useNativeDeflate } from './deflate';
import { DocumentFonts, type MissingCharacter, type TextToPrepare } from './fonts';
import { drawTextLine, measureText, singleLine, wrapText, type TextLine, type TextStyle } from './text';

/** A4 in PDF points. */
export const A4: [number, number] = [595.28, 841.89];

const MARGIN_X = 50;
const BODY_TOP = A4[1] - 64;
const BODY_TOP_WITH_BANNER = A4[1] - 92;
const BODY_BOTTOM = 84;
const BODY_WIDTH = A4[0] - 2 * MARGIN_X;

const INK = rgb(0.07, 0.07, 0.07);
const MUTED = rgb(0.3, 0.3, 0.3);
const RULE = rgb(0.55, 0.55, 0.55);
const HEADER_FILL = rgb(0.9, 0.9, 0.9);
const BANNER_FILL = rgb(1, 0.87, 0.87);
const BANNER_INK = rgb(0.55, 0, 0);
const NOTE_FILL = rgb(0.93, 0.95, 1);
const NOTE_BAR = rgb(0.11, 0.27, 0.6);
const WARNING_FILL = rgb(1, 0.96, 0.86);
const WARNING_BAR = rgb(0.7, 0.45, 0);

const bodyStyle: TextStyle = { size: 10, weight: 'regular' };
const labelStyle: TextStyle = { size: 9.5, weight: 'bold' };
const cellStyle: TextStyle = { size: 9, weight: 'regular' };
const cellHeaderStyle: TextStyle = { size: 9, weight: 'bold' };
const chromeStyle: TextStyle = { size: 7.5, weight: 'regular' };
const markingStyle: TextStyle = { size: 10, weight: 'bold' };
const headingStyles: Record<1 | 2 | 3, TextStyle> = {
  1: { size: 16, weight: 'bold' },
  2: { size: 13, weight: 'bold' },
  3: { size: 11, weight: 'bold' },
};
const legendStyle: TextStyle = { size: 8.5, weight: 'regular' };
const leadingFor = (style: TextStyle) => style.size * 1.35;
/** A picture is never taller than this, so its caption and some of its key share its page. */
const PICTURE_MAX_HEIGHT = A4[1] * 0.6;
const LEGEND_HEADING = 'Key';
const CELL_PADDING = 3;

/** What every page carries, whatever the document. */
export interface PageChrome {
  title: string;
  caseReference: string;
  generatedAt: string;
  generatedBy: string;
  frameworkVersion?: string | undefined;
  ageDisputedTreatedAsChild: boolean;
  /** Print the "Indicators are not proof" note in the footer. */
  indicatorsNote: boolean;
  /** Added before the title in the header, e.g. "Continuation sheet". */
  headerPrefix?: string;
}

export interface RenderedDocument {
  bytes: Uint8Array;
  pageCount: number;
  missingCharacters: MissingCharacter[];
}

/** Dates printed as a reader in England expects them, in UK time whatever the machine's zone. */
export function formatGeneratedAt(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return ukDateTime.format(date);
}

// Built once: constructing an Intl formatter costs far more than formatting with it.
const ukDateTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

function chromeTexts(chrome: PageChrome): TextToPrepare[] {
  return [
    { text: PROTECTIVE_MARKING, weight: 'bold' },
    { text: AGE_DISPUTED_BANNER, weight: 'bold' },
    `${chrome.headerPrefix ?? ''} ${chrome.title} Case ${chrome.caseReference}`,
    footerLine(chrome, 999, 999),
    INDICATORS_NOTE,
  ];
}

function footerLine(chrome: PageChrome, pageNumber: number, pageCount: number): string {
  const parts = [`Generated ${formatGeneratedAt(chrome.generatedAt)} by ${chrome.generatedBy}`];
  if (chrome.frameworkVersion) parts.push(`Framework version ${chrome.frameworkVersion}`);
  parts.push(`Page ${pageNumber} of ${pageCount}`);
  return parts.join('   ·   ');
}

/** All text a list of blocks will print, with the weight it prints in, so fonts can be embedded up front. */
export function blockTexts(blocks: DocumentBlock[]): TextToPrepare[] {
  const texts: TextToPrepare[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading':
        texts.push({ text: block.text, weight: 'bold' });
        break;
      case 'paragraph':
        texts.push({ text: block.text, weight: block.emphasis === 'bold' ? 'bold' : 'regular' });
        break;
      case 'fields':
        for (const field of block.fields) texts.push({ text: field.label, weight: 'bold' }, field.value);
        break;
      case 'table':
        if (block.caption) texts.push({ text: block.caption, weight: 'bold' });
        for (const column of block.columns) texts.push({ text: column.header, weight: 'bold' });
        for (const row of block.rows) texts.push(...row);
        break;
      case 'note':
        if (block.title) texts.push({ text: block.title, weight: 'bold' });
        texts.push(block.text);
        break;
      case 'picture':
        texts.push({ text: block.caption, weight: 'bold' }, ...pictureTexts(block.picture));
        if (block.picture.legend.length > 0) texts.push({ text: LEGEND_HEADING, weight: 'bold' }, ...block.picture.legend.map((item) => item.label));
        if (block.printTextAlternative) texts.push(...blockTexts(textAlternativeBlocks(block.picture)));
        break;
      case 'page-break':
        break;
    }
  }
  return texts;
}

/**
 * A picture's text alternative as ordinary blocks: the summary, each table (with its caption and columns) and the
 * notes. Empty tables are left out: the summary already says there is nothing of that kind.
 */
export function textAlternativeBlocks(picture: Picture): DocumentBlock[] {
  const alternative = picture.textAlternative;
  const blocks: DocumentBlock[] = [];
  if (alternative.summary.trim() !== '') blocks.push({ kind: 'paragraph', text: alternative.summary, emphasis: 'normal' });
  for (const table of alternative.tables) {
    if (table.rows.length === 0) continue;
    blocks.push({
      kind: 'table',
      caption: table.caption,
      columns: table.columns.map((header) => ({ header, weight: 1 })),
      rows: table.rows,
    });
  }
  for (const text of alternative.notes) blocks.push({ kind: 'paragraph', text, emphasis: 'normal' });
  return blocks;
}

/** Draws the marking, header, banner and footer on a page. */
export function drawPageChrome(page: PDFPage, fonts: DocumentFonts, chrome: PageChrome, pageNumber: number, pageCount: number): void {
  const [width, height] = [page.getWidth(), page.getHeight()];
  const marking = singleLine(fonts, PROTECTIVE_MARKING, markingStyle);
  drawTextLine(page, marking, { x: 0, y: height - 26, size: markingStyle.size, boxWidth: width, align: 'centre', color: INK });
  drawTextLine(page, marking, { x: 0, y: 18, size: markingStyle.size, boxWidth: width, align: 'centre', color: INK });

  const headerLeft = singleLine(fonts, [chrome.headerPrefix, chrome.title].filter(Boolean).join(': '), chromeStyle);
  const headerRight = singleLine(fonts, `Case ${chrome.caseReference}`, { ...chromeStyle, weight: 'bold' });
  drawTextLine(page, headerLeft, { x: MARGIN_X, y: height - 44, size: chromeStyle.size, color: MUTED });
  drawTextLine(page, headerRight, { x: MARGIN_X, y: height - 44, size: chromeStyle.size, boxWidth: width - 2 * MARGIN_X, align: 'end', color: INK });
  page.drawLine({ start: { x: MARGIN_X, y: height - 50 }, end: { x: width - MARGIN_X, y: height - 50 }, thickness: 0.5, color: RULE });

  if (chrome.ageDisputedTreatedAsChild) {
    page.drawRectangle({ x: MARGIN_X, y: height - 80, width: width - 2 * MARGIN_X, height: 22, color: BANNER_FILL, borderColor: BANNER_INK, borderWidth: 0.8 });
    const banner = singleLine(fonts, AGE_DISPUTED_BANNER, { size: 10, weight: 'bold' });
    drawTextLine(page, banner, { x: MARGIN_X, y: height - 73, size: 10, boxWidth: width - 2 * MARGIN_X, align: 'centre', color: BANNER_INK });
  }

  page.drawLine({ start: { x: MARGIN_X, y: 62 }, end: { x: width - MARGIN_X, y: 62 }, thickness: 0.5, color: RULE });
  if (chrome.indicatorsNote) {
    drawTextLine(page, singleLine(fonts, INDICATORS_NOTE, { ...chromeStyle, weight: 'bold' }), { x: MARGIN_X, y: 51, size: chromeStyle.size, color: INK });
  }
  drawTextLine(page, singleLine(fonts, footerLine(chrome, pageNumber, pageCount), chromeStyle), { x: MARGIN_X, y: 40, size: chromeStyle.size, color: MUTED });
}

/** Flows blocks down pages, adding pages as needed; page furniture is drawn afterwards once the page count is known. */
class PageFlow {
  readonly pages: PDFPage[] = [];
  readonly anchors = new Map<string, number>();
  private page: PDFPage | undefined;
  private y = 0;
  private readonly top: number;

  constructor(
    private readonly doc: PDFDocument,
    readonly fonts: DocumentFonts,
    chrome: PageChrome,
  ) {
    this.top = chrome.ageDisputedTreatedAsChild ? BODY_TOP_WITH_BANNER : BODY_TOP;
  }

  get current(): PDFPage {
    return this.page ?? this.newPage();
  }

  get cursor(): number {
    if (!this.page) this.newPage();
    return this.y;
  }

  get pageIsEmpty(): boolean {
    return !this.page || this.y === this.top;
  }

  get usableHeight(): number {
    return this.top - BODY_BOTTOM;
  }

  newPage(): PDFPage {
    this.page = this.doc.addPage(A4);
    this.pages.push(this.page);
    this.y = this.top;
    return this.page;
  }

  /** Starts a new page unless `height` still fits below the cursor; returns true when it did. */
  ensure(height: number): boolean {
    if (this.page && this.y - height >= BODY_BOTTOM) return false;
    if (this.page && this.pageIsEmpty) return false;
    this.newPage();
    return true;
  }

  remaining(): number {
    return this.page ? this.y - BODY_BOTTOM : this.usableHeight;
  }

  advance(height: number): void {
    this.y -= height;
  }

  mark(id: string | undefined): void {
    if (id !== undefined && !this.anchors.has(id)) this.anchors.set(id, this.doc.getPageIndices().length - 1);
  }
}

function drawLines(flow: PageFlow, lines: TextLine[], style: TextStyle, x: number, width: number, color: RGB = INK): void {
  const leading = leadingFor(style);
  for (const line of lines) {
    flow.ensure(leading);
    drawTextLine(flow.current, line, { x, y: flow.cursor - style.size, size: style.size, boxWidth: width, color });
    flow.advance(leading);
  }
}

function layOutHeading(flow: PageFlow, block: Extract<DocumentBlock, { kind: 'heading' }>): void {
  const style = headingStyles[block.level];
  const lines = wrapText(flow.fonts, block.text, style, BODY_WIDTH);
  const leading = leadingFor(style);
  // Keep a heading with at least three lines of what follows it.
  flow.ensure(lines.length * leading + 6 + 3 * leadingFor(bodyStyle));
  if (!flow.pageIsEmpty) flow.advance(6);
  flow.mark(block.id);
  drawLines(flow, lines, style, MARGIN_X, BODY_WIDTH);
  flow.advance(3);
}

function layOutParagraph(flow: PageFlow, block: Extract<DocumentBlock, { kind: 'paragraph' }>): void {
  const style: TextStyle = { ...bodyStyle, weight: block.emphasis === 'bold' ? 'bold' : 'regular' };
  const lines = wrapText(flow.fonts, block.text, style, BODY_WIDTH);
  flow.ensure(leadingFor(style));
  flow.mark(block.id);
  drawLines(flow, lines, style, MARGIN_X, BODY_WIDTH);
  flow.advance(5);
}

function layOutFields(flow: PageFlow, block: Extract<DocumentBlock, { kind: 'fields' }>): void {
  const labelWidth = BODY_WIDTH * 0.34;
  const gap = 10;
  const valueWidth = BODY_WIDTH - labelWidth - gap;
  const leading = leadingFor(bodyStyle);
  let first = true;
  for (const field of block.fields) {
    const labelLines = wrapText(flow.fonts, field.label, labelStyle, labelWidth);
    const valueLines = field.value.trim() === '' ? [singleLine(flow.fonts, 'Not recorded', bodyStyle)] : wrapText(flow.fonts, field.value, bodyStyle, valueWidth);
    const rowLines = Math.max(labelLines.length, valueLines.length);
    // Keep short rows whole; a row longer than the space left starts where it is and runs on.
    if (rowLines * leading <= flow.usableHeight) flow.ensure(rowLines * leading + 4);
    if (first) flow.mark(block.id);
    first = false;
    const muted = field.value.trim() === '';
    for (let index = 0; index < rowLines; index += 1) {
      if (flow.ensure(leading) && index > 0) {
        const continued = singleLine(flow.fonts, `${field.label} (continued)`, labelStyle);
        drawTextLine(flow.current, continued, { x: MARGIN_X, y: flow.cursor - labelStyle.size, size: labelStyle.size, color: MUTED });
      }
      const labelLine = labelLines[index];
      const valueLine = valueLines[index];
      const baseline = flow.cursor - bodyStyle.size;
      if (labelLine) drawTextLine(flow.current, labelLine, { x: MARGIN_X, y: baseline, size: labelStyle.size, boxWidth: labelWidth, color: INK });
      if (valueLine) drawTextLine(flow.current, valueLine, { x: MARGIN_X + labelWidth + gap, y: baseline, size: bodyStyle.size, boxWidth: valueWidth, color: muted ? MUTED : INK });
      flow.advance(leading);
    }
    flow.current.drawLine({ start: { x: MARGIN_X, y: flow.cursor - 1.5 }, end: { x: MARGIN_X + BODY_WIDTH, y: flow.cursor - 1.5 }, thickness: 0.3, color: RULE });
    flow.advance(4);
  }
  flow.advance(4);
}

function layOutTable(flow: PageFlow, block: Extract<DocumentBlock, { kind: 'table' }>): void {
  const padding = CELL_PADDING;
  const totalWeight = block.columns.reduce((total, column) => total + column.weight, 0);
  const widths = block.columns.map((column) => (BODY_WIDTH * column.weight) / totalWeight);
  const lefts = widths.map((_, index) => MARGIN_X + widths.slice(0, index).reduce((a, b) => a + b, 0));
  const leading = leadingFor(cellStyle);
  const headerLines = block.columns.map((column, index) => wrapText(flow.fonts, column.header, cellHeaderStyle, (widths[index] ?? 0) - 2 * padding));
  const headerHeight = Math.max(...headerLines.map((lines) => lines.length)) * leading + 2 * padding;

  const drawRowSegment = (cells: TextLine[][], from: number, to: number, style: TextStyle, fill?: RGB) => {
    const height = (to - from) * leading + 2 * padding;
    const top = flow.cursor;
    cells.forEach((lines, column) => {
      const x = lefts[column] ?? MARGIN_X;
      const width = widths[column] ?? 0;
      flow.current.drawRectangle({ x, y: top - height, width, height, borderColor: RULE, borderWidth: 0.5, ...(fill ? { color: fill } : {}) });
      for (let index = from; index < to; index += 1) {
        const line = lines[index];
        if (line) drawTextLine(flow.current, line, { x: x + padding, y: top - padding - (index - from) * leading - style.size, size: style.size, boxWidth: width - 2 * padding, color: INK });
      }
    });
    flow.advance(height);
  };
  const drawHeader = () => drawRowSegment(headerLines, 0, Math.max(...headerLines.map((lines) => lines.length)), cellHeaderStyle, HEADER_FILL);

  if (block.caption) {
    const captionLines = wrapText(flow.fonts, block.caption, labelStyle, BODY_WIDTH);
    flow.ensure(captionLines.length * leadingFor(labelStyle) + headerHeight + leading + 2 * padding);
    flow.mark(block.id);
    drawLines(flow, captionLines, labelStyle, MARGIN_X, BODY_WIDTH);
    flow.advance(2);
  } else {
    flow.ensure(headerHeight + leading + 2 * padding);
    flow.mark(block.id);
  }
  drawHeader();

  for (const row of block.rows) {
    const cells = row.map((cell, index) => wrapText(flow.fonts, cell, cellStyle, (widths[index] ?? 0) - 2 * padding));
    const rowLines = Math.max(1, ...cells.map((lines) => lines.length));
    let from = 0;
    while (from < rowLines) {
      const fitting = Math.floor((flow.remaining() - 2 * padding) / leading);
      const wholeRowFitsOnAPage = rowLines * leading + 2 * padding + headerHeight <= flow.usableHeight;
      if (fitting < 1 || (from === 0 && wholeRowFitsOnAPage && fitting < rowLines)) {
        flow.newPage();
        drawHeader();
        continue;
      }
      const to = Math.min(rowLines, from + fitting);
      drawRowSegment(cells, from, to, cellStyle);
      from = to;
    }
  }
  flow.advance(8);
}

function layOutNote(flow: PageFlow, block: Extract<DocumentBlock, { kind: 'note' }>): void {
  const padding = 6;
  const bar = 3;
  const innerWidth = BODY_WIDTH - 2 * padding - bar;
  const lines: Array<{ line: TextLine; style: TextStyle }> = [];
  if (block.title) for (const line of wrapText(flow.fonts, block.title, labelStyle, innerWidth)) lines.push({ line, style: labelStyle });
  for (const line of wrapText(flow.fonts, block.text, bodyStyle, innerWidth)) lines.push({ line, style: bodyStyle });
  const leading = leadingFor(bodyStyle);
  const fill = block.tone === 'warning' ? WARNING_FILL : NOTE_FILL;
  const barColour = block.tone === 'warning' ? WARNING_BAR : NOTE_BAR;
  if (lines.length * leading + 2 * padding <= flow.usableHeight) flow.ensure(lines.length * leading + 2 * padding);
  let index = 0;
  let first = true;
  while (index < lines.length) {
    const fitting = Math.max(1, Math.floor((flow.remaining() - 2 * padding) / leading));
    if (flow.remaining() < leading + 2 * padding) {
      flow.newPage();
      continue;
    }
    if (first) flow.mark(block.id);
    first = false;
    const segment = lines.slice(index, index + fitting);
    const height = segment.length * leading + 2 * padding;
    const top = flow.cursor;
    flow.current.drawRectangle({ x: MARGIN_X, y: top - height, width: BODY_WIDTH, height, color: fill });
    flow.current.drawRectangle({ x: MARGIN_X, y: top - height, width: bar, height, color: barColour });
    segment.forEach(({ line, style }, offset) => {
      drawTextLine(flow.current, line, { x: MARGIN_X + bar + padding, y: top - padding - offset * leading - style.size, size: style.size, boxWidth: innerWidth, color: INK });
    });
    flow.advance(height);
    index += segment.length;
  }
  flow.advance(8);
}

/**
 * Shares the width between a table's columns by what they hold, measured in the document's fonts: every column gets
 * room for its longest word (so no word is cut), and the space left goes to the columns with the longest cells.
 */
function measuredColumns(fonts: DocumentFonts, table: Extract<DocumentBlock, { kind: 'table' }>): Extract<DocumentBlock, { kind: 'table' }> {
  const longestWord = (text: string, style: TextStyle) => Math.max(0, ...text.split(/\s+/).map((word) => measureText(fonts, word, style)));
  const room = 2 * CELL_PADDING + 1;
  const cells = (index: number) => table.rows.map((row) => row[index] ?? '');
  const least = table.columns.map((column, index) => Math.max(longestWord(column.header, cellHeaderStyle), ...cells(index).map((cell) => longestWord(cell, cellStyle))) + room);
  const wanted = table.columns.map((_, index) => Math.max(least[index] ?? 0, Math.min(BODY_WIDTH / 2, Math.max(0, ...cells(index).map((cell) => measureText(fonts, cell, cellStyle))) + room)));
  const leastTotal = least.reduce((a, b) => a + b, 0);
  const wantedTotal = wanted.reduce((a, b) => a + b, 0);
  let widths: number[];
  if (wantedTotal <= BODY_WIDTH || leastTotal >= BODY_WIDTH) widths = leastTotal >= BODY_WIDTH ? least : wanted;
  else {
    const spare = BODY_WIDTH - leastTotal;
    widths = least.map((width, index) => width + (spare * ((wanted[index] ?? 0) - width)) / (wantedTotal - leastTotal));
  }
  return { ...table, columns: table.columns.map((column, index) => ({ ...column, weight: Math.max(0.1, (widths[index] ?? 1) / 10) })) };
}

/** Draws picture labels through text.ts, so each character gets a font that has it (Arabic, Ge'ez) or is reported. */
function pictureTextDrawer(fonts: DocumentFonts): PictureTextDrawer {
  return (page, label) => {
    const line = singleLine(fonts, label.text, { size: label.size, weight: label.bold ? 'bold' : 'regular' }, { direction: 'auto' });
    const x = label.anchor === 'start' ? label.x : label.anchor === 'middle' ? label.x - line.width / 2 : label.x - line.width;
    drawTextLine(page, line, { x, y: label.y, size: label.size, color: label.color });
  };
}

/** The key: a swatch painted like the picture and its words, two entries to a row. */
function layOutLegend(flow: PageFlow, legend: readonly LegendItem[], drawText: PictureTextDrawer): void {
  if (legend.length === 0) return;
  const gap = 14;
  const columnWidth = (BODY_WIDTH - gap) / 2;
  const swatch = { width: SWATCH_SIZE.width * 0.75, height: SWATCH_SIZE.height * 0.75 };
  const textGap = 6;
  const textWidth = columnWidth - swatch.width - textGap;
  const leading = leadingFor(legendStyle);
  const rows: Array<Array<{ item: LegendItem; lines: TextLine[] }>> = [];
  for (let index = 0; index < legend.length; index += 2) {
    rows.push(legend.slice(index, index + 2).map((item) => ({ item, lines: wrapText(flow.fonts, item.label, legendStyle, textWidth) })));
  }
  const rowHeight = (row: (typeof rows)[number]) => Math.max(swatch.height, ...row.map(({ lines }) => lines.length * leading)) + 3;
  // Keep the heading with the first row.
  flow.ensure(leadingFor(labelStyle) + rowHeight(rows[0] ?? []));
  drawLines(flow, [singleLine(flow.fonts, LEGEND_HEADING, labelStyle)], labelStyle, MARGIN_X, BODY_WIDTH);
  for (const row of rows) {
    const height = rowHeight(row);
    flow.ensure(height);
    const top = flow.cursor;
    row.forEach(({ item, lines }, column) => {
      const x = MARGIN_X + column * (columnWidth + gap);
      drawPicture(flow.current, swatchPicture(item), { x, y: top - swatch.height, width: swatch.width, height: swatch.height, frame: false, drawText });
      // The first line sits level with the middle of the swatch.
      const firstBaseline = top - swatch.height / 2 - legendStyle.size * 0.35;
      lines.forEach((line, index) => {
        drawTextLine(flow.current, line, { x: x + swatch.width + textGap, y: firstBaseline - index * leading, size: legendStyle.size, boxWidth: textWidth, color: INK });
      });
    });
    flow.advance(height);
  }
  flow.advance(6);
}

/**
 * A picture block: its caption and the drawing on one page (a new page when the space left is too small), drawn as
 * vector paths, then its key and its text alternative as ordinary blocks.
 */
function layOutPicture(flow: PageFlow, block: Extract<DocumentBlock, { kind: 'picture' }>): void {
  const captionLines = wrapText(flow.fonts, block.caption, labelStyle, BODY_WIDTH);
  const captionHeight = captionLines.length * leadingFor(labelStyle) + 3;
  const maxHeight = Math.min(PICTURE_MAX_HEIGHT, flow.usableHeight - captionHeight - 4);
  const size = fitPicture(block.picture, { x: MARGIN_X, y: 0, width: BODY_WIDTH, height: maxHeight });
  flow.ensure(captionHeight + size.height + 4);
  if (!flow.pageIsEmpty) flow.advance(4);
  flow.mark(block.id);
  drawLines(flow, captionLines, labelStyle, MARGIN_X, BODY_WIDTH);
  flow.advance(3);
  const drawText = pictureTextDrawer(flow.fonts);
  drawPicture(flow.current, block.picture, { x: MARGIN_X, y: flow.cursor - size.height, width: BODY_WIDTH, height: size.height, drawText });
  flow.advance(size.height + 8);
  layOutLegend(flow, block.picture.legend, drawText);
  if (block.printTextAlternative) {
    for (const alternative of textAlternativeBlocks(block.picture)) layOutBlock(flow, alternative.kind === 'table' ? measuredColumns(flow.fonts, alternative) : alternative);
  }
  flow.advance(4);
}

export interface LaidOutBlocks {
  /** Pages added, in order. */
  pages: PDFPage[];
  /** Block id to the zero-based index (in the whole PDF) of the page where the block starts. */
  anchors: Map<string, number>;
}

/** Lays blocks out on new A4 pages at the end of `doc`; call `drawPageChrome` on them once the page count is final. */
export function layOutBlocks(doc: PDFDocument, fonts: DocumentFonts, blocks: DocumentBlock[], chrome: PageChrome): LaidOutBlocks {
  const flow = new PageFlow(doc, fonts, chrome);
  for (const block of blocks) layOutBlock(flow, block);
  if (flow.pages.length === 0) flow.newPage();
  return { pages: flow.pages, anchors: flow.anchors };
}

function layOutBlock(flow: PageFlow, block: DocumentBlock): void {
  switch (block.kind) {
    case 'heading':
      layOutHeading(flow, block);
      break;
    case 'paragraph':
      layOutParagraph(flow, block);
      break;
    case 'fields':
      layOutFields(flow, block);
      break;
    case 'table':
      layOutTable(flow, block);
      break;
    case 'note':
      layOutNote(flow, block);
      break;
    case 'picture':
      layOutPicture(flow, block);
      break;
    case 'page-break':
      if (!flow.pageIsEmpty) flow.newPage();
      flow.mark(block.id);
      break;
  }
}

/** Metadata carries the given title and the producer only: names and case details stay out of it. */
export function setDocumentMetadata(doc: PDFDocument, title: string, when: Date): void {
  doc.setTitle(title, { showInWindowTitleBar: true });
  doc.setProducer('Crossings');
  doc.setCreator('Crossings');
  doc.setCreationDate(when);
  doc.setModificationDate(when);
  doc.setLanguage('en-GB');
  doc.catalog.set(PDFName.of('PageLayout'), PDFName.of('OneColumn'));
}

export function chromeForModel(model: DocumentModel): PageChrome {
  return {
    title: model.title,
    caseReference: model.caseReference,
    generatedAt: model.generatedAt,
    generatedBy: model.generatedBy,
    frameworkVersion: model.frameworkVersion,
    ageDisputedTreatedAsChild: model.flags.ageDisputedTreatedAsChild,
    indicatorsNote: true,
  };
}

/** Renders a document model to PDF bytes. Never throws for text it cannot print: see `missingCharacters`. */
export async function renderDocument(input: DocumentModelInput): Promise<RenderedDocument> {
  useNativeDeflate();
  const model = documentModelSchema.parse(input);
  const chrome = chromeForModel(model);
  const blocks: DocumentBlock[] = [
    { kind: 'heading', level: 1, text: model.title },
    { kind: 'paragraph', text: `Prepared for: ${model.audienceName ?? documentAudienceLabels[model.audience]}`, emphasis: 'normal' },
    ...model.blocks,
  ];
  const doc = await PDFDocument.create({ updateMetadata: false });
  const fonts = await DocumentFonts.forDocument(doc, [...chromeTexts(chrome), ...blockTexts(blocks)]);
  const { pages } = layOutBlocks(doc, fonts, blocks, chrome);
  pages.forEach((page, index) => drawPageChrome(page, fonts, chrome, index + 1, pages.length));
  setDocumentMetadata(doc, model.title, new Date(model.generatedAt));
  const bytes = await doc.save({ useObjectStreams: true, objectsPerTick: Infinity });
  return { bytes, pageCount: pages.length, missingCharacters: fonts.missingCharacterReport() };
}

export { chromeTexts };
