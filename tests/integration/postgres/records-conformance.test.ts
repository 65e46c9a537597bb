import { afterAll } from 'vitest';
import { teamModeOver } from '../../../core/store/postgres/connect';
import { openTestCore } from '../../fixtures/core';
import { TestTeamDatabase, type TestWorker } from '../../support/postgres';
import { recordsConformance, workerOn, type Worker } from '../../support/records-conformance';

// The store conformance suite on the team store: two workers of one team, each on their own computer (their own local
// file for settings and drafts, their own database role and connections), on one PostgreSQL database. Each test
// gets a database of its own, so numbering and lists start empty as they do locally.
const made: TestTeamDatabase[] = [];

afterAll(async () => {
  for (const db of made.splice(0)) await db.drop().catch(() => undefined);
});

async function computer(db: TestTeamDatabase, person: TestWorker): Promise<Worker> {
  const pg = db.store(person);
  const core = openTestCore({
    dailyBackup: false,
    team: await teamModeOver(pg, db.auditKey),
  });
  closers.set(person.role, () => core.close());
  return workerOn(core, person.name, 'computer account');
}

const closers = new Map<string, () => void>();

recordsConformance('in the team store (PostgreSQL)', async () => {
  const db = new TestTeamDatabase('conformance');
  made.push(db);
  await db.create();
  const team = await db.team('Duty and assessment');
  const grace = await db.worker('Grace Mensah');
  const ruth = await db.worker('Ruth Adeyemi');
  await db.member(team, grace);
  await db.member(team, ruth);
  const first = await computer(db, grace);
  const second = await computer(db, ruth);
  const auditor = db.store(await db.worker('Audit Officer', { auditor: true }));
  return {
    kind: 'team',
    first,
    second,
    auditor: {
      verify: () => auditor.read.audit.verify(),
      trail: (caseId) => auditor.read.audit.forCase(caseId),
    },
    close: async () => {
      for (const close of closers.values()) close();
      closers.clear();
      await db.drop();
      made.splice(made.indexOf(db), 1);
    },
  };
});
