import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../domain/errors';
import { TestTeamDatabase, type TestWorker } from '../../support/postgres';
import { teamCase } from '../../support/team-cases';

// Who sees what (issue 13, "Who sees what"): each worker is their own database role; row-level security lets a
// member of a team read and write that team's cases and nobody else's; a manager of both teams sees both; a case
// moved between teams is recorded by the database and in the audit log.
const db = new TestTeamDatabase('teams');
let amina: TestWorker;
let bilal: TestWorker;
let carys: TestWorker;
let outsider: TestWorker;
let duty: string;
let care: string;
const dutyCase = teamCase('CR-2026-0001', 'Ánh', 'Nguyễn', { aliases: [['Anna', 'Nguyen']] });
const careCase = teamCase('CR-2026-0002', 'Dawit', 'Tesfaye');

beforeAll(async () => {
  await db.create();
  [amina, bilal, carys, outsider] = await Promise.all([db.worker('Amina Duty'), db.worker('Bilal Care'), db.worker('Carys Manager'), db.worker('Outside Worker')]);
  duty = await db.team('Duty and assessment');
  care = await db.team('Children in care');
  await db.member(duty, amina);
  await db.member(care, bilal);
  await db.member(duty, carys, true);
  await db.member(care, carys, true);
  await db.store(amina).transaction((tx) => tx.cases.insert(dutyCase, { teamId: duty, by: amina.name }));
  await db.store(bilal).transaction((tx) => tx.cases.insert(careCase, { teamId: care, by: bilal.name }));
});

afterAll(() => db.drop());

