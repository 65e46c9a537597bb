import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../domain/errors';
import { PgStore, pgConnectionSchema } from '../../../core/store/postgres/pg-store';
import { startCluster, type TestCluster } from '../../../scripts/postgres-cluster.mjs';
import { TestTeamDatabase, type TestWorker } from '../../support/postgres';
import { teamCase } from '../../support/team-cases';
import { caseDraftKey } from '../../../domain/api';
import fs from 'node:fs';
import path from 'node:path';
import { connectTeamMode, TEAM_IDENTITY_FILE, teamModeOver } from '../../../core/store/postgres/connect';
import { openTestCore, tempFolder } from '../../fixtures/core';

// When the server cannot be reached (issue 13, item 6): the worker is told plainly, nothing is half-saved, and once
// the server is back the same store saves again without being reopened. And TLS is required for network connections.
// This file starts a cluster of its own, to stop it mid-session without disturbing the other files' databases.
let cluster: TestCluster;
let db: TestTeamDatabase;
let worker: TestWorker;
let team: string;
const record = teamCase('CR-2026-0401', 'Yonas', 'Berhane');

beforeAll(async () => {
  cluster = await startCluster();
  db = new TestTeamDatabase('reach', cluster);
  await db.create();
  team = await db.team('Duty and assessment');
  worker = await db.worker('Ruth Adeyemi');
  await db.member(team, worker);
});

afterAll(async () => {
  await db?.drop().catch(() => {});
  await cluster?.stop();
});

