import { PDFDict, PDFHexString, PDFName, PDFRef, PDFString, type PDFDocument, type PDFField } from 'pdf-lib';

/** What a mapping can put in a field: text, a tick (checkbox), or several choices (multi-select lists). */
export type FormFieldValue = string | boolean | string[];

export function defaultAppearanceSize(field: PDFField): number {
  const appearance = field.acroField.getDefaultAppearance() ?? '';
  const match = /(\d+(?:\.\d+)?)\s+Tf/.exec(appearance);
  return match?.[1] ? Number(match[1]) : 0;
}

export function fieldLabel(field: PDFField, labels: Record<string, string> | undefined): string {
  const name = field.getName();
  const given = labels?.[name];
  if (given) return given;
  const tooltip = field.acroField.dict.lookup(PDFName.of('TU'));
  if (tooltip instanceof PDFString || tooltip instanceof PDFHexString) return tooltip.decodeText();
  return name;
}

/** Reads the date pattern from the field's format action, e.g. `AFDate_FormatEx("dd/mm/yyyy")`. */
export function dateFormatOf(field: PDFField): string | undefined {
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
export function toFormDate(value: string, pattern: string): { text: string; fits: boolean } {
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

export const asText = (value: FormFieldValue) => (Array.isArray(value) ? value.join(', ') : typeof value === 'boolean' ? (value ? 'Yes' : 'No') : value);

export function matchOption(value: string, options: string[]): string | undefined {
  return options.find((option) => option === value) ?? options.find((option) => option.toLowerCase() === value.trim().toLowerCase());
}

/** Page index of each widget, found through the pages' /Annots (a widget's /P is optional). */
export function widgetPages(doc: PDFDocument): Map<PDFRef, number> {
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
