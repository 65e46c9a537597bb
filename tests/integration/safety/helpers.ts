import Database from 'better-sqlite3-multiple-ciphers';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { applyKey } from '../../../core/store/db';
import { keyFilePath, unlockDataKey } from '../../../core/store/keys';
import { testKeyWrapper } from '../../fixtures/core';

/** Every file and folder under `folder` with the SHA-256 of each file: equal snapshots mean nothing was touched. */
export function snapshot(folder: string): Record<string, string> {
  const result: Record<string, string> = {};
  const visit = (entry: string) => {
    const relative = path.relative(folder, entry) || '.';
    const stat = fs.lstatSync(entry);
    if (stat.isDirectory()) {
      result[relative] = `folder ${(stat.mode & 0o777).toString(8)}`;
      for (const child of fs.readdirSync(entry)) visit(path.join(entry, child));
    } else {
      result[relative] = `${(stat.mode & 0o777).toString(8)} ${createHash('sha256').update(fs.readFileSync(entry)).digest('hex')}`;
    }
  };
  visit(folder);
  return result;
}

/** Opens the case file directly with the data key from the test passphrase, as SQLCipher tools would. */
export function openRaw(folder: string, file = path.join(folder, 'crossings.db')): Database.Database {
  const key = unlockDataKey(keyFilePath(folder), testKeyWrapper());
  const db = new Database(file, { fileMustExist: true });
  applyKey(db, key);
  return db;
}

export function child(given: string, family: string) {
  return { names: [{ given, family, type: 'main' as const }] };
}

export const newCase = (given: string, family: string) => ({
  jurisdiction: 'England' as const,
  localAuthority: null,
  leadWorker: 'A worker',
  child: child(given, family),
});
