import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { OperationHandlers } from '../../domain/api';
import { AppError } from '../../domain/errors';
import {
  HANDOVER_FILE_EXTENSION,
  HANDOVER_FORMAT,
  HANDOVER_PAYLOAD_FORMAT,
  HANDOVER_VERSION,
  HANDOVER_VERSIONS_READ,
  handoverEnvelopeSchema,
  handoverPayloadSchema,
  type HandoverEnvelope,
  type HandoverPayload,
} from '../../domain/handover';
import { deriveKeyFromSecret, logNOf } from '../crypto/derive-key';
import type { ServiceDeps } from './context';
import { freeReference } from './references';
import { requireCase } from './require-case';
import { recordClosure } from './retention';

type Handlers = Pick<OperationHandlers, 'handover.export' | 'handover.import'>;

/** scrypt cost: about 32 MiB and a tenth of a second per attempt, so guessing a password is slow. */
const SCRYPT_N = 32_768;
const SCRYPT_R = 8;
const SCRYPT_P = 1;
const PASSWORD_CHECK_LABEL = 'crossings-handover-password-check';

function deriveKeys(password: string, salt: Buffer, N: number): { encryption: Buffer; check: Buffer } {
  // 64 bytes: the first half encrypts, the second half only confirms the password.
  const material = deriveKeyFromSecret(password, salt, { logN: logNOf(N), r: SCRYPT_R, p: SCRYPT_P }, 64);
  return { encryption: material.subarray(0, 32), check: material.subarray(32) };
}

/** The header fields the cipher authenticates along with the payload, in a fixed order. */
function associatedData(envelope: Pick<HandoverEnvelope, 'format' | 'version' | 'kdf' | 'cipher' | 'passwordCheck'>): Buffer {
  const { kdf, cipher } = envelope;
  return Buffer.from(JSON.stringify([envelope.format, envelope.version, kdf.name, kdf.N, kdf.r, kdf.p, kdf.salt, cipher.name, cipher.iv, envelope.passwordCheck]), 'utf8');
}

/** Seals a payload; `version` is only ever given by tests that make files as an earlier release did. */
export function sealHandover(payload: HandoverPayload, password: string, version: number = HANDOVER_VERSION): string {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const keys = deriveKeys(password, salt, SCRYPT_N);
  const header = {
    format: HANDOVER_FORMAT,
    version,
    kdf: { name: 'scrypt' as const, N: SCRYPT_N, r: SCRYPT_R as 8, p: SCRYPT_P as 1, salt: salt.toString('base64') },
    cipher: { name: 'aes-256-gcm' as const, iv: iv.toString('base64') },
    passwordCheck: createHmac('sha256', keys.check).update(PASSWORD_CHECK_LABEL).digest('base64'),
  };
  const cipher = createCipheriv('aes-256-gcm', keys.encryption, iv);
  cipher.setAAD(associatedData(header));
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(payload), 'utf8'), cipher.final()]);
  const envelope: HandoverEnvelope = { ...header, ciphertext: ciphertext.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
  return Buffer.from(JSON.stringify(envelope), 'utf8').toString('base64');
}

const notAHandoverFile = () =>
  new AppError('VALIDATION', 'This is not a Crossings hand-over file, or it is damaged.', [
    { path: 'fileBase64', message: 'Choose the .crossings file you were given' },
  ]);

