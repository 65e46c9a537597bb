import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../core/store/db';
import { latestSchemaVersion, migrations, type Migration } from '../../core/store/migrations';
import { destructiveExceptions, type DestructiveException } from '../../core/store/migrations/destructive-exceptions';
import {
  additiveProblems,
  checkAdditive,
  dumpAfter,
  emptyDatabase,
  schemaCheckProblems,
  schemaDump,
  schemaFileHeader,
} from '../../core/store/schema-guard';
import { tempFolder as makeTempFolder } from '../fixtures/core';

const projectRoot = path.resolve(__dirname, '..', '..');
const committedDump = path.join(projectRoot, 'core', 'store', 'schema.sql');
const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()!();
});

function tempFolder(): string {
  const folder = makeTempFolder('crossings-schema-');
  cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

/** The migrations as they are, then one more with this SQL. */
function withNext(sql: string, name = 'a migration under test'): Migration[] {
  return [...migrations, { version: latestSchemaVersion + 1, name, sql }];
}

function runSchemaScript(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/schema.ts', ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('the committed schema dump', () => {
  it('is exactly what a fresh run of every migration builds, at the latest schema version', () => {
    const dump = dumpAfter(migrations);
    expect(readFileSync(committedDump, 'utf8')).toBe(dump);
    expect(dump.startsWith(schemaFileHeader)).toBe(true);
    expect(dump).toContain(`PRAGMA user_version = ${latestSchemaVersion};`);
  });

  it('is what the app itself builds when it opens a new case file', () => {
    const db = openDatabase(path.join(tempFolder(), 'crossings.db'));
    cleanups.push(() => db.close());
    expect(schemaDump(db)).toBe(dumpAfter(migrations));
  });

  it('can be run as it is into an empty database and gives the same schema back', () => {
    const db = emptyDatabase();
    cleanups.push(() => db.close());
    db.exec(readFileSync(committedDump, 'utf8'));
    expect(schemaDump(db)).toBe(dumpAfter(migrations));
  });

  it('is still accepted after a checkout that turned its line endings into \\r\\n', () => {
    const crlf = readFileSync(committedDump, 'utf8').replace(/\n/g, '\r\n');
    expect(schemaCheckProblems(crlf, 'core/store/schema.sql', migrations, destructiveExceptions)).toEqual([]);
  });

  it('changes when a migration changes the schema', () => {
    expect(dumpAfter(withNext('CREATE INDEX drafts_saved_at ON drafts (saved_at);'))).not.toBe(dumpAfter(migrations));
  });

  it('schema:check passes on the committed dump and fails, saying what to run, on one a migration has outgrown', () => {
    const passing = runSchemaScript(['--check']);
    expect(passing.stderr).toBe('');
    expect(passing.status).toBe(0);

    const stale = path.join(tempFolder(), 'schema.sql');
    copyFileSync(committedDump, stale);
    writeFileSync(stale, readFileSync(stale, 'utf8').replace('saved_at TEXT NOT NULL', 'saved_at TEXT'));
    const failing = runSchemaScript(['--check', stale]);
    expect(failing.status).toBe(1);
    expect(failing.stderr).toContain('is not the schema the migrations build');
    expect(failing.stderr).toContain('npm run schema:dump');
    expect(failing.stderr).toContain('saved_at TEXT NOT NULL');

    const missing = runSchemaScript(['--check', path.join(tempFolder(), 'schema.sql')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('is missing');
  });

  it('schema:dump writes the dump the check then accepts', () => {
    const file = path.join(tempFolder(), 'schema.sql');
    expect(runSchemaScript(['--write', file]).status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(dumpAfter(migrations));
    expect(runSchemaScript(['--check', file]).status).toBe(0);
  });
});

describe('migrations only add', () => {
  it('the migrations as they are pass, with every reviewed exception still matching a real drop', () => {
    const report = checkAdditive(migrations, destructiveExceptions);
    expect(additiveProblems(report)).toEqual([]);
    expect(report.refused).toEqual([]);
  });

  it('refuses a migration that drops a table holding records, naming the table', () => {
    const report = checkAdditive(withNext('DROP TABLE drafts;'), []);
    expect(report.refused).toEqual([
      { migration: latestSchemaVersion + 1, migrationName: 'a migration under test', table: 'drafts' },
    ]);
    expect(additiveProblems(report)).toEqual([
      expect.stringContaining(`Migration ${latestSchemaVersion + 1} (a migration under test) drops or renames the table drafts`),
    ]);
  });

  it('refuses a migration that drops a column, naming the table and column', () => {
    const report = checkAdditive(withNext('ALTER TABLE generated_documents DROP COLUMN framework_version;'), []);
    expect(report.refused).toEqual([expect.objectContaining({ table: 'generated_documents', column: 'framework_version' })]);
    expect(additiveProblems(report)[0]).toContain('the column generated_documents.framework_version');
  });

  it('refuses a migration that renames a column or a table, as the old name no longer holds the records', () => {
    expect(checkAdditive(withNext('ALTER TABLE drafts RENAME COLUMN saved_at TO written_at;'), []).refused).toEqual([
      expect.objectContaining({ table: 'drafts', column: 'saved_at' }),
    ]);
    expect(checkAdditive(withNext('ALTER TABLE settings RENAME TO preferences;'), []).refused).toEqual([
      expect.objectContaining({ table: 'settings' }),
    ]);
  });

  it('refuses a table rebuilt without one of its columns, however the SQL is written', () => {
    const rebuild = `
CREATE TABLE drafts_new (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
INSERT INTO drafts_new (key, value) SELECT key, value FROM drafts;
DROP TABLE drafts;
ALTER TABLE drafts_new RENAME TO drafts;`;
    expect(checkAdditive(withNext(rebuild), []).refused).toEqual([
      expect.objectContaining({ table: 'drafts', column: 'saved_at' }),
    ]);
  });

  it('lets an additive migration through: new tables, columns, indexes and recreated triggers', () => {
    const additive = `
CREATE TABLE case_notes (id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases (id), note TEXT NOT NULL) STRICT;
ALTER TABLE drafts ADD COLUMN saved_by TEXT;
CREATE INDEX drafts_saved_at ON drafts (saved_at);
DROP TRIGGER audit_events_refuse_update;
CREATE TRIGGER audit_events_refuse_update BEFORE UPDATE ON audit_events BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;`;
    const report = checkAdditive(withNext(additive), []);
    expect(report).toEqual({ refused: [], allowed: [], badExceptions: [] });
  });

  it('lets a reviewed drop through when the exception list names it with a reason, and only that drop', () => {
    const next = latestSchemaVersion + 1;
    const sql = 'ALTER TABLE drafts DROP COLUMN saved_at; DROP TABLE settings;';
    const exception: DestructiveException = {
      migration: next,
      table: 'drafts',
      column: 'saved_at',
      reason: 'Moved into value in this migration.',
    };
    const report = checkAdditive(withNext(sql), [exception]);
    expect(report.allowed).toEqual([expect.objectContaining({ migration: next, table: 'drafts', column: 'saved_at' })]);
    expect(report.refused).toEqual([expect.objectContaining({ migration: next, table: 'settings' })]);
    expect(report.refused[0]).not.toHaveProperty('column');

    const both = checkAdditive(withNext(sql), [
      exception,
      { migration: next, table: 'settings', reason: 'Settings now live in the key file.' },
    ]);
    expect(additiveProblems(both)).toEqual([]);
    expect(both.allowed).toHaveLength(2);
  });

  it('does not let an exception through for the wrong migration, one without a reason, or one that matches no drop', () => {
    const next = latestSchemaVersion + 1;
    const wrongMigration = checkAdditive(withNext('DROP TABLE drafts;'), [
      { migration: next - 1, table: 'drafts', reason: 'Not this one.' },
    ]);
    expect(wrongMigration.refused).toEqual([expect.objectContaining({ table: 'drafts' })]);
    expect(additiveProblems(wrongMigration)).toContainEqual(expect.stringContaining('matches nothing a migration removes'));

    const noReason = checkAdditive(withNext('DROP TABLE drafts;'), [{ migration: next, table: 'drafts', reason: '  ' }]);
    expect(noReason.refused).toEqual([expect.objectContaining({ table: 'drafts' })]);
    expect(additiveProblems(noReason)).toContainEqual(expect.stringContaining('gives no reason'));

    const stale = checkAdditive(migrations, [{ migration: 1, table: 'cases', column: 'child_name', reason: 'Never dropped.' }]);
    expect(additiveProblems(stale)).toEqual([
      expect.stringContaining(`exception for migration 1, cases.child_name matches nothing`),
    ]);
  });

  it('schema:check refuses a dropping migration even when the dump was regenerated for it', () => {
    const dropping = withNext('DROP TABLE chronology_entries;', 'tidy up');
    const problems = schemaCheckProblems(dumpAfter(dropping), 'core/store/schema.sql', dropping, destructiveExceptions);
    expect(problems).toEqual([
      expect.stringContaining(`Migration ${latestSchemaVersion + 1} (tidy up) drops or renames the table chronology_entries`),
    ]);
    expect(problems[0]).toContain('core/store/migrations/destructive-exceptions.ts');
    expect(
      schemaCheckProblems(readFileSync(committedDump, 'utf8'), 'core/store/schema.sql', dropping, destructiveExceptions),
    ).toEqual([
      expect.stringContaining('core/store/schema.sql is not the schema the migrations build'),
      expect.stringContaining('drops or renames the table chronology_entries'),
    ]);
  });
});
