// npm run bench:team — the team store on a real PostgreSQL (a throwaway cluster started here, durable settings:
// fsync and synchronous commit on), at 100,000 generated cases (3 connected adults, 4 journey legs and 3 chronology
// entries each) in 10 teams: search, open and save as one worker, then 20 workers saving at once for 60 s.
// Prints figures; asserts nothing. BENCH_CASES and BENCH_SECONDS change the size and the length of the last part.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { emptyChild, emptyConnectedAdult, emptyHomeSituation, emptyJourneyLeg, emptyStrategyMeeting } from '../domain/case/defaults';
import type { CaseRecord } from '../domain/case/schemas';
import { emptyNrmAnswers } from '../domain/nrm/answers';
import { parseDateQuery, searchTokens } from '../domain/case/search';
import { caseColumns, caseValues, searchTerms } from '../core/store/postgres/case-rows';
import { migrate } from '../core/store/postgres/migrate';
import { PgStore } from '../core/store/postgres/pg-store';
import { addTeam, addTeamMember, createGroupRoles, createOwnerRole, createWorkerRole } from '../core/store/postgres/roles';
import { startCluster, type TestCluster } from '../scripts/postgres-cluster.mjs';
import { measure, percentile } from './stats';

const CASES = Number(process.env.BENCH_CASES ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const TEAMS = 10;
const WRITERS = 20;
const DATABASE = 'crossings_bench';
const auditKey = Buffer.alloc(32, 7);
const givenNames = ['Thị Ánh', 'Mai', 'Arbër', 'Ștefan', 'Łucja', 'Mehmet', 'Yonas', 'Selam', 'Dawit', 'Ioana', 'Bujar', 'Ngọc Lan', 'Amira', 'Olek', 'Eleni'];
const familyNames = ['Nguyễn', 'Trần', 'Çela', 'Popescu', 'Żółć', 'Yılmaz', 'Tesfaye', 'Haile', 'Ionescu', 'Hoxha', 'Lê', 'Haddad', 'Kowalski', 'Papadopoulos', 'Berhane'];
const countries = ['Vietnam', 'Albania', 'Romania', 'Eritrea', 'Sudan', 'Libya', 'Italy', 'France', 'Belgium', 'United Kingdom'];
const pick = <T,>(list: readonly T[], n: number): T => list[n % list.length]!;
const jsonbColumns = new Set(['child', 'journey_entry', 'home_situation', 'strategy_meeting', 'other_names', 'nrm']);

function generatedCase(n: number): CaseRecord {
  const now = new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString();
  const adults = [0, 1, 2].map((i) => ({
    ...emptyConnectedAdult(randomUUID()),
    names: [{ given: pick(givenNames, n + i + 3), family: pick(familyNames, n * 7 + i), type: 'main' as const }],
  }));
  const legs = [0, 1, 2, 3].map((i) => ({
    ...emptyJourneyLeg(randomUUID()),
    from: { country: pick(countries, n + i), place: 'Town' },
    to: { country: pick(countries, n + i + 1), place: 'City' },
    travelledWithAdultIds: [adults[0]!.id],
  }));
  const child = emptyChild();
  child.names = [
    { given: pick(givenNames, n), family: pick(familyNames, Math.floor(n / givenNames.length)), type: 'main' },
    { given: `Alias${n}`, family: '', type: 'alias' },
  ];
  child.dateOfBirth = {
    ...child.dateOfBirth,
    claimed: { kind: 'date', date: `20${String(8 + (n % 10)).padStart(2, '0')}-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`, approximate: false },
  };
  return {
    id: randomUUID(),
    reference: `CR-2026-${String(n + 1).padStart(6, '0')}`,
    status: n % 5 === 0 ? 'closed' : 'open',
    jurisdiction: 'England',
    localAuthority: null,
    leadWorker: 'Bench worker',
    isExample: false,
    openedAt: now,
    updatedAt: now,
    revision: 1,
    child,
    connectedAdults: adults,
    journey: { legs, entry: { port: 'Dover', date: null, metBy: '', canNameMeeter: 'unknown' } },
    homeSituation: emptyHomeSituation(),
    agencies: [],
    strategyMeeting: emptyStrategyMeeting(),
    nrm: emptyNrmAnswers(),
    chronology: [],
  };
}

/** Loads generated cases in batches as the owner (the bulk load IT would do for an import), with the repository's own row shape. */
async function load(owner: pg.Client, teams: string[]): Promise<{ ids: string[]; teamOf: Map<string, string> }> {
  const ids: string[] = [];
  const teamOf = new Map<string, string>();
  const started = performance.now();
  const batch = 1_000;
  const recordType = [...caseColumns.map((c) => `${c} ${jsonbColumns.has(c) ? 'jsonb' : c === 'is_example' ? 'boolean' : c === 'revision' ? 'integer' : c.endsWith('_at') ? 'timestamptz' : 'text'}`), 'team_id text', 'updated_by text'].join(', ');
  for (let from = 0; from < CASES; from += batch) {
    const rows: Record<string, unknown>[] = [];
    const parts: { table: string; id: string; case_id: string; position: number; record: unknown }[] = [];
    const entries: unknown[] = [];
    const terms: { case_id: string; term: string }[] = [];
    for (let n = from; n < Math.min(CASES, from + batch); n += 1) {
      const record = generatedCase(n);
      const values = caseValues(record);
      const row: Record<string, unknown> = Object.fromEntries(caseColumns.map((column, i) => [column, jsonbColumns.has(column) ? JSON.parse(values[i] as string) : values[i]]));
      row.team_id = teams[n % teams.length];
      row.updated_by = 'Bench worker';
      rows.push(row);
      ids.push(record.id);
      teamOf.set(record.id, row.team_id as string);
      for (const term of searchTerms(record)) terms.push({ case_id: record.id, term });
      record.connectedAdults.forEach((adult, position) => parts.push({ table: 'connected_adults', id: adult.id, case_id: record.id, position, record: adult }));
      record.journey.legs.forEach((leg, position) => parts.push({ table: 'journey_legs', id: leg.id, case_id: record.id, position, record: leg }));
      for (let e = 0; e < 3; e += 1) {
        entries.push({ id: randomUUID(), case_id: record.id, sequence: e + 1, event_sort: '', kind: 'other', summary: `Entry ${e} for case ${n}: a visit.`, source: 'Bench', recorded_at: record.openedAt, recorded_by: 'Bench worker' });
      }
    }
    await owner.query('BEGIN');
    await owner.query(`INSERT INTO crossings.cases (${caseColumns.join(', ')}, team_id, updated_by) SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(${recordType})`, [JSON.stringify(rows)]);
    for (const table of ['connected_adults', 'journey_legs']) {
      await owner.query(
        `INSERT INTO crossings.${table} (id, case_id, position, record) SELECT id, case_id, position, record FROM jsonb_to_recordset($1::jsonb) AS r(id text, case_id text, position integer, record jsonb)`,
        [JSON.stringify(parts.filter((part) => part.table === table))],
      );
    }
    await owner.query(
      `INSERT INTO crossings.chronology_entries (id, case_id, sequence, event_sort, kind, summary, source, recorded_at, recorded_by, recorded_by_role)
       SELECT id, case_id, sequence, event_sort, kind, summary, source, recorded_at, recorded_by, session_user FROM jsonb_to_recordset($1::jsonb)
       AS r(id text, case_id text, sequence integer, event_sort text, kind text, summary text, source text, recorded_at timestamptz, recorded_by text)`,
      [JSON.stringify(entries)],
    );
    // The team is copied in from the case by the table's trigger.
    await owner.query('INSERT INTO crossings.search_terms (case_id, term) SELECT case_id, term FROM jsonb_to_recordset($1::jsonb) AS r(case_id text, term text)', [
      JSON.stringify(terms),
    ]);
    await owner.query('COMMIT');
  }
  await owner.query('ANALYZE');
  console.log(`Generated ${CASES.toLocaleString('en-GB')} cases in ${TEAMS} teams in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { ids, teamOf };
}

async function saveOnce(store: PgStore, id: string, change: string): Promise<'saved' | 'conflict'> {
  try {
    await store.transaction(async (tx) => {
      const record = (await tx.cases.get(id))!;
      await tx.cases.update({ ...record, homeSituation: { ...record.homeSituation, work: change }, updatedAt: new Date().toISOString() }, new Set(['homeSituation']), {
        startedFrom: record.revision,
        by: store.workerName,
      });
      await tx.audit.append({ id: randomUUID(), at: new Date().toISOString(), worker: store.workerName, operation: 'cases.update', action: 'case.edited', outcome: 'success', caseId: id, caseReference: record.reference, details: ['Home country'] });
    });
    return 'saved';
  } catch (error) {
    if ((error as { code?: string }).code === 'CONFLICT') return 'conflict';
    throw error;
  }
}

async function main() {
  const cluster: TestCluster = await startCluster({ durable: true, log: console.log });
  try {
    const admin = new pg.Client({ host: cluster.socketDir, port: cluster.port, user: cluster.superuser, database: 'postgres' });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${DATABASE}`);
    await createGroupRoles(admin);
    await admin.end();
    const inDatabase = new pg.Client({ host: cluster.socketDir, port: cluster.port, user: cluster.superuser, database: DATABASE });
    await inDatabase.connect();
    await createOwnerRole(inDatabase, 'crossings_owner', 'bench-owner', DATABASE);
    const workers = Array.from({ length: WRITERS }, (_, i) => ({ role: `bench_worker_${i}`, name: `Bench Worker ${i + 1}`, password: `bench-${i}` }));
    for (const worker of workers) await createWorkerRole(inDatabase, worker.role, { password: worker.password });
    await inDatabase.end();
    const owner = new pg.Client({ host: cluster.socketDir, port: cluster.port, user: 'crossings_owner', password: 'bench-owner', database: DATABASE });
    await owner.connect();
    await migrate(owner);
    const teams = Array.from({ length: TEAMS }, () => randomUUID());
    for (const [i, id] of teams.entries()) await addTeam(owner, { id, name: `Team ${i + 1}` });
    // Worker 1 manages every team (sees all 100,000 cases: the slowest search); the others are in team 1 only.
    for (const team of teams) await addTeamMember(owner, { teamId: team, role: workers[0]!.role, workerName: workers[0]!.name, manager: true });
    for (const worker of workers.slice(1)) await addTeamMember(owner, { teamId: teams[0]!, role: worker.role, workerName: worker.name });
    const { ids, teamOf } = await load(owner, teams);

    // Over TLS on 127.0.0.1, as a worker's computer reaches the server.
    const ca = cluster.caFile ? (await import('node:fs')).readFileSync(cluster.caFile, 'utf8') : undefined;
    const connect = (worker: (typeof workers)[number], max = 4) =>
      PgStore.connect(
        { host: ca ? cluster.host : cluster.socketDir, port: cluster.port, database: DATABASE, user: worker.role, password: worker.password, ...(ca ? { ca } : {}), workerName: worker.name },
        auditKey,
        { max },
      );
    const manager = connect(workers[0]!);
    const queries = ['nguyen thi anh', 'tran', 'arber cela', 'lucja', 'stefan popescu', 'alias4242', 'CR-2026-077777', '4/3/2012', 'yo', 'mehmet yilmaz'];
    const search = (store: PgStore, text: string) => {
      const dateTerm = parseDateQuery(text);
      const isYear = dateTerm !== null && /^\d{4}$/.test(dateTerm);
      return store.read.cases.search(dateTerm && !isYear ? [] : searchTokens(text).slice(0, 8), dateTerm && !isYear ? [dateTerm] : [], 'all', 100);
    };
    console.log(`\nOne worker (${TEAMS} teams, ${CASES.toLocaleString('en-GB')} cases visible), over TLS on 127.0.0.1:`);
    await measure('search (names, aliases, reference, date)', 500, (run) => search(manager, queries[run % queries.length]!), 'p95 under 50 ms');
    await measure('open a case (get)', 300, (run) => manager.read.cases.get(ids[(run * 37) % ids.length]!), 'p95 under 20 ms');
    await measure('save a case (read, save, audit entry; one transaction)', 300, (run) => saveOnce(manager, ids[(run * 53) % ids.length]!, `Run ${run}`), 'p95 under 20 ms');
    // Which queries cost most (and, with BENCH_EXPLAIN=1, how PostgreSQL runs each, as the manager).
    for (const text of queries) {
      const times: number[] = [];
      for (let run = 0; run < 20; run += 1) {
        const started = performance.now();
        await search(manager, text);
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      console.log(`  “${text}”`.padEnd(30), `median ${percentile(times, 50).toFixed(2)} ms   p95 ${percentile(times, 95).toFixed(2)} ms`);
    }
    if (process.env.BENCH_EXPLAIN === '1') {
      const client = await manager.pool.connect();
      const original = client.query.bind(client);
      const plans: string[] = [];
      (client as unknown as { query: typeof original }).query = (async (sql: string, params?: unknown[]) => {
        const plan = await original(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
        plans.push(plan.rows.map((row: Record<string, string>) => row['QUERY PLAN']).join('\n'));
        return original(sql, params);
      }) as unknown as typeof original;
      const { PgCasesRepository } = await import('../core/store/postgres/cases-repository');
      const repository = new PgCasesRepository(client);
      for (const text of queries) {
        const dateTerm = parseDateQuery(text);
        const isYear = dateTerm !== null && /^\d{4}$/.test(dateTerm);
        await repository.search(dateTerm && !isYear ? [] : searchTokens(text).slice(0, 8), dateTerm && !isYear ? [dateTerm] : [], 'all', 100);
        console.log(`\nEXPLAIN “${text}”\n${plans.pop()}`);
      }
      client.release();
    }
    const member = connect(workers[1]!);
    console.log(`\nA worker in one team (${Math.round(CASES / TEAMS).toLocaleString('en-GB')} cases visible):`);
    await measure('search (names, aliases, reference, date)', 500, (run) => search(member, queries[run % queries.length]!), 'p95 under 50 ms');

    // 20 workers, each on their own connection, saving team 1's busiest 200 cases for SECONDS: conflicts are expected
    // (two opened the same case); a lost save is an acknowledged save whose revision is not in the database.
    const hot = ids.filter((id) => teamOf.get(id) === teams[0]).slice(0, 200);
    const before = new Map<string, number>();
    for (const id of hot) before.set(id, (await manager.read.cases.revisionOf(id))!);
    const stores = workers.map((worker) => connect(worker, 1));
    const acknowledged = new Map<string, number>();
    const latencies: number[] = [];
    let conflicts = 0;
    let failures = 0;
    const deadline = Date.now() + SECONDS * 1000;
    console.log(`\n${WRITERS} workers saving at once for ${SECONDS} s (200 cases of one team)…`);
    await Promise.all(
      stores.map(async (store, w) => {
        for (let run = 0; Date.now() < deadline; run += 1) {
          const id = hot[(w * 7919 + run * 104729) % hot.length]!;
          const started = performance.now();
          try {
            const outcome = await saveOnce(store, id, `Worker ${w} run ${run}`);
            if (outcome === 'saved') {
              latencies.push(performance.now() - started);
              acknowledged.set(id, (acknowledged.get(id) ?? 0) + 1);
            } else conflicts += 1;
          } catch {
            failures += 1;
          }
        }
      }),
    );
    let lost = 0;
    for (const id of hot) {
      const now = (await manager.read.cases.revisionOf(id))!;
      lost += (acknowledged.get(id) ?? 0) - (now - before.get(id)!);
    }
    latencies.sort((a, b) => a - b);
    const saved = [...acknowledged.values()].reduce((a, b) => a + b, 0);
    console.log(`saves acknowledged ${saved}   lost ${lost} (target 0)   conflicts ${conflicts}   other failures ${failures}`);
    console.log(`acknowledged save median ${percentile(latencies, 50).toFixed(2)} ms   p95 ${percentile(latencies, 95).toFixed(2)} ms   (target: p95 under 100 ms)`);
    const auditor = new pg.Client({ host: cluster.socketDir, port: cluster.port, user: cluster.superuser, database: DATABASE });
    await auditor.connect();
    const head = (await auditor.query('SELECT sequence FROM crossings.audit_head')).rows[0].sequence as string;
    console.log(`audit log: ${head} entries, head row locked by every save`);
    await auditor.end();
    for (const store of [manager, member, ...stores]) await store.close();
    await owner.end();
  } catch (error) {
    // Said before the cluster stops: stopping it ends the connections still open, which would hide what went wrong.
    console.error('The benchmark stopped:', error);
    process.exitCode = 1;
  } finally {
    process.on('uncaughtException', () => undefined);
    await cluster.stop();
  }
}

void main();
