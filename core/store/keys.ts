import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../domain/errors';
import { deriveKeyFromSecret, MAX_SCRYPT_LOG_N, type ScryptParameters } from '../crypto/derive-key';

/**
 * The data key and the key file.
 *
 * The case database is encrypted with one random 32-byte data key. That key is never stored as it is: the key file
 * next to the database holds it wrapped (encrypted) twice, once by the everyday protection (a passphrase, or the
 * operating system's keychain in the desktop app) and once by a recovery key that the organisation writes down at
 * first run. Either one unlocks the data key; the key file alone unlocks nothing.
 */

/** Wraps and unwraps the data key. Only electron/main.ts builds one from Electron's safeStorage. */
export interface KeyWrapper {
  /** Which entry of the key file this wrapper reads and writes. */
  readonly kind: 'passphrase' | 'os-keychain';
  wrap(key: Buffer): Buffer;
  /** Throws when the blob was not made by this wrapper (wrong passphrase, another computer's keychain). */
  unwrap(blob: Buffer): Buffer;
}

export const KEY_FILE = 'crossings-key.json';
export const DATA_KEY_BYTES = 32;

/** scrypt cost as log2(N). 17 (128 MiB, about half a second) by default; tests use less. */
export type ScryptCost = ScryptParameters;
export const defaultScryptCost: ScryptCost = { logN: 17, r: 8, p: 1 };

interface KeyFileContent {
  format: 'crossings-key-file';
  version: 1;
  /** How the database is encrypted: SQLCipher 4 page format with a raw 256-bit key. */
  cipher: 'sqlcipher-4-raw-key';
  createdAt: string;
  /** Base64 blobs by wrapper kind, plus `recovery`. */
  wrapped: Partial<Record<KeyWrapper['kind'] | 'recovery', string>>;
}

/** Why the data key could not be unlocked; each has its own message for the worker. */
export type KeyProblem = 'no-key-file' | 'key-file-damaged' | 'no-wrapper' | 'wrong-key' | 'no-entry';

export class KeyError extends AppError {
  constructor(
    readonly problem: KeyProblem,
    message: string,
  ) {
    super('LOCKED', message);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// AES-256-GCM wrapping

const MAGIC_PASSPHRASE = Buffer.from('CKP1');
const MAGIC_RECOVERY = Buffer.from('CKR1');

function seal(kek: Buffer, key: Buffer, aad: Buffer): { iv: Buffer; tag: Buffer; sealed: Buffer } {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(aad);
  const sealed = Buffer.concat([cipher.update(key), cipher.final()]);
  return { iv, tag: cipher.getAuthTag(), sealed };
}

function open(kek: Buffer, iv: Buffer, tag: Buffer, sealed: Buffer, aad: Buffer): Buffer | undefined {
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, iv);
    decipher.setAAD(aad);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(sealed), decipher.final()]);
  } catch {
    return undefined;
  }
}

function scryptKek(secret: string, salt: Buffer, cost: Required<ScryptCost>): Buffer {
  return deriveKeyFromSecret(secret, salt, cost, 32);
}

/**
 * The passphrase wrapper for browser mode and tests: a key-encryption key from scrypt, then AES-256-GCM.
 * Blob: "CKP1" | logN | r | p | salt(16) | iv(12) | tag(16) | sealed key(32).
 */
