// npm run bench:store — listing, searching and saving with 10,000 generated cases
// (3 connected adults, 4 journey legs and 20 chronology entries each). Prints figures; asserts nothing.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { emptyChild, emptyConnectedAdult, emptyHomeSituation, emptyJourneyLeg, emptyStrategyMeeting } from '../domain/case/defaults';
import type { CaseRecord } from '../domain/case/schemas';
import { createDispatcher } from '../core/transport/dispatcher';
import { createHandlers } from '../core/services';
import { createAuditHook } from '../core/services/audit';
import { CommitMirror, commitMirrorPath } from '../core/store/commit-counter';
import { Store } from '../core/store/store';
import { LocalRecords } from '../core/store/records';
import { measure } from './stats';

const CASES = Number(process.env.BENCH_CASES ?? 10_000);
const givenNames = ['Thị Ánh', 'Mai', 'Arbër', 'Ștefan', 'Łucja', 'Mehmet', 'Yonas', 'Selam', 'Dawit', 'Ioana', 'Bujar', 'Ngọc Lan', 'Amira', 'Olek', 'Eleni'];
const familyNames = ['Nguyễn', 'Trần', 'Çela', 'Popescu', 'Żółć', 'Yılmaz', 'Tesfaye', 'Haile', 'Ionescu', 'Hoxha', 'Lê', 'Haddad', 'Kowalski', 'Papadopoulos', 'Berhane'];
const countries = ['Vietnam', 'Albania', 'Romania', 'Eritrea', 'Sudan', 'Libya', 'Italy', 'France', 'Belgium', 'United Kingdom'];
const pick = <T,>(list: readonly T[], n: number): T => list[n % list.length]!;

function generatedCase(n: number): CaseRecord {
  const now = new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString();
  const adults = [0, 1, 2].map((i) => ({
    ...emptyConnectedAdult(randomUUID()),
    names: [{ given: pick(givenNames, n + i + 3), family: pick(familyNames, n * 7 + i), type: 'main' as const }],
    relationshipClaimedByAdult: 'aunt-or-uncle' as const,
  }));
  const legs = [0, 1, 2, 3].map((i) => ({
    ...emptyJourneyLeg(randomUUID()),
    from: { country: pick(countries, n + i), place: 'Town' },
    to: { country: pick(countries, n + i + 1), place: 'City' },
    departed: { kind: 'month' as const, year: 2025, month: (i % 12) + 1, approximate: true },
    transport: 'lorry-or-van' as const,
    travelledWithAdultIds: [adults[0]!.id],
  }));
  return {
    id: randomUUID(),
    reference: `CR-2026-${String(n + 1).padStart(5, '0')}`,
    status: n % 5 === 0 ? 'closed' : 'open',
    jurisdiction: 'England',
    localAuthority: null,
    leadWorker: 'Bench worker',
    isExample: false,
    openedAt: now,
    updatedAt: now,
    revision: 1,
    child: {
      ...emptyChild(),
      names: [
        { given: pick(givenNames, n), family: pick(familyNames, Math.floor(n / givenNames.length)), type: 'main' },
        { given: `Alias${n}`, family: '', type: 'alias' },
      ],
      dateOfBirth: {
        claimed: { kind: 'date', date: `20${String(8 + (n % 10)).padStart(2, '0')}-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`, approximate: false },
        documented: null,
        documentNote: '',
        assessed: null,
      },
    },
    connectedAdults: adults,
    journey: { legs, entry: { port: 'Dover', date: null, metBy: '', canNameMeeter: 'unknown' } },
    homeSituation: emptyHomeSituation(),
    agencies: [],
    nrm: { answers: {}, accepted: {} },
    strategyMeeting: emptyStrategyMeeting(),
    chronology: [],
  };
}

