import './validation';
import { z } from 'zod';
import type { AppErrorShape } from './errors';
import {
  caseRecordSchema,
  caseReferenceSchema,
  caseSectionsSchema,
  caseSummarySchema,
  chronologyEntryInputSchema,
  chronologyEntrySchema,
  childSchema,
  idSchema,
  jurisdictionSchema,
  localAuthoritySchema,
  personNameSchema,
  shortText,
  longText,
  caseStatuses,
} from './case/schemas';
import { approxDateSchema } from './case/approx-date';
import { answerSchema, assessmentSchema, frameworkSchema, itemIdSchema, outcomeSchema } from './imaaf';
import { appSettingsSchema, firstStartSchema, unlockPinSchema, workerDetailsSchema } from './settings';
import {
  agencyNameSchema,
  customFormSchema,
  documentAvailabilitySchema,
  documentRegisterEntrySchema,
  generateDocumentInputSchema,
  generateDocumentOutputSchema,
  sharingChoicesShape,
  sharingPreviewSchema,
} from './documents/contract';
import { documentAudienceSchema } from './documents/model';
import { auditEventSchema, auditVerificationSchema } from './audit';
import { HANDOVER_MAX_BASE64, HANDOVER_PASSWORD_MIN } from './handover';
import { draftKeySchema } from './drafts';
import { caseWorkOperations } from './case-work-operations';

/**
 * The operation contract: every call the renderer can make, once. The preload's allow-list, the IPC bindings,
 * the browser-mode HTTP routes and the renderer's typed client are all derived from this table.
 */

const caseSectionsPatchSchema = caseSectionsSchema.partial();

// Draft keys are part of the contract: built and read only by domain/drafts.ts.
export { caseDraftKey, caseDraftKeyPrefix, draftKeys, parseCaseDraftKey, NEW_ITEM, type CaseDraft } from './drafts';

/** A form's unsaved state: field name to what was typed. Kept small so a runaway draft cannot fill the disk. */
const draftValueSchema = z
  .record(z.string().max(200), z.unknown())
  .refine((value) => JSON.stringify(value).length <= 500_000, { error: 'This draft is too large to keep' });

/** One backup of the case records in `<data folder>/backups/`. */
const backupInfoSchema = z.object({
  name: z.string(),
  createdAt: z.string(),
  reason: z.enum(['daily', 'manual', 'before-migration', 'before-restore']),
  bytes: z.number().int().nonnegative(),
});

/** Whether the case records are open, and if not, why, in the worker's words, with the backup that could replace them. */
const appStatusSchema = z.object({
  state: z.enum(['ok', 'needs-key', 'damaged', 'missing', 'unsupported', 'in-use', 'unavailable', 'lost-writes']),
  message: z.string(),
  newestGoodBackup: backupInfoSchema.nullable(),
  dataFolder: z.string(),
});

const backupNameSchema = z
  .string()
  .max(100)
  .regex(/^crossings-\d{8}T\d{9}Z-[a-z-]+\.db$/, { error: 'Choose one of the backups in the list' });

