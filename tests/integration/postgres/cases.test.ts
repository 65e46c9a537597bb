import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDateQuery, searchTokens } from '../../../domain/case/search';
import type { CaseRecord } from '../../../domain/case/schemas';
import { CasesRepository } from '../../../core/store/cases-repository';
import { openDatabase, type Db } from '../../../core/store/db';
import type { PgStore } from '../../../core/store/postgres/pg-store';
import { tempFolder } from '../../fixtures/core';
import { TestTeamDatabase, type TestWorker } from '../../support/postgres';
import { teamCase } from '../../support/team-cases';

// The team store's case repository does what the local store's does (the operations the services use), checked
// against the local store itself on the same records: the same cases found by the same searches, with the same
// folding of accents and case (domain/case/search.ts), the same record read back.
const db = new TestTeamDatabase('cases');
let worker: TestWorker;
let otherTeamWorker: TestWorker;
let team: string;
let otherTeam: string;
let store: PgStore;
let sqlite: Db;
let local: CasesRepository;

const records: CaseRecord[] = [
  teamCase('CR-2026-0001', 'Ánh', 'Nguyễn', { aliases: [['Anna', 'Nguyen Thi']], born: '2011-04-02' }),
  teamCase('CR-2026-0002', 'Łukasz', 'Wójcik', { born: '2010-12-30' }),
  teamCase('CR-2026-0003', 'Anh', 'Tran'),
  teamCase('CR-2026-0004', 'Zoë', 'O’Brien', { aliases: [['Zoe', 'Obrien']] }),
  teamCase('CR-2026-0005', 'Dawit', 'Tesfaye', { born: '2011-04-02' }),
  teamCase('CR-2026-0006', '100%', 'Under_score'),
];

beforeAll(async () => {
  await db.create();
  team = await db.team('Duty and assessment');
  otherTeam = await db.team('Children in care');
  worker = await db.worker('Grace Mensah');
  otherTeamWorker = await db.worker('Other Team');
  await db.member(team, worker);
  await db.member(otherTeam, otherTeamWorker);
  store = db.store(worker);
  sqlite = openDatabase(path.join(tempFolder(), 'crossings.db'));
  local = new CasesRepository(sqlite);
  for (const [index, record] of records.entries()) {
    const saved = { ...record, updatedAt: new Date(Date.UTC(2026, 0, 1 + index)).toISOString() };
    await store.transaction((tx) => tx.cases.insert(saved, { teamId: team, by: worker.name }));
    local.insert(saved);
  }
});

afterAll(async () => {
  sqlite?.close();
  await db.drop();
});

/** What cases.list does with a search box's text (core/services/cases.ts), on either store. */
function queryOf(text: string) {
  const dateTerm = parseDateQuery(text);
  const isYear = dateTerm !== null && /^\d{4}$/.test(dateTerm);
  return { prefixes: dateTerm && !isYear ? [] : searchTokens(text).slice(0, 8), exact: dateTerm && !isYear ? [dateTerm] : [] };
}

