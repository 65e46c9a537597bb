import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, tempFolder } from '../fixtures/core';
import { runDoc as runDocCommand } from './run-doc';
import { normaliseExtracted, pdfText } from './documents/helpers';
import { newCase } from './safety/helpers';

/** `npm run doc` for several cases at once: one process, one unlock, one file per case. */

const PASSPHRASE = 'a passphrase for the batch test';
const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()!();
});

const runDoc = (args: string[]) => runDocCommand(args, { passphrase: PASSPHRASE, worker: 'Batch worker' });

/** The example case, Ana Popescu (open) and Bilal Khan (closed). */
async function folderWithThreeCases() {
  const core = openTestCore({ passphrase: PASSPHRASE, dailyBackup: false });
  const example = await core.call('cases.loadExample', {});
  const ana = await core.call('cases.create', newCase('Ana', 'Popescu'));
  const bilal = await core.call('cases.create', newCase('Bilal', 'Khan'));
  await core.call('cases.update', { id: bilal.id, revision: bilal.revision, changes: { status: 'closed' } });
  core.close();
  return { folder: core.folder, example, ana, bilal };
}

const referral = ['--type', 'children-services-referral', '--audience', 'children-services'];
const fileFor = (reference: string) => `${reference}-children-services-referral-children-services.pdf`;

describe('npm run doc for several cases', () => {
  it('writes one owner-only file per case named with --cases, and records each in its register', async () => {
    const { folder, example, ana } = await folderWithThreeCases();
    const out = path.join(tempFolder(), 'referrals');
    const run = runDoc([
      '--cases',
      `${example.reference},${ana.reference.toLowerCase()}`,
      ...referral,
      '--out-dir',
      out,
      '--data-dir',
      folder,
    ]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Wrote 2 of 2 documents to ${out}.`);
    expect(readdirSync(out).sort()).toEqual([fileFor(example.reference), fileFor(ana.reference)].sort());
    for (const record of [example, ana]) {
      const file = path.join(out, fileFor(record.reference));
      expect(run.stdout).toContain(`${record.reference}: Wrote ${file}`);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(normaliseExtracted(await pdfText(new Uint8Array(readFileSync(file))))).toContain(record.reference);
    }

    const core = openTestCore({ folder, passphrase: PASSPHRASE, dailyBackup: false });
    cleanups.push(core.close);
    for (const record of [example, ana]) {
      const { entries } = await core.call('documents.register', { caseId: record.id });
      expect(entries).toEqual([
        expect.objectContaining({
          type: 'children-services-referral',
          audience: 'children-services',
          generatedBy: 'Batch worker',
        }),
      ]);
    }
  });

  it('writes a file for every open case with --all-open, and none for a closed one', async () => {
    const { folder, example, ana, bilal } = await folderWithThreeCases();
    const out = path.join(tempFolder(), 'open');
    const run = runDoc(['--all-open', ...referral, '--out-dir', out, '--data-dir', folder]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual([fileFor(example.reference), fileFor(ana.reference)].sort());
    expect(run.stdout).not.toContain(bilal.reference);
  });

  it('with enough cases for a second thread, writes and records every case exactly once', async () => {
    const core = openTestCore({ passphrase: PASSPHRASE, dailyBackup: false });
    const records = [];
    for (let made = 0; made < 12; made += 1) records.push(await core.call('cases.loadExample', {}));
    core.close();
    const out = path.join(tempFolder(), 'many');
    const run = runDoc(['--all-open', ...referral, '--out-dir', out, '--data-dir', core.folder]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Wrote 12 of 12 documents to ${out}.`);
    expect(readdirSync(out).sort()).toEqual(records.map((record) => fileFor(record.reference)).sort());

    const reopened = openTestCore({ folder: core.folder, passphrase: PASSPHRASE, dailyBackup: false });
    cleanups.push(reopened.close);
    for (const record of records) {
      const { entries } = await reopened.call('documents.register', { caseId: record.id });
      expect(entries).toHaveLength(1);
    }
    const trail = await reopened.call('audit.verify', {});
    expect(trail).toEqual(expect.objectContaining({ intact: true, firstBroken: null }));
  });

  it('writes nothing when one of the references names no case, and says which', async () => {
    const { folder, ana } = await folderWithThreeCases();
    const out = path.join(tempFolder(), 'none');
    const run = runDoc(['--cases', `${ana.reference},CR-1999-0001`, ...referral, '--out-dir', out, '--data-dir', folder]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('No case with the reference CR-1999-0001');
    expect(run.stderr).toContain('Nothing was written.');
    expect(existsSync(out)).toBe(false);
  });

  it('asks for a folder rather than a file when given several cases', async () => {
    const { folder, ana } = await folderWithThreeCases();
    const run = runDoc([
      '--cases',
      ana.reference,
      ...referral,
      '--out',
      path.join(tempFolder(), 'one.pdf'),
      '--data-dir',
      folder,
    ]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('--out-dir FOLDER');
    expect(run.stderr).toContain('Usage: npm run doc');
  });
});
