import { parentPort, workerData } from 'node:worker_threads';
import { openCore } from '../core/core';
import { unlockedWrapper, type Unlocked } from '../core/transport/unlock-early';
import { generateFromQueue, type ChosenCase, type DocumentRequest } from './doc-cases';

/**
 * A second thread for `npm run doc` with many cases (see doc.ts): opens the same case records with the data key
 * the main thread already unlocked, and takes cases from the same queue. Messages: each line to print, which case
 * it is on (if any), and at the end how many it could not write.
 */

const data = workerData as {
  dataFolder: string;
  version: string;
  worker: string;
  unlocked: { blob: Uint8Array; key: Uint8Array };
  cases: ChosenCase[];
  next: SharedArrayBuffer;
  request: DocumentRequest;
  outFolder: string;
};
const port = parentPort!;
const unlocked: Unlocked = { blob: Buffer.from(data.unlocked.blob), key: Buffer.from(data.unlocked.key) };

void (async () => {
  // The main thread has made today's backup if one was due.
  const core = openCore({
    dataFolder: data.dataFolder,
    mode: 'browser',
    version: data.version,
    keyWrapper: unlockedWrapper(unlocked),
    dailyBackup: false,
  });
  try {
    const status = core.status();
    if (status.state !== 'ok') {
      port.postMessage({ kind: 'stopped', message: status.message });
      return;
    }
    const failed = await generateFromQueue(
      core,
      data.worker,
      data.cases,
      new Int32Array(data.next),
      data.request,
      data.outFolder,
      (line, isError) => port.postMessage({ kind: 'line', line, isError: isError === true }),
      (index) => port.postMessage({ kind: 'on-case', index }),
    );
    port.postMessage({ kind: 'done', failed });
  } catch (error) {
    port.postMessage({ kind: 'stopped', message: error instanceof Error ? error.message : String(error) });
  } finally {
    core.close();
  }
})();
