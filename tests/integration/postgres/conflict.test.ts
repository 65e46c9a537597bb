import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseSaveConflict } from '../../../core/store/postgres/errors';
import { TestTeamDatabase, type TestWorker } from '../../support/postgres';
import { teamCase } from '../../support/team-cases';

// Two people, one case (issue 13): saves carry the revision they started from; a save on a stale revision answers
// CONFLICT naming who changed the case and when, and nothing is overwritten silently.
const db = new TestTeamDatabase('conflict');
let first: TestWorker;
let second: TestWorker;
const record = teamCase('CR-2026-0301', 'Samir', 'Karimi');

beforeAll(async () => {
  await db.create();
  const team = await db.team('Duty and assessment');
  first = await db.worker('Nadia Osei');
  second = await db.worker('Tom Reilly');
  await db.member(team, first);
  await db.member(team, second);
  await db.store(first).transaction((tx) => tx.cases.insert(record, { teamId: team, by: first.name }));
});

afterAll(() => db.drop());

describe('two connections editing one case', () => {
  it('one save wins; the other gets CONFLICT naming who saved and when, and changes nothing', async () => {
    const [storeA, storeB] = [db.store(first, 1), db.store(second, 1)];
    const openedA = (await storeA.read.cases.get(record.id))!;
    const openedB = (await storeB.read.cases.get(record.id))!;
    expect(openedA.revision).toBe(1);
    const save = (store: typeof storeA, opened: typeof openedA, by: string, leadWorker: string) =>
      store.transaction((tx) =>
        tx.cases.update({ ...opened, leadWorker, updatedAt: new Date().toISOString() }, new Set(['leadWorker']), { startedFrom: opened.revision, by }),
      );
    // Both at once, each in its own transaction on its own connection: the second waits for the first's row lock.
    const outcomes = await Promise.allSettled([save(storeA, openedA, first.name, 'Nadia Osei'), save(storeB, openedB, second.name, 'Tom Reilly')]);
    const won = outcomes.filter((outcome) => outcome.status === 'fulfilled');
    const lost = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const winner = outcomes[0]!.status === 'fulfilled' ? first : second;
    const conflict = lost[0]!.reason as CaseSaveConflict;
    expect(conflict).toBeInstanceOf(CaseSaveConflict);
    expect(conflict.code).toBe('CONFLICT');
    expect(conflict.changedBy).toBe(winner.name);
    const saved = (await storeA.read.cases.get(record.id))!;
    expect(conflict.changedAt).toBe(saved.updatedAt);
    expect(conflict.message).toContain(`${winner.name} saved this case at `);
    expect(conflict.message).toMatch(/at \d{2}:\d{2} on \d{1,2} [A-Z][a-z]+ \d{4}, after you opened it/);
    expect(conflict.message).toContain('What you typed is kept');
    // The winner's change is what is saved, at the next revision; the loser's is not written anywhere.
    expect(saved.revision).toBe(2);
    expect(saved.leadWorker).toBe(winner.name);
    const admin = await db.admin();
    expect((await admin.query('SELECT updated_by_role FROM crossings.cases WHERE id = $1', [record.id])).rows[0].updated_by_role).toBe(winner.role);
  });

  it('a save started from the latest revision goes through, and one from the old revision still cannot', async () => {
    const store = db.store(second);
    const latest = (await store.read.cases.get(record.id))!;
    const revision = await store.transaction((tx) =>
      tx.cases.update({ ...latest, child: { ...latest.child, communicationNeeds: 'Prefers short sessions.' } }, new Set(['child']), { startedFrom: latest.revision, by: second.name }),
    );
    expect(revision).toBe(3);
    await expect(
      store.transaction((tx) => tx.cases.update({ ...latest, leadWorker: 'Stale' }, new Set(['leadWorker']), { startedFrom: 2, by: second.name })),
    ).rejects.toMatchObject({ code: 'CONFLICT', changedBy: second.name });
    const saved = (await store.read.cases.get(record.id))!;
    expect(saved.child.communicationNeeds).toBe('Prefers short sessions.');
    expect(saved.leadWorker).not.toBe('Stale');
  });
});
