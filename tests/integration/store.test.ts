import Database from 'better-sqlite3-multiple-ciphers';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { operationNames, type OperationName } from '../../domain/api';
import { AppError } from '../../domain/errors';
import { openDatabase } from '../../core/store/db';
import { latestSchemaVersion } from '../../core/store/migrations';
import { openTestCore, tempFolder } from '../fixtures/core';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()!();
});

function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function newChild(given: string, family: string) {
  return { names: [{ given, family, type: 'main' as const }] };
}

describe('opening the case database', () => {
  it('migrates an empty file to the latest schema version', () => {
    const folder = tempFolder();
    const file = path.join(folder, 'crossings.db');
    fs.writeFileSync(file, '');
    const db = openDatabase(file);
    cleanups.push(() => db.close());
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
    expect(tables.map((table) => table.name)).toEqual(
      expect.arrayContaining(['cases', 'connected_adults', 'journey_legs', 'agencies', 'chronology_entries', 'search_terms', 'drafts']),
    );
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    const strict = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'cases'").get() as { sql: string };
    expect(strict.sql).toMatch(/\)\s*STRICT/);
  });

  it('creates a new database owner-only, in an owner-only folder', () => {
    const folder = path.join(tempFolder(), 'data');
    const db = openDatabase(path.join(folder, 'crossings.db'));
    cleanups.push(() => db.close());
    expect(fs.statSync(folder).mode & 0o777).toBe(0o700);
    expect(fs.statSync(path.join(folder, 'crossings.db')).mode & 0o777).toBe(0o600);
  });

  it('refuses a database written by a newer version and leaves it byte-for-byte untouched', () => {
    const folder = tempFolder();
    const file = path.join(folder, 'crossings.db');
    const newer = new Database(file);
    newer.exec('CREATE TABLE future (x TEXT) STRICT; INSERT INTO future VALUES (\'kept\')');
    newer.pragma(`user_version = ${latestSchemaVersion + 1}`);
    newer.close();
    const before = sha256(file);
    const filesBefore = fs.readdirSync(folder).sort();

    let caught: unknown;
    try {
      openDatabase(file);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe('UNSUPPORTED');
    expect((caught as AppError).message).toMatch(/newer version of Crossings/);
    expect(sha256(file)).toBe(before);
    expect(fs.readdirSync(folder).sort()).toEqual(filesBefore);
  });

  it('refuses a folder where the database file should be, with a clear message', () => {
    const folder = tempFolder();
    fs.mkdirSync(path.join(folder, 'crossings.db'));
    expect(() => openDatabase(path.join(folder, 'crossings.db'))).toThrow(/found a folder there/);
  });
});