/** Opens a hand-over file: a wrong password and an altered or damaged file each get their own answer. */
export function openHandover(fileBase64: string, password: string): HandoverPayload {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(fileBase64, 'base64').toString('utf8'));
  } catch {
    throw notAHandoverFile();
  }
  if (typeof raw === 'object' && raw !== null && (raw as { format?: unknown }).format === HANDOVER_FORMAT) {
    const version = (raw as { version?: unknown }).version;
    if (typeof version === 'number' && version > HANDOVER_VERSION) {
      throw new AppError('UNSUPPORTED', 'This hand-over file was made by a newer version of Crossings. Install the newer version to import it.');
    }
  }
  const parsed = handoverEnvelopeSchema.safeParse(raw);
  if (!parsed.success || !HANDOVER_VERSIONS_READ.includes(parsed.data.version)) throw notAHandoverFile();
  const envelope = parsed.data;
  const keys = deriveKeys(password, Buffer.from(envelope.kdf.salt, 'base64'), envelope.kdf.N);
  const expected = createHmac('sha256', keys.check).update(PASSWORD_CHECK_LABEL).digest();
  const offered = Buffer.from(envelope.passwordCheck, 'base64');
  if (offered.length !== expected.length || !timingSafeEqual(offered, expected)) {
    throw new AppError('VALIDATION', 'The password is not right. Check it with the worker who handed the case over.', [
      { path: 'password', message: 'The password is not right' },
    ]);
  }
  let plaintext: string;
  try {
    const iv = Buffer.from(envelope.cipher.iv, 'base64');
    const tag = Buffer.from(envelope.tag, 'base64');
    if (iv.length !== 12 || tag.length !== 16) throw new Error('bad sizes');
    const decipher = createDecipheriv('aes-256-gcm', keys.encryption, iv, { authTagLength: 16 });
    decipher.setAAD(associatedData(envelope));
    decipher.setAuthTag(tag);
    plaintext = Buffer.concat([decipher.update(Buffer.from(envelope.ciphertext, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    throw new AppError('VALIDATION', 'This file has been changed or damaged since it was made, so nothing in it can be trusted. Ask for the case to be handed over again.', [
      { path: 'fileBase64', message: 'The file has been changed or damaged since it was made' },
    ]);
  }
  let content: unknown;
  try {
    content = JSON.parse(plaintext);
  } catch {
    throw notAHandoverFile();
  }
  const payload = handoverPayloadSchema.safeParse(content);
  if (!payload.success) {
    throw new AppError('VALIDATION', 'This hand-over file does not hold a case Crossings can import. Nothing was imported.', [
      { path: 'fileBase64', message: 'The case in this file does not pass Crossings’ checks' },
    ]);
  }
  return payload.data;
}

export function handoverFileName(reference: string, exportedAt: string): string {
  const safe = reference.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  return `${safe || 'case'}-handover-${exportedAt.slice(0, 10)}${HANDOVER_FILE_EXTENSION}`;
}

export function handoverHandlers(deps: ServiceDeps): Handlers {
  const { store } = deps;
  return {
    'handover.export': async ({ caseId, password }, context) => {
      const record = await requireCase(store, caseId);
      const exportedAt = deps.now().toISOString();
      const payload: HandoverPayload = {
        format: HANDOVER_PAYLOAD_FORMAT,
        version: HANDOVER_VERSION,
        exportedAt,
        exportedBy: context.worker.slice(0, 200),
        appVersion: deps.version.slice(0, 40),
        case: record,
        assessments: (await store.assessments.listForCase(caseId)).reverse(),
        referrals: await store.referrals.forCase(caseId),
        actions: await store.actions.entriesForCase(caseId),
        documents: (await store.documents.listForCase(caseId)).reverse(),
      };
      return { fileName: handoverFileName(record.reference, exportedAt), fileBase64: sealHandover(handoverPayloadSchema.parse(payload), password) };
    },

    'handover.import': ({ fileBase64, password }, context) => {
      const payload = openHandover(fileBase64, password);
      const handedOver = payload.case;
      return store.transaction(async () => {
        if ((await store.cases.revisionOf(handedOver.id)) !== undefined) {
          throw new AppError(
            'CONFLICT',
            `This case (${(await store.cases.summary(handedOver.id))?.reference ?? handedOver.reference}) is already on this computer, so it was not imported again. ` +
              'Open it from the list of cases.',
          );
        }
        // A reference already used here: the case gets the next free one, and its chronology says what it was called.
        const previousReference = (await store.cases.isReferenceTaken(handedOver.reference, handedOver.id)) ? handedOver.reference : null;
        const record = previousReference ? { ...handedOver, reference: await freeReference(store, previousReference) } : handedOver;
        await store.cases.insert({ ...record, chronology: [] });
        for (const entry of record.chronology) await store.cases.addChronologyEntry(entry);
        if (previousReference) {
          await store.cases.addChronologyEntry({
            id: deps.newId(),
            caseId: record.id,
            eventDate: null,
            kind: 'other',
            summary:
              `Imported from a hand-over file made by ${payload.exportedBy || 'another worker'}. Its previous reference was ${previousReference}; ` +
              `it is ${record.reference} here, because another case on this computer already uses ${previousReference}.`,
            source: 'Crossings hand-over file',
            recordedAt: deps.now().toISOString(),
            recordedBy: context.worker,
            correctsId: null,
          });
        }
        for (const assessment of payload.assessments) await store.assessments.insert(assessment);
        for (const referral of payload.referrals) await store.referrals.insert(referral);
        for (const entry of payload.actions) await store.actions.append(entry);
        for (const document of payload.documents) await store.documents.add(document);
        await recordClosure(deps, null, record);
        return { caseId: record.id, reference: record.reference, previousReference };
      });
    },
  };
}
