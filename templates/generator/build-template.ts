import { PDFDocument, PDFHexString, PDFName, PDFString, rgb, type PDFField, type PDFPage } from 'pdf-lib';
import { DocumentFonts, type TextToPrepare } from '../../core/pdf/fonts';
import { templateMappingSchema, type FieldMapping, type TemplateMapping } from '../../core/pdf/mapping';
import { setDocumentMetadata } from '../../core/pdf/page-chrome';
import { A4 } from '../../core/pdf/page-style';
import { drawTextLine, singleLine, wrapText, type TextStyle } from '../../core/pdf/text';
import type { Item, TemplateSpec } from './template-spec';

const TEMPLATE_DATE = new Date('2026-01-01T00:00:00Z');
const DATE_PATTERN = 'dd/mm/yyyy';
const MARGIN = 48;
const CONTENT_WIDTH = A4[0] - 2 * MARGIN;
/**
 * Crossings stamps the page furniture on every filled page (marking, case reference, who generated it and when,
 * page N of M, the framework version, the age-disputed banner and the indicators note; see core/pdf/page-chrome.ts
 * drawPageChrome), so the templates keep those bands clear: the header down to the banner, the footer up to the note.
 */
const TOP = A4[1] - 96;
const BOTTOM = 88;
const LABEL: TextStyle = { size: 8.5, weight: 'bold' };
const SMALL: TextStyle = { size: 8.5, weight: 'regular' };

function setTooltip(field: PDFField, label: string): void {
  field.acroField.dict.set(PDFName.of('TU'), PDFHexString.fromText(label));
}

/** The same format and keystroke actions Acrobat writes, so any viewer knows the box wants a date. */
function setDateFormat(doc: PDFDocument, field: PDFField): void {
  const action = (js: string) => doc.context.obj({ S: 'JavaScript', JS: PDFString.of(js) });
  field.acroField.dict.set(PDFName.of('AA'), doc.context.obj({ F: action(`AFDate_FormatEx("${DATE_PATTERN}");`), K: action(`AFDate_KeystrokeEx("${DATE_PATTERN}");`) }));
}

