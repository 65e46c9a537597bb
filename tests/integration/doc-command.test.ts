import { existsSync, readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, tempFolder } from '../fixtures/core';
import { runDoc as runDocCommand } from './run-doc';
import { normaliseExtracted, pdfText } from './documents/helpers';

/**
 * `npm run doc` as a person runs it: a separate process against a data folder, with the passphrase in the
 * environment. The folder is made by a test core with the same passphrase (its key file records a cheap scrypt cost).
 */

const PASSPHRASE = 'a passphrase for the command line test';
const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()!();
});

const runDoc = (args: string[]) => runDocCommand(args, { passphrase: PASSPHRASE, worker: 'Command line worker' });

async function folderWithExample() {
  const core = openTestCore({ passphrase: PASSPHRASE, dailyBackup: false });
  const record = await core.call('cases.loadExample', {});
  core.close();
  return { folder: core.folder, record };
}

describe('npm run doc', () => {
  it('generates a document for a case named by its reference, writes it owner-only and records it in the register', async () => {
    const { folder, record } = await folderWithExample();
    const out = path.join(tempFolder(), 'pack.pdf');
    const run = runDoc(['--case', record.reference.toLowerCase(), '--type', 'meeting-pack', '--audience', 'strategy-meeting', '--out', out, '--data-dir', folder]);
    expect(run.stderr).not.toMatch(/error|failed/i);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Wrote ${out}`);
    expect(existsSync(out)).toBe(true);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    const bytes = new Uint8Array(readFileSync(out));
    const text = normaliseExtracted(await pdfText(bytes));
    expect(text).toContain('Strategy meeting preparation pack');
    expect(text).toContain(record.reference);
    expect(text).toContain('Command line worker');

    const core = openTestCore({ folder, passphrase: PASSPHRASE, dailyBackup: false });
    cleanups.push(core.close);
    const { entries } = await core.call('documents.register', { caseId: record.id });
    expect(entries).toEqual([expect.objectContaining({ type: 'meeting-pack', audience: 'strategy-meeting', generatedBy: 'Command line worker', sha256: createHash('sha256').update(bytes).digest('hex') })]);
  });

  it('says what is wrong, in words, for an unknown case or document type, and writes nothing', async () => {
    const { folder, record } = await folderWithExample();
    const out = path.join(tempFolder(), 'nothing.pdf');
    const unknownCase = runDoc(['--case', 'CR-1999-0001', '--type', 'meeting-pack', '--audience', 'internal', '--out', out, '--data-dir', folder]);
    expect(unknownCase.status).toBe(1);
    expect(unknownCase.stderr).toContain('No case with the reference CR-1999-0001');
    const badType = runDoc(['--case', record.reference, '--type', 'letter', '--audience', 'internal', '--out', out, '--data-dir', folder]);
    expect(badType.status).toBe(1);
    expect(badType.stderr).toContain('type: ');
    expect(badType.stderr).toContain('Usage: npm run doc');
    expect(existsSync(out)).toBe(false);
  });
});
