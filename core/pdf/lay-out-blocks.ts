import type { PDFDocument, PDFPage, RGB } from 'pdf-lib';
import type { DocumentBlock } from '../../domain/documents/model';
import type { LegendItem, Picture } from '../../domain/pictures/drawing';
import { SWATCH_SIZE, drawPicture, fitPicture, pictureTexts, swatchPicture, type PictureTextDrawer } from './draw-picture';
import type { DocumentFonts, TextToPrepare } from './fonts';
import type { PageChrome } from './page-chrome';
import { PageFlow, drawLines } from './page-flow';
import {
  BODY_WIDTH,
  CELL_PADDING,
  HEADER_FILL,
  INK,
  LEGEND_HEADING,
  MARGIN_X,
  MUTED,
  NOTE_BAR,
  NOTE_FILL,
  PICTURE_MAX_HEIGHT,
  RULE,
  WARNING_BAR,
  WARNING_FILL,
  bodyStyle,
  cellHeaderStyle,
  cellStyle,
  headingStyles,
  labelStyle,
  leadingFor,
  legendStyle,
} from './page-style';
import { drawTextLine, measureText, singleLine, wrapText, type TextLine, type TextStyle } from './text';

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
