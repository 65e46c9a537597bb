import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore } from '../../fixtures/core';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()!();
});

const child = { names: [{ given: 'Selam', family: 'Tesfay', type: 'main' as const }] };

async function newCase() {
  const core = openTestCore({ dailyBackup: false });
  cleanups.push(core.close);
  const record = await core.call('cases.create', { jurisdiction: 'England', localAuthority: null, leadWorker: 'Sam Okafor', child });
  return { core, record };
}

describe('NRM answers on the case', () => {
  it('are saved with the case, audited without their content, and refused past 15,000 characters with nothing changed', async () => {
    const { core, record } = await newCase();
    expect(record.nrm).toEqual({ answers: {}, accepted: {} });
    const nrm = { answers: { family: 'Lives with her aunt in Leeds.', 'when-last-contact': 'Within the last 6-12 months' }, accepted: { family: 'Home country: household and carers' } };
    const saved = await core.call('cases.update', { id: record.id, revision: record.revision, changes: { nrm } });
    expect((await core.call('cases.get', { id: record.id })).nrm).toEqual(nrm);
    const { events } = await core.call('audit.forCase', { caseId: record.id });
    expect(events.find((event) => event.action === 'case.edited')?.details).toEqual(['NRM referral answers']);
    expect(JSON.stringify(events)).not.toContain('aunt in Leeds');
    const tooLong = await core.dispatch('cases.update', { id: saved.id, revision: saved.revision, changes: { nrm: { answers: { family: 'a'.repeat(15_001) }, accepted: {} } } }, { worker: 'Test worker' });
    expect(tooLong.ok).toBe(false);
    if (!tooLong.ok) expect(tooLong.error.issues?.[0]?.message).toContain('15,000 characters or fewer');
    expect((await core.call('cases.get', { id: record.id })).nrm).toEqual(nrm);
  });
});

describe('referral records', () => {
  it('writes a chronology entry and an audit event for each step of an NRM referral', async () => {
    const { core, record } = await newCase();
    const sent = await core.call('referrals.record', {
      caseId: record.id,
      referralId: null,
      change: { step: 'sent', kind: 'nrm', sentOn: '2026-11-02', sentBy: 'Sam Okafor', reference: 'NRM-2026-0042' },
    });
    expect(sent.referral).toMatchObject({ kind: 'nrm', sentOn: '2026-11-02', reference: 'NRM-2026-0042', revision: 1, reasonableGrounds: null });
    expect(sent.chronologyEntry.summary).toBe('NRM referral sent by Sam Okafor, reference NRM-2026-0042.');

    const rg = await core.call('referrals.record', {
      caseId: record.id,
      referralId: sent.referral.id,
      revision: 1,
      change: { step: 'reasonable-grounds', outcome: 'positive', decidedOn: '2026-11-16' },
    });
    expect(rg.referral.reasonableGrounds).toEqual({ outcome: 'positive', decidedOn: '2026-11-16' });
    expect(rg.chronologyEntry.summary).toContain('it ends on 16 December 2026 at the earliest');

    const chronology = (await core.call('cases.get', { id: record.id })).chronology;
    expect(chronology.map((entry) => [entry.eventDate, entry.kind, entry.source, entry.recordedBy])).toEqual([
      [{ kind: 'date', date: '2026-11-02', approximate: false }, 'agency-contact', 'Referral record', 'Test worker'],
      [{ kind: 'date', date: '2026-11-16', approximate: false }, 'agency-contact', 'Referral record', 'Test worker'],
    ]);

    const { events } = await core.call('audit.forCase', { caseId: record.id });
    const recorded = events.filter((event) => event.action === 'referral.recorded');
    expect(recorded.map((event) => event.details)).toEqual([
      ['NRM referral', 'Reasonable grounds decision', 'Chronology entry 2'],
      ['NRM referral', 'Referral sent', 'Chronology entry 1'],
    ]);
    // The audit log names what was touched, never the content (the reference stays in the case).
    expect(JSON.stringify(events)).not.toContain('NRM-2026-0042');

    const { referrals } = await core.call('referrals.list', { caseId: record.id });
    expect(referrals).toHaveLength(1);
    expect(referrals[0]!.revision).toBe(2);
  });

  it('refuses a conclusive decision before a positive reasonable grounds one, and a stale revision, writing nothing', async () => {
    const { core, record } = await newCase();
    const sent = await core.call('referrals.record', {
      caseId: record.id,
      referralId: null,
      change: { step: 'sent', kind: 'nrm', sentOn: '2026-11-02', sentBy: 'Sam Okafor', reference: '' },
    });
    const early = await core.dispatch('referrals.record', {
      caseId: record.id,
      referralId: sent.referral.id,
      change: { step: 'conclusive-grounds', outcome: 'positive', decidedOn: '2026-12-01' },
    }, { worker: 'Test worker' });
    expect(early.ok).toBe(false);
    if (!early.ok) expect(early.error.issues?.[0]?.message).toContain('follows a positive reasonable grounds decision');
    const stale = await core.dispatch('referrals.record', {
      caseId: record.id,
      referralId: sent.referral.id,
      revision: 7,
      change: { step: 'reasonable-grounds', outcome: 'negative', decidedOn: '2026-11-09' },
    }, { worker: 'Test worker' });
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale.error.code).toBe('CONFLICT');
    expect((await core.call('cases.get', { id: record.id })).chronology).toHaveLength(1);
    expect((await core.call('referrals.list', { caseId: record.id })).referrals[0]!.revision).toBe(1);
  });

  it('records an ICTG referral and a withdrawal, each in the chronology', async () => {
    const { core, record } = await newCase();
    const ictg = await core.call('referrals.record', {
      caseId: record.id,
      referralId: null,
      change: { step: 'sent', kind: 'ictg', sentOn: '2026-11-03', sentBy: 'Sam Okafor', reference: 'ICTG-77' },
    });
    expect(ictg.chronologyEntry.summary).toBe('Independent Child Trafficking Guardian referral sent by Sam Okafor, reference ICTG-77.');
    const refused = await core.dispatch('referrals.record', { caseId: record.id, referralId: ictg.referral.id, change: { step: 'reasonable-grounds', outcome: 'positive', decidedOn: '2026-11-05' } }, { worker: 'Test worker' });
    expect(refused.ok).toBe(false);
  });
});
