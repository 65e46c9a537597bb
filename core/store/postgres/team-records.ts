import { AsyncLocalStorage } from 'node:async_hooks';
import { AppError } from '../../../domain/errors';
import type { AuditEvent, AuditVerification } from '../../../domain/audit';
import { readAnchor, writeAnchor, type AuditHead } from '../audit-anchor';
import type { CaseData, LastSave, RecordsLocation, RecordsStore } from '../records';
import type { Store } from '../store';
import { toAppError } from './errors';
import { AUDITOR_GROUP } from './migrations';
import { isoOf } from './case-rows';
import type { PgRepositories, PgStore } from './pg-store';

/** Who this computer's worker is in the team store, read from it when Crossings starts. */
export interface TeamIdentity {
  organisation: string;
  /** The worker's name as IT recorded it in the team's membership: chronology and audit entries name them by it. */
  workerName: string;
  /** Where a new case goes: the team the worker chose in settings, or their only team. */
  teamForNewCases: { id: string; name: string };
  /** Whether the signed-in role may read the whole audit log (crossings_auditor), and so check its chain. */
  auditor: boolean;
}

interface Scope {
  repositories: PgRepositories;
  afterCommit: (() => void)[];
}

/**
 * The team log's anchor on this computer (as the local store's, core/store/audit-anchor.ts): the last entry this
 * computer wrote, sealed with the organisation's audit key, in the data folder. The team's log must always still hold
 * it, with its hash: a log cut short or rewritten behind the triggers' back is named by any computer that wrote to it.
 */
export const TEAM_AUDIT_ANCHOR_FILE = 'crossings-team-audit-anchor.json';

/**
 * The team store behind the services' boundary (core/store/records.ts): case records in the organisation's
 * PostgreSQL, seen through the worker's own role; settings, drafts and the unlock PIN in the encrypted file on this
 * computer. Calls inside `transaction` run on its one connection (AsyncLocalStorage); a write made outside one gets
 * a transaction of its own. Whatever PostgreSQL or the network throws comes out in the worker's words (./errors.ts).
 */
export class TeamRecords implements RecordsStore {
  readonly location: RecordsLocation;
  readonly cases: CaseData['cases'];
  readonly assessments: CaseData['assessments'];
  readonly documents: CaseData['documents'];
  readonly referrals: CaseData['referrals'];
  readonly actions: CaseData['actions'];
  readonly retention: CaseData['retention'];
  readonly audit: CaseData['audit'];

  private readonly scope = new AsyncLocalStorage<Scope>();

