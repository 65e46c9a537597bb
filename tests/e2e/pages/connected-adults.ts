import { expect, type Page } from '@playwright/test';

export interface ConnectedAdultDetails {
  given?: string;
  family?: string;
  relationshipTheAdultGives?: string;
  relationshipTheChildGives?: string;
  holdsParentalResponsibility?: 'Yes' | 'No';
  livesWithTheChild?: 'Yes' | 'No';
  /** Marks the adult as one the case must not be shared with, and why. */
  doNotShareBecause?: string;
}

/** The connected adults section: the adults around the child, their cards and the relationship map. */
export class ConnectedAdults {
  get heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Connected adults' });
  }
  get addHeading() {
    return this.page.getByRole('heading', { level: 1, name: 'Add a connected adult' });
  }
  get relationshipMap() {
    return this.page.getByRole('img', { name: /People and agencies around/ });
  }
  get adultsTable() {
    return this.page.getByRole('table', { name: 'Adults connected to the child' });
  }
  get agenciesTable() {
    return this.page.getByRole('table', { name: 'Agencies involved' });
  }
  get cards() {
    return this.page.locator('.govuk-summary-card');
  }

  constructor(private readonly page: Page) {}

  async startAddingAnAdult(): Promise<void> {
    await this.page.getByRole('button', { name: 'Add a connected adult' }).click();
  }

  async describeAdult(adult: ConnectedAdultDetails): Promise<void> {
    if (adult.given !== undefined) await this.page.getByLabel('Given name or names').fill(adult.given);
    if (adult.family !== undefined) await this.page.getByLabel('Family name', { exact: true }).fill(adult.family);
    if (adult.relationshipTheAdultGives) {
      await this.page.getByLabel('What the adult says the relationship is').selectOption({ label: adult.relationshipTheAdultGives });
    }
    if (adult.relationshipTheChildGives) {
      await this.page.getByLabel('What the child says the relationship is').selectOption({ label: adult.relationshipTheChildGives });
    }
    if (adult.holdsParentalResponsibility) {
      await this.page
        .getByRole('group', { name: 'Does this adult hold parental responsibility for the child?' })
        .getByLabel(adult.holdsParentalResponsibility, { exact: true })
        .check();
    }
    if (adult.livesWithTheChild) {
      await this.page.getByRole('group', { name: 'Does this adult live with the child?' }).getByLabel(adult.livesWithTheChild, { exact: true }).check();
    }
    if (adult.doNotShareBecause !== undefined) {
      await this.page.getByLabel('Do not share with this adult').check();
      await this.page.getByLabel('Why').fill(adult.doNotShareBecause);
    }
  }

  /** Saves the adult and waits to be back on the list. */
  async saveAdult(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save this adult' }).click();
    await expect(this.heading).toBeVisible();
  }

  async addAdult(adult: ConnectedAdultDetails): Promise<void> {
    await this.startAddingAnAdult();
    await this.describeAdult(adult);
    await this.saveAdult();
  }

  card(name: string) {
    return this.page.locator('.govuk-summary-card', { hasText: name });
  }

  async showAsTable(): Promise<void> {
    await this.page.getByText('Show as a table').click();
  }
}
