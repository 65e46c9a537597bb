import type { Statement } from 'better-sqlite3-multiple-ciphers';
import path from 'node:path';
import {
  AUDIT_GENESIS_HASH,
  auditEventSchema,
  type AuditEvent,
  type AuditVerification,
} from '../../domain/audit';
import { readAnchor, readBackupHeads, writeAnchor, type AnchorReading, type AuditHead } from './audit-anchor';
import { auditHash, keyedAuditHash } from './audit-hash';
import type { Db } from './db';

// The hashes moved to ./audit-hash.ts (shared with the team store); still exported from here for existing callers.
export { auditHash, keyedAuditHash };

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

/** How the log is sealed: the audit key (derived from the data key at open, never stored) and where the anchors are. */
export interface AuditSealing {
  key: Buffer;
  anchorFile: string;
  backupsFolder: string;
  now: () => Date;
}

type Problem = NonNullable<AuditVerification['problem']>;

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
    hashAt: Statement<[number], { hash: string }>;
    keyedFrom: Statement<[], { keyed_from: number }>;
    registerHeads: Statement<[], { audit_count: number; audit_hash: string; title: string }>;
  };
  /** The anchor file as last read or written; undefined without sealing. */
  private anchor: AnchorReading | undefined;
  /** The anchor's move after an append, done just after the call answers so a save does not wait for the disk. */
  private pendingAnchor: NodeJS.Immediate | undefined;

  constructor(
    private readonly db: Db,
    private readonly sealing?: AuditSealing,
  ) {
    this.statements = {
      last: db.prepare('SELECT sequence, hash FROM audit_events ORDER BY sequence DESC LIMIT 1'),
      insert: db.prepare(`INSERT INTO audit_events (sequence, id, at, os_account, worker, operation, action, outcome, case_id,
        case_reference, details, previous_hash, hash) VALUES (@sequence, @id, @at, @os_account, @worker, @operation, @action,
        @outcome, @case_id, @case_reference, @details, @previous_hash, @hash)`),
      forCase: db.prepare('SELECT * FROM audit_events WHERE case_id = ? ORDER BY sequence DESC LIMIT ?'),
      all: db.prepare('SELECT * FROM audit_events ORDER BY sequence'),
      referenceOf: db.prepare('SELECT reference FROM cases WHERE id = ?'),
      caseOfDocument: db.prepare('SELECT case_id FROM generated_documents WHERE sha256 = ? ORDER BY generated_at DESC LIMIT 1'),
      hashAt: db.prepare('SELECT hash FROM audit_events WHERE sequence = ?'),
      keyedFrom: db.prepare('SELECT keyed_from FROM audit_chain WHERE id = 1'),
      registerHeads: db.prepare(`SELECT audit_count, audit_hash, title FROM generated_documents WHERE audit_count IS NOT NULL
        AND audit_hash IS NOT NULL ORDER BY audit_count DESC`),
    };
    if (sealing) this.openAnchor(sealing);
  }

  /** The last entry: how many there are and its hash. */
  head(): AuditHead {
    const last = this.statements.last.get();
    return { count: last?.sequence ?? 0, hash: last?.hash ?? AUDIT_GENESIS_HASH };
  }

  /**
   * After a restore through Crossings: the restored log's head becomes the anchor, so the older head it rightly goes
   * back to is not reported as tampering. The restore itself is the next entry (the audit hook writes it).
   */
  reanchor(): AuditHead {
    const head = this.head();
    if (!this.sealing) return head;
    this.saveAnchor(this.sealing, head, null);
    return head;
  }

  private keyedFrom(): number | undefined {
    try {
      return this.statements.keyedFrom.get()?.keyed_from;
    } catch {
      return undefined;
    }
  }

  private saveAnchor(sealing: AuditSealing, head: AuditHead, resealedAt: string | null): void {
    const content = {
      format: 'crossings-audit-anchor' as const,
      version: 1 as const,
      keyedFrom: this.keyedFrom() ?? 1,
      head,
      anchoredAt: sealing.now().toISOString(),
      resealedAt,
    };
    writeAnchor(sealing.anchorFile, sealing.key, content);
    this.anchor = { state: 'ok', content };
  }

  /** Reads the anchor at open; makes it when there is none yet (first run, or the first start of this version). */
  private openAnchor(sealing: AuditSealing): void {
    this.anchor = readAnchor(sealing.anchorFile, sealing.key);
    if (this.anchor.state !== 'missing') return;
    const head = this.head();
    const keyedFrom = this.keyedFrom() ?? 1;
    // Keyed entries with no anchor mean the anchor was removed: made again, but verify keeps saying so.
    this.saveAnchor(sealing, head, head.count >= keyedFrom ? sealing.now().toISOString() : null);
  }

  /**
   * Moves the anchor forward to the committed head, but only when the anchored entry is still in the log with its
   * hash: a log cut short or rewritten keeps the older anchor, so verify can still say so.
   */
  private advanceAnchor(): void {
    const sealing = this.sealing;
    if (!sealing || this.db.inTransaction || this.anchor?.state !== 'ok') return;
    const anchored = this.anchor.content;
    const head = this.head();
    if (head.count <= anchored.head.count) return;
    if (anchored.head.count > 0 && this.statements.hashAt.get(anchored.head.count)?.hash !== anchored.head.hash) return;
    if (anchored.keyedFrom !== this.keyedFrom()) return;
    this.saveAnchor(sealing, head, anchored.resealedAt);
  }

  append(event: NewAuditEvent): AuditEvent {
    const write = () => {
      const last = this.statements.last.get();
      const linked: Omit<AuditEvent, 'hash'> = {
        ...event,
        sequence: (last?.sequence ?? 0) + 1,
        previousHash: last?.hash ?? AUDIT_GENESIS_HASH,
      };
      const keyed = this.sealing !== undefined && linked.sequence >= (this.keyedFrom() ?? 1);
      const complete: AuditEvent = { ...linked, hash: keyed ? keyedAuditHash(this.sealing!.key, linked) : auditHash(linked) };
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
    if (this.db.inTransaction) return write();
    const written = this.db.transaction(write).immediate();
    // After the commit, so the anchor is never ahead of what the file holds; if Crossings stops first, it is behind.
    if (this.sealing && !this.pendingAnchor) {
      this.pendingAnchor = setImmediate(() => {
        this.pendingAnchor = undefined;
        if (this.db.open) this.advanceAnchor();
      });
    }
    return written;
  }

  /** Moves the anchor to the committed head now (before the records close, and before verify). */
  flush(): void {
    if (this.pendingAnchor) clearImmediate(this.pendingAnchor);
    this.pendingAnchor = undefined;
    if (this.db.open) this.advanceAnchor();
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
   * pointing at its hash) and its own hash must match its fields (keyed from `audit_chain.keyed_from` on). Then the
   * log's head is held against its anchors: the sealed file beside the key file, and the head each document's
   * register entry carried. Names the first entry where that fails, and what kind of failure it is.
   */
  verify(): AuditVerification {
    this.flush();
    const sealing = this.sealing;
    const keyedFrom = sealing ? this.keyedFrom() : Number.POSITIVE_INFINITY;
    let previousHash = AUDIT_GENESIS_HASH;
    let expectedSequence = 1;
    let checked = 0;
    const fail = (sequence: number, id: string, reason: string, problem: Problem): AuditVerification => ({
      intact: false,
      checked,
      firstBroken: { sequence, id, reason },
      problem,
    });
    if (keyedFrom === undefined) return fail(1, '', 'The record of where the sealed entries begin has been removed from the database.', 'rewritten');
    for (const row of this.statements.all.iterate()) {
      const event = fromRow(row);
      if (row.sequence !== expectedSequence) {
        return fail(row.sequence, row.id, `Entry ${expectedSequence}${row.sequence > expectedSequence + 1 ? ` to ${row.sequence - 1}` : ''} is missing.`, 'rewritten');
      }
      if (row.previous_hash !== previousHash) return fail(row.sequence, row.id, 'This entry does not point to the entry before it.', 'rewritten');
      const expected = sealing && row.sequence >= keyedFrom ? keyedAuditHash(sealing.key, event) : auditHash(event);
      if (!Array.isArray(event.details) || expected !== row.hash) {
        return fail(row.sequence, row.id, 'This entry has been changed since it was written.', 'rewritten');
      }
      previousHash = row.hash;
      expectedSequence += 1;
      checked += 1;
    }
    if (!sealing) return { intact: true, checked, firstBroken: null };
    const head: AuditHead = { count: checked, hash: previousHash };
    const anchor = this.anchor;
    if (anchor?.state !== 'ok') {
      return fail(head.count, '', `The audit seal beside the key file (${path.basename(sealing.anchorFile)}) has been changed or cannot be read.`, 'seal-damaged');
    }
    const anchored = anchor.content;
    if (anchored.keyedFrom !== keyedFrom) {
      return fail(Math.min(anchored.keyedFrom, keyedFrom), '', 'The point from which entries are sealed with the key has been moved in the database.', 'rewritten');
    }
    const behind = this.behind(head, anchored.head, `as sealed on ${anchored.anchoredAt}`, sealing);
    if (behind) return fail(behind.sequence, '', behind.reason, behind.problem);
    for (const register of this.statements.registerHeads.all()) {
      const found = this.behind(head, { count: register.audit_count, hash: register.audit_hash }, `when “${register.title}” was generated`, sealing);
      if (found) return fail(found.sequence, '', found.reason, found.problem);
    }
    if (anchored.resealedAt) {
      return fail(
        head.count,
        '',
        `The audit seal beside the key file was missing when Crossings opened on ${anchored.resealedAt} and was made again, so entries before then cannot be checked for a cut-off end.`,
        'seal-missing',
      );
    }
    return { intact: true, checked, firstBroken: null };
  }

  /** Whether the log has gone back behind a head recorded outside it, and whether it matches an older backup. */
  private behind(head: AuditHead, anchored: AuditHead, when: string, sealing: AuditSealing): { sequence: number; reason: string; problem: Problem } | undefined {
    if (anchored.count === 0) return undefined;
    if (head.count >= anchored.count) {
      if (this.statements.hashAt.get(anchored.count)?.hash === anchored.hash) return undefined;
      return { sequence: anchored.count, reason: `Entry ${anchored.count} is not the entry the log held ${when}: the log has been rewritten from there.`, problem: 'rewritten' };
    }
    const backup = readBackupHeads(sealing.backupsFolder, sealing.key).find((copy) => copy.count === head.count && copy.hash === head.hash);
    if (backup) {
      return {
        sequence: head.count + 1,
        reason: `The case records are an older copy (they match the backup ${backup.backup}): the audit log ends at entry ${head.count}, but it had reached entry ${anchored.count} ${when}. They were put back outside Crossings, not restored through it.`,
        problem: 'older-copy',
      };
    }
    return {
      sequence: head.count + 1,
      reason: `Entries ${head.count + 1} to ${anchored.count} are missing from the end of the audit log: it had reached entry ${anchored.count} ${when}.`,
      problem: 'missing-tail',
    };
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
