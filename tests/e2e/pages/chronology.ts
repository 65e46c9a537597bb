import { expect, type Page } from '@playwright/test';
import { fillDate } from '../app';
import type { DateParts } from './new-case';

export interface ChronologyEntryDetails {
  when?: DateParts;
  kind?: string;
  whatHappened?: string;
  source?: string;
}

/** The chronology: entries in order, corrections that keep the original, and the timeline. */
export class Chronology {
  get heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Chronology' });
  }
  get timeline() {
    return this.page.getByRole('img', { name: 'Timeline of events' });
  }
  get timelineStatus() {
    return this.page.getByRole('status').filter({ hasText: 'on the timeline' });
  }
  get listedEntries() {
    return this.page.locator('ol.moj-timeline > li');
  }
  get eventsTable() {
    return this.page.getByRole('table', { name: 'Events in date order' });
  }

  constructor(private readonly page: Page) {}

  async startAddingAnEntry(): Promise<void> {
    await this.page.getByRole('button', { name: 'Add an entry' }).click();
  }

  async describeEntry(entry: ChronologyEntryDetails): Promise<void> {
    if (entry.when) await fillDate(this.page.getByRole('group', { name: 'When it happened' }), entry.when);
    if (entry.kind) await this.page.getByLabel(entry.kind).check();
    if (entry.whatHappened !== undefined) await this.page.getByLabel('What happened').fill(entry.whatHappened);
    if (entry.source !== undefined) await this.page.getByLabel('Where this information came from').fill(entry.source);
  }

  /** Gives when it happened in words, as it was said (“summer 2019”, “between March and May 2026”). */
  async describeWhenInWords(words: string): Promise<void> {
    const when = this.page.getByRole('group', { name: 'When it happened' });
    await when.getByRole('button', { name: 'Describe it in words instead' }).click();
    await when.getByLabel('When, in words').fill(words);
  }

  /** What the date box says it will record. */
  get recordedAs() {
    return this.page.getByRole('group', { name: 'When it happened' }).getByText(/^Recorded as:/);
  }
  get futureDateWarning() {
    return this.page.getByTestId('future-date-warning');
  }

  /** Saves the entry and waits to be back on the chronology. */
  async saveEntry(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save the entry' }).click();
    await expect(this.heading).toBeVisible();
  }

  async addEntry(entry: ChronologyEntryDetails): Promise<void> {
    await this.startAddingAnEntry();
    await this.describeEntry(entry);
    await this.saveEntry();
  }

  async startCorrectingEntry(sequence: number): Promise<void> {
    await this.page.getByRole('link', { name: `Correct this entry (entry ${sequence})` }).click();
  }

  correctionHeading(sequence: number) {
    return this.page.getByRole('heading', { level: 1, name: `Correct entry ${sequence}` });
  }

  async describeCorrection(correction: { when?: DateParts; whatHappened?: string }): Promise<void> {
    if (correction.when) await fillDate(this.page.getByRole('group', { name: 'When it happened' }), correction.when);
    if (correction.whatHappened !== undefined) await this.page.getByLabel('What happened, corrected').fill(correction.whatHappened);
  }

  async saveCorrection(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save the correction' }).click();
    await expect(this.heading).toBeVisible();
  }

  entry(sequence: number) {
    return this.page.locator(`#entry-${sequence}`);
  }

  async showAsTable(): Promise<void> {
    await this.page.getByText('Show as a table').click();
  }

  kindOnTimeline(kind: string) {
    return this.page.getByRole('checkbox', { name: new RegExp(kind) });
  }

  barsOfKind(kind: string) {
    return this.timeline.locator('text', { hasText: kind });
  }
}