describe('a team store that cannot be reached', () => {
  it('says so in the worker’s words when the server stops mid-session, half-saves nothing, and saves again once it is back', async () => {
    const store = db.store(worker, 2);
    await store.transaction((tx) => tx.cases.insert(record, { teamId: team, by: worker.name }));
    const opened = (await store.read.cases.get(record.id))!;
    // The server goes down after the save's UPDATE and before its COMMIT.
    const failed = await store
      .transaction(async (tx) => {
        await tx.cases.update({ ...opened, leadWorker: 'Ruth Adeyemi' }, new Set(['leadWorker']), { startedFrom: opened.revision, by: worker.name });
        await cluster.pause();
      })
      .catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(AppError);
    expect((failed as AppError).code).toBe('STORAGE');
    expect((failed as AppError).message).toMatch(/cannot be reached just now\. Nothing was half-saved/);
    expect((failed as AppError).message).not.toMatch(/ECONN|postgres|socket|terminat/i);
    await cluster.resume();
    // Nothing of the failed save is there; the same store (its pool reconnects by itself) saves it now.
    expect((await store.read.cases.get(record.id))!.revision).toBe(opened.revision);
    const revision = await store.transaction((tx) =>
      tx.cases.update({ ...opened, leadWorker: 'Ruth Adeyemi' }, new Set(['leadWorker']), { startedFrom: opened.revision, by: worker.name }),
    );
    expect(revision).toBe(opened.revision + 1);
  });

  it('through the core in team mode: the worker is told, what they typed stays on this computer, and saving works again once the server is back', async () => {
    const pgStore = db.store(worker, 2);
    const core = openTestCore({
      dailyBackup: false,
      team: await teamModeOver(pgStore, db.auditKey),
    });
    try {
      const created = await core.call('cases.create', { jurisdiction: 'England', localAuthority: null, leadWorker: '', child: { names: [{ given: 'Selam', family: 'Haile', type: 'main' }] } });
      const key = caseDraftKey(created.id, 'details');
      await cluster.pause();
      // Typing is kept on this computer while the server is down, and read back from there.
      expect(await core.dispatch('drafts.save', { key, value: { value: { leadWorker: 'Ruth Adeyemi' } } }, { worker: 'x' })).toMatchObject({ ok: true });
      expect((await core.call('drafts.get', { key })).value).toEqual({ value: { leadWorker: 'Ruth Adeyemi' } });
      // Saving is refused in plain words; nothing about the server's internals reaches the worker.
      const refused = await core.dispatch('cases.update', { id: created.id, revision: created.revision, changes: { leadWorker: 'Ruth Adeyemi' } }, { worker: 'x' });
      expect(refused).toMatchObject({ ok: false, error: { code: 'STORAGE', message: expect.stringMatching(/cannot be reached just now\. Nothing was half-saved\. What you typed is kept on this computer/) } });
      if (!refused.ok) expect(refused.error.message).not.toMatch(/ECONN|postgres|socket|terminat|crossings\./i);
      const list = await core.dispatch('cases.list', {}, { worker: 'x' });
      expect(list).toMatchObject({ ok: false, error: { code: 'STORAGE' } });
      await cluster.resume();
      // The same core, without reopening: the pool reconnects by itself.
      const saved = await core.call('cases.update', { id: created.id, revision: created.revision, changes: { leadWorker: 'Ruth Adeyemi' } });
      expect(saved).toMatchObject({ leadWorker: 'Ruth Adeyemi', revision: created.revision + 1 });
      expect((await core.call('drafts.get', { key })).value).toEqual({ value: { leadWorker: 'Ruth Adeyemi' } });
      const trail = (await core.call('audit.forCase', { caseId: created.id })).events.map((event) => [event.action, event.worker]);
      expect(trail).toEqual([
        ['case.edited', worker.name],
        ['case.created', worker.name],
      ]);
    } finally {
      core.close();
    }
  });

  it('starts while the server is down, as the worker it last knew, and saves once the server is back', async () => {
    const folder = tempFolder();
    const identityFile = path.join(folder, TEAM_IDENTITY_FILE);
    const connection = { settings: { host: cluster.socketDir, port: cluster.port, database: db.database, user: worker.role, password: worker.password, workerName: worker.role }, team: undefined };
    // Never reached yet: nothing to start as, said in words.
    await cluster.pause();
    await expect(connectTeamMode(connection, db.auditKey, identityFile)).rejects.toMatchObject({ code: 'STORAGE' });
    await cluster.resume();
    const first = await connectTeamMode(connection, db.auditKey, identityFile);
    await first.close();
    expect(fs.statSync(identityFile).mode & 0o777).toBe(0o600);
    expect(JSON.parse(fs.readFileSync(identityFile, 'utf8'))).toMatchObject({ role: worker.role, workerName: worker.name });

    await cluster.pause();
    const team = await connectTeamMode(connection, db.auditKey, identityFile);
    const core = openTestCore({ folder, dailyBackup: false, team });
    try {
      expect((await core.call('app.info', {})).worker).toBe(worker.name);
      expect(await core.dispatch('cases.list', {}, { worker: 'x' })).toMatchObject({ ok: false, error: { code: 'STORAGE' } });
      await cluster.resume();
      const created = await core.call('cases.create', { jurisdiction: 'England', localAuthority: null, leadWorker: '', child: { names: [{ given: 'Hana', family: 'Tesfay', type: 'main' }] } });
      expect((await core.call('cases.get', { id: created.id })).reference).toMatch(/^CR-/);
    } finally {
      core.close();
      await team.close();
    }
  });

  it('says the same when it was never reachable', async () => {
    const store = PgStore.connect({ host: cluster.socketDir, port: 1, database: db.database, user: worker.role, password: worker.password, workerName: worker.name }, db.auditKey);
    await expect(store.transaction(async () => undefined)).rejects.toMatchObject({ code: 'STORAGE' });
    await store.close();
  });
});

describe('TLS for network connections', () => {
  it('Crossings refuses a network connection without the certificate authority to verify the server', () => {
    const parsed = pgConnectionSchema.safeParse({ host: 'db.example.gov.uk', database: 'crossings', user: 'amina', workerName: 'Amina' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/needs its TLS certificate authority/);
    expect(pgConnectionSchema.safeParse({ host: '/var/run/postgresql', database: 'crossings', user: 'amina', workerName: 'Amina' }).success).toBe(true);
  });

  it.runIf(cluster === undefined || cluster.caFile !== null)('the server refuses a plain connection on 127.0.0.1, and one whose certificate does not verify', async () => {
    const plain = new pg.Client({ host: cluster.host, port: cluster.port, user: worker.role, password: worker.password, database: db.database, ssl: false });
    await expect(plain.connect()).rejects.toThrow(/no pg_hba.conf entry|no encryption/);
    const unverified = new pg.Client({ host: cluster.host, port: cluster.port, user: worker.role, password: worker.password, database: db.database, ssl: { rejectUnauthorized: true } });
    await expect(unverified.connect()).rejects.toThrow(/self[- ]signed|unable to verify|certificate/i);
  });
});
