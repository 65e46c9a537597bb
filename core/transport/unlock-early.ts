import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { passphraseWrapper, type KeyWrapper } from '../store/keys';

/**
 * Unlocking is deliberately slow (scrypt, about half a second), and so is loading Crossings' JavaScript. Started
 * first, this derives the data key on a second thread while the main thread loads the rest, and answers a wrapper
 * for openCore() that hands over that key for the same key-file entry and unwraps anything else as usual (so a wrong
 * passphrase or a changed key file gets the usual explanation). Only the compiled build (dist/node) has the worker;
 * run from the TypeScript sources it answers the plain passphrase wrapper.
 */
export function unlockInBackground(keyFile: string, passphrase: string): Promise<KeyWrapper> {
  const plain = passphraseWrapper(passphrase);
  const workerFile = path.join(__dirname, 'unlock-worker.cjs');
  if (!__filename.endsWith('.cjs') || !fs.existsSync(workerFile) || !fs.existsSync(keyFile)) return Promise.resolve(plain);
  return new Promise((resolve) => {
    const worker = new Worker(workerFile, { workerData: { keyFile, passphrase } });
    const settle = (answer: { blob: Uint8Array; key: Uint8Array } | null) => {
      worker.removeAllListeners();
      if (!answer) return resolve(plain);
      const blob = Buffer.from(answer.blob);
      const key = Buffer.from(answer.key);
      resolve({
        kind: plain.kind,
        wrap: (dataKey) => plain.wrap(dataKey),
        unwrap: (wrapped) => (wrapped.equals(blob) ? Buffer.from(key) : plain.unwrap(wrapped)),
      });
    };
    worker.once('message', settle);
    worker.once('error', () => settle(null));
    worker.once('exit', () => settle(null));
  });
}

/**
 * browserDataFolder() from core/core.ts, for the entry points to start unlocking before that module is loaded
 * (tests/unit/unlock-early.test.ts keeps the two the same).
 */
export function browserDataFolderBeforeLoading(): string {
  const configured = process.env.CROSSINGS_DATA_DIR?.trim();
  return configured ? path.resolve(configured) : path.join(os.homedir(), '.crossings');
}
