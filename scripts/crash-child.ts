// The child process for the crash test (tests/integration/safety/crash.test.ts, npm run bench:crash): opens the case
// records in the given data folder as the app does, then saves new cases one after another through the real
// dispatcher and services, printing `COMMITTED <id>` only after each save has returned. The parent kills it with
// SIGKILL at a moment drawn from its printed seed (CROSSINGS_CRASH_SEED repeats it) and checks that every case
// reported here is in the database.
import { openCore } from '../core/core';
import { passphraseWrapper } from '../core/store/keys';

async function main(): Promise<void> {
  const dataFolder = process.argv[2];
  const passphrase = process.env.CROSSINGS_PASSPHRASE;
  if (!dataFolder || !passphrase) {
    console.error('usage: CROSSINGS_PASSPHRASE=… tsx scripts/crash-child.ts <data folder> [number of saves]');
    process.exit(2);
  }
  const core = openCore({ dataFolder, mode: 'browser', version: 'crash-test', keyWrapper: passphraseWrapper(passphrase), dailyBackup: false, log: () => undefined });
  const status = core.status();
  if (status.state !== 'ok') {
    process.stdout.write(`FAILED ${status.state}: ${status.message}\n`);
    process.exit(3);
  }
  process.stdout.write('READY\n');
  // With a number of saves, it makes that many, says DONE and waits to be killed.
  const saves = Number(process.argv[3] ?? Infinity);
  for (let n = 1; n <= saves; n += 1) {
    const result = await core.dispatch(
      'cases.create',
      {
        jurisdiction: 'England',
        localAuthority: null,
        leadWorker: 'Crash test',
        child: { names: [{ given: 'Crash', family: `Child ${process.pid}-${n}`, type: 'main' }] },
      },
      { worker: 'Crash test' },
    );
    if (!result.ok) {
      process.stdout.write(`ERROR ${result.error.code}: ${result.error.message}\n`);
      process.exit(4);
    }
    process.stdout.write(`COMMITTED ${(result.value as { id: string }).id}\n`);
  }
  process.stdout.write('DONE\n');
  setInterval(() => undefined, 60_000);
}

void main();