describe('the team store’s cases, beside the local store’s', () => {
  it('reads back exactly the record that was saved', async () => {
    for (const record of records) {
      const fromTeam = await store.read.cases.get(record.id);
      expect(fromTeam).toEqual(local.get(record.id));
    }
  });

  const searches = ['nguyen', 'NGUYỄN', 'anh', 'an', 'thi ngu', 'lukasz', 'wojcik', 'zoe', 'obrien', 'o brien', 'cr 2026 0003', '02/04/2011', '2011-04', '2011', 'nobody', '100', 'under'];
  for (const text of searches) {
    it(`finds the same cases for “${text}”`, async () => {
      const { prefixes, exact } = queryOf(text);
      const team = await store.read.cases.search(prefixes, exact, 'all', 100);
      const here = local.search(prefixes, exact, 'all', 100);
      expect(team.cases.map((c) => c.reference)).toEqual(here.cases.map((c) => c.reference));
      expect(team.total).toBe(here.total);
      expect(team.cases).toEqual(here.cases);
    });
  }

  it('lists, counts and summarises as the local store does', async () => {
    expect(await store.read.cases.list('all', 3)).toEqual(local.list('all', 3));
    expect(await store.read.cases.list('closed', 3)).toEqual(local.list('closed', 3));
    expect(await store.read.cases.summary(records[1]!.id)).toEqual(local.summary(records[1]!.id));
    expect((await store.read.cases.casesWithTerm('nguyen')).sort()).toEqual(local.casesWithTerm('nguyen').sort());
    expect((await store.read.cases.casesWithTerm('2011-04-02')).sort()).toEqual(local.casesWithTerm('2011-04-02').sort());
  });

  it('numbers references and refuses a taken one across every team, without showing the other team’s case', async () => {
    const elsewhere = teamCase('CR-2026-0042', 'Hidden', 'Elsewhere');
    await db.store(otherTeamWorker).transaction((tx) => tx.cases.insert(elsewhere, { teamId: otherTeam, by: otherTeamWorker.name }));
    expect(await store.read.cases.get(elsewhere.id)).toBeUndefined();
    expect(await store.read.cases.isReferenceTaken('cr-2026-0042', randomUUID())).toBe(true);
    expect(await store.read.cases.isReferenceTaken('CR-2026-0042', elsewhere.id)).toBe(false);
    expect((await store.read.cases.referencesStartingWith('cr-2026-'))[0]).toBe('CR-2026-0042');
    // A part's id belongs to one case only, whichever team holds it.
    expect(await store.read.cases.ownerOf('connectedAdults', elsewhere.connectedAdults[0]!.id)).toBe(elsewhere.id);
    expect(await store.read.cases.ownerOf('connectedAdults', randomUUID())).toBeUndefined();
  });

  it('adds chronology entries in order, corrections pointing at what they correct', async () => {
    const record = records[0]!;
    const add = (summary: string, correctsId: string | null) =>
      store.transaction((tx) =>
        tx.cases.addChronologyEntry({
          id: randomUUID(),
          caseId: record.id,
          eventDate: { kind: 'date', date: '2025-10-01', approximate: false },
          kind: 'other',
          summary,
          source: 'Strategy discussion',
          recordedAt: new Date().toISOString(),
          recordedBy: worker.name,
          correctsId,
        }),
      );
    const [a, b] = await Promise.all([add('First account.', null), add('Second account.', null)]);
    expect([a.sequence, b.sequence].sort()).toEqual([1, 2]);
    const correction = await add('The date was the 2nd, not the 1st.', a.id);
    expect(correction.sequence).toBe(3);
    expect(await store.read.cases.chronologyEntry(correction.id)).toEqual(correction);
    const read = (await store.read.cases.get(record.id))!;
    expect(read.chronology.map((entry) => entry.sequence)).toEqual([1, 2, 3]);
  });

  it('rewrites only the parts a save names, and refuses writes outside a transaction', async () => {
    const current = (await store.read.cases.get(records[2]!.id))!;
    const adult = current.connectedAdults[0]!;
    const next = { ...current, connectedAdults: [{ ...adult, notes: 'Says he is an uncle.' }], child: { ...current.child, names: [{ given: 'Anh', family: 'Trần', type: 'main' as const }] } };
    await store.transaction((tx) => tx.cases.update(next, new Set(['connectedAdults', 'child']), { startedFrom: current.revision, by: worker.name }));
    const saved = (await store.read.cases.get(current.id))!;
    expect(saved.connectedAdults[0]!.notes).toBe('Says he is an uncle.');
    expect(saved.revision).toBe(current.revision + 1);
    expect((await store.read.cases.search(['tran'], [], 'all', 10)).cases.map((c) => c.reference)).toEqual(['CR-2026-0003']);
    await expect(store.read.cases.insert(teamCase('CR-2026-0100', 'No', 'Transaction'), { teamId: team, by: worker.name })).rejects.toThrow(/PgStore.transaction/);
  });
});
