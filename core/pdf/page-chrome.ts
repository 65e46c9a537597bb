import { PDFName, type PDFDocument, type PDFPage } from 'pdf-lib';
import { AGE_DISPUTED_BANNER, INDICATORS_NOTE, PROTECTIVE_MARKING, type DocumentModel } from '../../domain/documents/model';
import type { DocumentFonts, TextToPrepare } from './fonts';
import { BANNER_FILL, BANNER_INK, INK, MARGIN_X, MUTED, RULE, chromeStyle, markingStyle } from './page-style';
import { drawTextLine, singleLine } from './text';

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

export function chromeTexts(chrome: PageChrome): TextToPrepare[] {
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
