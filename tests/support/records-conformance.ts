import { describe, expect, it } from 'vitest';
import { caseDraftKey, type OperationInput, type OperationName, type OperationOutput } from '../../domain/api';
import type { Result } from '../../domain/errors';
import { defaultFramework, indexFramework, type Answer } from '../../domain/imaaf';
import type { RecordsStore } from '../../core/store/records';
import type { AuditEvent, AuditVerification } from '../../domain/audit';
import { openTestCore } from '../fixtures/core';

/**
 * The store conformance suite (issue 13): the same operations, through the real core, dispatcher, services and audit
 * hook, on the local encrypted file and on the team store in PostgreSQL. Each runner (tests/integration/
 * records-conformance.test.ts, tests/integration/postgres/records-conformance.test.ts) says how to open the records
 * for two people: `first` and `second` are two windows on one computer locally, two workers of one team in team mode.
 */
export interface Worker {
  name: string;
  call<N extends OperationName>(op: N, input: OperationInput<N>): Promise<OperationOutput<N>>;
  dispatch(op: OperationName, input: unknown): Promise<Result<unknown>>;
  records: RecordsStore;
}

/**
 * A worker calling through `core` as `name`: locally the call names them; in team mode the core names the worker IT
 * recorded, whatever the call says (`callAs` is then only the computer account).
 */
export function workerOn(core: ReturnType<typeof openTestCore>, name: string, callAs = name): Worker {
  const dispatch = (op: OperationName, input: unknown) => core.dispatch(op, input, { worker: callAs });
  return {
    name,
    dispatch,
    call: async (op, input) => {
      const result = await dispatch(op, input);
      if (!result.ok) throw new Error(`${op} failed: ${JSON.stringify(result.error)}`);
      return result.value as never;
    },
    get records() {
      return core.core.records;
    },
  };
}

export interface ConformanceHarness {
  kind: 'local' | 'team';
  first: Worker;
  second: Worker;
  /** The whole audit log as whoever may check it sees it: the worker locally, an auditor role in team mode. */
  auditor: { verify(): Promise<AuditVerification>; trail(caseId: string): Promise<AuditEvent[]> };
  close(): Promise<void>;
}

const child = (given: string, family: string, extra: Record<string, unknown> = {}) => ({ names: [{ given, family, type: 'main' as const }], ...extra });
const newCase = (given: string, family: string, extra: Record<string, unknown> = {}) => ({
  jurisdiction: 'England' as const,
  localAuthority: null,
  leadWorker: 'Lead worker',
  child: child(given, family, extra),
});

const answer = (value: Answer['value'], source: Answer['source']): Answer => ({ value, unknown: false, note: '', source, recordedAt: '2026-11-30T09:00:00.000Z' });

function roleItem(role: string) {
  const item = indexFramework(defaultFramework).byRole.get(role as never);
  if (!item) throw new Error(`no item with role ${role}`);
  return item;
}

