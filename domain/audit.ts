import './validation';
import { z } from 'zod';
import { chronologyKindLabels, idSchema, type CaseSections } from './case/schemas';
import { documentTypeLabels } from './documents/catalogue';
import { documentAudienceLabels } from './documents/model';
import { defaultFramework, indexFramework } from './imaaf/framework';
import { settingsSectionLabels } from './settings';
import { referralKindLabels, referralStepLabels } from './nrm/referrals';

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
  'referral.recorded': 'Referral recorded',
  'assessment.opened': 'Assessment opened',
  'assessment.started': 'Assessment started',
  'assessment.answered': 'Assessment answer saved',
  'assessment.judgement-saved': 'Professional judgement saved',
  'assessment.completed': 'Assessment completed',
  'plan.action-accepted': 'Recommendation accepted as an action',
  'plan.action-not-needed': 'Recommendation recorded as not needed',
  'plan.action-agreed': 'Action agreed at the strategy discussion recorded',
  'plan.action-reassigned': 'Action given a new owner or due date',
  'plan.action-done': 'Action marked done',
  'plan.action-reopened': 'Action reopened',
  'document.generated': 'Document generated',
  'document.saved': 'Document saved to a file',
  'document.printed': 'Document printed',
  'case.handed-over': 'Case exported for hand-over',
  'case.imported': 'Case imported from a hand-over file',
  'case.moved-to-team': 'Case moved from this computer into the team records',
  'case.brought-in': 'Case brought into the team records from a worker’s computer',
  'settings.changed': 'Settings changed',
  'backup.created': 'Backup made',
  'backup.restored': 'Backup restored',
  'app.locked': 'Crossings locked',
  'app.unlocked': 'Crossings unlocked',
  'app.unlock-failed': 'Failed attempt to unlock Crossings',
  'app.lost-saves-accepted': 'Carried on without saves lost when Crossings was stopped',
  'audit.checked': 'Audit log checked',
} as const;
export type AuditAction = keyof typeof auditActionLabels;
export const auditActions = Object.keys(auditActionLabels) as AuditAction[];

/**
 * The words an audit entry's details use for what was touched. Entries are kept for years and read by people, so no
 * code (an item id, an audience, a section key) is ever written into them raw.
 */
export const caseSectionLabels: Record<keyof CaseSections, string> = {
  reference: 'Reference',
  status: 'Status',
  jurisdiction: 'UK nation',
  localAuthority: 'Local authority',
  leadWorker: 'Lead worker',
  child: 'The child',
  connectedAdults: 'Connected adults',
  journey: 'Journey',
  homeSituation: 'Home country',
  agencies: 'Agencies',
  strategyMeeting: 'Strategy discussion',
  nrm: 'NRM referral answers',
};

export const lockReasonLabels: Record<'idle' | 'shortcut' | 'system' | 'reopened', string> = {
  idle: 'not used for a while',
  shortcut: 'locked with the keyboard shortcut',
  system: 'the computer was locked or went to sleep',
  reopened: 'Crossings was opened again (a restart or a reload) with an unlock PIN set',
};

const label = (labels: Record<string, string>, code: string, otherwise: string) =>
  Object.prototype.hasOwnProperty.call(labels, code) ? (labels[code] as string) : otherwise;

const frameworkItems = indexFramework(defaultFramework).items;

export const auditWords = {
  caseSection: (key: string) => label(caseSectionLabels, key, 'Another part of the case'),
  settingsSection: (key: string) => label(settingsSectionLabels, key, 'Another setting'),
  chronologyKind: (kind: string | undefined) => (kind ? label(chronologyKindLabels, kind, 'entry').toLowerCase() : 'entry'),
  document: (type: string) => label(documentTypeLabels, type, 'A document'),
  audience: (audience: string) => label(documentAudienceLabels, audience, 'Another audience'),
  referral: (kind: string | undefined) => (kind ? label(referralKindLabels, kind, 'A referral') : 'A referral'),
  referralStep: (step: string | undefined) => (step ? label(referralStepLabels, step, 'A change') : 'A change'),
  lockReason: (reason: string) => label(lockReasonLabels, reason, 'locked'),
  /** An IMAAF question by its wording; an item this version's framework no longer has is named as such. */
  question: (itemId: string, aboutConnectedAdult: boolean) => {
    const question = frameworkItems.get(itemId)?.question ?? 'one no longer in the framework';
    return `Question${aboutConnectedAdult ? ' about a connected adult' : ''}: ${question}`;
  },
  /** An assessment by when it was started (UK time), which is how a worker tells one from another. */
  assessment: (startedAt: string | undefined) => {
    const started = startedAt ? new Date(startedAt) : null;
    if (!started || Number.isNaN(started.getTime())) return 'An assessment';
    const when = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'long', timeStyle: 'short' }).format(started);
    return `Assessment started ${when}`;
  },
};

/**
 * An entry's details as the audit trail shows them. Entries written before the details were put in words held some
 * codes (question ids, audiences, chronology kinds, lock reasons, assessment ids); those are shown in words too.
 * The stored entry is never changed: it is hashed into the chain.
 */
export function auditDetailsInWords(event: Pick<AuditEvent, 'operation' | 'details'>): string[] {
  return event.details.map((detail) => {
    const question = /^Question ([a-z0-9]+(?:-[a-z0-9]+)*)( about a connected adult)?$/.exec(detail);
    if (question) return auditWords.question(question[1] as string, Boolean(question[2]));
    if (/^Assessment [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(detail)) return 'An assessment';
    const audience = /^For: ([a-z-]+)((?: \(.*\))?)$/.exec(detail);
    if (audience && Object.prototype.hasOwnProperty.call(documentAudienceLabels, audience[1] as string)) return `For: ${auditWords.audience(audience[1] as string)}${audience[2]}`;
    const chronology = /^Chronology entry (\d*) ?\(([a-z]+(?:-[a-z]+)*)\)$/.exec(detail);
    if (chronology) return `Chronology entry ${chronology[1]} (${auditWords.chronologyKind(chronology[2])})`.replace('  ', ' ');
    const reason = /^Reason: (idle|shortcut|system|reopened)$/.exec(detail);
    if (reason) return `Reason: ${auditWords.lockReason(reason[1] as string)}`;
    if (event.operation === 'settings.save' && Object.prototype.hasOwnProperty.call(settingsSectionLabels, detail)) return auditWords.settingsSection(detail);
    if (event.operation === 'cases.update' && Object.prototype.hasOwnProperty.call(caseSectionLabels, detail)) return auditWords.caseSection(detail);
    return detail;
  });
}

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
  /**
   * What kind of break, when there is one: an entry rewritten; entries missing at the end (the log is behind its
   * anchor); the whole case records an older copy put back outside Crossings; or the anchor itself missing or changed.
   */
  problem: z.enum(['rewritten', 'missing-tail', 'older-copy', 'seal-missing', 'seal-damaged']).optional(),
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