async function main() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'crossings-bench-'));
  // With the commit counter's mirror, flushed after every save, as the app runs.
  const file = path.join(folder, 'crossings.db');
  const store = Store.open(file, undefined, new CommitMirror(commitMirrorPath(file)));
  const started = performance.now();
  const ids: string[] = [];
  const batch = 500;
  for (let from = 0; from < CASES; from += batch) {
    store.transaction(() => {
      for (let n = from; n < Math.min(CASES, from + batch); n += 1) {
        const record = generatedCase(n);
        store.cases.insert(record);
        ids.push(record.id);
        for (let e = 0; e < 20; e += 1) {
          store.cases.addChronologyEntry({
            id: randomUUID(),
            caseId: record.id,
            eventDate: { kind: 'year', year: 2020 + (e % 6), approximate: true },
            kind: 'other',
            summary: `Entry ${e} for case ${n}: a visit, a call, a meeting.`,
            source: 'Bench',
            recordedAt: record.openedAt,
            recordedBy: 'Bench worker',
            correctsId: null,
          });
        }
      }
    });
  }
  console.log(`Generated ${CASES.toLocaleString('en-GB')} cases in ${((performance.now() - started) / 1000).toFixed(1)} s (${(fs.statSync(path.join(folder, 'crossings.db')).size / 1e6).toFixed(0)} MB before checkpoint)`);

  const deps = { store: new LocalRecords(store), now: () => new Date(), newId: randomUUID, mode: 'browser' as const, dataFolder: folder, version: 'bench' };
  // Audited as in the app: every open and save writes its audit entry in the same figures.
  const dispatch = createDispatcher(createHandlers(deps), { audit: createAuditHook(() => deps.store, deps) });
  const call = async (op: string, input: unknown) => {
    const result = await dispatch(op, input, { worker: 'Bench worker' });
    if (!result.ok) throw new Error(`${op}: ${JSON.stringify(result.error)}`);
    return result.value;
  };

  await measure('list (first 100, most recent first)', 200, () => call('cases.list', { limit: 100 }));
  const queries = ['nguyen thi anh', 'tran', 'arber cela', 'lucja', 'stefan popescu', 'alias4242', 'CR-2026-07777', '4/3/2012', '2012-03', 'yo'];
  await measure('search (names, aliases, reference, date)', 500, (run) => call('cases.list', { query: queries[run % queries.length], limit: 100 }), 'p95 under 20 ms');
  await measure('possible matches before a new case', 200, (run) => call('cases.findMatches', { names: [{ given: pick(givenNames, run), family: pick(familyNames, run), type: 'main' }] }));
  await measure('open a case (20 chronology entries)', 200, (run) => call('cases.get', { id: ids[(run * 37) % ids.length] }));
  await measure('save a case (one transaction)', 300, async (run) => {
    const id = ids[(run * 53) % ids.length]!;
    const record = (await call('cases.get', { id })) as CaseRecord;
    const timer = performance.now();
    await call('cases.update', { id, revision: record.revision, changes: { leadWorker: `Worker ${run}` } });
    return performance.now() - timer;
  });
  // The line above includes reading the case; measure the save alone too.
  const saveOnly: number[] = [];
  for (let run = 0; run < 300; run += 1) {
    const id = ids[(run * 71) % ids.length]!;
    const record = (await call('cases.get', { id })) as CaseRecord;
    const timer = performance.now();
    await call('cases.update', { id, revision: record.revision, changes: { homeSituation: { ...record.homeSituation, work: `Run ${run}` } } });
    saveOnly.push(performance.now() - timer);
  }
  saveOnly.sort((a, b) => a - b);
  const p = (q: number) => saveOnly[Math.min(saveOnly.length - 1, Math.ceil((q / 100) * saveOnly.length) - 1)]!;
  console.log(`${'save only (cases.update)'.padEnd(44)} median ${p(50).toFixed(2).padStart(8)} ms   p95 ${p(95).toFixed(2).padStart(8)} ms   (300 runs)   target: p95 under 10 ms`);
  store.close();
  fs.rmSync(folder, { recursive: true, force: true });
}

void main();
