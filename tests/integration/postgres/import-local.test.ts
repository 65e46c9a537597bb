import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseDraftKey } from '../../../domain/api';
import { teamModeOver } from '../../../core/store/postgres/connect';
import { openTestCore, tempFolder } from '../../fixtures/core';
import { TestTeamDatabase, type TestWorker } from '../../support/postgres';

// Moving the cases on a worker's own computer into the team records (issue 13, item 7): the same data folder, first
// used on its own, then opened in team mode.
const db = new TestTeamDatabase('import_local');
let worker: TestWorker;
let colleague: TestWorker;
let team: string;

beforeAll(async () => {
  await db.create();
  team = await db.team('Duty and assessment');
  worker = await db.worker('Grace Mensah');
  colleague = await db.worker('Ruth Adeyemi');
  await db.member(team, worker);
  await db.member(team, colleague);
});

afterAll(async () => {
  await db.drop();
});

async function inTeamMode(folder: string, person: TestWorker) {
  const pg = db.store(person);
  return openTestCore({
    folder,
    dailyBackup: false,
    team: await teamModeOver(pg, db.auditKey),
  });
}

const newCase = (given: string, family: string, reference?: string) => ({
  jurisdiction: 'England' as const,
  localAuthority: null,
  leadWorker: 'Grace Mensah',
  child: { names: [{ given, family, type: 'main' as const }] },
  ...(reference ? { reference } : {}),
});

describe('moving this computer’s cases into the team records', () => {
  it('moves each case with everything recorded on it and its audit trail, renumbers a reference already taken, and keeps what was typed', async () => {
    const folder = tempFolder();
    const alone = openTestCore({ folder, dailyBackup: false });
    const example = await alone.call('cases.loadExample', {});
    const document = await alone.call('documents.generate', { caseId: example.id, type: 'child-information-sheet', audience: 'internal' });
    const referral = await alone.call('referrals.record', {
      caseId: example.id,
      referralId: null,
      change: { step: 'sent', kind: 'nrm', sentOn: '2026-11-02', sentBy: 'Grace Mensah', reference: 'NRM-2026-0042' },
    });
    const clash = await alone.call('cases.create', newCase('Dawit', 'Tesfaye', 'CR-2026-0007'));
    const closed = await alone.call('cases.update', { id: clash.id, revision: clash.revision, changes: { status: 'closed' } });
    const draftKey = caseDraftKey(example.id, 'details');
    await alone.call('drafts.save', { key: draftKey, value: { value: { leadWorker: 'Typed, not saved' } } });
    const before = {
      record: await alone.call('cases.get', { id: example.id }),
      assessments: (await alone.call('assessments.list', { caseId: example.id })).assessments,
      actions: (await alone.call('actions.list', { caseId: example.id })).actions,
      trail: (await alone.call('audit.forCase', { caseId: example.id })).events,
    };
    alone.close();

    // A colleague's case already uses one of the references.
    const theirs = await inTeamMode(tempFolder(), colleague);
    await theirs.call('cases.create', newCase('Other', 'Child', 'CR-2026-0007'));
    theirs.close();

    const core = await inTeamMode(folder, worker);
    try {
      expect((await core.call('app.info', {})).records).toEqual({ kind: 'team', organisation: 'your organisation' });
      const waiting = await core.call('records.localCases', {});
      expect(waiting.cases.map((item) => [item.reference, item.inTeamRecords]).sort()).toEqual([
        ['CR-2026-0007', false],
        [example.reference, false],
      ]);
      expect(await core.dispatch('records.importLocal', { confirm: false }, { worker: 'x' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });

      const result = await core.call('records.importLocal', { confirm: true });
      expect(result.notMoved).toEqual([]);
      expect(result.moved).toContainEqual({ reference: 'CR-2026-0007-2', previousReference: 'CR-2026-0007' });
      expect(result.moved).toContainEqual({ reference: example.reference, previousReference: null });
      expect((await core.call('records.localCases', {})).cases).toEqual([]);

      // Everything recorded on the case is in the team records as it was.
      const after = await core.call('cases.get', { id: example.id });
      expect({ ...after, updatedAt: before.record.updatedAt }).toEqual(before.record);
      expect((await core.call('assessments.list', { caseId: example.id })).assessments).toEqual(before.assessments);
      expect((await core.call('actions.list', { caseId: example.id })).actions).toEqual(before.actions);
      expect((await core.call('referrals.list', { caseId: example.id })).referrals).toEqual([referral.referral]);
      expect((await core.call('documents.register', { caseId: example.id })).entries.map((entry) => entry.sha256)).toEqual([document.entry.sha256]);
      // Its trail on this computer is carried in the team's log as one keyed entry, line by line.
      const teamTrail = (await core.call('audit.forCase', { caseId: example.id })).events;
      const broughtIn = teamTrail.find((event) => event.action === 'case.brought-in')!;
      expect(broughtIn.worker).toBe('Grace Mensah');
      expect(broughtIn.details[0]).toBe(`Its audit trail on that computer, ${before.trail.length} entries:`);
      expect(broughtIn.details.slice(1)).toHaveLength(before.trail.length);
      expect(broughtIn.details.at(-1)).toMatch(/Case opened|Document generated|Referral recorded/);
      // The renumbered case says why in its chronology, and keeps its closure for the retention review.
      const renumbered = await core.call('cases.get', { id: clash.id });
      expect(renumbered.chronology.at(-1)?.summary).toContain('Its reference there was CR-2026-0007; it is CR-2026-0007-2 here');
      expect((await core.call('cases.dueForReview', {})).cases.find((row) => row.id === clash.id)?.closedAt).toBe(closed.updatedAt);
      // What was typed and not saved is still there, for the same case.
      expect((await core.call('drafts.get', { key: draftKey })).value).toEqual({ value: { leadWorker: 'Typed, not saved' } });
      // This computer's own log says where each case went.
      const localTrail = core.store.audit.forCase(example.id);
      expect(localTrail[0]).toMatchObject({ action: 'case.moved-to-team', details: [`Into the team records of your organisation, as ${example.reference}`] });
      expect(core.store.cases.get(example.id)).toBeUndefined();

      // A second run finds nothing left to move.
      expect(await core.call('records.importLocal', { confirm: true })).toEqual({ moved: [], notMoved: [] });
    } finally {
      core.close();
    }
  });

  it('outside team mode lists nothing to move and refuses to move', async () => {
    const alone = openTestCore({ dailyBackup: false });
    try {
      await alone.call('cases.create', newCase('Ana', 'Popescu'));
      expect((await alone.call('records.localCases', {})).cases).toEqual([]);
      expect(await alone.dispatch('records.importLocal', { confirm: true }, { worker: 'x' })).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED' } });
    } finally {
      alone.close();
    }
  });
});
