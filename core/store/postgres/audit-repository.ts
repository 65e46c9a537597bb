import pg from 'pg';
import { AUDIT_GENESIS_HASH, auditEventSchema, type AuditEvent, type AuditVerification } from '../../../domain/audit';
import { keyedAuditHash } from '../audit-hash';
import type { PgConnection } from './migrate';
import { requireTransaction } from './require-transaction';

interface AuditRow {
  sequence: string;
  id: string;
  at: string;
  os_account: string;
  worker: string;
  operation: string;
  action: string;
  outcome: string;
  case_id: string | null;
  case_reference: string | null;
  details: unknown;
  previous_hash: string;
  hash: string;
}

/** An entry to append: the database role it is written by (osAccount) is the signed-in role, filled in here. */
export type NewPgAuditEvent = Omit<AuditEvent, 'sequence' | 'previousHash' | 'hash' | 'osAccount'>;

const BATCH = 5_000;

function fromRow(row: AuditRow): AuditEvent {
  return {
    sequence: Number(row.sequence),
    id: row.id,
    at: row.at,
    osAccount: row.os_account,
    worker: row.worker,
    operation: row.operation,
    action: row.action as AuditEvent['action'],
    outcome: row.outcome as AuditEvent['outcome'],
    caseId: row.case_id,
    caseReference: row.case_reference,
    details: row.details as string[],
    previousHash: row.previous_hash,
    hash: row.hash,
  };
}

/**
 * The team store's audit log: the same entries and the same keyed hash as the local store (../audit-hash.ts), kept in
 * order by many writers at once. `append` locks the one head row (crossings.lock_audit_head) in the caller's
 * transaction, so a second writer waits until the first commits or rolls back and then links to its entry.
 */
export class PgAuditRepository {
  constructor(
    private readonly db: PgConnection | pg.Pool,
    private readonly key: Buffer,
  ) {}

  /** Appends in the caller's transaction (PgStore.transaction): the entry commits with the change it records. */
  async append(event: NewPgAuditEvent): Promise<AuditEvent> {
    requireTransaction(this.db, 'append');
    const { rows } = await this.db.query<{ sequence: string; hash: string; role: string }>(
      'SELECT h.sequence, h.hash, session_user AS role FROM crossings.lock_audit_head() h',
    );
    const head = rows[0]!;
    const linked: Omit<AuditEvent, 'hash'> = { ...event, osAccount: head.role, sequence: Number(head.sequence) + 1, previousHash: head.hash };
    const complete: AuditEvent = { ...linked, hash: keyedAuditHash(this.key, linked) };
    await this.db.query(
      `INSERT INTO crossings.audit_events (sequence, id, at, os_account, worker, operation, action, outcome, case_id, case_reference,
        details, previous_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [
        complete.sequence,
        complete.id,
        complete.at,
        complete.osAccount,
        complete.worker,
        complete.operation,
        complete.action,
        complete.outcome,
        complete.caseId,
        complete.caseReference,
        JSON.stringify(complete.details),
        complete.previousHash,
        complete.hash,
      ],
    );
    return complete;
  }

  /** The case's reference, if the worker may see the case (null otherwise, as for a case that is not there). */
  async referenceOf(caseId: string): Promise<string | null> {
    const { rows } = await this.db.query<{ reference: string }>('SELECT reference FROM crossings.cases WHERE id = $1', [caseId]);
    return rows[0]?.reference ?? null;
  }

  /** The case a generated PDF belongs to, found by its SHA-256 in the document register (of the worker's teams' cases). */
  async caseOfDocument(sha256: string): Promise<string | null> {
    const { rows } = await this.db.query<{ case_id: string }>(
      'SELECT case_id FROM crossings.generated_documents WHERE sha256 = $1 ORDER BY generated_at DESC, row_order DESC LIMIT 1',
      [sha256],
    );
    return rows[0]?.case_id ?? null;
  }

  /** The case's trail as far as the worker may read it, newest first. */
  async forCase(caseId: string, limit = 1000): Promise<AuditEvent[]> {
    const { rows } = await this.db.query<AuditRow>('SELECT * FROM crossings.audit_events WHERE case_id = $1 ORDER BY sequence DESC LIMIT $2', [caseId, limit]);
    return rows.map((row) => auditEventSchema.parse(fromRow(row)));
  }

  /**
   * Walks the whole chain (run as a member of crossings_auditor, who reads every entry): each entry follows the one
   * before and its keyed hash matches its fields; then the head row must be the last entry, so a log cut short
   * behind the triggers' back is seen. Names the first entry where that fails.
   */
  async verify(): Promise<AuditVerification> {
    let previousHash = AUDIT_GENESIS_HASH;
    let expected = 1;
    let checked = 0;
    const fail = (sequence: number, id: string, reason: string, problem: NonNullable<AuditVerification['problem']>): AuditVerification => ({
      intact: false,
      checked,
      firstBroken: { sequence, id, reason },
      problem,
    });
    for (;;) {
      const { rows } = await this.db.query<AuditRow>('SELECT * FROM crossings.audit_events WHERE sequence >= $1 ORDER BY sequence LIMIT $2', [expected, BATCH]);
      for (const row of rows) {
        const event = fromRow(row);
        if (event.sequence !== expected) {
          return fail(event.sequence, event.id, `Entry ${expected}${event.sequence > expected + 1 ? ` to ${event.sequence - 1}` : ''} is missing.`, 'rewritten');
        }
        if (event.previousHash !== previousHash) return fail(event.sequence, event.id, 'This entry does not point to the entry before it.', 'rewritten');
        if (!Array.isArray(event.details) || keyedAuditHash(this.key, event) !== event.hash) {
          return fail(event.sequence, event.id, 'This entry has been changed since it was written.', 'rewritten');
        }
        previousHash = event.hash;
        expected += 1;
        checked += 1;
      }
      if (rows.length < BATCH) break;
    }
    const { rows } = await this.db.query<{ sequence: string; hash: string }>('SELECT sequence, hash FROM crossings.audit_head WHERE id = 1');
    const head = rows[0];
    if (!head) return fail(checked, '', 'The record of the audit log’s last entry has been removed from the database.', 'rewritten');
    if (Number(head.sequence) > checked) {
      return fail(checked + 1, '', `Entries ${checked + 1} to ${head.sequence} are missing from the end of the audit log.`, 'missing-tail');
    }
    if (Number(head.sequence) !== checked || head.hash !== previousHash) {
      return fail(Number(head.sequence), '', 'The record of the audit log’s last entry does not match the log.', 'rewritten');
    }
    return { intact: true, checked, firstBroken: null };
  }
}
