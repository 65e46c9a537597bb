import type { PDFDropdown, PDFTextField, PDFWidgetAnnotation } from 'pdf-lib';
import type { DocumentFonts } from './fonts';
import { wrapText, type TextLine } from './text';

export const FIELD_PADDING = 2;

/** A text or list field's value laid out in its box, at the size chosen for it. */
export interface TextPlan {
  field: PDFTextField | PDFDropdown;
  name: string;
  value: string;
  multiline: boolean;
  size: number;
  autoSize: boolean;
  widgets: PDFWidgetAnnotation[];
  lines: TextLine[];
  overflow: boolean;
}

export function widgetRect(widget: PDFWidgetAnnotation): { width: number; height: number } {
  const { width, height } = widget.getRectangle();
  return { width: Math.abs(width), height: Math.abs(height) };
}

export const leadingOf = (size: number) => size * 1.2;

/** How many lines a widget shows at a size: one for single-line fields. */
export function capacity(widget: PDFWidgetAnnotation, size: number, multiline: boolean): number {
  if (!multiline) return 1;
  const { height } = widgetRect(widget);
  return Math.max(1, Math.floor((height - 2 * FIELD_PADDING) / leadingOf(size)));
}

/**
 * Letters, digits and spaces in the bundled fonts are all wider than this, in ems (DejaVu's narrowest are about 0.27).
 * Text of zero-width characters can hold more to a line: the check below then falls back to laying out the whole text.
 */
const NARROWEST_ADVANCE = 0.15;

/**
 * Lays a value out in its box. A box shows only so many lines, so a long value (a 15,000-character account in a
 * box of ten lines) is first laid out from a prefix that is surely longer than the box can show: when that already
 * runs at least two lines past the box, the lines the box shows are exactly those of the whole text (wrapping is
 * greedy from the start, and only the line holding the cut can differ), and the overflow is certain. Otherwise,
 * or when the prefix is the whole text, the whole text is laid out. (Exported for tests.)
 */
export function layOutFieldText(fonts: DocumentFonts, text: string, size: number, widget: PDFWidgetAnnotation, multiline: boolean): TextLine[] {
  const { width } = widgetRect(widget);
  const innerWidth = Math.max(1, width - 2 * FIELD_PADDING - 2);
  const value = multiline ? text : text.replace(/\s*\n\s*/g, ' ');
  const style = { size, weight: 'regular' as const };
  if (multiline) {
    const shown = capacity(widget, size, multiline);
    const perLine = Math.ceil(innerWidth / (size * NARROWEST_ADVANCE));
    // Cut at a space, so no character (a surrogate pair, an accent and its letter) is split.
    const prefixLength = value.indexOf(' ', (shown + 3) * perLine);
    if (prefixLength > 0) {
      const lines = wrapText(fonts, value.slice(0, prefixLength), style, innerWidth);
      if (lines.length >= shown + 2) return lines.slice(0, shown + 1);
    }
  }
  return wrapText(fonts, value, style, innerWidth);
}

export function fits(lines: TextLine[], widget: PDFWidgetAnnotation, size: number, multiline: boolean): boolean {
  return lines.length <= capacity(widget, size, multiline);
}

/** Cuts a value at a word boundary so that it, plus the notice, fits the field's box. */
export function shortenToFit(fonts: DocumentFonts, plan: TextPlan, notice: string): { lines: TextLine[]; shownCharacters: number } {
  const widget = plan.widgets[0];
  if (!widget) return { lines: [], shownCharacters: 0 };
  const available = capacity(widget, plan.size, plan.multiline);
  // Start from what the full layout showed in the box, then step back a word at a time.
  let cut = Math.min(plan.value.length, plan.lines.slice(0, available).reduce((total, line) => total + line.logicalText.length + 1, 0));
  for (;;) {
    // Never cut between the two halves of a surrogate pair.
    if (cut > 0 && /[\uD800-\uDBFF]/.test(plan.value.charAt(cut - 1))) cut -= 1;
    const shown = plan.value.slice(0, cut).trimEnd();
    const candidate = shown === '' ? notice : `${shown} ${notice}`;
    const lines = layOutFieldText(fonts, candidate, plan.size, widget, plan.multiline);
    if (fits(lines, widget, plan.size, plan.multiline) || cut === 0) return { lines: lines.slice(0, available), shownCharacters: shown.length };
    const previousSpace = plan.value.lastIndexOf(' ', cut - 1);
    cut = previousSpace > 0 && cut - previousSpace < 40 ? previousSpace : Math.max(0, cut - Math.max(1, Math.ceil(cut / 20)));
  }
}