  constructor(
    private readonly pg: PgStore,
    readonly local: Store,
    readonly identity: TeamIdentity,
    private readonly anchor?: { file: string; key: Buffer },
  ) {
    this.location = { kind: 'team', organisation: identity.organisation, workerName: identity.workerName };
    const by = identity.workerName;
    const read = <T>(work: (repositories: PgRepositories) => Promise<T>) => this.read(work);
    const write = <T>(work: (repositories: PgRepositories) => Promise<T>) => this.write(work);
    this.cases = {
      insert: (record) => write((r) => r.cases.insert(record, { teamId: identity.teamForNewCases.id, by })),
      // The revision the save started from is the one before the record's new one (core/services/cases.ts).
      update: (record, changed) => write(async (r) => void (await r.cases.update(record, changed, { startedFrom: record.revision - 1, by }))),
      revisionOf: (id) => read((r) => r.cases.revisionOf(id)),
      isReferenceTaken: (reference, exceptId) => read((r) => r.cases.isReferenceTaken(reference, exceptId)),
      referencesStartingWith: (prefix) => read((r) => r.cases.referencesStartingWith(prefix)),
      get: (id) => read((r) => r.cases.get(id)),
      list: (status, limit) => read((r) => r.cases.list(status, limit)),
      search: (prefixes, exactTerms, status, limit) => read((r) => r.cases.search(prefixes, exactTerms, status, limit)),
      casesWithTerm: (term) => read((r) => r.cases.casesWithTerm(term)),
      summary: (id) => read((r) => r.cases.summary(id)),
      addChronologyEntry: (entry) => write((r) => r.cases.addChronologyEntry(entry)),
      chronologyEntry: (id) => read((r) => r.cases.chronologyEntry(id)),
      ownerOf: (part, id) => read((r) => r.cases.ownerOf(part, id)),
      lastSave: (id) => this.lastSave(id),
    };
    this.assessments = {
      insert: (assessment) => write((r) => r.assessments.insert(assessment)),
      update: (assessment) => write((r) => r.assessments.update(assessment)),
      get: (id) => read((r) => r.assessments.get(id)),
      listForCase: (caseId) => read((r) => r.assessments.listForCase(caseId)),
      draftForCase: (caseId) => read((r) => r.assessments.draftForCase(caseId)),
    };
    this.documents = {
      add: (entry) => write((r) => r.documents.add(entry)),
      listForCase: (caseId) => read((r) => r.documents.listForCase(caseId)),
    };
    this.referrals = {
      insert: (referral) => write((r) => r.referrals.insert(referral)),
      update: (referral) => write((r) => r.referrals.update(referral)),
      get: (id) => read((r) => r.referrals.get(id)),
      forCase: (caseId) => read((r) => r.referrals.forCase(caseId)),
    };
    this.actions = {
      append: (entry) => write((r) => r.actions.append(entry)),
      entriesForCase: (caseId) => read((r) => r.actions.entriesForCase(caseId)),
      forCase: (caseId) => read((r) => r.actions.forCase(caseId)),
    };
    this.retention = {
      setClosure: (id, closedAt, reviewDue) => write((r) => r.retention.setClosure(id, closedAt, reviewDue)),
      closureOf: (id) => read((r) => r.retention.closureOf(id)),
      closedCases: () => read((r) => r.retention.closedCases()),
      deleteCase: (id) =>
        write(async (r) => {
          await r.retention.deleteCase(id);
          // What was typed on the case's pages is on this computer: it goes once the deletion is committed.
          this.afterCommit(() => local.drafts.discardForCase(id));
        }),
    };
    this.audit = {
      // Entries about no case (locking, unlocking, settings, the PIN) are about this computer: they go to its own log,
      // so unlocking or changing a setting works, and is audited, while the server cannot be reached. Entries about a
      // case go to the team's log, which names the signed-in database role itself (it checks the entry says so).
      append: ({ osAccount, ...event }) => {
        if (event.caseId === null) return Promise.resolve(local.audit.append({ ...event, osAccount }));
        return write(async (r) => {
          const written = await r.audit.append({ ...event, worker: event.worker || by });
          this.afterCommit(() => this.moveAnchor(written));
          return written;
        });
      },
      forCase: (caseId, limit) => read((r) => r.audit.forCase(caseId, limit)),
      // A worker sees only their teams' entries, so only an auditor can walk the whole chain.
      verify: () => this.verify(),
      referenceOf: (caseId) => read((r) => r.audit.referenceOf(caseId)),
      caseOfDocument: (sha256) => read((r) => r.audit.caseOfDocument(sha256)),
    };
  }

  /** Reads the identity the team store holds for the signed-in role, and checks it is in a team. */
  static async identify(pg: PgStore, preferredTeam: string | undefined): Promise<TeamIdentity> {
    try {
      const organisation = (await pg.organisationName()) ?? 'your organisation';
      const teams = await pg.myTeams();
      if (teams.length === 0) {
        throw new AppError('STORAGE', 'You are not in any team in the team records yet, so there are no cases for you here. Ask IT to add you to your team.');
      }
      const chosen = preferredTeam ? teams.find((team) => team.id === preferredTeam || team.name === preferredTeam) : teams[0];
      if (!chosen) throw new AppError('STORAGE', `You are not a member of the team “${preferredTeam ?? ''}” in the team records. Ask IT to check your teams.`);
      const { rows } = await pg.pool.query<{ auditor: boolean }>("SELECT pg_has_role(current_user, $1, 'MEMBER') AS auditor", [AUDITOR_GROUP]);
      return { organisation, workerName: chosen.workerName, teamForNewCases: { id: chosen.id, name: chosen.name }, auditor: rows[0]?.auditor === true };
    } catch (error) {
      throw toAppError(error);
    }
  }

  async transaction<T>(work: () => Promise<T>): Promise<T> {
    if (this.scope.getStore()) return work();
    const afterCommit: (() => void)[] = [];
    const result = await this.pg.transaction((repositories) => this.scope.run({ repositories, afterCommit }, work));
    for (const step of afterCommit) step();
    return result;
  }

