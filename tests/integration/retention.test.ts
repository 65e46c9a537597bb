import { describe, expect, it } from 'vitest';
import { defaultAppSettings } from '../../domain/settings';
import { addYears, reviewDueDate } from '../../domain/retention';
import { closingCoresAfterEach } from '../fixtures/core';

const open = closingCoresAfterEach();

function newCase(dateOfBirth?: string) {
  return {
    jurisdiction: 'England' as const,
    localAuthority: null,
    leadWorker: '',
    child: {
      names: [{ given: 'Ana', family: 'Popescu', type: 'main' as const }],
      ...(dateOfBirth ? { dateOfBirth: { claimed: { kind: 'date' as const, date: dateOfBirth, approximate: false }, documented: null, documentNote: '', assessed: null } } : {}),
    },
  };
}

describe('the retention rule', () => {
  it('is the later of the years after closure and the child’s birthday at the chosen age', () => {
    const rule = { yearsAfterClosure: 6, untilAge: 25 };
    const child = (date: string | null) => ({ dateOfBirth: { claimed: date ? { kind: 'date' as const, date, approximate: false } : null, documented: null, assessed: null } });
    expect(reviewDueDate(rule, '2026-11-30T09:00:00.000Z', child('2010-03-01'))).toBe('2035-03-01');
    expect(reviewDueDate(rule, '2026-11-30T09:00:00.000Z', child('2000-03-01'))).toBe('2032-11-30');
    expect(reviewDueDate(rule, '2026-11-30T09:00:00.000Z', child(null))).toBe('2032-11-30');
    expect(reviewDueDate({ yearsAfterClosure: 3, untilAge: null }, '2026-11-30T09:00:00.000Z', child('2010-03-01'))).toBe('2029-11-30');
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
  });

  it('keeps settings saved before the rule existed valid, with the default rule and lock time', async () => {
    const core = open();
    core.store.settings.set('app', { organisation: defaultAppSettings.organisation, ictgOperatesHere: 'yes' });
    const settings = await core.call('settings.get', {});
    expect(settings.retention).toEqual({ yearsAfterClosure: 6, untilAge: 25 });
    expect(settings.lock).toEqual({ idleMinutes: 10 });
    expect(settings.ictgOperatesHere).toBe('yes');
  });
});

