import { spawn } from 'node:child_process';
import path from 'node:path';
import { DATABASE_FILE, openCore } from '../../../core/core';
import { applyKey, integrityCheck } from '../../../core/store/db';
import { keyFilePath, passphraseWrapper, unlockDataKey, type ScryptCost } from '../../../core/store/keys';
import Database from 'better-sqlite3-multiple-ciphers';

/**
 * Kills a process that is saving cases with SIGKILL at random moments, then checks the database after each kill:
 * it opens, integrity_check is ok, and every save the child reported as committed is there. Shared by the
 * integration test and `npm run bench:crash`. The kill times come from a seeded generator whose seed is printed;
 * CROSSINGS_CRASH_SEED=<seed> repeats a run's kill times exactly.
 */

const projectRoot = path.resolve(__dirname, '..', '..', '..');
export const PASSPHRASE = 'crash test passphrase';
const COST: ScryptCost = { logN: 10 };

export interface TrialResult {
  reported: number;
  missing: string[];
  integrity: string;
  opened: boolean;
  childProblem?: string;
  killedAfterMs: number;
}

export interface CrashSummary {
  /** The seed the kill times came from: CROSSINGS_CRASH_SEED=<seed> repeats them. */
  seed: number;
  trials: number;
  kills: number;
  /** Kills that landed after at least one save had been reported, so while saves were going on. */
  killsAfterASave: number;
  reportedCommitted: number;
  lost: number;
  integrityFailures: number;
  openFailures: number;
  childProblems: string[];
  casesInDatabase: number;
  durationMs: number;
}

/** The seed from CROSSINGS_CRASH_SEED when given (to repeat a run), otherwise a new one. */
export function crashSeed(env: NodeJS.ProcessEnv = process.env): number {
  const given = env.CROSSINGS_CRASH_SEED;
  if (given !== undefined && given.trim() !== '') {
    const seed = Number(given);
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new Error(`CROSSINGS_CRASH_SEED must be a whole number from 0 to 4294967295, not ${given}`);
    return seed;
  }
  return Math.floor(Math.random() * 0x100000000);
}

/** mulberry32: a small, well-mixed generator, so the same seed gives the same kill times on any machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 0x100000000;
  };
}

/** Makes the data folder's key file and empty encrypted database, as a first start would. */
export function prepareCrashFolder(folder: string): void {
  const core = openCore({ dataFolder: folder, mode: 'browser', version: 'crash-test', keyWrapper: passphraseWrapper(PASSPHRASE, COST), onRecoveryKey: () => undefined, dailyBackup: false, log: () => undefined });
  if (core.status().state !== 'ok') throw new Error(core.status().message);
  core.close();
}

/**
 * Starts a child that saves cases one after another and kills it with SIGKILL `killAfterMs` after it is ready; with
 * `saves`, the child stops after that many and the kill lands `killAfterMs` after it says so (every save acknowledged,
 * however fast or slow the machine).
 */
export function runChild(folder: string, killAfterMs: number, options: { saves?: number } = {}): Promise<{ ids: string[]; problem?: string; killedAfterMs: number }> {
  return new Promise((resolve, reject) => {
    // tsx as a loader in this very process (not the tsx command, which would start a second process that the kill
    // would miss): the SIGKILL lands on the process that is writing.
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'scripts', 'crash-child.ts'), folder, ...(options.saves ? [String(options.saves)] : [])], {
      cwd: projectRoot,
      env: { ...process.env, CROSSINGS_PASSPHRASE: PASSPHRASE },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let errors = '';
    let readyAt = 0;
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (!readyAt && output.includes(options.saves ? 'DONE\n' : 'READY\n')) {
        readyAt = Date.now();
        // The kill lands at a random moment while saves are going on.
        timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    const safety = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.once('error', reject);
    child.once('exit', () => {
      clearTimeout(safety);
      if (timer) clearTimeout(timer);
      const ids: string[] = [];
      let problem: string | undefined;
      // Only whole lines count: a line cut short by the kill was not fully reported.
      for (const line of output.split('\n').slice(0, -1)) {
        if (line.startsWith('COMMITTED ')) ids.push(line.slice('COMMITTED '.length));
        else if (line.startsWith('FAILED') || line.startsWith('ERROR')) problem = line;
      }
      if (!readyAt && !problem) problem = `child stopped before it was ready: ${errors.slice(0, 500)}`;
      resolve({ ids, ...(problem ? { problem } : {}), killedAfterMs: readyAt ? Date.now() - readyAt : 0 });
    });
  });
}

/** Opens the database after a kill, checks it whole, and answers which reported ids are missing. */
export function verifyAfterKill(folder: string, ids: string[]): { opened: boolean; integrity: string; missing: string[]; total: number } {
  let db: Database.Database | undefined;
  try {
    const key = unlockDataKey(keyFilePath(folder), passphraseWrapper(PASSPHRASE, COST));
    db = new Database(path.join(folder, DATABASE_FILE), { fileMustExist: true });
    applyKey(db, key);
    const integrity = integrityCheck(db);
    const has = db.prepare('SELECT 1 FROM cases WHERE id = ?').pluck();
    const missing = ids.filter((id) => has.get(id) === undefined);
    const total = db.prepare('SELECT count(*) FROM cases').pluck().get() as number;
    return { opened: true, integrity, missing, total };
  } catch (error) {
    return { opened: false, integrity: error instanceof Error ? error.message : String(error), missing: ids, total: 0 };
  } finally {
    db?.close();
  }
}

export async function runCrashTrials(
  folder: string,
  trials: number,
  options: { seed?: number; minKillMs?: number; maxKillMs?: number; onTrial?: (n: number, result: TrialResult) => void } = {},
): Promise<CrashSummary> {
  const started = Date.now();
  const min = options.minKillMs ?? 5;
  const max = options.maxKillMs ?? 400;
  const seed = options.seed ?? crashSeed();
  const random = seededRandom(seed);
  // Printed before the first kill, so a failing or hanging run can still be repeated.
  console.log(`Crash trials: kill times from seed ${seed} (CROSSINGS_CRASH_SEED=${seed} repeats them)`);
  const summary: CrashSummary = { seed, trials, kills: 0, killsAfterASave: 0, reportedCommitted: 0, lost: 0, integrityFailures: 0, openFailures: 0, childProblems: [], casesInDatabase: 0, durationMs: 0 };
  for (let n = 1; n <= trials; n += 1) {
    const killAfter = min + Math.floor(random() * (max - min));
    const child = await runChild(folder, killAfter);
    if (child.problem) summary.childProblems.push(child.problem);
    else summary.kills += 1;
    const check = verifyAfterKill(folder, child.ids);
    if (!child.problem && child.ids.length > 0) summary.killsAfterASave += 1;
    summary.reportedCommitted += child.ids.length;
    summary.lost += check.missing.length;
    if (!check.opened) summary.openFailures += 1;
    else if (check.integrity !== 'ok') summary.integrityFailures += 1;
    summary.casesInDatabase = check.total;
    options.onTrial?.(n, { reported: child.ids.length, missing: check.missing, integrity: check.integrity, opened: check.opened, killedAfterMs: child.killedAfterMs, ...(child.problem ? { childProblem: child.problem } : {}) });
  }
  summary.durationMs = Date.now() - started;
  return summary;
}
