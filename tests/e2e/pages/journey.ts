import { expect, type Page } from '@playwright/test';
import { chooseFromList, fillDate } from '../app';
import type { DateParts } from './new-case';

export interface JourneyLegDetails {
  /** The country as typed, then as picked from the list; left alone when not given (the app carries it over). */
  from?: { typed: string; country: string };
  fromPlace?: string;
  to?: { typed: string; country: string };
  toPlace?: string;
  left?: DateParts;
  arrived?: DateParts;
  transport?: string;
  travelledWith?: string[];
}

/** The journey section: the legs of the journey, the route table and the map. */
export class Journey {
  get heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Journey' });
  }
  get countryTravelledFrom() {
    return this.page.getByRole('combobox', { name: 'Country travelled from' });
  }
  /** The route table's rows, one per leg. */
  get legs() {
    return this.page.locator('table tbody tr');
  }
  get map() {
    return this.page.getByRole('img', { name: /journey/i });
  }
  get legsInWords() {
    return this.page.getByRole('list', { name: 'Legs of the journey, in order' });
  }
  get legsInWordsHeading() {
    return this.page.locator('h3', { hasText: 'Legs of the journey, in order' });
  }
  get countries() {
    return this.page.getByRole('list', { name: 'Countries on the journey' });
  }

  constructor(private readonly page: Page) {}

  async startAddingALeg(): Promise<void> {
    await this.page.getByRole('button', { name: 'Add a leg of the journey' }).click();
  }

  async describeLeg(leg: JourneyLegDetails): Promise<void> {
    if (leg.from) await chooseFromList(this.page, 'Country travelled from', leg.from.typed, leg.from.country);
    if (leg.fromPlace !== undefined) await this.page.getByLabel('Town or place travelled from').fill(leg.fromPlace);
    if (leg.to) await chooseFromList(this.page, 'Country travelled to', leg.to.typed, leg.to.country);
    if (leg.toPlace !== undefined) await this.page.getByLabel('Town or place travelled to').fill(leg.toPlace);
    if (leg.left) await fillDate(this.page.getByRole('group', { name: 'When they left' }), leg.left);
    if (leg.arrived) await fillDate(this.page.getByRole('group', { name: 'When they arrived' }), leg.arrived);
    if (leg.transport) await this.page.getByLabel(leg.transport).check();
    for (const adult of leg.travelledWith ?? []) await this.page.getByLabel(adult).check();
  }

  /** Saves the leg and waits to be back on the journey. */
  async saveLeg(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save this leg' }).click();
    await expect(this.heading).toBeVisible();
  }

  async showMapAsList(): Promise<void> {
    await this.page.getByText('Show the map as a list').click();
  }

  /** The words under the map that describe it (its aria-describedby). */
  async mapSummary() {
    return this.page.locator(`#${await this.map.getAttribute('aria-describedby')}`);
  }
}
