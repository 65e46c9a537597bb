import {
  PDFArray,
  PDFCheckBox,
  PDFDict,
  PDFDocument,
  PDFDropdown,
  PDFName,
  PDFOptionList,
  ParseSpeeds,
  PDFRadioGroup,
  PDFRef,
  PDFString,
  PDFHexString,
  PDFTextField,
  beginMarkedContent,
  beginText,
  clip,
  endMarkedContent,
  endPath,
  endText,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setFillingGrayscaleColor,
  setFontAndSize,
  setTextMatrix,
  showText,
  type PDFField,
  type PDFForm,
  type PDFOperator,
  type PDFWidgetAnnotation,
} from 'pdf-lib';
import { AGE_DISPUTED_BANNER, INDICATORS_NOTE, PROTECTIVE_MARKING, type DocumentBlock } from '../../domain/documents/model';
import { useNativeDeflate } from './deflate';
import { DocumentFonts, type FontFaceId, type MissingCharacter, type TextToPrepare } from './fonts';
import { blockTexts, layOutBlocks } from './lay-out-blocks';
import { chromeTexts, drawPageChrome, formatGeneratedAt, setDocumentMetadata, type PageChrome } from './page-chrome';
import { drawTextLine, normaliseText, singleLine, wrapText, type TextLine } from './text';

/** What a mapping can put in a field: text, a tick (checkbox), or several choices (multi-select lists). */
export type FormFieldValue = string | boolean | string[];

export type FieldProblemKind =
  | 'unknown-field'
  | 'wrong-type'
  | 'state-not-present'
  | 'option-not-present'
  | 'date-format'
  | 'too-long-for-field'
  | 'read-only';

export interface FieldProblem {
  field: string;
  kind: FieldProblemKind;
  value: string;
  message: string;
  /** The values the form accepts here, when it has a fixed list. */
  allowed?: string[];
}

export interface ContinuedField {
  field: string;
  label: string;
  /** 1-based page of the continuation sheet where the whole text is printed. */
  continuationPage: number;
  /** 1-based page of the field itself. */
  fieldPage: number;
  totalCharacters: number;
  /** How many characters of the value the field itself shows before "… continued on page N". */
  shownCharacters: number;
}

export interface FormFillResult {
  bytes: Uint8Array;
  pageCount: number;
  /** Fields in the form that were given no value. */
  unmappedFields: string[];
  /** Values that could not be put in the form as given (the rest of the form is still filled). */
  problems: FieldProblem[];
  continuedFields: ContinuedField[];
  missingCharacters: MissingCharacter[];
}

/** Printed on continuation sheets; the same furniture as every other Crossings document. */
export interface ContinuationDetails {
  documentTitle: string;
  caseReference: string;
  generatedAt: string;
  generatedBy: string;
  frameworkVersion?: string | undefined;
  ageDisputedTreatedAsChild?: boolean;
  /** Print "Indicators are not proof" in the footer (documents that report indicators). */
  indicatorsNote?: boolean;
}

export interface FillFormOptions {
  flatten?: boolean;
  /** Field name to a human label, used to title continuation sheets; the field's tooltip (/TU) is used otherwise. */
  labels?: Record<string, string>;
  /** Field name to a date pattern such as `dd/mm/yyyy`; AFDate_FormatEx in the form is read when this is absent. */
  dateFormats?: Record<string, string>;
  continuation?: ContinuationDetails;
  /** Metadata title for the filled PDF; the template's title is kept when absent. */
  title?: string;
  /**
   * Page furniture on the form's own pages: 'full' draws the same header, banner and footer as every Crossings
   * document (Crossings' templates keep those bands clear); 'compact' draws it as one small line at the foot of the
   * page, for an organisation's own form whose layout is not known. Continuation sheets always get the full furniture.
   */
  stampPages?: 'full' | 'compact';
}

const CONTINUED_NOTICE = (page: number) => `… continued on page ${page}`;
const FIELD_PADDING = 2;
const FONT_KEY = 'CrossingsSans';

