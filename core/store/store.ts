import { AssessmentsRepository } from './assessments-repository';
import { AuditRepository } from './audit-repository';
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

  constructor(readonly db: Db) {
    this.cases = new CasesRepository(db);
    this.drafts = new DraftsRepository(db);
    this.assessments = new AssessmentsRepository(db);
    this.settings = new SettingsRepository(db);
    this.documents = new DocumentsRepository(db);
    this.audit = new AuditRepository(db);
    this.retention = new RetentionRepository(db);
  }

  static open(file: string, options?: OpenDatabaseOptions): Store {
    return new Store(openDatabase(file, options));
  }

  /** Runs `work` as one transaction: all of it is saved, or none of it. */
  transaction<T>(work: () => T): T {
    return this.db.transaction(work).immediate();
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