export const operations = {
  'app.info': {
    input: z.object({}).strict(),
    output: z.object({
      version: z.string(),
      mode: z.enum(['desktop', 'browser']),
      dataFolder: z.string(),
      worker: z.string(),
      /** Where the case records are kept: every page's header says it. */
      records: z.discriminatedUnion('kind', [z.object({ kind: z.literal('local') }), z.object({ kind: z.literal('team'), organisation: z.string() })]),
    }),
  },
  'app.status': {
    input: z.object({}).strict(),
    output: appStatusSchema,
  },
  /** Unlocks the case records with the recovery key written down at first run, and protects the key again on this computer. */
  'app.unlock': {
    input: z.object({ recoveryKey: z.string().min(1, { error: 'Enter the recovery key' }).max(200) }).strict(),
    output: appStatusSchema,
  },
  /**
   * After saves were lost (state 'lost-writes'), carries on with the case file as it is: the worker accepts that the
   * saves it lacks are gone, and that is written in the audit log.
   */
  'app.acceptLostSaves': {
    input: z.object({ confirm: z.literal(true, { error: 'Confirm that the case records should be opened without the lost saves' }) }).strict(),
    output: z.object({
      status: appStatusSchema,
      /** How many acknowledged saves are not in the case file. */
      lostSaves: z.number().int().nonnegative(),
      /** When the newest save still in the case file was made, if known. */
      since: z.string().nullable(),
    }),
  },
  'backups.list': {
    input: z.object({}).strict(),
    output: z.object({ folder: z.string(), keep: z.number().int().positive(), backups: z.array(backupInfoSchema) }),
  },
  'backups.create': {
    input: z.object({}).strict(),
    output: z.object({ backup: backupInfoSchema, removed: z.array(z.string()), steps: z.array(z.string()), durationMs: z.number().nonnegative() }),
  },
  'backups.restore': {
    input: z
      .object({
        name: backupNameSchema,
        /** The worker has confirmed that the case records will be replaced by the backup. */
        confirm: z.literal(true, { error: 'Confirm that the case records should be replaced by this backup' }),
      })
      .strict(),
    output: z.object({
      restored: z.string(),
      /** Where the replaced case file was put aside, in the data folder. */
      replacedFile: z.string().nullable(),
      status: appStatusSchema,
      steps: z.array(z.string()),
      durationMs: z.number().nonnegative(),
    }),
  },
  /** The backup or restore under way (each step as it is reached), and how the last one ended. */
  'backups.status': {
    input: z.object({}).strict(),
    output: z.object({
      running: z.object({ operation: z.enum(['create', 'restore']), step: z.string(), startedAt: z.string() }).nullable(),
      last: z
        .object({ operation: z.enum(['create', 'restore']), ok: z.boolean(), message: z.string(), finishedAt: z.string() })
        .nullable(),
    }),
  },
  /** How many backups to keep (the newest are kept; 14 unless the organisation chooses otherwise). */
  'backups.configure': {
    input: z.object({ keep: z.number().int().min(1).max(365) }).strict(),
    output: z.object({ keep: z.number().int().positive() }),
  },
  'cases.list': {
    input: z
      .object({
        query: z.string().max(200).optional(),
        status: z.enum([...caseStatuses, 'all']).optional(),
        limit: z.number().int().min(1).max(500).optional(),
      })
      .strict(),
    output: z.object({ cases: z.array(caseSummarySchema), total: z.number().int().nonnegative() }),
  },
  'cases.get': {
    input: z.object({ id: idSchema }).strict(),
    output: caseRecordSchema,
  },
  'cases.findMatches': {
    input: z
      .object({
        names: z.array(personNameSchema).max(30),
        dateOfBirth: approxDateSchema.nullable().optional(),
      })
      .strict(),
    output: z.object({ matches: z.array(caseSummarySchema.extend({ reasons: z.array(z.string()) })) }),
  },
  'cases.create': {
    input: z
      .object({
        reference: caseReferenceSchema.optional(),
        jurisdiction: jurisdictionSchema,
        localAuthority: localAuthoritySchema.nullable(),
        leadWorker: shortText('Lead worker'),
        child: childSchema.pick({ names: true, dateOfBirth: true, gender: true, ageStatus: true }).partial({
          dateOfBirth: true,
          gender: true,
          ageStatus: true,
        }),
      })
      .strict(),
    output: caseRecordSchema,
  },
  'cases.update': {
    input: z
      .object({
        id: idSchema,
        /** The revision the worker started from; a newer revision in the database means someone else saved first. */
        revision: z.number().int().nonnegative(),
        changes: caseSectionsPatchSchema.strict(),
      })
      .strict(),
    output: caseRecordSchema,
  },
  'cases.loadExample': {
    input: z.object({}).strict(),
    output: caseRecordSchema,
  },
  'chronology.add': {
    input: z
      .object({
        caseId: idSchema,
        entry: chronologyEntryInputSchema,
        /** The entry this one corrects. The corrected entry stays as it was. */
        correctsId: idSchema.nullable().optional(),
      })
      .strict(),
    output: chronologyEntrySchema,
  },
  ...caseWorkOperations,
  'drafts.get': {
    input: z.object({ key: draftKeySchema }).strict(),
    output: z.object({ value: draftValueSchema.nullable(), savedAt: z.string().nullable() }),
  },
  'drafts.save': {
    input: z.object({ key: draftKeySchema, value: draftValueSchema }).strict(),
    output: z.object({ savedAt: z.string() }),
  },
  'drafts.discard': {
    input: z.object({ key: draftKeySchema }).strict(),
    output: z.object({}),
  },
  'assessments.framework': {
    input: z
      .object({ frameworkId: z.string().max(80).optional(), frameworkVersion: z.string().max(40).optional() })
      .strict(),
    output: frameworkSchema,
  },
  'assessments.list': {
    input: z.object({ caseId: idSchema }).strict(),
    output: z.object({
      assessments: z.array(
        z.object({
          id: idSchema,
          status: z.enum(['draft', 'completed']),
          frameworkId: z.string(),
          frameworkVersion: z.string(),
          startedAt: z.string(),
          completedAt: z.string().nullable(),
          completedBy: z.string().nullable(),
          basedOnAssessmentId: idSchema.nullable(),
        }),
      ),
    }),
  },
  'assessments.start': {
    input: z.object({ caseId: idSchema, basedOnAssessmentId: idSchema.nullable().optional() }).strict(),
    output: assessmentSchema,
  },
  'assessments.get': {
    input: z.object({ id: idSchema }).strict(),
    output: assessmentSchema,
  },
  'assessments.answer': {
    input: z
      .object({
        id: idSchema,
        /** Set for the questions asked about each connected adult. */
        connectedAdultId: idSchema.nullable(),
        itemId: itemIdSchema,
        /** null clears the answer. */
        answer: answerSchema.nullable(),
      })
      .strict(),
    output: z.object({ savedAt: z.string() }),
  },
  'assessments.saveJudgement': {
    input: z.object({ id: idSchema, professionalJudgement: longText('Professional judgement') }).strict(),
    output: z.object({ savedAt: z.string() }),
  },
  'assessments.outcome': {
    input: z.object({ id: idSchema }).strict(),
    output: outcomeSchema,
  },
  'assessments.complete': {
    input: z.object({ id: idSchema }).strict(),
    output: assessmentSchema,
  },
  'settings.get': {
    input: z.object({}).strict(),
    output: appSettingsSchema,
  },
  'settings.save': {
    input: appSettingsSchema.strict(),
    output: appSettingsSchema,
  },
  /** What first start still has to ask: the worker's details (until a name is saved) and an unlock PIN (until one is set). */
  'settings.firstStart': {
    input: z.object({}).strict(),
    output: firstStartSchema,
  },
  /** Saves who the worker is (first start, or Settings): their full name, role, team and organisation. */
  'settings.saveWorker': {
    input: workerDetailsSchema.strict(),
    output: appSettingsSchema,
  },
  'documents.saveAs': {
    input: z
      .object({
        fileName: z.string().min(1).max(200).regex(/^[^/\\:*?"<>|]+\.pdf$/i, { error: 'The file name must end in .pdf and use no / \\ : * ? " < > |' }),
        pdfBase64: z.string().max(70_000_000).regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'The document could not be read' }),
      })
      .strict(),
    output: z.object({ savedTo: z.string().nullable() }),
  },
  'documents.print': {
    input: z
      .object({
        fileName: z.string().min(1).max(200).regex(/^[^/\\:*?"<>|]+\.pdf$/i, { error: 'The file name must end in .pdf and use no / \\ : * ? " < > |' }),
        pdfBase64: z.string().max(70_000_000).regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'The document could not be read' }),
      })
      .strict(),
    output: z.object({}),
  },
  'documents.available': {
    input: z.object({ caseId: idSchema, audience: documentAudienceSchema, agencyName: agencyNameSchema.optional(), ...sharingChoicesShape }).strict(),
    /** `leavesOut`: who and what this version would leave out, and why, shown before the worker generates it. */
    output: z.object({ documents: z.array(documentAvailabilitySchema), customForms: z.array(customFormSchema), leavesOut: sharingPreviewSchema }),
  },
  'documents.generate': {
    input: generateDocumentInputSchema,
    output: generateDocumentOutputSchema,
  },
  'documents.register': {
    input: z.object({ caseId: idSchema }).strict(),
    output: z.object({ entries: z.array(documentRegisterEntrySchema) }),
  },
  'documents.customForms': {
    input: z.object({}).strict(),
    output: z.object({ folder: z.string(), forms: z.array(customFormSchema) }),
  },
  'audit.forCase': {
    input: z.object({ caseId: idSchema }).strict(),
    /** Newest first. */
    output: z.object({ events: z.array(auditEventSchema) }),
  },
  'audit.verify': {
    input: z.object({}).strict(),
    output: auditVerificationSchema,
  },
  'handover.export': {
    input: z
      .object({
        caseId: idSchema,
        password: z
          .string({ error: 'Enter a password' })
          .min(HANDOVER_PASSWORD_MIN, { error: `The password must be at least ${HANDOVER_PASSWORD_MIN} characters` })
          .max(1000, { error: 'The password must be 1,000 characters or fewer' }),
      })
      .strict(),
    output: z.object({ fileName: z.string(), fileBase64: z.string() }),
  },
  'handover.import': {
    input: z
      .object({
        fileBase64: z
          .string({ error: 'Choose the hand-over file' })
          .min(1, { error: 'Choose the hand-over file' })
          .max(HANDOVER_MAX_BASE64, { error: 'This file is too large to be a Crossings hand-over file' })
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'This is not a Crossings hand-over file' }),
        password: z.string({ error: 'Enter the password' }).min(1, { error: 'Enter the password' }).max(1000, { error: 'The password must be 1,000 characters or fewer' }),
      })
      .strict(),
    /** `previousReference` is set when the case's own reference was already used here and it was given a new one. */
    output: z.object({ caseId: idSchema, reference: z.string(), previousReference: z.string().nullable() }),
  },
  'cases.dueForReview': {
    input: z.object({ asOf: z.iso.date({ error: 'Enter a real date' }).optional() }).strict(),
    output: z.object({
      /** The retention rule in words. */
      rule: z.string(),
      cases: z.array(
        z.object({
          id: idSchema,
          reference: z.string(),
          childName: z.string(),
          isExample: z.boolean(),
          closedAt: z.string(),
          reviewDue: z.string(),
          /** The review date has been reached. */
          due: z.boolean(),
        }),
      ),
    }),
  },
  'cases.delete': {
    input: z
      .object({
        id: idSchema,
        /** The worker types the case reference to confirm. */
        confirmReference: z.string({ error: 'Enter the case reference to confirm' }).min(1, { error: 'Enter the case reference to confirm' }).max(40, { error: 'Enter the case reference to confirm' }),
      })
      .strict(),
    output: z.object({ id: idSchema, reference: z.string() }),
  },
  /** The renderer locked the window (idle, the shortcut, or the computer locking); recorded in the audit log. */
  'session.lock': {
    input: z.object({ reason: z.enum(['idle', 'shortcut', 'system', 'reopened']) }).strict(),
    output: z.object({}),
  },
  /**
   * Unlocks the locked window (renderer/components/AppLock.tsx): with the worker's unlock PIN when one is set, and
   * otherwise by re-entering their display name.
   */
  'session.unlock': {
    input: z
      .object({
        displayName: shortText('Your name').optional(),
        pin: z.string().max(50, { error: 'Enter your PIN' }).optional(),
      })
      .strict(),
    output: z.object({}),
  },
  /** Removes a forgotten unlock PIN, for the holder of the case records' recovery key; the window unlocks. */
  'session.resetPin': {
    input: z.object({ recoveryKey: z.string().max(200) }).strict(),
    output: z.object({ method: z.literal('name') }),
  },
  /** How the locked window is unlocked on this computer. */
  'session.unlockMethod': {
    input: z.object({}).strict(),
    /** `locked`: whether Crossings is locked now (the core's state, which a reload does not change). */
    output: z.object({ method: z.enum(['pin', 'name']), locked: z.boolean() }),
  },
  /** Sets or changes the unlock PIN; changing it needs the current one. */
  'session.setPin': {
    input: z
      .object({
        currentPin: z.string().max(50).optional(),
        newPin: unlockPinSchema,
      })
      .strict(),
    output: z.object({ method: z.literal('pin') }),
  },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type Operations = typeof operations;
export type OperationName = keyof Operations;
export type OperationInput<N extends OperationName> = z.input<Operations[N]['input']>;
export type OperationOutput<N extends OperationName> = z.output<Operations[N]['output']>;
export type OperationHandlers = { [N in OperationName]: (input: z.output<Operations[N]['input']>, context: CallContext) => OperationOutput<N> | Promise<OperationOutput<N>> };

/** Who is calling: the worker's display name as the host knows it. */
export interface CallContext {
  worker: string;
}

/**
 * Told by the dispatcher about every call whose input passed validation, with its answer: the one place the audit
 * log is written from (core/services/audit.ts decides what each operation means). If it throws, the call answers
 * STORAGE.
 */
export type AuditHook = (
  op: OperationName,
  input: unknown,
  answer: { ok: true; value: unknown } | { ok: false; error: AppErrorShape },
  context: CallContext,
) => void | Promise<void>;

export const operationNames = Object.keys(operations) as OperationName[];

export function isOperationName(name: string): name is OperationName {
  return Object.prototype.hasOwnProperty.call(operations, name);
}
