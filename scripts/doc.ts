/**
 * Generates documents from the command line, through the same dispatcher and services as the app, and records each
 * in its case's document register:
 *
 *   npm run doc -- --case CR-2026-0042 --type meeting-pack --audience strategy-meeting --out pack.pdf
 *   npm run doc -- --cases CR-2026-0042,CR-2026-0043 --type children-services-referral --audience children-services --out-dir referrals
 *   npm run doc -- --all-open --type children-services-referral --audience children-services --out-dir referrals
 *
 * One case writes the file --out; several (--cases, or --all-open for every open case) unlock the case records once
 * and write one file per case into --out-dir, named REFERENCE-TYPE-AUDIENCE.pdf. Optionally --agency NAME (for the
 * named-agency audience), --form NAME (an organisation's own form from <data folder>/forms/), --data-dir FOLDER
 * (otherwise CROSSINGS_DATA_DIR or ~/.crossings, as in browser mode) and --worker NAME (otherwise
 * CROSSINGS_WORKER_NAME or the computer account). The passphrase comes from CROSSINGS_PASSPHRASE.
 *
 * `npm run doc` runs the compiled copy in dist/node (scripts/build-node.mjs); the rest of Crossings is loaded only
 * once the unlock has started on another thread (core/transport/unlock-early.ts).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { keyFilePath } from '../core/store/keys';
import { browserDataFolder, workerName } from '../core/environment';
import { unlockInBackground, type Unlocked } from '../core/transport/unlock-early';
import { batchFileName, generateFromQueue, generateOne, type ChosenCase, type DocumentRequest, type Report } from './doc-cases';

async function usage(): Promise<string> {
  const [{ documentTypes }, { documentAudiences }] = await Promise.all([import('../domain/documents/catalogue'), import('../domain/documents/model')]);
  return `Usage: npm run doc -- --case REF --type TYPE --audience AUDIENCE --out FILE [options]
       npm run doc -- --cases REF,REF,... --type TYPE --audience AUDIENCE --out-dir FOLDER [options]
       npm run doc -- --all-open --type TYPE --audience AUDIENCE --out-dir FOLDER [options]
  options:  [--agency NAME] [--form NAME] [--data-dir FOLDER] [--worker NAME]
  TYPE:     ${documentTypes.join(', ')}
  AUDIENCE: ${documentAudiences.join(', ')}`;
}

/** Stops the command with a message for the worker (and the usage when the command line itself is wrong). */
class Stop extends Error {
  constructor(
    message: string,
    readonly withUsage = false,
  ) {
    super(message);
  }
}

function fail(message: string, withUsage = false): never {
  throw new Stop(message, withUsage);
}

/** From this many cases a second thread shares the work, where there is a second core (it costs a second start of about half a second). */
const SECOND_THREAD_FROM = 8;

/**
 * Starts doc-worker.ts (compiled builds only) on the same queue of cases; answers how many it could not write. If
 * it stops part-way, the case it was on is reported as not written and the main thread takes the rest.
 */
