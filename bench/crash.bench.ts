// npm run bench:crash: the crash test 200 times (or the number given). Prints the seed of the kill times and what was
// saved, lost and checked; CROSSINGS_CRASH_SEED=<seed> repeats a run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { prepareCrashFolder, runCrashTrials } from '../tests/integration/safety/crash-harness';

async function main(): Promise<void> {
  const trials = Number(process.argv[2] ?? 200);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'crossings-crash-bench-'));
  let passed: boolean;
  try {
    prepareCrashFolder(folder);
    console.log(`Killing a saving process with SIGKILL ${trials} times (data in ${folder})…`);
    const summary = await runCrashTrials(folder, trials, {
      onTrial: (n, result) => {
        if (n % 20 === 0 || result.missing.length > 0 || result.integrity !== 'ok' || result.childProblem) {
          console.log(`  ${n}/${trials}: ${result.reported} reported, ${result.missing.length} missing, integrity ${result.integrity}, killed after ${result.killedAfterMs} ms${result.childProblem ? `, ${result.childProblem}` : ''}`);
        }
      },
    });
    console.log(
      [
        `seed:                         ${summary.seed} (CROSSINGS_CRASH_SEED=${summary.seed} npm run bench:crash -- ${trials} repeats the kill times)`,
        `trials:                       ${summary.trials}`,
        `kills:                        ${summary.kills}`,
        `kills after a save reported:  ${summary.killsAfterASave}`,
        `saves reported as committed:  ${summary.reportedCommitted}`,
        `reported saves lost:          ${summary.lost}`,
        `integrity_check failures:     ${summary.integrityFailures}`,
        `database failed to open:      ${summary.openFailures}`,
        `child problems:               ${summary.childProblems.length}`,
        `cases in the database at end: ${summary.casesInDatabase}`,
        `time:                         ${(summary.durationMs / 1000).toFixed(1)} s`,
      ].join('\n'),
    );
    passed = summary.lost === 0 && summary.integrityFailures === 0 && summary.openFailures === 0 && summary.childProblems.length === 0;
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
  process.exit(passed ? 0 : 1);
}

void main();