export async function buildTemplate(spec: TemplateSpec): Promise<{ bytes: Uint8Array; mapping: TemplateMapping }> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const texts: TextToPrepare[] = [];
  for (const section of spec.sections) {
    texts.push({ text: section.title, weight: 'bold' });
    for (const item of section.items) {
      if (item.kind === 'note') texts.push(item.text);
      else texts.push({ text: item.label, weight: 'bold' }, ...(item.kind === 'radio' ? item.options : []));
    }
  }
  const fonts = await DocumentFonts.forDocument(doc, texts);
  const form = doc.getForm();
  const mappingFields: Record<string, FieldMapping> = {};
  const pages: PDFPage[] = [];
  let page: PDFPage = doc.addPage(A4);
  pages.push(page);
  let y = TOP;
  const ensure = (height: number) => {
    if (y - height >= BOTTOM) return;
    page = doc.addPage(A4);
    pages.push(page);
    y = TOP;
  };
  const label = (value: string, x: number, top: number, width: number, style = LABEL) => {
    const lines = wrapText(fonts, value, style, width);
    lines.forEach((line, index) => drawTextLine(page, line, { x, y: top - style.size - index * style.size * 1.3, size: style.size }));
    return lines.length * style.size * 1.3;
  };
  const labelHeight = (value: string, width: number, style = LABEL) => wrapText(fonts, value, style, width).length * style.size * 1.3;

  const itemHeight = (item: Item, width: number): number => {
    switch (item.kind) {
      case 'note':
        return labelHeight(item.text, width, SMALL) + 6;
      case 'text':
        return labelHeight(item.label, width) + 2 + ((item.lines ?? 1) > 1 ? (item.lines ?? 1) * 11 + 6 : 18) + 8;
      case 'dropdown':
        return labelHeight(item.label, width) + 2 + 18 + 8;
      case 'checkbox':
        return Math.max(12, labelHeight(item.label, width - 18)) + 8;
      case 'radio': {
        const rows = Math.ceil(item.options.length / (item.options.some((option) => option.length > 20) ? 1 : 3));
        return labelHeight(item.label, width) + 2 + rows * 16 + 6;
      }
    }
  };

  const drawItem = (item: Item, x: number, top: number, width: number) => {
    if (item.kind === 'note') {
      label(item.text, x, top, width, SMALL);
      return;
    }
    mappingFields[item.name] = {
      path: item.path,
      label: item.label,
      separator: item.separator ?? ' ',
      ...(item.values ? { values: item.values } : {}),
      ...(item.kind === 'checkbox' && item.checkedWhen ? { checkedWhen: item.checkedWhen } : {}),
      ...(item.kind === 'text' && item.date ? { dateFormat: DATE_PATTERN } : {}),
      ...(item.kind === 'text' && item.date && item.approximateWords ? { approximateWords: true } : {}),
    };
    if (item.kind === 'checkbox') {
      const box = form.createCheckBox(item.name);
      box.addToPage(page, { x, y: top - 12, width: 11, height: 11, borderWidth: 1, borderColor: rgb(0.2, 0.2, 0.2) });
      setTooltip(box, item.label);
      label(item.label, x + 18, top, width - 18, { size: 8.5, weight: 'regular' });
      return;
    }
    const used = label(item.label, x, top, width) + 2;
    const fieldTop = top - used;
    if (item.kind === 'text') {
      const lines = item.lines ?? 1;
      const height = lines > 1 ? lines * 11 + 6 : 18;
      const field = form.createTextField(item.name);
      field.addToPage(page, { x, y: fieldTop - height, width, height, borderWidth: 0.8, borderColor: rgb(0.3, 0.3, 0.3), backgroundColor: rgb(1, 1, 1) });
      if (lines > 1) field.enableMultiline();
      field.setFontSize(lines > 1 ? 9 : 10);
      setTooltip(field, item.label);
      if (item.date) setDateFormat(doc, field);
    } else if (item.kind === 'dropdown') {
      const field = form.createDropdown(item.name);
      field.setOptions([...item.options]);
      field.addToPage(page, { x, y: fieldTop - 18, width, height: 18, borderWidth: 0.8, borderColor: rgb(0.3, 0.3, 0.3), backgroundColor: rgb(1, 1, 1) });
      field.setFontSize(10);
      setTooltip(field, item.label);
    } else {
      const group = form.createRadioGroup(item.name);
      const perRow = item.options.some((option) => option.length > 20) ? 1 : 3;
      const columnWidth = width / perRow;
      item.options.forEach((option, index) => {
        const rowTop = fieldTop - Math.floor(index / perRow) * 16;
        const optionX = x + (index % perRow) * columnWidth;
        group.addOptionToPage(option, page, { x: optionX, y: rowTop - 12, width: 11, height: 11, borderWidth: 1, borderColor: rgb(0.2, 0.2, 0.2) });
        drawTextLine(page, singleLine(fonts, option, SMALL), { x: optionX + 16, y: rowTop - 10, size: SMALL.size });
      });
      setTooltip(group, item.label);
    }
  };

  for (const section of spec.sections) {
    ensure(24 + 40);
    page.drawRectangle({ x: MARGIN, y: y - 18, width: CONTENT_WIDTH, height: 18, color: rgb(0.88, 0.9, 0.94) });
    drawTextLine(page, singleLine(fonts, section.title, { size: 10.5, weight: 'bold' }), { x: MARGIN + 5, y: y - 13, size: 10.5 });
    y -= 26;
    for (let index = 0; index < section.items.length; index += 1) {
      const item = section.items[index];
      if (!item) continue;
      const next = section.items[index + 1];
      if ('half' in item && item.half && next && 'half' in next && next.half) {
        const halfWidth = (CONTENT_WIDTH - 12) / 2;
        const height = Math.max(itemHeight(item, halfWidth), itemHeight(next, halfWidth));
        ensure(height);
        drawItem(item, MARGIN, y, halfWidth);
        drawItem(next, MARGIN + halfWidth + 12, y, halfWidth);
        y -= height;
        index += 1;
        continue;
      }
      const height = itemHeight(item, CONTENT_WIDTH);
      ensure(height);
      drawItem(item, MARGIN, y, CONTENT_WIDTH);
      y -= height;
    }
    y -= 6;
  }

  setDocumentMetadata(doc, spec.title, TEMPLATE_DATE);
  const bytes = await doc.save({ updateFieldAppearances: true });
  const mapping = templateMappingSchema.parse({ template: spec.file, title: spec.title, description: spec.description, fields: mappingFields });
  return { bytes, mapping };
}