function startSecondThread(options: { dataFolder: string; version: string; worker: string; unlocked: Unlocked; cases: ChosenCase[]; next: Int32Array; request: DocumentRequest; outFolder: string; report: Report }): Promise<number> | undefined {
  const workerFile = path.join(__dirname, 'doc-worker.cjs');
  if (!__filename.endsWith('.cjs') || !existsSync(workerFile) || availableParallelism() < 2) return undefined;
  const { report, next, cases, ...rest } = options;
  return new Promise((resolve) => {
    const thread = new Worker(workerFile, { workerData: { ...rest, cases, next: next.buffer } });
    let onCase: number | undefined;
    let settled = false;
    const stop = (why: string) => {
      if (settled) return;
      settled = true;
      if (onCase !== undefined) report(`${cases[onCase]!.reference}: not written. The second thread stopped: ${why}`, true);
      resolve(onCase === undefined ? 0 : 1);
    };
    thread.on('message', (message: { kind: 'line'; line: string; isError: boolean } | { kind: 'on-case'; index: number | undefined } | { kind: 'done'; failed: number } | { kind: 'stopped'; message: string }) => {
      if (message.kind === 'line') report(message.line, message.isError);
      else if (message.kind === 'on-case') onCase = message.index;
      else if (message.kind === 'stopped') stop(message.message);
      else if (!settled) {
        settled = true;
        resolve(message.failed);
      }
    });
    thread.once('error', (error) => stop(error.message));
    thread.once('exit', (code) => stop(`it exited with code ${code}`));
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      case: { type: 'string' },
      cases: { type: 'string' },
      'all-open': { type: 'boolean' },
      type: { type: 'string' },
      audience: { type: 'string' },
      out: { type: 'string' },
      'out-dir': { type: 'string' },
      agency: { type: 'string' },
      form: { type: 'string' },
      'data-dir': { type: 'string' },
      worker: { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(await usage());
    return;
  }
  const choices = [values.case !== undefined, values.cases !== undefined, values['all-open'] === true].filter(Boolean).length;
  if (choices !== 1) fail('Name one case with --case, several with --cases, or every open case with --all-open.', true);
  const batch = values.case === undefined;
  if (!values.type || !values.audience) fail('Say which document (--type) and for whom (--audience).', true);
  if (!batch && !values.out) fail('Say where to write the document with --out FILE.', true);
  if (batch && !values['out-dir']) fail('Say which folder to write the documents into with --out-dir FOLDER.', true);
  const references = values.cases
    ?.split(',')
    .map((reference) => reference.trim())
    .filter((reference) => reference !== '');
  if (values.cases !== undefined && references!.length === 0) fail('--cases needs at least one case reference.', true);

  const dataFolder = values['data-dir'] ? path.resolve(values['data-dir']) : browserDataFolder();
  const passphrase = process.env.CROSSINGS_PASSPHRASE;
  const unlocking = passphrase ? unlockInBackground(keyFilePath(dataFolder), passphrase) : undefined;

  const { openCore } = await import('../core/core');
  const early = await unlocking;
  const worker = values.worker?.trim() || workerName();
  const version = process.env.npm_package_version ?? '0.0.0';
  const core = openCore({ dataFolder, mode: 'browser', version, ...(early ? { keyWrapper: early.wrapper } : {}) });
  const context = { worker };
  try {
    const status = core.status();
    if (status.state !== 'ok') fail(status.message);

    /** Case id and reference for a reference as typed (any capitals) or a case id. */
    const findCase = async (typed: string): Promise<{ id: string; reference: string } | undefined> => {
      if (/^[0-9a-f-]{36}$/i.test(typed)) return { id: typed, reference: typed };
      const found = await core.dispatch('cases.list', { query: typed, status: 'all', limit: 500 }, context);
      if (!found.ok) fail(found.error.message);
      const { cases } = found.value as { cases: Array<{ id: string; reference: string }> };
      return cases.find((summary) => summary.reference.toLowerCase() === typed.trim().toLowerCase());
    };

    let chosen: Array<{ id: string; reference: string }>;
    if (values['all-open']) {
      const open = await core.dispatch('cases.list', { status: 'open', limit: 500 }, context);
      if (!open.ok) fail(open.error.message);
      const { cases, total } = open.value as { cases: Array<{ id: string; reference: string }>; total: number };
      if (total > cases.length) fail(`There are ${total} open cases, more than --all-open takes at once (${cases.length}). Name them in groups with --cases.`);
      if (cases.length === 0) fail(`There are no open cases in ${dataFolder}.`);
      chosen = cases;
    } else {
      // Every reference is checked before anything is written, so a mistyped one does not leave half a batch.
      chosen = [];
      const unknown: string[] = [];
      for (const typed of references ?? [values.case!]) {
        const match = await findCase(typed);
        if (!match) unknown.push(typed);
        else if (!chosen.some((earlier) => earlier.id === match.id)) chosen.push(match);
      }
      if (unknown.length > 0) fail(`No case with the reference ${unknown.join(', ')} in ${dataFolder}. Nothing was written.`);
    }

    const request: DocumentRequest = { type: values.type!, audience: values.audience!, ...(values.agency ? { agency: values.agency } : {}), ...(values.form ? { form: values.form } : {}) };
    const report: Report = (line, isError) => (isError ? console.error(line) : console.log(line));
    if (!batch) {
      const outcome = await generateOne(core, worker, chosen[0]!, request, path.resolve(values.out!), report, '');
      if (!outcome.written) fail(outcome.message, true);
      return;
    }

    const outFolder = path.resolve(values['out-dir']!);
    mkdirSync(outFolder, { recursive: true, mode: 0o700 });
    // The first case alone: a wrong type, audience, agency or form is wrong for every case, so say so once, with the usage.
    const first = await generateOne(core, worker, chosen[0]!, request, path.join(outFolder, batchFileName(chosen[0]!.reference, request)), report, `${chosen[0]!.reference}: `);
    if (!first.written && first.commandLine) fail(first.message, true);
    if (!first.written) report(`${chosen[0]!.reference}: not written. ${first.message}`, true);
    const next = new Int32Array(new SharedArrayBuffer(4));
    Atomics.store(next, 0, 1);
    const helper = early?.unlocked && chosen.length >= SECOND_THREAD_FROM ? startSecondThread({ dataFolder, version, worker, unlocked: early.unlocked, cases: chosen, next, request, outFolder, report }) : undefined;
    const failed = (first.written ? 0 : 1) + (await generateFromQueue(core, worker, chosen, next, request, outFolder, report)) + ((await helper) ?? 0);
    console.log(`Wrote ${chosen.length - failed} of ${chosen.length} documents to ${outFolder}.`);
    if (failed > 0) process.exitCode = 1;
  } finally {
    core.close();
  }
}

main().catch(async (error: unknown) => {
  if (error instanceof Stop) console.error(error.withUsage ? `${error.message}\n\n${await usage()}` : error.message);
  else console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
