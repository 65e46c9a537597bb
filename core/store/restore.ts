import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../domain/errors';
import { fileIsGood, secureDelete, stamp } from './integrity';
import { syncFolder } from './keys';

export interface PutBackupInPlaceOptions {
  /** The backup to put in place (already named by the worker and found in the backups folder). */
  source: string;
  databaseFile: string;
  key: Buffer;
  now: () => Date;
  /** Closes the case records: called once the copy is checked, just before the case file is moved. */
  closeRecords: () => void;
  /** Told each step as it starts, in the worker's words. */
  step: (text: string) => void;
}

/**
 * The file moves of a restore. The backup is checked, copied beside the case file and checked again before
 * anything is moved; then the current case file (with its write-ahead log) is put aside under a new name, never over
 * an earlier one, and the copy takes its place. Answers the name the replaced file was kept under, if there was one.
 */
export function putBackupInPlace(options: PutBackupInPlaceOptions): { replacedFile: string | null } {
  const { source, databaseFile, key, now, step } = options;
  const dataFolder = path.dirname(databaseFile);
  const databaseName = path.basename(databaseFile);

  step('Checking the backup');
  if (!fileIsGood(source, key, 'full').ok) {
    throw new AppError('STORAGE', 'That backup is damaged or cannot be opened with this computer’s key, so it was not restored. Nothing was changed.');
  }

  step('Copying the backup beside the case file');
  const incoming = `${databaseFile}.restoring`;
  secureDelete(incoming);
  fs.copyFileSync(source, incoming, fs.constants.COPYFILE_EXCL);
  fs.chmodSync(incoming, 0o600);
  const handle = fs.openSync(incoming, 'r+');
  fs.fsyncSync(handle);
  fs.closeSync(handle);
  if (!fileIsGood(incoming, key, 'full').ok) {
    secureDelete(incoming);
    throw new AppError('STORAGE', 'The copy of the backup failed its check, so nothing was restored. Nothing was changed.');
  }

  step('Closing the case records');
  options.closeRecords();

  step('Putting the current case file aside');
  let replacedFile: string | null = null;
  if (fs.existsSync(databaseFile)) {
    replacedFile = `${databaseName}.replaced-${stamp(now())}`;
    // Never over an earlier replaced file (two restores in the same second).
    for (let n = 2; fs.existsSync(path.join(dataFolder, replacedFile)); n += 1) replacedFile = `${databaseName}.replaced-${stamp(now())}-${n}`;
    const aside = path.join(dataFolder, replacedFile);
    fs.renameSync(databaseFile, aside);
    // A write-ahead log belongs to the file it was written for: it goes aside with it.
    for (const suffix of ['-wal', '-shm']) {
      if (fs.existsSync(databaseFile + suffix)) fs.renameSync(databaseFile + suffix, aside + suffix);
    }
  }
  fs.renameSync(incoming, databaseFile);
  syncFolder(dataFolder);
  return { replacedFile };
}