export function passphraseWrapper(passphrase: string, cost: ScryptCost = defaultScryptCost): KeyWrapper {
  if (passphrase.length === 0) throw new AppError('VALIDATION', 'The passphrase cannot be empty.');
  const make: Required<ScryptCost> = { r: 8, p: 1, ...cost };
  return {
    kind: 'passphrase',
    wrap(key) {
      const salt = randomBytes(16);
      const header = Buffer.concat([MAGIC_PASSPHRASE, Buffer.from([make.logN, make.r, make.p])]);
      const { iv, tag, sealed } = seal(scryptKek(passphrase, salt, make), key, header);
      return Buffer.concat([header, salt, iv, tag, sealed]);
    },
    unwrap(blob) {
      if (blob.length !== 7 + 16 + 12 + 16 + DATA_KEY_BYTES || !blob.subarray(0, 4).equals(MAGIC_PASSPHRASE)) {
        throw new Error('not a passphrase-wrapped key');
      }
      const stored = { logN: blob[4]!, r: blob[5]!, p: blob[6]! };
      if (stored.logN < 1 || stored.logN > MAX_SCRYPT_LOG_N || stored.r < 1 || stored.p < 1 || stored.r * stored.p > 64) {
        throw new Error('unreasonable scrypt cost in key file');
      }
      const salt = blob.subarray(7, 23);
      const key = open(scryptKek(passphrase, salt, stored), blob.subarray(23, 35), blob.subarray(35, 51), blob.subarray(51), blob.subarray(0, 7));
      if (!key) throw new Error('wrong passphrase');
      return key;
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Recovery key: 160 random bits, written as 8 groups of 4 characters (Crockford's base 32: no I, L, O or U).

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const RECOVERY_BYTES = 20;

export function newRecoveryKey(): string {
  return formatRecoveryKey(randomBytes(RECOVERY_BYTES));
}

function formatRecoveryKey(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return out.match(/.{4}/g)!.join('-');
}

/** Reads a recovery key as a person typed it: any case, spaces or dashes, O for 0 and I or L for 1. */
export function parseRecoveryKey(typed: string): Buffer | undefined {
  const cleaned = typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (cleaned.length !== 32 || [...cleaned].some((c) => !ALPHABET.includes(c))) return undefined;
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const c of cleaned) {
    value = (value << 5) | ALPHABET.indexOf(c);
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
      value &= (1 << bits) - 1;
    }
  }
  return Buffer.from(out);
}

/** The recovery key is already random, so HKDF (not a slow KDF) makes its key-encryption key. */
function recoveryKek(recovery: Buffer, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', recovery, salt, 'crossings recovery key v1', 32));
}

function wrapWithRecovery(recoveryKey: string, dataKey: Buffer): Buffer {
  const recovery = parseRecoveryKey(recoveryKey);
  if (!recovery) throw new Error('malformed recovery key');
  const salt = randomBytes(16);
  const { iv, tag, sealed } = seal(recoveryKek(recovery, salt), dataKey, MAGIC_RECOVERY);
  return Buffer.concat([MAGIC_RECOVERY, salt, iv, tag, sealed]);
}

function unwrapWithRecovery(recoveryKey: string, blob: Buffer): Buffer | undefined {
  const recovery = parseRecoveryKey(recoveryKey);
  if (!recovery || blob.length !== 4 + 16 + 12 + 16 + DATA_KEY_BYTES || !blob.subarray(0, 4).equals(MAGIC_RECOVERY)) return undefined;
  return open(recoveryKek(recovery, blob.subarray(4, 20)), blob.subarray(20, 32), blob.subarray(32, 48), blob.subarray(48), MAGIC_RECOVERY);
}

// ---------------------------------------------------------------------------------------------------------------
// The key file

export function keyFilePath(dataFolder: string): string {
  return path.join(dataFolder, KEY_FILE);
}

/** Writes a file owner-only and atomically: a temporary file, flushed, then renamed over the old one. */
export function writeFileAtomically(file: string, content: string | Buffer): void {
  const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  const fd = fs.openSync(temporary, 'wx', 0o600);
  try {
    fs.writeFileSync(fd, content);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temporary, file);
  syncFolder(path.dirname(file));
}

export function syncFolder(folder: string): void {
  if (process.platform === 'win32') return;
  const fd = fs.openSync(folder, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function readKeyFile(file: string): KeyFileContent {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new KeyError('no-key-file', 'The key that unlocks the case records is missing from this computer.');
    }
    throw new KeyError('key-file-damaged', `Crossings could not read its key file (${KEY_FILE}). Check that your account may read it.`);
  }
  try {
    const parsed = JSON.parse(text) as KeyFileContent;
    if (parsed.format !== 'crossings-key-file' || parsed.version !== 1 || typeof parsed.wrapped !== 'object' || parsed.wrapped === null) {
      throw new Error('not a key file');
    }
    return parsed;
  } catch {
    throw new KeyError(
      'key-file-damaged',
      `The key file (${KEY_FILE}) in the Crossings data folder is damaged. Put back the copy kept in the backups folder, ` +
        'or ask your IT team to restore it. The case records have not been changed.',
    );
  }
}

function writeKeyFile(file: string, content: KeyFileContent): void {
  writeFileAtomically(file, `${JSON.stringify(content, null, 2)}\n`);
}

/** First run: a new data key, wrapped by the everyday wrapper and by a new recovery key, written owner-only. */
export function createKeyFile(file: string, wrapper: KeyWrapper, now: Date = new Date()): { dataKey: Buffer; recoveryKey: string } {
  if (fs.existsSync(file)) throw new AppError('CONFLICT', 'A key file already exists; Crossings will not replace it.');
  const dataKey = randomBytes(DATA_KEY_BYTES);
  const recoveryKey = newRecoveryKey();
  writeKeyFile(file, {
    format: 'crossings-key-file',
    version: 1,
    cipher: 'sqlcipher-4-raw-key',
    createdAt: now.toISOString(),
    wrapped: { [wrapper.kind]: wrapper.wrap(dataKey).toString('base64'), recovery: wrapWithRecovery(recoveryKey, dataKey).toString('base64') },
  });
  return { dataKey, recoveryKey };
}

/** Unlocks the data key with the everyday wrapper. The key file is only read. */
export function unlockDataKey(file: string, wrapper: KeyWrapper | undefined): Buffer {
  const content = readKeyFile(file);
  if (!wrapper) {
    throw new KeyError('no-wrapper', 'Crossings needs its passphrase to open the case records. Start it again and give the passphrase.');
  }
  const blob = content.wrapped[wrapper.kind];
  if (!blob) {
    throw new KeyError(
      'no-entry',
      wrapper.kind === 'passphrase'
        ? 'These case records are protected by the desktop app on this computer, not by a passphrase. Open them in the Crossings desktop app, or use the recovery key.'
        : 'These case records are protected by a passphrase, not by this computer’s keychain. Use the recovery key to unlock them on this computer.',
    );
  }
  try {
    const key = wrapper.unwrap(Buffer.from(blob, 'base64'));
    if (key.length !== DATA_KEY_BYTES) throw new Error('unexpected key length');
    return key;
  } catch {
    throw new KeyError(
      'wrong-key',
      wrapper.kind === 'passphrase'
        ? 'That passphrase does not unlock these case records. Check it and start again, or use the recovery key. Nothing was changed.'
        : 'This computer’s keychain could not unlock the case records (this can happen after a new user profile or a reinstall). ' +
            'Use the recovery key to unlock them. Nothing was changed.',
    );
  }
}

/**
 * Unlocks the data key with the recovery key, then protects it again with `wrapper` (a new passphrase, or this
 * computer's keychain), so the worker can carry on. The recovery key itself stays valid.
 */
export function recoverDataKey(file: string, recoveryKey: string, wrapper: KeyWrapper): Buffer {
  const content = readKeyFile(file);
  const blob = content.wrapped.recovery;
  const key = blob ? unwrapWithRecovery(recoveryKey, Buffer.from(blob, 'base64')) : undefined;
  if (!key) {
    throw new KeyError('wrong-key', 'That recovery key does not unlock these case records. Check each group of characters and try again. Nothing was changed.');
  }
  writeKeyFile(file, { ...content, wrapped: { ...content.wrapped, [wrapper.kind]: wrapper.wrap(key).toString('base64') } });
  return key;
}

/** Whether a recovery key is the one for these case records, without changing anything. */
export function recoveryKeyOpens(file: string, recoveryKey: string): boolean {
  const blob = readKeyFile(file).wrapped.recovery;
  return blob !== undefined && unwrapWithRecovery(recoveryKey, Buffer.from(blob, 'base64')) !== undefined;
}

/** Whether two keys are the same, without leaking where they differ. */
export function sameKey(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}
