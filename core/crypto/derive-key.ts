import { scryptSync } from 'node:crypto';

/** scrypt's cost, as stored beside whatever it protects so that a later release can still open it. */
export interface ScryptParameters {
  /** log2 of scrypt's N: 14 is 16 MiB and a few hundredths of a second, 17 is 128 MiB and about half a second. */
  logN: number;
  r?: number;
  p?: number;
}

/** Nothing Crossings reads may make it spend more than this on one derivation (a file could otherwise ask for gigabytes). */
export const MAX_SCRYPT_LOG_N = 20;

/**
 * The one way Crossings turns something a person types (a passphrase, a hand-over password, an unlock PIN) into key
 * material. The text is NFC-normalised, so the same words typed on another keyboard or system give the same key; any
 * further cleaning of what was typed (a PIN's spaces) is the caller's, before it gets here.
 */
export function deriveKeyFromSecret(secret: string, salt: Buffer, parameters: ScryptParameters, bytes: number): Buffer {
  const logN = parameters.logN;
  const r = parameters.r ?? 8;
  const p = parameters.p ?? 1;
  if (!Number.isInteger(logN) || logN < 1 || logN > MAX_SCRYPT_LOG_N || r < 1 || p < 1 || r * p > 64) {
    throw new Error('unreasonable scrypt cost');
  }
  const N = 2 ** logN;
  return scryptSync(secret.normalize('NFC'), salt, bytes, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 });
}

/** log2 of an N stored as a number (hand-over files keep N itself); throws unless it is a power of two. */
export function logNOf(N: number): number {
  const logN = Math.log2(N);
  if (!Number.isInteger(logN)) throw new Error('scrypt N is not a power of two');
  return logN;
}
