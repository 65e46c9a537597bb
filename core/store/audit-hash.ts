import { createHash, createHmac } from 'node:crypto';
import { canonicalAuditText, type AuditEvent } from '../../domain/audit';

/**
 * The audit chain's hashes, shared by the local store (./audit-repository.ts) and the team store
 * (./postgres/audit-repository.ts) so an entry hashes the same wherever it is kept. Pure: no database.
 */

/** The unkeyed hash earlier versions chained every entry with; entries before `audit_chain.keyed_from` still use it. */
export function auditHash(event: Omit<AuditEvent, 'hash'>): string {
  return createHash('sha256').update(canonicalAuditText(event), 'utf8').digest('hex');
}

/** The keyed hash: HMAC-SHA256 under the audit key, which only a holder of the data key can compute. */
export function keyedAuditHash(auditKey: Buffer, event: Omit<AuditEvent, 'hash'>): string {
  return createHmac('sha256', auditKey).update(canonicalAuditText(event), 'utf8').digest('hex');
}
