import { spawnSync } from 'node:child_process';
import path from 'node:path';

const projectRoot = path.resolve(__dirname, '..', '..');

/** `npm run doc` through package.json's own script, as the README gives it, as a separate process. */
export function runDoc(args: string[], environment: { passphrase: string; worker: string }) {
  return spawnSync('npm', ['run', '-s', 'doc', '--', ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, CROSSINGS_PASSPHRASE: environment.passphrase, CROSSINGS_WORKER_NAME: environment.worker },
    timeout: 120_000,
  });
}
