import {
  PDFArray,
  PDFCheckBox,
  PDFDict,
  PDFName,
  PDFRadioGroup,
  PDFRef,
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
  type PDFDocument,
  type PDFField,
  type PDFForm,
  type PDFOperator,
  type PDFWidgetAnnotation,
} from 'pdf-lib';
import { FIELD_PADDING, leadingOf, widgetRect } from './field-text';
import type { DocumentFonts, FontFaceId } from './fonts';
import type { TextLine } from './text';

const FONT_KEY = 'CrossingsSans';

/** Writes a field's normal appearance with our own layout, so several fonts and shaped Arabic can share one box. */
export function writeTextAppearance(doc: PDFDocument, widget: PDFWidgetAnnotation, lines: TextLine[], size: number, multiline: boolean): void {
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
export function useEmbeddedDefaultFont(form: PDFForm, fonts: DocumentFonts, field: PDFField, size: number): void {
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
export function ensureAppearances(doc: PDFDocument, form: PDFForm): void {
  for (const field of form.getFields()) {
    for (const widget of field.acroField.getWidgets()) {
      if (widget.getNormalAppearance() !== undefined) continue;
      if (field instanceof PDFCheckBox || field instanceof PDFRadioGroup) field.defaultUpdateAppearances();
      else writeTextAppearance(doc, widget, [], 10, false);
    }
  }
}
