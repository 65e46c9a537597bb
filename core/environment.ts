import os from 'node:os';
import path from 'node:path';

/** The default for browser mode: the recovery key once on the terminal, framed so it stands out. */
export function printRecoveryKey(recoveryKey: string): void {
  const lines = [
    'RECOVERY KEY: write this down now and keep it somewhere safe, away from this computer.',
    'It is shown only this once. Without it, forgetting the passphrase means losing the case records.',
    '',
    `    ${recoveryKey}`,
  ];
  const width = Math.max(...lines.map((line) => line.length)) + 4;
  console.log(`\n${'='.repeat(width)}\n${lines.map((line) => `  ${line}`).join('\n')}\n${'='.repeat(width)}\n`);
}

/** The name recorded against each change: a configured display name, or the computer account. */
export function workerName(): string {
  const configured = process.env.CROSSINGS_WORKER_NAME?.trim();
  if (configured) return configured;
  try {
    return os.userInfo().username;
  } catch {
    return 'Unknown worker';
  }
}

/** Browser mode keeps data in CROSSINGS_DATA_DIR, or in a folder in the worker's home. */
export function browserDataFolder(): string {
  const configured = process.env.CROSSINGS_DATA_DIR?.trim();
  return configured ? path.resolve(configured) : path.join(os.homedir(), '.crossings');
}
