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
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { keyFilePath } from '../core/store/keys';
import { browserDataFolderBeforeLoading, unlockInBackground } from '../core/transport/unlock-early';

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

interface Generated {
  pdfBase64: string;
  entry: { sha256: string; pageCount: number };
  missing: string[];
  problems: Array<{ field: string; message: string }>;
}

const commandLineFields = ['type', 'audience', 'agencyName', 'customForm'];

/** A reference as a file name: case references are letters, digits and hyphens, but a typed one might not be. */
const fileNamePart = (text: string) => text.replace(/[^A-Za-z0-9._-]+/g, '-');

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

  const dataFolder = values['data-dir'] ? path.resolve(values['data-dir']) : browserDataFolderBeforeLoading();
  const passphrase = process.env.CROSSINGS_PASSPHRASE;
  const unlocking = passphrase ? unlockInBackground(keyFilePath(dataFolder), passphrase) : undefined;

  const { openCore, workerName } = await import('../core/core');
  const keyWrapper = await unlocking;
  const worker = values.worker?.trim() || workerName();
  const core = openCore({ dataFolder, mode: 'browser', version: process.env.npm_package_version ?? '0.0.0', ...(keyWrapper ? { keyWrapper } : {}) });
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

    const outFolder = batch ? path.resolve(values['out-dir']!) : undefined;
    if (outFolder) mkdirSync(outFolder, { recursive: true, mode: 0o700 });
    let failed = 0;
    for (const { id, reference } of chosen) {
      const result = await core.dispatch(
        'documents.generate',
        {
          caseId: id,
          type: values.type,
          audience: values.audience,
          ...(values.agency ? { agencyName: values.agency } : {}),
          ...(values.form ? { customForm: values.form } : {}),
        },
        context,
      );
      if (!result.ok) {
        const issues = result.error.issues?.map((issue) => `  ${issue.path}: ${issue.message}`).join('\n') ?? '';
        const message = `${result.error.message}${issues ? `\n${issues}` : ''}`;
        // A wrong type, audience, agency or form is wrong for every case: say so once, with the usage.
        const commandLineIssue = result.error.issues?.some((issue) => commandLineFields.includes(issue.path.split('.')[0]!)) ?? false;
        if (!batch || commandLineIssue) fail(message, true);
        console.error(`${reference}: not written. ${message}`);
        failed += 1;
        continue;
      }
      const output = result.value as Generated;
      const outFile = outFolder ? path.join(outFolder, `${fileNamePart(reference)}-${values.type}-${values.audience}.pdf`) : path.resolve(values.out!);
      writeFileSync(outFile, Buffer.from(output.pdfBase64, 'base64'), { mode: 0o600 });
      const prefix = batch ? `${reference}: ` : '';
      console.log(`${prefix}Wrote ${outFile} (${output.entry.pageCount} pages, SHA-256 ${output.entry.sha256})`);
      if (output.missing.length > 0) console.log(`${prefix}Not recorded, so left empty: ${output.missing.length} (${output.missing.slice(0, 5).join('; ')}${output.missing.length > 5 ? '; …' : ''})`);
      for (const problem of output.problems) console.log(`${prefix}Problem: ${problem.field}: ${problem.message}`);
    }
    if (batch) {
      console.log(`Wrote ${chosen.length - failed} of ${chosen.length} documents to ${outFolder}.`);
      if (failed > 0) process.exitCode = 1;
    }
  } finally {
    core.close();
  }
}

main().catch(async (error: unknown) => {
  if (error instanceof Stop) console.error(error.withUsage ? `${error.message}\n\n${await usage()}` : error.message);
  else console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