describe('the chronology is append-only in the database itself', () => {
  it('refuses UPDATE and DELETE on chronology entries', async () => {
    const core = openTestCore();
    cleanups.push(core.close);
    const created = await core.call('cases.create', {
      jurisdiction: 'England',
      localAuthority: null,
      leadWorker: 'A worker',
      child: newChild('Ana', 'Popescu'),
    });
    const entry = await core.call('chronology.add', {
      caseId: created.id,
      entry: { eventDate: null, kind: 'other', summary: 'First visit', source: 'Worker' },
    });
    const raw = core.store.db;
    expect(() => raw.prepare('UPDATE chronology_entries SET summary = ? WHERE id = ?').run('changed', entry.id)).toThrow(/append-only/);
    expect(() => raw.prepare('DELETE FROM chronology_entries WHERE id = ?').run(entry.id)).toThrow(/append-only/);
    const after = await core.call('cases.get', { id: created.id });
    expect(after.chronology[0]?.summary).toBe('First visit');
  });

  it('keeps the original when a correction is added, linking the two', async () => {
    const core = openTestCore();
    cleanups.push(core.close);
    const created = await core.call('cases.create', { jurisdiction: 'Wales', localAuthority: null, leadWorker: '', child: newChild('Ana', 'P') });
    const original = await core.call('chronology.add', {
      caseId: created.id,
      entry: { eventDate: { kind: 'year', year: 2025, approximate: true }, kind: 'journey', summary: 'Left home', source: 'Child' },
    });
    const correction = await core.call('chronology.add', {
      caseId: created.id,
      correctsId: original.id,
      entry: { eventDate: { kind: 'month', year: 2025, month: 6, approximate: false }, kind: 'journey', summary: 'Left home in June', source: 'Child' },
    });
    const record = await core.call('cases.get', { id: created.id });
    expect(record.chronology.map((entry) => entry.summary)).toEqual(['Left home', 'Left home in June']);
    expect(record.chronology[1]?.correctsId).toBe(original.id);
    expect(correction.sequence).toBe(2);
  });

  it('refuses a correction that points at another case’s entry', async () => {
    const core = openTestCore();
    cleanups.push(core.close);
    const one = await core.call('cases.create', { jurisdiction: 'England', localAuthority: null, leadWorker: '', child: newChild('One', 'A') });
    const two = await core.call('cases.create', { jurisdiction: 'England', localAuthority: null, leadWorker: '', child: newChild('Two', 'B') });
    const entry = await core.call('chronology.add', { caseId: one.id, entry: { eventDate: null, kind: 'other', summary: 'x', source: '' } });
    const result = await core.dispatch(
      'chronology.add',
      { caseId: two.id, correctsId: entry.id, entry: { eventDate: null, kind: 'other', summary: 'y', source: '' } },
      { worker: 'w' },
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('VALIDATION');
  });
});

/** One invalid input per operation: each must be refused with field-level issues. */
const invalidInputs: Record<OperationName, unknown> = {
  'app.info': { unexpected: true },
  'app.status': { unexpected: true },
  'app.unlock': { recoveryKey: '' },
  'app.acceptLostSaves': { confirm: false },
  'backups.list': { folder: '/tmp' },
  'backups.create': { reason: 'daily' },
  'backups.restore': { name: 'crossings-20261130T090000000Z-daily.db', confirm: false },
  'backups.status': { verbose: true },
  'backups.configure': { keep: 0 },
  'cases.list': { query: 42 },
  'cases.get': { id: 'not-a-uuid' },
  'cases.findMatches': { names: [{ given: 7, family: '', type: 'main' }] },
  'cases.create': { jurisdiction: 'Atlantis', localAuthority: 'Nowhere Council', leadWorker: '', child: { names: [] } },
  'cases.update': { id: crypto.randomUUID(), revision: -1, changes: { child: { names: 'Ana' } } },
  'cases.loadExample': { please: 'yes' },
  'nrm.prefill': { caseId: 'not-an-id' },
  'referrals.list': { caseId: 'not-an-id' },
  'referrals.record': { caseId: crypto.randomUUID(), referralId: null, change: { step: 'sent', kind: 'nrm', sentOn: '2026-02-30', sentBy: '', reference: '' } },
  'chronology.add': { caseId: crypto.randomUUID(), entry: { eventDate: { kind: 'date', date: '2025-02-30', approximate: false }, kind: 'other', summary: '', source: '' } },
  'drafts.get': { key: '../../etc/passwd' },
  'drafts.save': { key: 'x', value: 'not an object' },
  'drafts.discard': {},
  'assessments.framework': { frameworkVersion: 12 },
  'assessments.list': { caseId: 'x' },
  'assessments.start': { caseId: crypto.randomUUID(), basedOnAssessmentId: 'nope' },
  'assessments.get': {},
  'assessments.answer': { id: crypto.randomUUID(), connectedAdultId: null, itemId: 'Not An Id', answer: { value: 'yes', unknown: true, note: '', source: 'rumour', recordedAt: 'yesterday' } },
  'assessments.saveJudgement': { id: crypto.randomUUID(), professionalJudgement: 'x'.repeat(15_001) },
  'assessments.outcome': { id: 42 },
  'assessments.complete': { id: null },
  'actions.list': { caseId: 'not-a-case' },
  'actions.record': { caseId: crypto.randomUUID(), change: { change: 'done', actionId: 'x' } },
  'records.localCases': { all: true },
  'records.importLocal': { confirm: false },
  'settings.get': { organisation: 'x' },
  'documents.saveAs': { fileName: '../../etc/passwd', pdfBase64: 'JVBERi0=' },
  'documents.print': { fileName: 'pack.pdf', pdfBase64: '<script>' },
  'settings.save': { organisation: { name: 1 }, ictgOperatesHere: 'maybe' },
  'settings.firstStart': { unexpected: true },
  'settings.saveWorker': { name: '', role: 7 },
  'documents.available': { caseId: crypto.randomUUID(), audience: 'the neighbours' },
  'documents.generate': { caseId: crypto.randomUUID(), type: 'meeting-pack', audience: 'named-agency' },
  'documents.register': { caseId: 'not-a-uuid' },
  'documents.customForms': { folder: '../..' },
  'audit.forCase': { caseId: 'CR-2026-0001' },
  'audit.verify': { fix: true },
  'handover.export': { caseId: crypto.randomUUID(), password: 'short' },
  'handover.import': { fileBase64: '<not base64>', password: '' },
  'cases.dueForReview': { asOf: '2026-02-30' },
  'cases.delete': { id: crypto.randomUUID(), confirmReference: '' },
  'session.lock': { reason: 'bored' },
  'session.unlock': { pin: 123456 },
  'session.unlockMethod': { method: 'pin' },
  'session.setPin': { newPin: '12ab' },
  'session.resetPin': { recoveryKey: 42 },
};

function dumpDatabase(db: Database.Database): string {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
  return JSON.stringify(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}"`).all()]));
}

describe('invalid input to every operation', () => {
  it('covers every operation in the contract', () => {
    expect(Object.keys(invalidInputs).sort()).toEqual([...operationNames].sort());
  });

  it.each(operationNames)('%s answers VALIDATION with field-level issues and writes nothing', async (op) => {
    const core = openTestCore();
    cleanups.push(core.close);
    await core.call('cases.loadExample', {});
    const before = dumpDatabase(core.store.db);
    const result = await core.dispatch(op, invalidInputs[op], { worker: 'Test worker' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.issues?.length).toBeGreaterThan(0);
    for (const issue of result.error.issues ?? []) {
      expect(issue.message).not.toMatch(/zod|undefined|NaN/i);
    }
    expect(dumpDatabase(core.store.db)).toBe(before);
  });

  it('answers an unknown operation without touching anything', async () => {
    const core = openTestCore();
    cleanups.push(core.close);
    const result = await core.dispatch('cases.dropEverything', {}, { worker: 'w' });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('saving a case', () => {
  it('refuses a save from an out-of-date page with CONFLICT and keeps the newer save', async () => {
    const core = openTestCore();
    cleanups.push(core.close);
    const created = await core.call('cases.create', { jurisdiction: 'Scotland', localAuthority: null, leadWorker: '', child: newChild('Ana', 'P') });
    const first = await core.call('cases.update', { id: created.id, revision: created.revision, changes: { leadWorker: 'First window' } });
    const stale = await core.dispatch('cases.update', { id: created.id, revision: created.revision, changes: { leadWorker: 'Second window' } }, { worker: 'w' });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const now = await core.call('cases.get', { id: created.id });
    expect(now.leadWorker).toBe('First window');
    expect(now.revision).toBe(first.revision);
  });

  it('refuses a journey leg that names an adult who is not on the case, and saves nothing', async () => {
    const core = openTestCore();
    cleanups.push(core.close);
    const record = await core.call('cases.loadExample', {});
    const legs = record.journey.legs.map((leg, index) => (index === 0 ? { ...leg, travelledWithAdultIds: [crypto.randomUUID()] } : leg));
    const result = await core.dispatch('cases.update', { id: record.id, revision: record.revision, changes: { journey: { ...record.journey, legs } } }, { worker: 'w' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues?.[0]?.path).toBe('journey.legs.0.travelledWithAdultIds');
    expect(await core.call('cases.get', { id: record.id })).toEqual(record);
  });

  it('refuses a connected adult, journey leg or agency that belongs to another case with VALIDATION, and saves nothing', async () => {
    const core = openTestCore();
    cleanups.push(core.close);
    const first = await core.call('cases.loadExample', {});
    const second = await core.call('cases.loadExample', {});
    const borrowed = {
      connectedAdults: { connectedAdults: [...second.connectedAdults, first.connectedAdults[0]!] },
      'journey.legs': { journey: { ...second.journey, legs: [...second.journey.legs, first.journey.legs[0]!] } },
      agencies: { agencies: [...second.agencies, first.agencies[0]!] },
    };
    for (const [path, changes] of Object.entries(borrowed)) {
      const result = await core.dispatch('cases.update', { id: second.id, revision: second.revision, changes }, { worker: 'w' });
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      if (!result.ok) expect(result.error.issues).toEqual([{ path: expect.stringMatching(new RegExp(`^${path.replace('.', '\\.')}\\.\\d+\\.id$`)), message: expect.stringMatching(/on another case/) }]);
    }
    const twice = await core.dispatch('cases.update', { id: second.id, revision: second.revision, changes: { agencies: [...second.agencies, second.agencies[0]!] } }, { worker: 'w' });
    expect(twice).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ message: expect.stringMatching(/earlier on this case/) }] } });
    expect(await core.call('cases.get', { id: second.id })).toEqual(second);
    expect(await core.call('cases.get', { id: first.id })).toEqual(first);
  });

  it('keeps the parts a save did not touch, and re-indexes names when the child changes', async () => {
    const core = openTestCore();
    cleanups.push(core.close);
    const record = await core.call('cases.loadExample', {});
    const saved = await core.call('cases.update', { id: record.id, revision: record.revision, changes: { leadWorker: 'New worker' } });
    expect({ ...saved, leadWorker: record.leadWorker, revision: record.revision, updatedAt: record.updatedAt }).toEqual(record);
    const renamed = await core.call('cases.update', {
      id: record.id,
      revision: saved.revision,
      changes: { child: { ...saved.child, names: [{ given: 'Zofia', family: 'Nowak', type: 'main' }] } },
    });
    expect((await core.call('cases.list', { query: 'zofia' })).cases.map((item) => item.id)).toEqual([renamed.id]);
    expect((await core.call('cases.list', { query: 'tran' })).cases).toEqual([]);
  });

  it('refuses a reference another case already uses', async () => {
    const core = openTestCore();
    cleanups.push(core.close);
    await core.call('cases.create', { reference: 'LA-1', jurisdiction: 'England', localAuthority: null, leadWorker: '', child: newChild('A', 'B') });
    const result = await core.dispatch('cases.create', { reference: 'la-1', jurisdiction: 'England', localAuthority: null, leadWorker: '', child: newChild('C', 'D') }, { worker: 'w' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'reference' }] } });
  });

  it('gives new cases readable references in order', async () => {
    const core = openTestCore();
    cleanups.push(core.close);
    const a = await core.call('cases.create', { jurisdiction: 'England', localAuthority: null, leadWorker: '', child: newChild('A', 'B') });
    const b = await core.call('cases.create', { jurisdiction: 'England', localAuthority: null, leadWorker: '', child: newChild('C', 'D') });
    expect(a.reference).toBe('CR-2026-0001');
    expect(b.reference).toBe('CR-2026-0002');
  });

  it('keeps every value across closing and reopening the database', async () => {
    const first = openTestCore();
    const record = await first.call('cases.loadExample', {});
    first.close();
    const second = openTestCore({ folder: first.folder });
    cleanups.push(second.close);
    expect(await second.call('cases.get', { id: record.id })).toEqual(record);
  });
});

