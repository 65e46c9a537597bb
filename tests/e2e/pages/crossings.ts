import { test as base, expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { expectAccessible, freshDataDir, removeDataDir, retype, startApp, tabTo, type RunningApp } from '../app';
import { Assessment } from './assessment';
import { AuditTrail } from './audit-trail';
import { Backups } from './backups';
import { Documents } from './documents';
import { FirstStart } from './first-start';
import { Handover } from './handover';
import { Lock } from './lock';
import { Review } from './review';
import { SectionForm } from './section-form';
import { Settings } from './settings';
import { StrategyDiscussion } from './strategy-discussion';
import { CaseList } from './case-list';
import { CaseOverview } from './case-overview';
import { Chronology } from './chronology';
import { ConnectedAdults } from './connected-adults';
import { Journey } from './journey';
import { NewCase } from './new-case';
import { NrmReferral } from './nrm';

/** What a worker does with the keyboard alone. */
export class Keyboard {
  constructor(private readonly page: Page) {}

  tabTo(target: Locator, maxPresses?: number): Promise<void> {
    return tabTo(this.page, target, maxPresses);
  }

  /** Tabs to a link or button and presses Enter. */
  async activate(target: Locator, maxPresses?: number): Promise<void> {
    await tabTo(this.page, target, maxPresses);
    await this.page.keyboard.press('Enter');
  }

  retype(box: Locator, text: string): Promise<void> {
    return retype(this.page, box, text);
  }

  press(key: string): Promise<void> {
    return this.page.keyboard.press(key);
  }

  type(text: string): Promise<void> {
    return this.page.keyboard.type(text);
  }
}

/**
 * Crossings in browser mode with a fresh data folder, seen as a worker sees it: one object per area of the app.
 * The folder is removed when the test ends, whether it passed or not.
 */
export class Crossings {
  private running: RunningApp | undefined;
  private readonly dataDir = freshDataDir();
  readonly keyboard: Keyboard;
  readonly caseList: CaseList;
  readonly newCase: NewCase;
  readonly overview: CaseOverview;
  readonly connectedAdults: ConnectedAdults;
  readonly journey: Journey;
  readonly chronology: Chronology;
  readonly assessment: Assessment;
  readonly auditTrail: AuditTrail;
  readonly backups: Backups;
  readonly documents: Documents;
  readonly firstStart: FirstStart;
  readonly handover: Handover;
  readonly lock: Lock;
  readonly review: Review;
  readonly sectionForm: SectionForm;
  readonly settings: Settings;
  readonly strategyDiscussion: StrategyDiscussion;
  readonly nrm: NrmReferral;

  /**
   * `environment`: what browser mode is started with besides the data folder, e.g. team mode's CROSSINGS_DATABASE_URL
   * (tests/e2e/pages/team-crossings.ts).
   */
  constructor(
    readonly page: Page,
    readonly context: BrowserContext,
    private environment: Record<string, string> = {},
  ) {
    this.keyboard = new Keyboard(page);
    this.caseList = new CaseList(page);
    this.newCase = new NewCase(page);
    this.overview = new CaseOverview(page);
    this.connectedAdults = new ConnectedAdults(page);
    this.journey = new Journey(page);
    this.chronology = new Chronology(page);
    this.assessment = new Assessment(page);
    this.auditTrail = new AuditTrail(page);
    this.backups = new Backups(page);
    this.documents = new Documents(page, context);
    this.firstStart = new FirstStart(page);
    this.handover = new Handover(page);
    this.lock = new Lock(page);
    this.review = new Review(page);
    this.sectionForm = new SectionForm(page);
    this.settings = new Settings(page);
    this.strategyDiscussion = new StrategyDiscussion(page);
    this.nrm = new NrmReferral(page);
  }

  /**
   * Starts Crossings on its data folder and opens it in the browser, as the worker `worker` (name, role, PIN) who has
   * been through first start: on a new folder it answers first start's questions, and on a restart it unlocks with the
   * PIN, as a worker coming back would. `{ asNewWorker: true }` leaves first start (or the lock) for the test to answer.
   */
  async open(options: { asNewWorker?: boolean } = {}): Promise<void> {
    this.running = await startApp(this.dataDir, this.environment);
    await this.page.goto(this.running.url);
    if (options.asNewWorker) return;
    const first = this.page.locator('h1').first();
    await first.waitFor();
    const heading = (await first.textContent()) ?? '';
    if (heading.includes('about you')) {
      // In team mode the name is the one IT recorded (Sam Worker in tests/e2e/team-database.ts), shown, not asked.
      if (!this.environment.CROSSINGS_DATABASE_URL) await this.firstStart.name.fill(Crossings.worker.name);
      else await expect(this.page.getByText(`You are ${Crossings.worker.name} in your team’s records`)).toBeVisible();
      await this.firstStart.role.fill(Crossings.worker.role);
      await this.firstStart.team.fill(Crossings.worker.team);
      await this.firstStart.continueButton.click();
    }
    if (heading.includes('about you') || heading.includes('Set an unlock PIN')) {
      await this.firstStart.newPin.fill(Crossings.worker.pin);
      await this.firstStart.newPinAgain.fill(Crossings.worker.pin);
      await this.firstStart.startButton.click();
      await this.firstStart.pinHeading.waitFor({ state: 'detached' });
    } else if (heading.includes('Crossings is locked')) {
      await this.lock.unlockWithPin(Crossings.worker.pin);
    }
  }

  /** The worker the tests are, unless a test answers first start itself. */
  static readonly worker = { name: 'Sam Worker', role: 'Social worker', team: 'Northtown Children’s Services', pin: '135790' } as const;

  /** Stops and starts Crossings again on the same data folder: what comes back came from the database. */
  async restart(options: { asNewWorker?: boolean } = {}): Promise<void> {
    await this.running?.stop();
    await this.open(options);
  }

  /** Starts Crossings with this environment from the next open() or restart() on (the data folder stays). */
  startWith(environment: Record<string, string>): void {
    this.environment = environment;
  }

  /** Where the header says the case records are kept: “Team records: …” or “On this computer only”. */
  get recordsKept(): Locator {
    return this.page.locator('.app-header__records');
  }

  /** What browser mode printed (its address, the recovery key at first run, reported problems). */
  output(): string {
    if (!this.running) throw new Error('Crossings has not been opened');
    return this.running.output();
  }

  /** The recovery key browser mode printed at first run. */
  printedRecoveryKey(): string | undefined {
    return /\b[0-9A-Z]{4}(?:-[0-9A-Z]{4}){7}\b/.exec(this.output())?.[0];
  }

  heading(name: string) {
    return this.page.getByRole('heading', { level: 1, name });
  }

  /** Every page visited must pass axe with no serious or critical violation. */
  expectAccessible(): Promise<void> {
    return expectAccessible(this.page);
  }

  /** Axe finds no violation of any impact, minor and moderate included. */
  expectNoAxeViolations(): Promise<void> {
    return expectAccessible(this.page, { allImpacts: true });
  }

  /**
   * Reloads the page. With a PIN set, Crossings comes back locked; the worker unlocks with their PIN, unless the test
   * looks at the locked page itself (`{ unlock: false }`).
   */
  async reload(options: { unlock?: boolean } = {}): Promise<void> {
    await this.page.reload();
    if (options.unlock === false) return;
    const first = this.page.locator('h1').first();
    await first.waitFor();
    if (((await first.textContent()) ?? '').includes('Crossings is locked')) await this.lock.unlockWithPin(Crossings.worker.pin);
  }

  async close(): Promise<void> {
    try {
      await this.running?.stop();
    } finally {
      this.running = undefined;
      removeDataDir(this.dataDir);
    }
  }
}

/** Playwright's test with `crossings`: started by the test (`crossings.open()`), always stopped and cleaned up. */
export const test = base.extend<{ crossings: Crossings }>({
  crossings: async ({ page, context }, use) => {
    const crossings = new Crossings(page, context);
    try {
      await use(crossings);
    } finally {
      await crossings.close();
    }
  },
});

export { expect } from '@playwright/test';
