import type { Statement } from 'better-sqlite3-multiple-ciphers';
import { createHash } from 'node:crypto';
import {
  AUDIT_GENESIS_HASH,
  auditEventSchema,
  canonicalAuditText,
  type AuditEvent,
  type AuditVerification,
} from '../../domain/audit';
import type { Db } from './db';

interface AuditRow {
  sequence: number;
  id: string;
  at: string;
  os_account: string;
  worker: string;
  operation: string;
  action: string;
  outcome: string;
  case_id: string | null;
  case_reference: string | null;
  details: string;
  previous_hash: string;
  hash: string;
}

export type NewAuditEvent = Omit<AuditEvent, 'sequence' | 'previousHash' | 'hash'>;

export function auditHash(event: Omit<AuditEvent, 'hash'>): string {
  return createHash('sha256').update(canonicalAuditText(event), 'utf8').digest('hex');
}

/**
 * The append-only, hash-chained audit log. `append` reads the last entry and writes the next in one immediate
 * transaction, so two writers cannot both link to the same entry.
 */
export class AuditRepository {
  private readonly statements: {
    last: Statement<[], { sequence: number; hash: string }>;
    insert: Statement;
    forCase: Statement<[string, number], AuditRow>;
    all: Statement<[], AuditRow>;
    referenceOf: Statement<[string], { reference: string }>;
    caseOfDocument: Statement<[string], { case_id: string }>;
  };

  constructor(private readonly db: Db) {
    this.statements = {
      last: db.prepare('SELECT sequence, hash FROM audit_events ORDER BY sequence DESC LIMIT 1'),
      insert: db.prepare(`INSERT INTO audit_events (sequence, id, at, os_account, worker, operation, action, outcome, case_id,
        case_reference, details, previous_hash, hash) VALUES (@sequence, @id, @at, @os_account, @worker, @operation, @action,
        @outcome, @case_id, @case_reference, @details, @previous_hash, @hash)`),
      forCase: db.prepare('SELECT * FROM audit_events WHERE case_id = ? ORDER BY sequence DESC LIMIT ?'),
      all: db.prepare('SELECT * FROM audit_events ORDER BY sequence'),
      referenceOf: db.prepare('SELECT reference FROM cases WHERE id = ?'),
      caseOfDocument: db.prepare('SELECT case_id FROM generated_documents WHERE sha256 = ? ORDER BY generated_at DESC LIMIT 1'),
    };
  }

  append(event: NewAuditEvent): AuditEvent {
    const write = () => {
      const last = this.statements.last.get();
      const linked: Omit<AuditEvent, 'hash'> = {
        ...event,
        sequence: (last?.sequence ?? 0) + 1,
        previousHash: last?.hash ?? AUDIT_GENESIS_HASH,
      };
      const complete: AuditEvent = { ...linked, hash: auditHash(linked) };
      this.statements.insert.run({
        sequence: complete.sequence,
        id: complete.id,
        at: complete.at,
        os_account: complete.osAccount,
        worker: complete.worker,
        operation: complete.operation,
        action: complete.action,
        outcome: complete.outcome,
        case_id: complete.caseId,
        case_reference: complete.caseReference,
        details: JSON.stringify(complete.details),
        previous_hash: complete.previousHash,
        hash: complete.hash,
      });
      return complete;
    };
    return this.db.inTransaction ? write() : this.db.transaction(write).immediate();
  }

  referenceOf(caseId: string): string | null {
    return this.statements.referenceOf.get(caseId)?.reference ?? null;
  }

  /** The case a generated PDF belongs to, found by its SHA-256 in the document register. */
  caseOfDocument(sha256: string): string | null {
    return this.statements.caseOfDocument.get(sha256)?.case_id ?? null;
  }

  /** The case's trail, newest first. */
  forCase(caseId: string, limit = 1000): AuditEvent[] {
    return this.statements.forCase.all(caseId, limit).map((row) => auditEventSchema.parse(fromRow(row)));
  }

  /**
   * Walks the whole chain from the first entry. Each entry must follow on from the one before (next sequence number,
   * pointing at its hash) and its own hash must match its fields. Names the first entry where that fails.
   */
  verify(): AuditVerification {
    let previousHash = AUDIT_GENESIS_HASH;
    let expectedSequence = 1;
    let checked = 0;
    for (const row of this.statements.all.iterate()) {
      const event = fromRow(row);
      const broken = (reason: string): AuditVerification => ({
        intact: false,
        checked,
        firstBroken: { sequence: row.sequence, id: row.id, reason },
      });
      if (row.sequence !== expectedSequence) {
        return broken(`Entry ${expectedSequence}${row.sequence > expectedSequence + 1 ? ` to ${row.sequence - 1}` : ''} is missing.`);
      }
      if (row.previous_hash !== previousHash) return broken('This entry does not point to the entry before it.');
      if (!Array.isArray(event.details) || auditHash(event) !== row.hash) {
        return broken('This entry has been changed since it was written.');
      }
      previousHash = row.hash;
      expectedSequence += 1;
      checked += 1;
    }
    return { intact: true, checked, firstBroken: null };
  }
}

function fromRow(row: AuditRow): Omit<AuditEvent, 'action' | 'outcome'> & { action: AuditEvent['action']; outcome: AuditEvent['outcome'] } {
  let details: unknown;
  try {
    details = JSON.parse(row.details);
  } catch {
    details = null;
  }
  return {
    sequence: row.sequence,
    id: row.id,
    at: row.at,
    osAccount: row.os_account,
    worker: row.worker,
    operation: row.operation,
    action: row.action as AuditEvent['action'],
    outcome: row.outcome as AuditEvent['outcome'],
    caseId: row.case_id,
    caseReference: row.case_reference,
    details: details as string[],
    previousHash: row.previous_hash,
    hash: row.hash,
  };
}
