import { AsyncLocalStorage } from 'node:async_hooks';
import type { ActionsRepository } from './actions-repository';
import type { AssessmentsRepository } from './assessments-repository';
import type { AuditRepository } from './audit-repository';
import type { CasesRepository } from './cases-repository';
import type { DocumentsRepository } from './documents-repository';
import type { ReferralsRepository } from './referrals-repository';
import type { RetentionRepository } from './retention-repository';
import type { Store } from './store';

/** A repository's operations as the services see them: the same names and parameters, each answering a Promise. */
export type Async<T> = {
  [K in keyof T as T[K] extends (...args: never[]) => unknown ? K : never]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : never;
};

/** Who saved a case last, and when: what a CONFLICT answer names. */
export interface LastSave {
  by: string | null;
  at: string;
}

/** A case's records, wherever they are kept: the services use only these operations. */
export interface CaseData {
  cases: Async<
    Pick<
      CasesRepository,
      | 'insert'
      | 'update'
      | 'revisionOf'
      | 'isReferenceTaken'
      | 'referencesStartingWith'
      | 'get'
      | 'list'
      | 'search'
      | 'casesWithTerm'
      | 'summary'
      | 'addChronologyEntry'
      | 'chronologyEntry'
      | 'ownerOf'
    >
  > & {
    /** Who saved the case last and when, for a CONFLICT answer; the local store does not record who. */
    lastSave(id: string): Promise<LastSave | undefined>;
  };
  assessments: Async<Pick<AssessmentsRepository, 'insert' | 'update' | 'get' | 'listForCase' | 'draftForCase'>>;
  documents: Async<Pick<DocumentsRepository, 'add' | 'listForCase'>>;
  referrals: Async<Pick<ReferralsRepository, 'insert' | 'update' | 'get' | 'forCase'>>;
  actions: Async<Pick<ActionsRepository, 'append' | 'entriesForCase' | 'forCase'>>;
  retention: Async<Pick<RetentionRepository, 'setClosure' | 'closureOf' | 'closedCases' | 'deleteCase'>>;
  audit: Async<Pick<AuditRepository, 'append' | 'forCase' | 'verify' | 'referenceOf' | 'caseOfDocument'>>;
}

/** Where the case records are kept, as Settings and every page's header say it. */
export type RecordsLocation = { kind: 'local' } | { kind: 'team'; organisation: string; /** As IT recorded the worker's role. */ workerName: string };

/**
 * The store boundary the services and the dispatcher work through, with two implementations: the encrypted SQLite
 * file on this computer (LocalRecords, below) and the organisation's PostgreSQL (core/store/postgres/team-records.ts).
 * Settings, drafts, the unlock PIN and the count of saves always stay in the file on this computer (`local`).
 */
export interface RecordsStore extends CaseData {
  readonly location: RecordsLocation;
  readonly local: Store;
  /** Runs `work` as one transaction: all of it is saved, or none of it. Calls made inside it join it. */
  transaction<T>(work: () => Promise<T>): Promise<T>;
  /** Changes the file on this computer (settings, drafts, the PIN) when no transaction is using it. */
  onLocal<T>(work: (local: Store) => T): Promise<T>;
}

/**
 * The local store behind the asynchronous boundary. better-sqlite3 has one connection, so a transaction held open
 * across `await`s must not let another call in: every call waits its turn (a queue), except calls made inside the
 * transaction holding it (known by AsyncLocalStorage), which run at once and join it.
 */
export class LocalRecords implements RecordsStore {
  readonly location: RecordsLocation = { kind: 'local' };
  readonly cases: CaseData['cases'];
  readonly assessments: CaseData['assessments'];
  readonly documents: CaseData['documents'];
  readonly referrals: CaseData['referrals'];
  readonly actions: CaseData['actions'];
  readonly retention: CaseData['retention'];
  readonly audit: CaseData['audit'];

  private readonly scope = new AsyncLocalStorage<symbol>();
  private holder: symbol | undefined;
  private turn: Promise<unknown> = Promise.resolve();

  constructor(readonly local: Store) {
    this.cases = { ...this.gate(local.cases), lastSave: (id) => this.exclusive(() => localLastSave(local, id)) };
    this.assessments = this.gate(local.assessments);
    this.documents = this.gate(local.documents);
    this.referrals = this.gate(local.referrals);
    this.actions = this.gate(local.actions);
    this.retention = this.gate(local.retention);
    this.audit = this.gate(local.audit);
  }

  /** Runs `work` when no other call holds the store, or at once inside the transaction that holds it. */
  exclusive<T>(work: () => T | Promise<T>): Promise<T> {
    if (this.holder !== undefined && this.scope.getStore() === this.holder) return Promise.resolve().then(work);
    const run = this.turn.then(work, work);
    this.turn = run.catch(() => undefined);
    return run;
  }

  onLocal<T>(work: (local: Store) => T): Promise<T> {
    return this.exclusive(() => work(this.local));
  }

  transaction<T>(work: () => Promise<T>): Promise<T> {
    if (this.holder !== undefined && this.scope.getStore() === this.holder) return this.local.nestedTransaction(work);
    return this.exclusive(() => {
      const token = Symbol('transaction');
      this.holder = token;
      return this.scope.run(token, () => this.local.transactionAsync(work)).finally(() => {
        this.holder = undefined;
      });
    });
  }

  /** Every public method of `repository`, waiting its turn and answering a Promise. */
  private gate<R extends object>(repository: R): Async<R> {
    const gated: Record<string, unknown> = {};
    let prototype: object | null = Object.getPrototypeOf(repository) as object | null;
    while (prototype && prototype !== Object.prototype) {
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const member = (repository as Record<string, unknown>)[name];
        if (name === 'constructor' || typeof member !== 'function' || name in gated) continue;
        gated[name] = (...args: unknown[]) => this.exclusive(() => (member as (...a: unknown[]) => unknown).apply(repository, args));
      }
      prototype = Object.getPrototypeOf(prototype) as object | null;
    }
    return gated as Async<R>;
  }
}

function localLastSave(store: Store, id: string): LastSave | undefined {
  const record = store.cases.get(id);
  return record ? { by: null, at: record.updatedAt } : undefined;
}
