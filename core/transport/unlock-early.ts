import fs from 'node:fs';
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
export function unlockInBackground(keyFile: string, passphrase: string): Promise<EarlyUnlock> {
  const plain = passphraseWrapper(passphrase);
  const workerFile = path.join(__dirname, 'unlock-worker.cjs');
  if (!__filename.endsWith('.cjs') || !fs.existsSync(workerFile) || !fs.existsSync(keyFile)) return Promise.resolve({ wrapper: plain });
  return new Promise((resolve) => {
    const worker = new Worker(workerFile, { workerData: { keyFile, passphrase } });
    const settle = (answer: { blob: Uint8Array; key: Uint8Array } | null) => {
      worker.removeAllListeners();
      if (!answer) return resolve({ wrapper: plain });
      const unlocked = { blob: Buffer.from(answer.blob), key: Buffer.from(answer.key) };
      resolve({ wrapper: unlockedWrapper(unlocked, plain), unlocked });
    };
    worker.once('message', settle);
    worker.once('error', () => settle(null));
    worker.once('exit', () => settle(null));
  });
}

export interface EarlyUnlock {
  wrapper: KeyWrapper;
  /** The key-file entry that was opened and the data key in it, where the early unlock worked. */
  unlocked?: Unlocked;
}

export interface Unlocked {
  blob: Buffer;
  key: Buffer;
}

/** Hands over an already unlocked data key for its own key-file entry; anything else goes to `otherwise` (or is refused). */
export function unlockedWrapper(unlocked: Unlocked, otherwise?: KeyWrapper): KeyWrapper {
  return {
    kind: 'passphrase',
    wrap: (dataKey) => {
      if (!otherwise) throw new Error('this wrapper only opens an unlocked key');
      return otherwise.wrap(dataKey);
    },
    unwrap: (wrapped) => {
      if (wrapped.equals(unlocked.blob)) return Buffer.from(unlocked.key);
      if (!otherwise) throw new Error('not the key-file entry that was unlocked');
      return otherwise.unwrap(wrapped);
    },
  };
}
