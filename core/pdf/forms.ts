import { PDFCheckBox, PDFDocument, PDFDropdown, PDFName, PDFOptionList, ParseSpeeds, PDFRadioGroup, PDFTextField } from 'pdf-lib';
import { AGE_DISPUTED_BANNER, INDICATORS_NOTE, PROTECTIVE_MARKING, type DocumentBlock } from '../../domain/documents/model';
import { parseApproxDateWords } from '../../domain/case/approx-date-words';
import { useNativeDeflate } from './deflate';
import { ensureAppearances, removeDeadWidgetReferences, useEmbeddedDefaultFont, writeTextAppearance } from './field-appearance';
import { FIELD_PADDING, fits, layOutFieldText, shortenToFit, widgetRect, type TextPlan } from './field-text';
import { DocumentFonts, type MissingCharacter, type TextToPrepare } from './fonts';
import { asText, dateFormatOf, defaultAppearanceSize, fieldLabel, matchOption, toFormDate, widgetPages, type FormFieldValue } from './form-fields';
import { blockTexts, layOutBlocks } from './lay-out-blocks';
import { chromeTexts, drawPageChrome, formatGeneratedAt, setDocumentMetadata, type PageChrome } from './page-chrome';
import { drawTextLine, normaliseText, singleLine } from './text';

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
  /** Date boxes that take an approximate date in words (“about June 2011”) when no exact day is known (decision 19). */
  approximateWordFields?: readonly string[];
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

/** Words that read back as an approximate date without an exact day, as `formatApproxDate` writes them. */
function readsAsApproximateDate(text: string): boolean {
  const parsed = parseApproxDateWords(text);
  return parsed.ok && parsed.value.kind !== 'date';
}

const CONTINUED_NOTICE = (page: number) => `… continued on page ${page}`;

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
        const inWords = !date.fits && options.approximateWordFields?.includes(name) === true && readsAsApproximateDate(text);
        if (!date.fits && !inWords) report(name, 'date-format', value, `“${text}” is not a date in the form’s format (${pattern}); it was written as given.`, [pattern]);
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