  async onLocal<T>(work: (local: Store) => T): Promise<T> {
    return work(this.local);
  }

  async close(): Promise<void> {
    await this.pg.close();
  }

  /** The anchor this computer holds, or null when it has written nothing yet (or has no anchor file). */
  anchored(): AuditHead | null {
    if (!this.anchor) return null;
    const reading = readAnchor(this.anchor.file, this.anchor.key);
    if (reading.state === 'damaged') return { count: Number.MAX_SAFE_INTEGER, hash: 'damaged' };
    return reading.state === 'ok' ? reading.content.head : null;
  }

  private moveAnchor(written: AuditEvent): void {
    if (!this.anchor) return;
    const current = this.anchored();
    if (current && current.count >= written.sequence) return;
    try {
      const now = new Date().toISOString();
      writeAnchor(this.anchor.file, this.anchor.key, {
        format: 'crossings-audit-anchor',
        version: 1,
        keyedFrom: 1,
        head: { count: written.sequence, hash: written.hash },
        anchoredAt: now,
        resealedAt: null,
      });
    } catch {
      // The entry is in the team's log; the anchor is only behind it, and moves on at the next entry.
    }
  }

  /**
   * An auditor walks the whole chain; anyone checks the log still holds the last entry this computer wrote. A worker
   * who is not an auditor sees only their teams' entries, so beyond that check the whole-log check is the auditors'.
   */
  private async verify(): Promise<AuditVerification> {
    const anchored = this.anchored();
    const { head, entry } = await this.read(async () => {
      const heads = await this.pg.pool.query<{ sequence: string }>('SELECT sequence FROM crossings.audit_head WHERE id = 1');
      const found = anchored
        ? await this.pg.pool.query<{ hash: string }>('SELECT hash FROM crossings.audit_events WHERE sequence = $1', [anchored.count])
        : { rows: [] };
      return { head: Number(heads.rows[0]?.sequence ?? 0), entry: found.rows[0] };
    });
    if (anchored && anchored.hash === 'damaged') {
      return { intact: false, checked: 0, firstBroken: { sequence: 0, id: '', reason: 'This computer’s record of the team’s audit log has been changed or damaged.' }, problem: 'seal-damaged' };
    }
    if (anchored && head < anchored.count) {
      const missing = head + 1 === anchored.count ? `Entry ${anchored.count} is` : `Entries ${head + 1} to ${anchored.count} are`;
      const reason = `${missing} missing from the end of the team’s audit log: this computer wrote entry ${anchored.count}.`;
      return { intact: false, checked: 0, firstBroken: { sequence: head + 1, id: '', reason }, problem: 'missing-tail' };
    }
    if (anchored && entry && entry.hash !== anchored.hash) {
      const reason = 'This entry, written from this computer, has been changed since it was written.';
      return { intact: false, checked: 0, firstBroken: { sequence: anchored.count, id: '', reason }, problem: 'rewritten' };
    }
    if (!this.identity.auditor) {
      throw new AppError(
        'UNSUPPORTED',
        'The team’s audit log still holds everything written from this computer. The whole log holds every team’s entries, so it is checked as a whole by your organisation’s auditors: ask IT to run the check.',
      );
    }
    return this.read((r) => r.audit.verify());
  }

  private afterCommit(step: () => void): void {
    const scope = this.scope.getStore();
    if (scope) scope.afterCommit.push(step);
    else step();
  }

  private async read<T>(work: (repositories: PgRepositories) => Promise<T>): Promise<T> {
    try {
      return await work(this.scope.getStore()?.repositories ?? this.pg.read);
    } catch (error) {
      throw toAppError(error);
    }
  }

  private write<T>(work: (repositories: PgRepositories) => Promise<T>): Promise<T> {
    const scope = this.scope.getStore();
    if (scope) return work(scope.repositories);
    return this.transaction(() => work(this.scope.getStore()!.repositories));
  }

  private async lastSave(id: string): Promise<LastSave | undefined> {
    const { rows } = await this.pg.pool
      .query<{ updated_by: string | null; updated_at: Date }>('SELECT updated_by, updated_at FROM crossings.cases WHERE id = $1', [id])
      .catch((error: unknown) => {
        throw toAppError(error);
      });
    const row = rows[0];
    return row ? { by: row.updated_by, at: isoOf(row.updated_at) } : undefined;
  }
}