describe('two workers in different teams', () => {
  it('each sees only their own team’s case through the repository', async () => {
    const aminaStore = db.store(amina);
    const bilalStore = db.store(bilal);
    expect((await aminaStore.read.cases.list('all', 100)).cases.map((c) => c.reference)).toEqual(['CR-2026-0001']);
    expect((await bilalStore.read.cases.list('all', 100)).cases.map((c) => c.reference)).toEqual(['CR-2026-0002']);
    expect(await aminaStore.read.cases.get(careCase.id)).toBeUndefined();
    expect(await bilalStore.read.cases.get(dutyCase.id)).toBeUndefined();
    expect((await aminaStore.read.cases.get(dutyCase.id))?.child.names[0]?.family).toBe('Nguyễn');
    // Search and duplicate checks see through the same rule.
    expect((await bilalStore.read.cases.search(['nguyen'], [], 'all', 10)).total).toBe(0);
    expect(await bilalStore.read.cases.casesWithTerm('nguyen')).toEqual([]);
  });

  it('each sees only their own team’s rows in a direct SELECT as their role, on every table of the case', async () => {
    const asAmina = await db.connectAs(amina);
    const asBilal = await db.connectAs(bilal);
    const asOutsider = await db.connectAs(outsider);
    const references = async (client: typeof asAmina) => (await client.query('SELECT reference FROM crossings.cases ORDER BY reference')).rows.map((r) => r.reference);
    expect(await references(asAmina)).toEqual(['CR-2026-0001']);
    expect(await references(asBilal)).toEqual(['CR-2026-0002']);
    expect(await references(asOutsider)).toEqual([]);
    const adults = async (client: typeof asAmina) => (await client.query('SELECT case_id FROM crossings.connected_adults')).rows.map((r) => r.case_id);
    expect(await adults(asAmina)).toEqual([dutyCase.id]);
    expect(await adults(asBilal)).toEqual([careCase.id]);
    // The folded names a case is searched by are its content too.
    const terms = async (client: typeof asAmina) => (await client.query('SELECT DISTINCT case_id FROM crossings.search_terms')).rows.map((r) => r.case_id);
    expect(await terms(asAmina)).toEqual([dutyCase.id]);
    expect(await terms(asBilal)).toEqual([careCase.id]);
    expect(await terms(asOutsider)).toEqual([]);
    // Behind row-level security (the superuser) both are there.
    const admin = await db.admin();
    expect((await admin.query('SELECT count(*)::int AS n FROM crossings.cases')).rows[0].n).toBe(2);
  });

  it('a worker cannot write another team’s case, nor put a case in a team they are not in', async () => {
    const asBilal = await db.connectAs(bilal);
    const changed = await asBilal.query("UPDATE crossings.cases SET lead_worker = 'Bilal Care' WHERE id = $1", [dutyCase.id]);
    expect(changed.rowCount).toBe(0);
    const deleted = await asBilal.query('DELETE FROM crossings.connected_adults WHERE case_id = $1', [dutyCase.id]);
    expect(deleted.rowCount).toBe(0);
    const stray = teamCase('CR-2026-0099', 'Stray', 'Case');
    await expect(db.store(bilal).transaction((tx) => tx.cases.insert(stray, { teamId: duty, by: bilal.name }))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // Moving a case is not done by updating its team directly, even within the worker's own teams.
    await expect(asBilal.query('UPDATE crossings.cases SET team_id = $1 WHERE id = $2', [duty, careCase.id])).rejects.toThrow(/permission denied/);
  });
});

describe('a manager of both teams', () => {
  it('sees both teams’ cases, through the repository and directly', async () => {
    const store = db.store(carys);
    expect((await store.read.cases.list('all', 100)).cases.map((c) => c.reference).sort()).toEqual(['CR-2026-0001', 'CR-2026-0002']);
    expect((await store.read.cases.search(['nguy'], [], 'all', 10)).cases.map((c) => c.reference)).toEqual(['CR-2026-0001']);
    const direct = await db.connectAs(carys);
    expect((await direct.query('SELECT count(*)::int AS n FROM crossings.cases')).rows[0].n).toBe(2);
  });
});

describe('moving a case between teams', () => {
  it('is refused to a worker who does not manage its team', async () => {
    const store = db.store(amina);
    await expect(store.transaction((tx) => tx.cases.moveToTeam(dutyCase.id, care, amina.name))).rejects.toBeInstanceOf(AppError);
    expect(await store.read.cases.teamOf(dutyCase.id)).toBe(duty);
  });

  it('by a manager: the case changes hands, the database keeps the move, and the audit log records it', async () => {
    const store = db.store(carys);
    const moved = await store.transaction(async (tx) => {
      const teams = await tx.cases.moveToTeam(dutyCase.id, care, carys.name);
      await tx.audit.append({
        id: randomUUID(),
        at: new Date().toISOString(),
        worker: carys.name,
        operation: 'cases.moveTeam',
        action: 'case.edited',
        outcome: 'success',
        caseId: dutyCase.id,
        caseReference: dutyCase.reference,
        details: [`Moved from ${teams.from.name} to ${teams.to.name}`],
      });
      return teams;
    });
    expect(moved).toEqual({ from: { id: duty, name: 'Duty and assessment' }, to: { id: care, name: 'Children in care' } });
    // Amina (duty only) no longer sees it; Bilal (care) now does.
    expect(await db.store(amina).read.cases.get(dutyCase.id)).toBeUndefined();
    expect((await db.store(bilal).read.cases.get(dutyCase.id))?.reference).toBe('CR-2026-0001');
    // Its search terms went with it.
    expect((await db.store(bilal).read.cases.search(['nguyen'], [], 'all', 10)).cases.map((c) => c.id)).toEqual([dutyCase.id]);
    expect((await db.store(amina).read.cases.search(['nguyen'], [], 'all', 10)).total).toBe(0);
    // The database's own record of the move, attributed to the manager's role and name, cannot be changed.
    const admin = await db.admin();
    const moves = await admin.query('SELECT case_id, from_team, to_team, moved_by_role, moved_by FROM crossings.case_team_moves');
    expect(moves.rows).toEqual([{ case_id: dutyCase.id, from_team: duty, to_team: care, moved_by_role: carys.role, moved_by: carys.name }]);
    await expect(admin.query('UPDATE crossings.case_team_moves SET moved_by = $1', ['someone else'])).rejects.toThrow(/cannot be changed/);
    await expect(admin.query('DELETE FROM crossings.case_team_moves')).rejects.toThrow(/cannot be changed/);
    // The audit entry is attributed to the manager's database role and name, and Bilal, who now holds the case, reads it.
    const trail = await db.store(bilal).read.audit.forCase(dutyCase.id);
    expect(trail.map((e) => [e.osAccount, e.worker, e.details])).toEqual([[carys.role, carys.name, ['Moved from Duty and assessment to Children in care']]]);
  });

  it('an audit entry cannot claim another role', async () => {
    const asBilal = await db.connectAs(bilal);
    await asBilal.query('BEGIN');
    const head = (await asBilal.query('SELECT sequence, hash FROM crossings.lock_audit_head()')).rows[0];
    await expect(
      asBilal.query(
        `INSERT INTO crossings.audit_events (sequence, id, at, os_account, worker, operation, action, outcome, details, previous_hash, hash)
         VALUES ($1, $2, $3, $4, 'Carys Manager', 'x', 'case.opened', 'success', '[]', $5, $6)`,
        [Number(head.sequence) + 1, randomUUID(), new Date().toISOString(), carys.role, head.hash, 'a'.repeat(64)],
      ),
    ).rejects.toThrow(/row-level security|name of the role/);
    await asBilal.query('ROLLBACK');
  });
});
