import { ActionsRepository } from './actions-repository';
import { AssessmentsRepository } from './assessments-repository';
import { AuditRepository, type AuditSealing } from './audit-repository';
import { CasesRepository } from './cases-repository';
import { readCommitCount, type CommitMirror, type CommitCount } from './commit-counter';
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import { openDatabase, type Db, type OpenDatabaseOptions } from './db';
import { DocumentsRepository } from './documents-repository';
import { DraftsRepository } from './drafts-repository';
import { ReferralsRepository } from './referrals-repository';
import { RetentionRepository } from './retention-repository';
import { SettingsRepository } from './settings-repository';

/** The open database and its repositories. One per process. */
export class Store {
  readonly cases: CasesRepository;
  readonly drafts: DraftsRepository;
  readonly assessments: AssessmentsRepository;
  readonly settings: SettingsRepository;
  readonly documents: DocumentsRepository;
  readonly audit: AuditRepository;
  readonly retention: RetentionRepository;
  readonly referrals: ReferralsRepository;
  readonly actions: ActionsRepository;

  private countSave: Statement<[string], CommitCount> | undefined;

  /**
   * `auditSealing` seals the audit log (core/store/audit-repository.ts); `mirror`, when given, is told the new count
   * after every save (core/store/commit-counter.ts).
   */
  constructor(
    readonly db: Db,
    auditSealing?: AuditSealing,
    private readonly mirror?: CommitMirror,
  ) {
    this.cases = new CasesRepository(db);
    this.drafts = new DraftsRepository(db);
    this.assessments = new AssessmentsRepository(db);
    this.settings = new SettingsRepository(db);
    this.documents = new DocumentsRepository(db);
    this.audit = new AuditRepository(db, auditSealing);
    this.retention = new RetentionRepository(db);
    this.referrals = new ReferralsRepository(db);
    this.actions = new ActionsRepository(db);
  }

  /** `audit` seals the audit log with a key derived from the data key (kept in memory only, never in the file). */
  static open(file: string, options?: OpenDatabaseOptions & { audit?: AuditSealing }, mirror?: CommitMirror): Store {
    const { audit, ...databaseOptions } = options ?? {};
    return new Store(openDatabase(file, databaseOptions), audit, mirror);
  }

  /** Runs `work` as one transaction: all of it is saved, or none of it. Each outermost one counts as one save. */
  transaction<T>(work: () => T): T {
    if (this.db.inTransaction) return this.db.transaction(work).immediate();
    let count: CommitCount | undefined;
    const result = this.db
      .transaction(() => {
        const value = work();
        count = this.bumpCommitCount();
        return value;
      })
      .immediate();
    // After the commit, so the mirror never counts a save the case file does not hold. A failed mirror write only
    // leaves it behind, which the next start corrects; the save itself is already safe.
    if (count && this.mirror) {
      try {
        this.mirror.write(count);
      } catch {
        // Nothing to tell the worker: their save is in the case file.
      }
    }
    return result;
  }

  /**
   * `transaction` for work that awaits (the asynchronous store boundary, ./records.ts, which makes sure no other call
   * runs on this connection meanwhile). Begins at once (IMMEDIATE), counts as one save, and tells the mirror after
   * the commit, as `transaction` does.
   */
  async transactionAsync<T>(work: () => Promise<T>): Promise<T> {
    if (this.db.inTransaction) return this.nestedTransaction(work);
    this.db.exec('BEGIN IMMEDIATE');
    let count: CommitCount | undefined;
    let result: T;
    try {
      result = await work();
      count = this.bumpCommitCount();
      this.db.exec('COMMIT');
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw error;
    }
    if (count && this.mirror) {
      try {
        this.mirror.write(count);
      } catch {
        // As in `transaction`: the save is already in the case file.
      }
    }
    return result;
  }

  /**
   * Work inside an open transaction: undone on its own if it fails (a savepoint), kept only if the outer one commits.
   * One name serves every depth: SQLite's RELEASE and ROLLBACK TO act on the newest savepoint of that name.
   */
  async nestedTransaction<T>(work: () => Promise<T>): Promise<T> {
    this.db.exec('SAVEPOINT nested');
    try {
      const result = await work();
      this.db.exec('RELEASE nested');
      return result;
    } catch (error) {
      if (this.db.inTransaction) {
        this.db.exec('ROLLBACK TO nested');
        this.db.exec('RELEASE nested');
      }
      throw error;
    }
  }

  /** The case file's own count of saves (core/store/commit-counter.ts). */
  commitCount(): CommitCount {
    return readCommitCount(this.db) ?? { commits: 0, savedAt: null };
  }

  private bumpCommitCount(): CommitCount {
    this.countSave ??= this.db.prepare<[string], CommitCount>(
      'UPDATE commit_counter SET commits = commits + 1, saved_at = ? WHERE id = 1 RETURNING commits, saved_at AS savedAt',
    );
    return this.countSave.get(new Date().toISOString()) ?? { commits: 0, savedAt: null };
  }

  close(): void {
    // The audit anchor's last move is written before the file closes.
    this.audit.flush();
    this.mirror?.close();
    if (this.db.open) this.db.close();
  }
}
