import { AssessmentsRepository } from './assessments-repository';
import { AuditRepository, type AuditSealing } from './audit-repository';
import { CasesRepository } from './cases-repository';
import { openDatabase, type Db, type OpenDatabaseOptions } from './db';
import { DocumentsRepository } from './documents-repository';
import { DraftsRepository } from './drafts-repository';
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

  constructor(
    readonly db: Db,
    auditSealing?: AuditSealing,
  ) {
    this.cases = new CasesRepository(db);
    this.drafts = new DraftsRepository(db);
    this.assessments = new AssessmentsRepository(db);
    this.settings = new SettingsRepository(db);
    this.documents = new DocumentsRepository(db);
    this.audit = new AuditRepository(db, auditSealing);
    this.retention = new RetentionRepository(db);
  }

  /** `audit` seals the audit log with a key derived from the data key (kept in memory only, never in the file). */
  static open(file: string, options?: OpenDatabaseOptions & { audit?: AuditSealing }): Store {
    const { audit, ...databaseOptions } = options ?? {};
    return new Store(openDatabase(file, databaseOptions), audit);
  }

  /** Runs `work` as one transaction: all of it is saved, or none of it. */
  transaction<T>(work: () => T): T {
    return this.db.transaction(work).immediate();
  }

  close(): void {
    // The audit anchor's last move is written before the file closes.
    this.audit.flush();
    if (this.db.open) this.db.close();
  }
}
