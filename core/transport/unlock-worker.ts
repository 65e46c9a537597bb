import { parentPort, workerData } from 'node:worker_threads';
import { passphraseWrapper, unlockDataKey } from '../store/keys';

/** Runs in a worker thread (see unlock-early.ts): unlocks the key file with the passphrase and answers the blob it opened and the data key. */

const { keyFile, passphrase } = workerData as { keyFile: string; passphrase: string };
try {
  const wrapper = passphraseWrapper(passphrase);
  let opened: Buffer | undefined;
  const key = unlockDataKey(keyFile, {
    kind: wrapper.kind,
    wrap: (dataKey) => wrapper.wrap(dataKey),
    unwrap: (blob) => {
      opened = Buffer.from(blob);
      return wrapper.unwrap(blob);
    },
  });
  parentPort!.postMessage({ blob: opened, key });
} catch {
  // The main thread unlocks again and explains the problem in its usual words.
  parentPort!.postMessage(null);
}
