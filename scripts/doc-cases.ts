import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Core } from '../core/core';

/** The part of `npm run doc` that makes and writes the documents, shared by the main thread and doc-worker.ts. */

export interface DocumentRequest {
  type: string;
  audience: string;
  agency?: string;
  form?: string;
}

export interface ChosenCase {
  id: string;
  reference: string;
}

/** One line for the terminal, and whether it belongs on stderr. */
export type Report = (line: string, isError?: boolean) => void;

interface Generated {
  pdfBase64: string;
  entry: { sha256: string; pageCount: number };
  missing: string[];
  problems: Array<{ field: string; message: string }>;
}

const commandLineFields = ['type', 'audience', 'agencyName', 'customForm'];

/** A reference as a file name: case references are letters, digits and hyphens, but a typed one might not be. */
const fileNamePart = (text: string) => text.replace(/[^A-Za-z0-9._-]+/g, '-');

export function batchFileName(reference: string, request: DocumentRequest): string {
  return `${fileNamePart(reference)}-${request.type}-${request.audience}.pdf`;
}

/** What became of one case: written, not written (why), or a mistake on the command line that is wrong for every case. */
export type Outcome = { written: true } | { written: false; message: string; commandLine: boolean };

/** Makes one document, writes it owner-only to `outFile`, records it in the register, and reports what it wrote. */
export async function generateOne(
  core: Core,
  worker: string,
  chosen: ChosenCase,
  request: DocumentRequest,
  outFile: string,
  report: Report,
  prefix: string,
): Promise<Outcome> {
  const result = await core.dispatch(
    'documents.generate',
    {
      caseId: chosen.id,
      type: request.type,
      audience: request.audience,
      ...(request.agency ? { agencyName: request.agency } : {}),
      ...(request.form ? { customForm: request.form } : {}),
    },
    { worker },
  );
  if (!result.ok) {
    const issues = result.error.issues?.map((issue) => `  ${issue.path}: ${issue.message}`).join('\n') ?? '';
    const commandLine = result.error.issues?.some((issue) => commandLineFields.includes(issue.path.split('.')[0]!)) ?? false;
    return { written: false, message: `${result.error.message}${issues ? `\n${issues}` : ''}`, commandLine };
  }
  const output = result.value as Generated;
  writeFileSync(outFile, Buffer.from(output.pdfBase64, 'base64'), { mode: 0o600 });
  report(`${prefix}Wrote ${outFile} (${output.entry.pageCount} pages, SHA-256 ${output.entry.sha256})`);
  if (output.missing.length > 0)
    report(
      `${prefix}Not recorded, so left empty: ${output.missing.length} (${output.missing.slice(0, 5).join('; ')}${output.missing.length > 5 ? '; …' : ''})`,
    );
  for (const problem of output.problems) report(`${prefix}Problem: ${problem.field}: ${problem.message}`);
  return { written: true };
}

/**
 * Takes cases from the shared queue (`next` counts the cases taken, across threads) until none are left, writing
 * each into `outFolder`; answers how many could not be written. `onCase` says which case this thread is on (none between cases).
 */
export async function generateFromQueue(
  core: Core,
  worker: string,
  cases: ChosenCase[],
  next: Int32Array,
  request: DocumentRequest,
  outFolder: string,
  report: Report,
  onCase: (index: number | undefined) => void = () => undefined,
): Promise<number> {
  let failed = 0;
  for (let index = Atomics.add(next, 0, 1); index < cases.length; index = Atomics.add(next, 0, 1)) {
    onCase(index);
    const chosen = cases[index]!;
    const outcome = await generateOne(
      core,
      worker,
      chosen,
      request,
      path.join(outFolder, batchFileName(chosen.reference, request)),
      report,
      `${chosen.reference}: `,
    );
    if (!outcome.written) {
      report(`${chosen.reference}: not written. ${outcome.message}`, true);
      failed += 1;
    }
    onCase(undefined);
  }
  return failed;
}
