import './validation';
import { z } from 'zod';
import { idSchema } from './case/schemas';

/**
 * The audit log: who did what to which case, and when. It records which parts of a case were touched, never their
 * content, so the log itself holds no more about the child than the case reference.
 */
export const auditActionLabels = {
  'case.opened': 'Case opened',
  'case.created': 'Case created',
  'case.example-loaded': 'Example case loaded',
  'case.edited': 'Case changed',
  'case.closed': 'Case closed',
  'case.reopened': 'Case reopened',
  'case.deleted': 'Case deleted',
  'chronology.added': 'Chronology entry added',
  'assessment.opened': 'Assessment opened',
  'assessment.started': 'Assessment started',
  'assessment.answered': 'Assessment answer saved',
  'assessment.judgement-saved': 'Professional judgement saved',
  'assessment.completed': 'Assessment completed',
  'document.generated': 'Document generated',
  'document.saved': 'Document saved to a file',
  'document.printed': 'Document printed',
  'case.handed-over': 'Case exported for hand-over',
  'case.imported': 'Case imported from a hand-over file',
  'settings.changed': 'Settings changed',
  'backup.created': 'Backup made',
  'backup.restored': 'Backup restored',
  'app.locked': 'Crossings locked',
  'app.unlocked': 'Crossings unlocked',
  'app.unlock-failed': 'Failed attempt to unlock Crossings',
  'audit.checked': 'Audit log checked',
} as const;
export type AuditAction = keyof typeof auditActionLabels;
export const auditActions = Object.keys(auditActionLabels) as AuditAction[];

export const auditEventSchema = z.object({
  sequence: z.number().int().positive(),
  id: idSchema,
  at: z.iso.datetime(),
  /** The computer account the app was running under. */
  osAccount: z.string(),
  /** The display name the worker configured (or the account name when none is set). */
  worker: z.string(),
  operation: z.string(),
  action: z.enum(auditActions as [AuditAction, ...AuditAction[]]),
  outcome: z.enum(['success', 'failure']),
  caseId: idSchema.nullable(),
  caseReference: z.string().nullable(),
  /** Which sections, items or documents, by name only; or why an attempt failed. */
  details: z.array(z.string()),
  previousHash: z.string().regex(/^[0-9a-f]{64}$/),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditVerificationSchema = z.object({
  intact: z.boolean(),
  /** How many entries were checked. */
  checked: z.number().int().nonnegative(),
  /** The first entry whose link to the one before is broken, or null when the whole chain holds. */
  firstBroken: z
    .object({
      sequence: z.number().int(),
      id: z.string(),
      reason: z.string(),
    })
    .nullable(),
});
export type AuditVerification = z.infer<typeof auditVerificationSchema>;

/** The hash the first entry points back to. */
export const AUDIT_GENESIS_HASH = '0'.repeat(64);

/**
 * The exact text an entry's hash is computed over: its own fields in a fixed order, then the previous entry's hash.
 * A JSON array (not an object) so that key order can never change the result.
 */
export function canonicalAuditText(event: Omit<AuditEvent, 'hash'>): string {
  return JSON.stringify([
    'crossings-audit-v1',
    event.sequence,
    event.id,
    event.at,
    event.osAccount,
    event.worker,
    event.operation,
    event.action,
    event.outcome,
    event.caseId,
    event.caseReference,
    event.details,
    event.previousHash,
  ]);
}