describe('finding a case', () => {
  it('finds a name without regard to accents or capitals, across aliases, references and dates of birth', async () => {
    const core = openTestCore();
    cleanups.push(core.close);
    const anh = await core.call('cases.create', {
      jurisdiction: 'England',
      localAuthority: null,
      leadWorker: '',
      child: {
        names: [
          { given: 'Thị Ánh', family: 'Nguyễn', type: 'main' },
          { given: 'Annie', family: '', type: 'nickname' },
        ],
        dateOfBirth: { claimed: { kind: 'date', date: '2012-03-04', approximate: false }, documented: null, documentNote: '', assessed: null },
      },
    });
    await core.call('cases.create', { jurisdiction: 'England', localAuthority: null, leadWorker: '', child: newChild('Łucja', 'Żółć') });
    const find = async (query: string) => (await core.call('cases.list', { query })).cases.map((item) => item.childName);

    expect(await find('nguyen thi anh')).toEqual(['Thị Ánh Nguyễn']);
    expect(await find('NGUYEN')).toEqual(['Thị Ánh Nguyễn']);
    expect(await find('anh ngu')).toEqual(['Thị Ánh Nguyễn']);
    expect(await find('annie')).toEqual(['Thị Ánh Nguyễn']);
    expect(await find('lucja zolc')).toEqual(['Łucja Żółć']);
    expect(await find('4/3/2012')).toEqual(['Thị Ánh Nguyễn']);
    expect(await find('2012-03')).toEqual(['Thị Ánh Nguyễn']);
    expect(await find(anh.reference)).toEqual(['Thị Ánh Nguyễn']);
    expect(await find('nobody')).toEqual([]);
  });

  it('shows possible matches before a new case is created', async () => {
    const core = openTestCore();
    cleanups.push(core.close);
    const existing = await core.call('cases.loadExample', {});
    const { matches } = await core.call('cases.findMatches', {
      names: [{ given: 'Mai', family: 'TRAN', type: 'main' }],
      dateOfBirth: null,
    });
    expect(matches.map((match) => match.id)).toEqual([existing.id]);
    expect(matches[0]?.reasons.join(' ')).toMatch(/name/);
    const none = await core.call('cases.findMatches', { names: [{ given: 'Zara', family: 'Okafor', type: 'main' }] });
    expect(none.matches).toEqual([]);
  });
});