describe('closing, reviewing and deleting cases', () => {
  it('closing sets the review date from the configured rule; reopening clears it', async () => {
    const core = open();
    await core.call('settings.save', { ...defaultAppSettings, retention: { yearsAfterClosure: 2, untilAge: null } });
    const created = await core.call('cases.create', newCase('2010-03-01'));
    const closed = await core.call('cases.update', { id: created.id, revision: created.revision, changes: { status: 'closed' } });
    expect(core.store.retention.closureOf(created.id)).toEqual({ closedAt: closed.updatedAt, reviewDue: '2028-11-30' });

    const notYet = await core.call('cases.dueForReview', {});
    expect(notYet.rule).toBe('2 years after the case is closed');
    expect(notYet.cases).toEqual([expect.objectContaining({ id: created.id, reviewDue: '2028-11-30', due: false, childName: 'Ana Popescu' })]);
    expect((await core.call('cases.dueForReview', { asOf: '2028-11-30' })).cases[0]?.due).toBe(true);

    const { events } = await core.call('audit.forCase', { caseId: created.id });
    expect(events[0]).toMatchObject({ action: 'case.closed', details: ['Status'] });

    await core.call('cases.update', { id: created.id, revision: closed.revision, changes: { status: 'open' } });
    expect(core.store.retention.closureOf(created.id)).toEqual({ closedAt: null, reviewDue: null });
    expect((await core.call('cases.dueForReview', {})).cases).toEqual([]);
  });

  it('deleting removes the case, its chronology, assessments, register and drafts, and records only the reference', async () => {
    const core = open();
    const example = await core.call('cases.loadExample', {});
    const assessment = await core.call('assessments.start', { caseId: example.id });
    await core.call('assessments.saveJudgement', { id: assessment.id, professionalJudgement: 'Done.' });
    await core.call('documents.generate', { caseId: example.id, type: 'child-information-sheet', audience: 'internal' });
    await core.call('drafts.save', { key: `case/${example.id}/child`, value: { value: { typed: 'x' } } });
    const keep = await core.call('cases.create', newCase());
    await core.call('chronology.add', { caseId: keep.id, entry: { eventDate: null, kind: 'other', summary: 'Stays', source: '' } });
    const current = await core.call('cases.get', { id: example.id });
    const closed = await core.call('cases.update', { id: example.id, revision: current.revision, changes: { status: 'closed' } });

    const wrong = await core.dispatch('cases.delete', { id: example.id, confirmReference: 'something else' }, { worker: 'w' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'confirmReference' }] } });

    const deleted = await core.call('cases.delete', { id: example.id, confirmReference: closed.reference.toLowerCase() });
    expect(deleted).toEqual({ id: example.id, reference: closed.reference });
    const raw = core.store.db;
    for (const [table, column] of [
      ['cases', 'id'],
      ['chronology_entries', 'case_id'],
      ['assessments', 'case_id'],
      ['generated_documents', 'case_id'],
      ['connected_adults', 'case_id'],
      ['journey_legs', 'case_id'],
      ['agencies', 'case_id'],
      ['search_terms', 'case_id'],
    ] as const) {
      expect(raw.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE ${column} = ?`).get(example.id), table).toEqual({ n: 0 });
    }
    expect(raw.prepare('SELECT COUNT(*) AS n FROM drafts WHERE key LIKE ?').get(`case/${example.id}%`)).toEqual({ n: 0 });
    expect((await core.call('cases.get', { id: keep.id })).chronology).toHaveLength(1);

    const trail = await core.call('audit.forCase', { caseId: example.id });
    expect(trail.events[0]).toMatchObject({ action: 'case.deleted', caseReference: closed.reference, details: [`Reference ${closed.reference}`] });
    const log = JSON.stringify(raw.prepare('SELECT * FROM audit_events').all());
    expect(log).not.toContain(example.child.names[0]!.family);
    expect((await core.call('audit.verify', {})).intact).toBe(true);
  });

  it('still refuses an ordinary DELETE on the chronology, completed assessments and the register', async () => {
    const core = open();
    const example = await core.call('cases.loadExample', {});
    const assessment = await core.call('assessments.start', { caseId: example.id });
    await core.call('assessments.saveJudgement', { id: assessment.id, professionalJudgement: 'Done.' });
    await core.call('documents.generate', { caseId: example.id, type: 'child-information-sheet', audience: 'internal' });
    const raw = core.store.db;
    raw.prepare("UPDATE assessments SET status = 'completed' WHERE id = ?").run(assessment.id);
    expect(() => raw.prepare('DELETE FROM chronology_entries WHERE case_id = ?').run(example.id)).toThrow(/append-only/);
    expect(() => raw.prepare('DELETE FROM chronology_entries').run()).toThrow(/append-only/);
    expect(() => raw.prepare('DELETE FROM assessments WHERE id = ?').run(assessment.id)).toThrow(/snapshot/);
    expect(() => raw.prepare('DELETE FROM generated_documents').run()).toThrow(/append-only/);
    expect(() => raw.prepare('DELETE FROM cases WHERE id = ?').run(example.id)).toThrow(/FOREIGN KEY|append-only/);
    expect((await core.call('cases.get', { id: example.id })).chronology.length).toBe(example.chronology.length);
  });

  it('refuses to delete an open case', async () => {
    const core = open();
    const created = await core.call('cases.create', newCase());
    const result = await core.dispatch('cases.delete', { id: created.id, confirmReference: created.reference }, { worker: 'w' });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/Close the case first/) } });
    expect((await core.call('cases.get', { id: created.id })).id).toBe(created.id);
  });
});
