import type { Locator, Page } from '@playwright/test';

/**
 * Any page that is one form kept as a draft (the child, an adult, a chronology entry, a new case): its fields,
 * its Save button, the banner that says unsaved typing was restored, and the confirmations after Save and Discard.
 */
export class SectionForm {
  constructor(private readonly page: Page) {}

  get saveButton() {
    return this.page.getByRole('button', { name: /^(Save|Start the case)/ }).last();
  }
  get restoredBanner() {
    return this.page.getByRole('region', { name: 'Unsaved changes restored' });
  }
  get discardButton() {
    return this.page.getByRole('button', { name: 'Discard the unsaved changes' });
  }
  /** The confirmation after Save or Discard. */
  get confirmation() {
    return this.page.getByTestId('success-banner');
  }

  /** The autocomplete box labelled so (for a list of several, its “Add another” box). */
  combobox(label: string | RegExp): Locator {
    return this.page.getByRole('combobox', { name: label });
  }

  field(label: string | RegExp): Locator {
    return this.page.getByLabel(label, { exact: typeof label === 'string' });
  }

  /** The element that has focus now, as one line a failing test can show. */
  focused(): Promise<string> {
    return this.page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return 'the page itself (top of the page)';
      const label = element.id ? document.querySelector(`label[for="${CSS.escape(element.id)}"]`)?.textContent?.trim() : '';
      return `${element.tagName.toLowerCase()}#${element.id} ${label ?? ''} ${element.getAttribute('data-testid') ?? ''}`.trim();
    });
  }
}
