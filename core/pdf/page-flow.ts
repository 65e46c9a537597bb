import type { PDFDocument, PDFPage, RGB } from 'pdf-lib';
import type { DocumentFonts } from './fonts';
import type { PageChrome } from './page-chrome';
import { A4, BODY_BOTTOM, BODY_TOP, BODY_TOP_WITH_BANNER, INK, leadingFor } from './page-style';
import { drawTextLine, type TextLine, type TextStyle } from './text';

/** Flows blocks down pages, adding pages as needed; page furniture is drawn afterwards once the page count is known. */
export class PageFlow {
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

export function drawLines(flow: PageFlow, lines: TextLine[], style: TextStyle, x: number, width: number, color: RGB = INK): void {
  const leading = leadingFor(style);
  for (const line of lines) {
    flow.ensure(leading);
    drawTextLine(flow.current, line, { x, y: flow.cursor - style.size, size: style.size, boxWidth: width, color });
    flow.advance(leading);
  }
}
