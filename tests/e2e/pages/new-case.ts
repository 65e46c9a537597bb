import type { Page } from '@playwright/test';
import { chooseFromList, fillDate } from '../app';

export interface DateParts {
  day?: string;
  month?: string;
  year?: string;
  approximate?: boolean;
}

export interface NewChild {
  given?: string;
  family?: string;
  dateOfBirth?: DateParts;
  sex?: 'Female' | 'Male';
  age?: 'Age disputed: treated as a child until it is decided' | 'Accepted as a child';
  nation?: 'England' | 'Wales' | 'Scotland' | 'Northern Ireland';
  /** What the worker types, then the option they pick from the list. */
  localAuthority?: { typed: string; option: string };
  leadWorker?: string;
}

/** Start a new case: the child's details, and the check for a child who may already have a case. */
export class NewCase {
  get heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Start a new case' });
  }
  get givenName() {
    return this.page.getByLabel('Given name or names');
  }
  get familyName() {
    return this.page.getByLabel('Family name', { exact: true });
  }
  get dateOfBirth() {
    return this.page.getByRole('group', { name: 'Date of birth, as the child gives it' });
  }
  get localAuthority() {
    return this.page.getByRole('combobox', { name: 'Local authority (optional)' });
  }
  get startTheCaseButton() {
    return this.page.getByRole('button', { name: 'Start the case' });
  }
  get mayAlreadyHaveACase() {
    return this.page.getByRole('heading', { name: 'This child may already have a case' });
  }
  get draftRestored() {
    return this.page.getByRole('heading', { name: 'Unsaved changes restored' });
  }

  constructor(private readonly page: Page) {}

  /** Fills in what is given, leaving the rest as it is. */
  async describeChild(child: NewChild): Promise<void> {
    if (child.given !== undefined) await this.givenName.fill(child.given);
    if (child.family !== undefined) await this.familyName.fill(child.family);
    if (child.dateOfBirth) await fillDate(this.dateOfBirth, child.dateOfBirth);
    if (child.sex) await this.page.getByLabel(child.sex, { exact: true }).check();
    if (child.age) await this.page.getByLabel(child.age).check();
    if (child.nation) await this.page.getByLabel(child.nation).check();
    if (child.localAuthority) await chooseFromList(this.page, 'Local authority (optional)', child.localAuthority.typed, child.localAuthority.option);
    if (child.leadWorker !== undefined) await this.page.getByLabel('Lead worker').fill(child.leadWorker);
  }

  async startTheCase(): Promise<void> {
    await this.startTheCaseButton.click();
  }

  /**
   * Resolves once the app has kept what was typed as a draft (its answer to drafts.save), holding `typed`.
   * Call before the typing it waits for: the draft is kept a moment after the last key.
   */
  draftKeptWith(typed: string): Promise<unknown> {
    return this.page.waitForResponse(
      async (response) =>
        response.url().endsWith('/api/drafts.save') &&
        (response.request().postData() ?? '').includes(typed) &&
        ((await response.json()) as { ok?: boolean }).ok === true,
      { timeout: 15_000 },
    );
  }
}
