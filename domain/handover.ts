import './validation';
import { z } from 'zod';
import { caseRecordSchema } from './case/schemas';
import { documentRegisterEntrySchema } from './documents/contract';
import { assessmentSchema } from './imaaf';
import { referralSchema } from './nrm/referrals';
import { actionEntrySchema } from './plan/actions';

/**
 * Handing a case over to another worker: one case, with its chronology and assessments, in a password-protected
 * file. The file is a small JSON envelope (format, version, key-derivation and cipher parameters) around the
 * encrypted payload; both are checked against these schemas before anything is written.
 */

export const HANDOVER_FORMAT = 'crossings-handover' as const;
/**
 * 2 added the case's strategy discussion or meeting; 3 its NRM and other referrals, its plan's actions with their
 * history, and the register of documents generated. Files of earlier versions still import (the case reads as having
 * none of what they lacked); a release that knows only an earlier version refuses a newer file as made by a newer
 * Crossings, rather than importing it and silently dropping what it does not know.
 */
export const HANDOVER_VERSION = 3 as const;
export const HANDOVER_VERSIONS_READ: readonly number[] = [1, 2, 3];
export const HANDOVER_PAYLOAD_FORMAT = 'crossings-case' as const;
export const HANDOVER_FILE_EXTENSION = '.crossings';
export const HANDOVER_PASSWORD_MIN = 12;

/** Hand-over files are kept small enough to pass through browser mode in one request. */
export const HANDOVER_MAX_BASE64 = 20_000_000;

const base64 = (max: number) => z.string().max(max).regex(/^[A-Za-z0-9+/]*={0,2}$/);

export const handoverEnvelopeSchema = z
  .object({
    format: z.literal(HANDOVER_FORMAT),
    version: z.number().int().positive(),
    kdf: z
      .object({
        name: z.literal('scrypt'),
        // Bounded so a crafted file cannot make the computer spend gigabytes of memory.
        N: z.number().int().min(16_384).max(131_072).refine((n) => (n & (n - 1)) === 0, { error: 'N must be a power of two' }),
        r: z.literal(8),
        p: z.literal(1),
        salt: base64(64),
      })
      .strict(),
    cipher: z.object({ name: z.literal('aes-256-gcm'), iv: base64(32) }).strict(),
    /** Confirms the password before decrypting, so a wrong password and an altered file get different answers. */
    passwordCheck: base64(64),
    ciphertext: base64(HANDOVER_MAX_BASE64),
    tag: base64(32),
  })
  .strict();
export type HandoverEnvelope = z.infer<typeof handoverEnvelopeSchema>;

export const handoverPayloadSchema = z
  .object({
    format: z.literal(HANDOVER_PAYLOAD_FORMAT),
    version: z.number().refine((version) => HANDOVER_VERSIONS_READ.includes(version)),
    exportedAt: z.iso.datetime(),
    exportedBy: z.string().max(200),
    appVersion: z.string().max(40),
    case: caseRecordSchema,
    assessments: z.array(assessmentSchema).max(200),
    referrals: z.array(referralSchema).max(200).default([]),
    actions: z.array(actionEntrySchema).max(10_000).default([]),
    documents: z.array(documentRegisterEntrySchema).max(5_000).default([]),
  })
  .strict()
  .superRefine((payload, ctx) => {
    const caseId = payload.case.id;
    payload.case.chronology.forEach((entry, index) => {
      if (entry.caseId !== caseId) ctx.addIssue({ code: 'custom', path: ['case', 'chronology', index, 'caseId'], message: 'This entry belongs to a different case' });
      if (entry.sequence !== index + 1) ctx.addIssue({ code: 'custom', path: ['case', 'chronology', index, 'sequence'], message: 'The chronology is out of order' });
      if (entry.correctsId !== null && !payload.case.chronology.slice(0, index).some((earlier) => earlier.id === entry.correctsId)) {
        ctx.addIssue({ code: 'custom', path: ['case', 'chronology', index, 'correctsId'], message: 'This correction points to an entry that is not before it' });
      }
    });
    payload.assessments.forEach((assessment, index) => {
      if (assessment.caseId !== caseId) ctx.addIssue({ code: 'custom', path: ['assessments', index, 'caseId'], message: 'This assessment belongs to a different case' });
    });
    for (const part of ['referrals', 'actions', 'documents'] as const) {
      payload[part].forEach((item, index) => {
        if (item.caseId !== caseId) ctx.addIssue({ code: 'custom', path: [part, index, 'caseId'], message: 'This belongs to a different case' });
      });
    }
    if (payload.assessments.filter((assessment) => assessment.status === 'draft').length > 1) {
      ctx.addIssue({ code: 'custom', path: ['assessments'], message: 'A case can have only one assessment in progress' });
    }
  });
export type HandoverPayload = z.infer<typeof handoverPayloadSchema>;