export function recordsConformance(name: string, open: () => Promise<ConformanceHarness>) {
  describe(`the case records, ${name}`, () => {
    const withRecords = (test: (h: ConformanceHarness) => Promise<void>) => async () => {
      const h = await open();
      try {
        await test(h);
      } finally {
        await h.close();
      }
    };

    it(
      'says where the records are kept',
      withRecords(async ({ kind, first }) => {
        const info = await first.call('app.info', {});
        expect(info.records.kind).toBe(kind);
        if (kind === 'team') expect(info.worker).toBe(first.name);
      }),
    );

    it(
      'creates cases numbered in order, and reads each back as saved',
      withRecords(async ({ first, second }) => {
        const year = new Date().getUTCFullYear();
        const one = await first.call('cases.create', newCase('Ana', 'Popescu'));
        const two = await second.call('cases.create', newCase('Dawit', 'Tesfaye'));
        expect(one.reference).toBe(`CR-${year}-0001`);
        expect(two.reference).toBe(`CR-${year}-0002`);
        expect(await second.call('cases.get', { id: one.id })).toEqual(one);
        const taken = await first.dispatch('cases.create', { ...newCase('Other', 'Child'), reference: one.reference });
        expect(taken).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'reference' }] } });
        expect((await first.call('cases.list', {})).total).toBe(2);
      }),
    );

    it(
      'keeps the example case whole: its adults, journey, chronology with a correction, completed assessment and plan',
      withRecords(async ({ first }) => {
        const example = await first.call('cases.loadExample', {});
        const read = await first.call('cases.get', { id: example.id });
        expect(read.connectedAdults.length).toBeGreaterThanOrEqual(2);
        expect(read.journey.legs.length).toBeGreaterThan(0);
        expect(read.chronology.some((entry) => entry.correctsId !== null)).toBe(true);
        expect(read.chronology.map((entry) => entry.sequence)).toEqual(read.chronology.map((_, index) => index + 1));
        const assessments = await first.call('assessments.list', { caseId: example.id });
        expect(assessments.assessments.map((item) => item.status)).toEqual(['completed']);
        const actions = await first.call('actions.list', { caseId: example.id });
        expect(actions.actions.some((action) => action.status === 'done')).toBe(true);
        expect(actions.actions.some((action) => action.status === 'open')).toBe(true);
      }),
    );

    it(
      'saves a change from the revision it started from; a save from an older revision is refused, names who saved, and changes nothing',
      withRecords(async ({ kind, first, second }) => {
        const created = await first.call('cases.create', newCase('Ana', 'Popescu'));
        const opened = await second.call('cases.get', { id: created.id });
        const saved = await first.call('cases.update', { id: created.id, revision: created.revision, changes: { leadWorker: 'First worker' } });
        expect(saved.revision).toBe(created.revision + 1);
        const stale = await second.dispatch('cases.update', { id: created.id, revision: opened.revision, changes: { leadWorker: 'Second worker' } });
        expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
        if (!stale.ok && kind === 'team') expect(stale.error.message).toContain(`${first.name} saved this case at`);
        const now = await second.call('cases.get', { id: created.id });
        expect(now.leadWorker).toBe('First worker');
        expect(now.revision).toBe(saved.revision);
      }),
    );

    it(
      'when two save one case at the same moment, one save wins and the other is told CONFLICT; nothing is lost silently',
      withRecords(async ({ kind, first, second }) => {
        const created = await first.call('cases.create', newCase('Yonas', 'Berhane'));
        // Each page keeps what its worker typed as a draft on their computer while they type (useSectionForm).
        const key = caseDraftKey(created.id, 'details');
        const typed = (by: Worker) => ({ value: { leadWorker: `From ${by.name}` } });
        await first.call('drafts.save', { key, value: typed(first) });
        await second.call('drafts.save', { key, value: typed(second) });
        const [a, b] = await Promise.all([
          first.dispatch('cases.update', { id: created.id, revision: created.revision, changes: { leadWorker: `From ${first.name}` } }),
          second.dispatch('cases.update', { id: created.id, revision: created.revision, changes: { leadWorker: `From ${second.name}` } }),
        ]);
        const outcomes = [a, b].map((result) => (result.ok ? 'saved' : result.error.code)).sort();
        expect(outcomes).toEqual(['CONFLICT', 'saved']);
        const [winner, loser, refused] = a.ok ? [first, second, b] : [second, first, a];
        if (kind === 'team' && !refused.ok) expect(refused.error.message).toMatch(new RegExp(`^${winner.name} saved this case at \\d\\d:\\d\\d on \\d+ \\w+ \\d{4}, after you opened it`));
        const now = await first.call('cases.get', { id: created.id });
        expect(now.leadWorker).toBe(`From ${winner.name}`);
        expect(now.revision).toBe(created.revision + 1);
        // The refused worker's input survives as their draft, to reapply to the case as it is now (two windows on one
        // computer share the computer's drafts: what was typed last).
        expect((await loser.call('drafts.get', { key })).value).toEqual(kind === 'team' ? typed(loser) : typed(second));
      }),
    );

    it(
      'keeps the chronology in order and append-only, a correction linked to what it corrects',
      withRecords(async ({ first, second }) => {
        const created = await first.call('cases.create', newCase('Ana', 'Popescu'));
        const other = await first.call('cases.create', newCase('Lena', 'Hoxha'));
        const original = await first.call('chronology.add', {
          caseId: created.id,
          entry: { eventDate: { kind: 'year', year: 2025, approximate: true }, kind: 'journey', summary: 'Left home', source: 'Child' },
        });
        const correction = await second.call('chronology.add', {
          caseId: created.id,
          correctsId: original.id,
          entry: { eventDate: { kind: 'month', year: 2025, month: 6, approximate: false }, kind: 'journey', summary: 'Left home in June', source: 'Child' },
        });
        expect(correction.sequence).toBe(2);
        expect(correction.recordedBy).toBe(second.name);
        const elsewhere = await first.dispatch('chronology.add', {
          caseId: other.id,
          correctsId: original.id,
          entry: { eventDate: null, kind: 'other', summary: 'Not this case', source: '' },
        });
        expect(elsewhere).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
        const record = await first.call('cases.get', { id: created.id });
        expect(record.chronology.map((entry) => [entry.summary, entry.correctsId])).toEqual([
          ['Left home', null],
          ['Left home in June', original.id],
        ]);
      }),
    );

    it(
      'finds a child by name without accents or capitals, by alias and by date of birth, and suggests possible matches',
      withRecords(async ({ first }) => {
        const anh = await first.call(
          'cases.create',
          newCase('Thị Ánh', 'Nguyễn', {
            dateOfBirth: { claimed: { kind: 'date', date: '2012-03-04', approximate: false }, documented: null, documentNote: '', assessed: null },
          }),
        );
        await first.call('cases.update', {
          id: anh.id,
          revision: anh.revision,
          changes: { child: { ...anh.child, names: [...anh.child.names, { given: 'Anna', family: 'Nguyen', type: 'alias' }] } },
        });
        await first.call('cases.create', newCase('Łukasz', 'Wójcik'));
        const ids = async (query: string) => (await first.call('cases.list', { query })).cases.map((summary) => summary.id);
        expect(await ids('anh nguyen')).toEqual([anh.id]);
        expect(await ids('NGUY')).toEqual([anh.id]);
        expect(await ids('anna')).toEqual([anh.id]);
        expect(await ids('4/3/2012')).toEqual([anh.id]);
        expect(await ids('lukasz wojcik')).toHaveLength(1);
        expect(await ids('nobody')).toEqual([]);
        const matches = await first.call('cases.findMatches', { names: [{ given: 'Thi Anh', family: 'Nguyen', type: 'main' }], dateOfBirth: null });
        expect(matches.matches.map((match) => match.id)).toEqual([anh.id]);
      }),
    );

    it(
      'keeps an assessment through its answers, judgement and completion, one in progress at a time',
      withRecords(async ({ first, second }) => {
        const created = await first.call('cases.create', newCase('Ana', 'Popescu'));
        const draft = await first.call('assessments.start', { caseId: created.id });
        expect((await second.dispatch('assessments.start', { caseId: created.id })).ok).toBe(false);
        const danger = roleItem('immediate-danger');
        await second.call('assessments.answer', { id: draft.id, connectedAdultId: null, itemId: danger.id, answer: answer('yes', danger.allowedSources[0]!) });
        await first.call('assessments.saveJudgement', { id: draft.id, professionalJudgement: 'Concerned: she is controlled by the adult who met her.' });
        const completed = await first.call('assessments.complete', { id: draft.id });
        expect(completed.outcome?.recommendations[0]?.id).toBe('call-999');
        expect(completed.completedBy).toBe(first.name);
        const change = await second.dispatch('assessments.answer', { id: draft.id, connectedAdultId: null, itemId: danger.id, answer: answer('no', danger.allowedSources[0]!) });
        expect(change).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
        expect(await second.call('assessments.get', { id: draft.id })).toEqual(completed);
      }),
    );

    it(
      'follows an NRM referral through its decisions, each written into the chronology, and the plan’s actions',
      withRecords(async ({ first, second }) => {
        const example = await first.call('cases.loadExample', {});
        const sent = await first.call('referrals.record', {
          caseId: example.id,
          referralId: null,
          change: { step: 'sent', kind: 'nrm', sentOn: '2026-11-02', sentBy: 'Sam Okafor', reference: 'NRM-2026-0042' },
        });
        const decided = await second.call('referrals.record', {
          caseId: example.id,
          referralId: sent.referral.id,
          revision: 1,
          change: { step: 'reasonable-grounds', outcome: 'positive', decidedOn: '2026-11-16' },
        });
        expect(decided.referral.revision).toBe(2);
        const stale = await first.dispatch('referrals.record', {
          caseId: example.id,
          referralId: sent.referral.id,
          revision: 1,
          change: { step: 'reasonable-grounds', outcome: 'negative', decidedOn: '2026-11-17' },
        });
        expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
        expect((await first.call('referrals.list', { caseId: example.id })).referrals).toEqual([decided.referral]);
        const open = (await first.call('actions.list', { caseId: example.id })).actions.find((action) => action.status === 'open')!;
        const done = await second.call('actions.record', { caseId: example.id, change: { change: 'done', actionId: open.id, note: 'Done at the strategy discussion.' } });
        expect(done.status).toBe('done');
        const chronology = (await first.call('cases.get', { id: example.id })).chronology;
        expect(chronology.filter((entry) => entry.source === 'Referral record')).toHaveLength(2);
      }),
    );

    it(
      'registers each document generated, and finds the case of a PDF it made',
      withRecords(async ({ first, second }) => {
        const example = await first.call('cases.loadExample', {});
        const generated = await first.call('documents.generate', { caseId: example.id, type: 'child-information-sheet', audience: 'internal' });
        const register = await second.call('documents.register', { caseId: example.id });
        expect(register.entries.map((entry) => entry.sha256)).toEqual([generated.entry.sha256]);
        expect(register.entries[0]).toMatchObject({ generatedBy: first.name, type: 'child-information-sheet' });
      }),
    );

    it(
      'audits every opening and change of a case, attributed to the worker, and the audit chain verifies',
      withRecords(async ({ kind, first, second, auditor }) => {
        const created = await first.call('cases.create', newCase('Ana', 'Popescu'));
        await second.call('cases.get', { id: created.id });
        await second.call('cases.update', { id: created.id, revision: created.revision, changes: { leadWorker: 'Second worker' } });
        const trail = (await first.call('audit.forCase', { caseId: created.id })).events;
        expect(trail.map((event) => [event.action, event.worker])).toEqual([
          ['case.edited', second.name],
          ['case.opened', second.name],
          ['case.created', first.name],
        ]);
        const verified = await auditor.verify();
        expect(verified.intact).toBe(true);
        expect(verified.checked).toBeGreaterThanOrEqual(3);
        // In team mode a worker sees only their teams' entries, so the check is the auditors'; it says so.
        const asWorker = await second.dispatch('audit.verify', {});
        if (kind === 'team') expect(asWorker).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED', message: expect.stringContaining('auditors') } });
        else expect(asWorker).toMatchObject({ ok: true, value: { intact: true } });
      }),
    );

    it(
      'imports a hand-over file made on another computer, with its chronology and assessments, and refuses it a second time',
      withRecords(async ({ first }) => {
        const elsewhere = openTestCore({ dailyBackup: false });
        try {
          const record = await elsewhere.call('cases.loadExample', {});
          const referral = await elsewhere.call('referrals.record', {
            caseId: record.id,
            referralId: null,
            change: { step: 'sent', kind: 'nrm', sentOn: '2026-11-02', sentBy: 'Sam Okafor', reference: 'NRM-2026-0042' },
          });
          const document = await elsewhere.call('documents.generate', { caseId: record.id, type: 'child-information-sheet', audience: 'internal' });
          const plan = (await elsewhere.call('actions.list', { caseId: record.id })).actions;
          const sent = await elsewhere.call('cases.get', { id: record.id });
          const file = await elsewhere.call('handover.export', { caseId: record.id, password: 'a long hand-over password' });
          const imported = await first.call('handover.import', { fileBase64: file.fileBase64, password: 'a long hand-over password' });
          expect(imported.caseId).toBe(record.id);
          const arrived = await first.call('cases.get', { id: record.id });
          expect(arrived.chronology.map((entry) => entry.summary)).toEqual(sent.chronology.map((entry) => entry.summary));
          expect((await first.call('assessments.list', { caseId: record.id })).assessments).toHaveLength(1);
          // Its referrals, its plan with each action's history, and the register of what was sent out, as they left.
          expect((await first.call('referrals.list', { caseId: record.id })).referrals).toEqual([referral.referral]);
          expect((await first.call('actions.list', { caseId: record.id })).actions).toEqual(plan);
          expect((await first.call('documents.register', { caseId: record.id })).entries.map((entry) => entry.sha256)).toEqual([document.entry.sha256]);
          const again = await first.dispatch('handover.import', { fileBase64: file.fileBase64, password: 'a long hand-over password' });
          expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
          const trail = (await first.call('audit.forCase', { caseId: record.id })).events.map((event) => event.action);
          expect(trail).toContain('case.imported');
        } finally {
          elsewhere.close();
        }
      }),
    );

    it(
      'deletes a closed case with everything recorded on it, under the retention rule, and keeps its audit trail',
      withRecords(async ({ first, second, auditor }) => {
        const example = await first.call('cases.loadExample', {});
        await first.call('drafts.save', { key: caseDraftKey(example.id, 'child'), value: { value: { typed: 'unsaved' } } });
        const closed = await first.call('cases.update', { id: example.id, revision: example.revision, changes: { status: 'closed' } });
        expect((await second.call('cases.dueForReview', {})).cases.map((row) => row.id)).toContain(example.id);
        const refused = await second.dispatch('cases.delete', { id: example.id, confirmReference: 'wrong' });
        expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
        await second.call('cases.delete', { id: example.id, confirmReference: closed.reference });
        expect(await first.dispatch('cases.get', { id: example.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
        expect((await first.call('cases.list', {})).total).toBe(0);
        expect(await first.records.assessments.listForCase(example.id)).toEqual([]);
        expect(await first.records.actions.forCase(example.id)).toEqual([]);
        expect(await first.records.documents.listForCase(example.id)).toEqual([]);
        expect(await first.records.referrals.forCase(example.id)).toEqual([]);
        expect((await first.call('drafts.get', { key: caseDraftKey(example.id, 'child') })).value).toBeNull();
        const trail = (await auditor.trail(example.id)).map((event) => event.action);
        expect(trail[0]).toBe('case.deleted');
        expect(trail).toContain('case.example-loaded');
        expect((await auditor.verify()).intact).toBe(true);
      }),
    );
  });
}
