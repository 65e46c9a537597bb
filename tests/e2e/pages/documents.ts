import { expect, type BrowserContext, type Page } from '@playwright/test';
import { generatedPdfText } from '../app';

/** The documents page: who the documents are for, generating them, and the register of what was generated. */
export class Documents {
  get heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Documents' });
  }
  get register() {
    return this.page.getByRole('table', { name: 'Register of generated documents' });
  }
  get generatedPdfLink() {
    return this.page.getByTestId('open-generated-pdf');
  }

  constructor(
    private readonly page: Page,
    private readonly context: BrowserContext,
  ) {}

  /** Says who the documents are for (a meeting, or an agency), by its label. */
  async chooseAudience(label: string, options: { exact?: boolean } = {}): Promise<void> {
    await this.page.getByLabel(label, options).check();
  }

  /** What the next version leaves out and why, shown before generating. */
  get leavesOut() {
    return this.page.getByTestId('leaves-out');
  }

  /** How many withheld values this version takes out of the worker's own words, and where. */
  get removedFromText() {
    return this.page.getByTestId('removed-from-text');
  }

  /** Marks that the audience includes, or could pass information to, this adult. */
  async markReaches(adultName: string): Promise<void> {
    await this.page.getByRole('group', { name: 'Could this document reach any of these adults?' }).getByLabel(adultName, { exact: true }).check();
  }

  /** Withholds an adult from the next document, with the worker's reason. */
  async withhold(adultName: string, reason: string): Promise<void> {
    await this.page.getByRole('group', { name: 'Withhold an adult from this document only' }).getByLabel(adultName, { exact: true }).check();
    await this.page.getByLabel(`Why you are withholding ${adultName}`).fill(reason);
  }

  documentHeading(name: string) {
    return this.page.getByRole('heading', { level: 3, name });
  }

  /** Presses the document's Generate button; any new tab the PDF opens in is closed again. */
  async generate(name: string | RegExp): Promise<void> {
    const button = this.page.getByRole('button', { name: typeof name === 'string' ? `Generate ${name}` : name });
    const [popup] = await Promise.all([this.context.waitForEvent('page').catch(() => null), button.click()]);
    await popup?.close();
  }

  /** Presses the document's Generate button only (for documents that open no new tab). */
  async generateHere(name: RegExp): Promise<void> {
    await this.page.getByRole('button', { name }).click();
  }

  ready(text: string | RegExp) {
    return this.page.getByText(text);
  }

  /** Reads the generated PDF through its blob URL, in the page: its first bytes, size, and a placement check. */
  async openedPdf(): Promise<{ url: string | null; head: string; size: number; hasPlacement: boolean }> {
    await expect(this.generatedPdfLink).toBeVisible();
    const url = await this.generatedPdfLink.getAttribute('href');
    const read = await this.page.evaluate(async (blobUrl) => {
      const bytes = new Uint8Array(await (await fetch(blobUrl!)).arrayBuffer());
      const text = new TextDecoder('latin1').decode(bytes);
      return { head: text.slice(0, 5), size: bytes.length, hasPlacement: text.includes('Example Close') };
    }, url);
    return { url, ...read };
  }

  /** The generated PDF's words, spaces collapsed, as pdftotext reads them. */
  generatedPdfText(): Promise<string> {
    return generatedPdfText(this.page);
  }
}