interface TextPlan {
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

function defaultAppearanceSize(field: PDFField): number {
  const appearance = field.acroField.getDefaultAppearance() ?? '';
  const match = /(\d+(?:\.\d+)?)\s+Tf/.exec(appearance);
  return match?.[1] ? Number(match[1]) : 0;
}

function fieldLabel(field: PDFField, labels: Record<string, string> | undefined): string {
  const name = field.getName();
  const given = labels?.[name];
  if (given) return given;
  const tooltip = field.acroField.dict.lookup(PDFName.of('TU'));
  if (tooltip instanceof PDFString || tooltip instanceof PDFHexString) return tooltip.decodeText();
  return name;
}

/** Reads the date pattern from the field's format action, e.g. `AFDate_FormatEx("dd/mm/yyyy")`. */
function dateFormatOf(field: PDFField): string | undefined {
  const actions = field.acroField.dict.lookup(PDFName.of('AA'));
  if (!(actions instanceof PDFDict)) return undefined;
  const format = actions.lookup(PDFName.of('F'));
  if (!(format instanceof PDFDict)) return undefined;
  const script = format.lookup(PDFName.of('JS'));
  const source = script instanceof PDFString || script instanceof PDFHexString ? script.decodeText() : '';
  return /AFDate_Format(?:Ex)?\(\s*"([^"]+)"/.exec(source)?.[1];
}

function datePatternRegex(pattern: string): RegExp {
  const tokens: Record<string, string> = { yyyy: '\\d{4}', yy: '\\d{2}', mm: '(0[1-9]|1[0-2])', m: '([1-9]|1[0-2])', dd: '(0[1-9]|[12]\\d|3[01])', d: '([1-9]|[12]\\d|3[01])' };
  const source = pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/yyyy|yy|mm|m|dd|d/g, (token) => tokens[token] ?? token);
  return new RegExp(`^${source}$`);
}

/** Puts an ISO date (yyyy-mm-dd) into the form's pattern; other text is returned as it is. */
function toFormDate(value: string, pattern: string): { text: string; fits: boolean } {
  const trimmed = value.trim();
  if (trimmed === '' || datePatternRegex(pattern).test(trimmed)) return { text: trimmed, fits: true };
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (iso) {
    const [, year = '', month = '', day = ''] = iso;
    const text = pattern
      .replace(/yyyy/g, year)
      .replace(/yy/g, year.slice(2))
      .replace(/mm/g, month)
      .replace(/dd/g, day)
      .replace(/(?<![a-z])m(?![a-z])/g, String(Number(month)))
      .replace(/(?<![a-z])d(?![a-z])/g, String(Number(day)));
    if (datePatternRegex(pattern).test(text)) return { text, fits: true };
  }
  return { text: value, fits: false };
}

const asText = (value: FormFieldValue) => (Array.isArray(value) ? value.join(', ') : typeof value === 'boolean' ? (value ? 'Yes' : 'No') : value);

function matchOption(value: string, options: string[]): string | undefined {
  return options.find((option) => option === value) ?? options.find((option) => option.toLowerCase() === value.trim().toLowerCase());
}

/** Page index of each widget, found through the pages' /Annots (a widget's /P is optional). */
function widgetPages(doc: PDFDocument): Map<PDFRef, number> {
  const pages = new Map<PDFRef, number>();
  doc.getPages().forEach((page, index) => {
    const annots = page.node.Annots();
    if (!annots) return;
    for (let position = 0; position < annots.size(); position += 1) {
      const entry = annots.get(position);
      if (entry instanceof PDFRef) pages.set(entry, index);
    }
  });
  return pages;
}

function widgetRect(widget: PDFWidgetAnnotation): { width: number; height: number } {
  const { width, height } = widget.getRectangle();
  return { width: Math.abs(width), height: Math.abs(height) };
}

const leadingOf = (size: number) => size * 1.2;

