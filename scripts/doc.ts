/**
 * Generates a document from the command line, through the same dispatcher and services as the app, and records it
 * in the case's document register:
 *
 *   npm run doc -- --case CR-2026-0042 --type meeting-pack --audience strategy-meeting --out pack.pdf
 *
 * Options: --case (case reference or id), --type, --audience, --out, and optionally --agency NAME (for the
 * named-agency audience), --form NAME (an organisation's own form from <data folder>/forms/), --data-dir FOLDER
 * (otherwise CROSSINGS_DATA_DIR or ~/.crossings, as in browser mode) and --worker NAME (otherwise
 * CROSSINGS_WORKER_NAME or the computer account).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { documentAudiences, documentTypes } from '../domain/documents';
import { openCore } from '../core/core';
import { browserDataFolder, workerName } from '../core/environment';

const usage = `Usage: npm run doc -- --case REF --type TYPE --audience AUDIENCE --out FILE [--agency NAME] [--form NAME] [--data-dir FOLDER] [--worker NAME]
  TYPE:     ${documentTypes.join(', ')}
  AUDIENCE: ${documentAudiences.join(', ')}`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      case: { type: 'string' },
      type: { type: 'string' },
      audience: { type: 'string' },
      out: { type: 'string' },
      agency: { type: 'string' },
      form: { type: 'string' },
      'data-dir': { type: 'string' },
      worker: { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  if (!values.case || !values.type || !values.audience || !values.out) fail(usage);

  const dataFolder = values['data-dir'] ? path.resolve(values['data-dir']) : browserDataFolder();
  const worker = values.worker?.trim() || workerName();
  const core = openCore({ dataFolder, mode: 'browser', version: process.env.npm_package_version ?? '0.0.0' });
  try {
    const context = { worker };
    let caseId = values.case;
    if (!/^[0-9a-f-]{36}$/i.test(caseId)) {
      const found = await core.dispatch('cases.list', { query: values.case, status: 'all', limit: 500 }, context);
      if (!found.ok) fail(found.error.message);
      const { cases } = found.value as { cases: Array<{ id: string; reference: string }> };
      const match = cases.find((summary) => summary.reference.toLowerCase() === values.case!.trim().toLowerCase());
      if (!match) fail(`No case with the reference ${values.case} in ${dataFolder}.`);
      caseId = match.id;
    }
    const result = await core.dispatch(
      'documents.generate',
      {
        caseId,
        type: values.type,
        audience: values.audience,
        ...(values.agency ? { agencyName: values.agency } : {}),
        ...(values.form ? { customForm: values.form } : {}),
      },
      context,
    );
    if (!result.ok) {
      const issues = result.error.issues?.map((issue) => `  ${issue.path}: ${issue.message}`).join('\n') ?? '';
      fail(`${result.error.message}${issues ? `\n${issues}` : ''}\n\n${usage}`);
    }
    const output = result.value as { pdfBase64: string; entry: { sha256: string; pageCount: number }; missing: string[]; problems: Array<{ field: string; message: string }> };
    const outFile = path.resolve(values.out);
    writeFileSync(outFile, Buffer.from(output.pdfBase64, 'base64'), { mode: 0o600 });
    console.log(`Wrote ${outFile} (${output.entry.pageCount} pages, SHA-256 ${output.entry.sha256})`);
    if (output.missing.length > 0) console.log(`Not recorded, so left empty: ${output.missing.length} (${output.missing.slice(0, 5).join('; ')}${output.missing.length > 5 ? '; …' : ''})`);
    for (const problem of output.problems) console.log(`Problem: ${problem.field}: ${problem.message}`);
  } finally {
    core.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