describe('drafts', () => {
  it('keeps what was typed until it is discarded', async () => {
    const core = openTestCore();
    cleanups.push(core.close);
    const record = await core.call('cases.create', { jurisdiction: 'England', localAuthority: null, leadWorker: '', child: newChild('Ana', 'P') });
    const key = `case/${record.id}/child`;
    await core.call('drafts.save', { key, value: { value: { names: [{ given: 'Ana' }] } } });
    const draft = await core.call('drafts.get', { key });
    expect(draft.value).toEqual({ value: { names: [{ given: 'Ana' }] } });
    await core.call('drafts.discard', { key });
    expect((await core.call('drafts.get', { key })).value).toBeNull();
  });

  it('lets go of what was typed on a case that is no longer there, and keeps drafts that are not about a case', async () => {
    const core = openTestCore();
    cleanups.push(core.close);
    await core.call('drafts.save', { key: 'case/0b6f5c1e-aaaa-4bbb-8ccc-000000000001/child', value: { value: { given: 'Gone' } } });
    expect((await core.call('drafts.get', { key: 'case/0b6f5c1e-aaaa-4bbb-8ccc-000000000001/child' })).value).toBeNull();
    expect(core.store.drafts.get('case/0b6f5c1e-aaaa-4bbb-8ccc-000000000001/child')).toBeUndefined();
    await core.call('drafts.save', { key: 'settings', value: { value: { kept: true } } });
    expect((await core.call('drafts.get', { key: 'settings' })).value).toEqual({ value: { kept: true } });
  });
});

describe('the example case', () => {
  it('is fictional, marked as an example, and complete enough to train with', async () => {
    const core = openTestCore();
    cleanups.push(core.close);
    const record = await core.call('cases.loadExample', {});
    expect(record.isExample).toBe(true);
    expect(record.reference).toMatch(/^EXAMPLE-/);
    expect(record.connectedAdults.length).toBeGreaterThanOrEqual(2);
    expect(record.connectedAdults.some((adult) => adult.doNotShareWith)).toBe(true);
    expect(record.journey.legs.length).toBeGreaterThanOrEqual(3);
    expect(record.chronology.some((entry) => entry.correctsId !== null)).toBe(true);
    const second = await core.call('cases.loadExample', {});
    expect(second.reference).not.toBe(record.reference);
  });
});