/** How many lines a widget shows at a size: one for single-line fields. */
function capacity(widget: PDFWidgetAnnotation, size: number, multiline: boolean): number {
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

function fits(lines: TextLine[], widget: PDFWidgetAnnotation, size: number, multiline: boolean): boolean {
  return lines.length <= capacity(widget, size, multiline);
}

/** Writes a field's normal appearance with our own layout, so several fonts and shaped Arabic can share one box. */
function writeTextAppearance(doc: PDFDocument, widget: PDFWidgetAnnotation, lines: TextLine[], size: number, multiline: boolean): void {
  const { width, height } = widgetRect(widget);
  const fontKeys = new Map<FontFaceId, string>();
  const fontResources: Record<string, PDFRef> = {};
  const operators: PDFOperator[] = [
    beginMarkedContent('Tx'),
    pushGraphicsState(),
    rectangle(FIELD_PADDING / 2, FIELD_PADDING / 2, width - FIELD_PADDING, height - FIELD_PADDING),
    clip(),
    endPath(),
    beginText(),
    setFillingGrayscaleColor(0),
  ];
  const leading = leadingOf(size);
  const firstBaseline = multiline ? height - FIELD_PADDING - size : (height - size) / 2 + size * 0.22;
  lines.forEach((line, index) => {
    let x = FIELD_PADDING + 1;
    if (line.rightToLeft) x = Math.max(FIELD_PADDING + 1, width - FIELD_PADDING - 1 - line.width);
    const y = firstBaseline - index * leading;
    for (const run of line.runs) {
      let key = fontKeys.get(run.face);
      if (!key) {
        key = `F${fontKeys.size}`;
        fontKeys.set(run.face, key);
        fontResources[key] = run.font.ref;
      }
      operators.push(setFontAndSize(key, size), setTextMatrix(1, 0, 0, 1, x, y), showText(run.font.encodeText(run.drawText)));
      x += run.width;
    }
  });
  operators.push(endText(), popGraphicsState(), endMarkedContent());
  const stream = doc.context.formXObject(operators, {
    BBox: doc.context.obj([0, 0, width, height]),
    Resources: { Font: fontResources },
  });
  widget.setNormalAppearance(doc.context.register(stream));
}

/** Makes viewers that rebuild appearances use an embedded Unicode font, not Helvetica. */
function useEmbeddedDefaultFont(form: PDFForm, fonts: DocumentFonts, field: PDFField, size: number): void {
  const acroForm = form.acroForm.dict;
  let resources = acroForm.lookup(PDFName.of('DR'));
  if (!(resources instanceof PDFDict)) {
    resources = acroForm.context.obj({});
    acroForm.set(PDFName.of('DR'), resources as PDFDict);
  }
  const resourceDict = resources as PDFDict;
  let fontDict = resourceDict.lookup(PDFName.of('Font'));
  if (!(fontDict instanceof PDFDict)) {
    fontDict = acroForm.context.obj({});
    resourceDict.set(PDFName.of('Font'), fontDict as PDFDict);
  }
  (fontDict as PDFDict).set(PDFName.of(FONT_KEY), fonts.pdfFont('dejavu-sans').ref);
  field.acroField.setDefaultAppearance(`/${FONT_KEY} ${size} Tf 0 g`);
}

/** After flattening, pages can still list widgets that no longer exist; drop them (and empty /Annots). */
export function removeDeadWidgetReferences(doc: PDFDocument): number {
  let removed = 0;
  for (const page of doc.getPages()) {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    if (!annots) continue;
    for (let index = annots.size() - 1; index >= 0; index -= 1) {
      const entry = annots.get(index);
      const target = entry instanceof PDFRef ? doc.context.lookup(entry) : entry;
      const isWidget = target instanceof PDFDict && target.get(PDFName.of('Subtype')) === PDFName.of('Widget');
      if (target === undefined || isWidget) {
        annots.remove(index);
        removed += 1;
      }
    }
    if (annots.size() === 0) page.node.delete(PDFName.of('Annots'));
  }
  return removed;
}

/** A field without a normal appearance makes pdf-lib's flatten fail; give it an empty one. */
function ensureAppearances(doc: PDFDocument, form: PDFForm): void {
  for (const field of form.getFields()) {
    for (const widget of field.acroField.getWidgets()) {
      if (widget.getNormalAppearance() !== undefined) continue;
      if (field instanceof PDFCheckBox || field instanceof PDFRadioGroup) field.defaultUpdateAppearances();
      else writeTextAppearance(doc, widget, [], 10, false);
    }
  }
}

/**
 * Fills a fillable PDF. Values that do not fit their box show their start and "… continued on page N"; the whole
 * text is printed on continuation sheets at the end. Nothing throws for bad values: they are listed in `problems`.
 */
export async function fillForm(templateBytes: Uint8Array, values: Record<string, FormFieldValue>, options: FillFormOptions = {}): Promise<FormFillResult> {
  useNativeDeflate();
  const doc = await PDFDocument.load(templateBytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  const form = doc.getForm();
  const fields = form.getFields();
  const byName = new Map(fields.map((field) => [field.getName(), field]));
  const problems: FieldProblem[] = [];
  const report = (field: string, kind: FieldProblemKind, value: FormFieldValue, message: string, allowed?: string[]) =>
    problems.push({ field, kind, value: asText(value), message, ...(allowed ? { allowed } : {}) });

  for (const name of Object.keys(values)) {
    if (!byName.has(name)) report(name, 'unknown-field', values[name] ?? '', `The form has no field called “${name}”.`);
  }
  const unmappedFields = fields.map((field) => field.getName()).filter((name) => !(name in values));

  // Decide every text before embedding fonts, so the fonts are subset once for everything printed.
  const texts: Array<{ field: PDFTextField | PDFDropdown; name: string; value: string }> = [];
  for (const field of fields) {
    const name = field.getName();
    const value = values[name];
    if (value === undefined) continue;
    if (field.isReadOnly()) report(name, 'read-only', value, `“${name}” is read-only in this form; it was filled anyway.`);
    if (field instanceof PDFTextField) {
      if (typeof value !== 'string' && !Array.isArray(value)) {
        report(name, 'wrong-type', value, `“${name}” is a text box, so a tick cannot go in it; “${asText(value)}” was written instead.`);
      }
      let text = normaliseText(asText(value));
      const pattern = options.dateFormats?.[name] ?? dateFormatOf(field);
      if (pattern) {
        const date = toFormDate(text, pattern);
        if (!date.fits) report(name, 'date-format', value, `“${text}” is not a date in the form’s format (${pattern}); it was written as given.`, [pattern]);
        text = date.text;
      }
      texts.push({ field, name, value: text });
    } else if (field instanceof PDFCheckBox) {
      const onValue = field.acroField.getOnValue()?.decodeText() ?? 'Yes';
      const wanted = typeof value === 'boolean' ? value : typeof value === 'string' ? value.trim().toLowerCase() : undefined;
      if (wanted === true || wanted === onValue.toLowerCase() || wanted === 'yes' || wanted === 'true' || wanted === 'on') field.check();
      else if (wanted === false || wanted === 'no' || wanted === 'off' || wanted === 'false' || wanted === '') field.uncheck();
      else report(name, 'state-not-present', value, `“${name}” can only be ticked (${onValue}) or left empty.`, [onValue, 'Off']);
    } else if (field instanceof PDFRadioGroup) {
      const allowed = field.getOptions();
      const option = typeof value === 'string' ? matchOption(value, allowed) : undefined;
      if (option !== undefined) field.select(option);
      else report(name, typeof value === 'string' ? 'state-not-present' : 'wrong-type', value, `“${asText(value)}” is not one of the choices for “${name}”.`, allowed);
    } else if (field instanceof PDFDropdown || field instanceof PDFOptionList) {
      const allowed = field.getOptions();
      const wanted = Array.isArray(value) ? value : [asText(value)];
      const matched = wanted.map((item) => matchOption(item, allowed));
      const missing = wanted.filter((_, index) => matched[index] === undefined);
      const editable = field instanceof PDFDropdown && field.isEditable();
      if (missing.length > 0) report(name, 'option-not-present', value, `“${missing.join(', ')}” is not in the list for “${name}”${editable ? '; it was typed in instead' : ''}.`, allowed);
      const chosen = matched.filter((item): item is string => item !== undefined);
      if (editable) chosen.push(...missing);
      if (chosen.length > 0) field.select(chosen.length === 1 ? (chosen[0] ?? '') : chosen);
      if (field instanceof PDFDropdown && chosen.length > 0) texts.push({ field, name, value: chosen.join(', ') });
    } else {
      report(name, 'wrong-type', value, `“${name}” is a kind of field Crossings cannot fill.`);
    }
  }

  const continuation = options.continuation;
  const chrome: PageChrome = {
    title: continuation?.documentTitle ?? options.title ?? 'Form',
    caseReference: continuation?.caseReference ?? 'Not given',
    generatedAt: continuation?.generatedAt ?? new Date().toISOString(),
    generatedBy: continuation?.generatedBy ?? 'Crossings',
    frameworkVersion: continuation?.frameworkVersion,
    ageDisputedTreatedAsChild: continuation?.ageDisputedTreatedAsChild ?? false,
    indicatorsNote: continuation?.indicatorsNote ?? false,
    headerPrefix: 'Continuation sheet',
  };
  const formPageCount = doc.getPageCount();
  const labelTexts: TextToPrepare[] = texts.map(({ field }) => ({ text: `${fieldLabel(field, options.labels)} (continued from page 0123456789)`, weight: 'bold' }));
  const fonts = await DocumentFonts.forDocument(doc, [
    ...texts.map(({ value }) => value),
    CONTINUED_NOTICE(1234567890),
    ...labelTexts,
    ...chromeTexts(chrome),
    ...(options.stampPages === 'compact' ? [compactStamp(chrome, 9999, 9999)] : []),
  ]);

  // Lay each text out in its box; shrink auto-sized fields before declaring an overflow.
  const plans: TextPlan[] = [];
  for (const { field, name, value } of texts) {
    const widgets = field.acroField.getWidgets();
    const widget = widgets[0];
    if (!widget) continue;
    const multiline = field instanceof PDFTextField && field.isMultiline();
    const declared = defaultAppearanceSize(field);
    const autoSize = declared === 0;
    let size = autoSize ? Math.min(multiline ? 10 : 12, Math.max(6, (widgetRect(widget).height - 2 * FIELD_PADDING) * 0.75)) : declared;
    let lines = layOutFieldText(fonts, value, size, widget, multiline);
    while (autoSize && !fits(lines, widget, size, multiline) && size > 6) {
      size = Math.max(6, size - 1);
      lines = layOutFieldText(fonts, value, size, widget, multiline);
    }
    plans.push({ field, name, value, multiline, size, autoSize, widgets, lines, overflow: !fits(lines, widget, size, multiline) });
  }

  // Continuation sheets first, so each cut-short field can name the page its text continues on.
  const pageOfWidget = widgetPages(doc);
  const overflowing = plans.filter((plan) => plan.overflow);
  const continuedFields: ContinuedField[] = [];
  if (overflowing.length > 0) {
    const blocks: DocumentBlock[] = [];
    for (const plan of overflowing) {
      const widgetRef = plan.widgets[0] ? doc.context.getObjectRef(plan.widgets[0].dict) : undefined;
      const fieldPage = (widgetRef ? pageOfWidget.get(widgetRef) ?? 0 : 0) + 1;
      const label = fieldLabel(plan.field, options.labels);
      blocks.push(
        { kind: 'heading', level: 2, id: plan.name, text: `${label} (continued from page ${fieldPage})` },
        { kind: 'paragraph', text: plan.value, emphasis: 'normal' },
      );
      continuedFields.push({ field: plan.name, label, continuationPage: 0, fieldPage, totalCharacters: plan.value.length, shownCharacters: 0 });
    }
    await fonts.prepare(blockTexts(blocks));
    const firstNewPage = doc.getPageCount();
    const { pages, anchors } = layOutBlocks(doc, fonts, blocks, chrome);
    const total = doc.getPageCount();
    pages.forEach((page, index) => drawPageChrome(page, fonts, chrome, firstNewPage + index + 1, total));
    for (const record of continuedFields) record.continuationPage = (anchors.get(record.field) ?? firstNewPage) + 1;
  }

  if (options.stampPages) {
    const total = doc.getPageCount();
    const formChrome: PageChrome = { ...chrome, headerPrefix: undefined };
    doc.getPages().slice(0, formPageCount).forEach((page, index) => {
      if (options.stampPages === 'full') {
        drawPageChrome(page, fonts, formChrome, index + 1, total);
      } else {
        const line = singleLine(fonts, compactStamp(chrome, index + 1, total), { size: 6, weight: 'bold' });
        drawTextLine(page, line, { x: 0, y: 6, size: 6, boxWidth: page.getWidth(), align: 'centre' });
      }
    });
  }

  for (const plan of plans) {
    const record = continuedFields.find((item) => item.field === plan.name);
    let lines = plan.lines;
    if (record) {
      const shown = shortenToFit(fonts, plan, CONTINUED_NOTICE(record.continuationPage));
      record.shownCharacters = shown.shownCharacters;
      lines = shown.lines;
    }
    if (plan.field instanceof PDFTextField) {
      const maxLength = plan.field.getMaxLength();
      if (maxLength !== undefined && plan.value.length > maxLength) {
        report(plan.name, 'too-long-for-field', plan.value, `“${plan.name}” holds at most ${maxLength} characters; the whole text is on the continuation sheet.`);
        plan.field.setText(plan.value.slice(0, maxLength));
      } else {
        plan.field.setText(plan.value);
      }
    }
    for (const widget of plan.widgets) writeTextAppearance(doc, widget, lines, plan.size, plan.multiline);
    useEmbeddedDefaultFont(form, fonts, plan.field, plan.autoSize ? 0 : plan.size);
    form.markFieldAsClean(plan.field.ref);
  }
  // Every appearance is written above; a viewer must not rebuild them with a font that lacks the glyphs.
  form.acroForm.dict.delete(PDFName.of('NeedAppearances'));

  if (options.flatten) {
    ensureAppearances(doc, form);
    form.flatten({ updateFieldAppearances: false });
    removeDeadWidgetReferences(doc);
  }
  if (options.title) setDocumentMetadata(doc, options.title, new Date(chrome.generatedAt));
  const bytes = await doc.save({ updateFieldAppearances: false, objectsPerTick: Infinity });
  return {
    bytes,
    pageCount: doc.getPageCount(),
    unmappedFields,
    problems,
    continuedFields,
    missingCharacters: fonts.missingCharacterReport(),
  };
}

/** The page furniture as one line, for forms whose own layout leaves no room for a header and footer. */
function compactStamp(chrome: PageChrome, pageNumber: number, pageCount: number): string {
  return [
    PROTECTIVE_MARKING,
    chrome.ageDisputedTreatedAsChild ? AGE_DISPUTED_BANNER : '',
    `Case ${chrome.caseReference}`,
    `Generated ${formatGeneratedAt(chrome.generatedAt)} by ${chrome.generatedBy}`,
    chrome.frameworkVersion ? `Framework version ${chrome.frameworkVersion}` : '',
    chrome.indicatorsNote ? INDICATORS_NOTE : '',
    `Page ${pageNumber} of ${pageCount}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** Cuts a value at a word boundary so that it, plus the notice, fits the field's box. */
function shortenToFit(fonts: DocumentFonts, plan: TextPlan, notice: string): { lines: TextLine[]; shownCharacters: number } {
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
