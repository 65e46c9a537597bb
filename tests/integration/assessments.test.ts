import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultFramework, indexFramework, type Answer } from '../../domain/imaaf';
import { openTestCore, tempFolder } from '../fixtures/core';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()!();
});

const answer = (value: Answer['value'], source: Answer['source'] = 'observation'): Answer => ({
  value,
  unknown: false,
  note: '',
  source,
  recordedAt: '2026-11-30T09:00:00.000Z',
});
const notKnown: Answer = { value: null, unknown: true, note: '', source: null, recordedAt: '2026-11-30T09:00:00.000Z' };

function roleItem(role: string) {
  const item = indexFramework(defaultFramework).byRole.get(role as never);
  if (!item) throw new Error(`no item with role ${role}`);
  return item;
}

describe('an IMAAF assessment, through the operations', () => {
  it('saves answers as they are given, works out the outcome, and freezes it on completion', async () => {
    const core = openTestCore();
    cleanups.push(core.close);
    const record = await core.call('cases.loadExample', {});
    const draft = await core.call('assessments.start', { caseId: record.id });
    expect(draft.status).toBe('draft');
    expect(draft.frameworkVersion).toBe(defaultFramework.version);

    const danger = roleItem('immediate-danger');
    await core.call('assessments.answer', { id: draft.id, connectedAdultId: null, itemId: danger.id, answer: answer('yes', danger.allowedSources[0]) });
    await core.call('assessments.answer', { id: draft.id, connectedAdultId: null, itemId: roleItem('asylum-claim').id, answer: notKnown });
    const outcome = await core.call('assessments.outcome', { id: draft.id });
    expect(outcome.recommendations[0]?.id).toBe('call-999');
    expect(outcome.informationGaps.some((gap) => gap.itemId === roleItem('asylum-claim').id)).toBe(true);

    const refused = await core.dispatch('assessments.complete', { id: draft.id }, { worker: 'Sam' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'professionalJudgement' }] } });

    await core.call('assessments.saveJudgement', { id: draft.id, professionalJudgement: 'Concerned: she is controlled by the adult who met her.' });
    const completed = await core.call('assessments.complete', { id: draft.id });
    expect(completed.status).toBe('completed');
    expect(completed.completedBy).toBe('Test worker');
    expect(completed.outcome?.recommendations[0]?.id).toBe('call-999');

    // The snapshot is immutable: through the operations and in the database itself.
    const change = await core.dispatch('assessments.answer', { id: draft.id, connectedAdultId: null, itemId: danger.id, answer: answer('no', danger.allowedSources[0]) }, { worker: 'Sam' });
    expect(change).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(() => core.store.db.prepare("UPDATE assessments SET record = json_set(record, '$.professionalJudgement', 'edited') WHERE id = ?").run(draft.id)).toThrow(/snapshot/);
    expect(() => core.store.db.prepare('DELETE FROM assessments WHERE id = ?').run(draft.id)).toThrow(/snapshot/);

    // Changing the case later does not change the frozen outcome.
    await core.call('cases.update', { id: record.id, revision: record.revision, changes: { jurisdiction: 'Scotland' } });
    expect(await core.call('assessments.outcome', { id: draft.id })).toEqual(completed.outcome);

    // A new assessment can start from the last one, carrying its answers.
    const next = await core.call('assessments.start', { caseId: record.id, basedOnAssessmentId: draft.id });
    expect(next.basedOnAssessmentId).toBe(draft.id);
    expect(next.answers.items[danger.id]?.value).toBe('yes');
    const list = await core.call('assessments.list', { caseId: record.id });
    // Newest first; the example case comes with its own completed assessment.
    expect(list.assessments.map((item) => item.status)).toEqual(['draft', 'completed', 'completed']);
  });

  it('keeps one assessment in progress per case', async () => {
    const core = openTestCore();
    cleanups.push(core.close);
    const record = await core.call('cases.loadExample', {});
    await core.call('assessments.start', { caseId: record.id });
    const second = await core.dispatch('assessments.start', { caseId: record.id }, { worker: 'Sam' });
    expect(second).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('refuses an answer that does not fit its question, and keeps the answers already saved', async () => {
    const core = openTestCore();
    cleanups.push(core.close);
    const record = await core.call('cases.loadExample', {});
    const draft = await core.call('assessments.start', { caseId: record.id });
    const danger = roleItem('immediate-danger');
    await core.call('assessments.answer', { id: draft.id, connectedAdultId: null, itemId: danger.id, answer: answer('no', danger.allowedSources[0]) });
    const wrong = await core.dispatch('assessments.answer', { id: draft.id, connectedAdultId: null, itemId: danger.id, answer: answer('purple', danger.allowedSources[0]) }, { worker: 'Sam' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const stranger = await core.dispatch(
      'assessments.answer',
      { id: draft.id, connectedAdultId: crypto.randomUUID(), itemId: indexFramework(defaultFramework).adultItems[0]!.id, answer: notKnown },
      { worker: 'Sam' },
    );
    expect(stranger).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const kept = await core.call('assessments.get', { id: draft.id });
    expect(kept.answers.items[danger.id]?.value).toBe('no');
  });

  it('loads a corrected framework version from the data folder without code changes', async () => {
    const folder = tempFolder();
    const corrected = structuredClone(defaultFramework) as typeof defaultFramework & { version: string };
    corrected.version = '2099.1';
    corrected.sections[0]!.items.push({
      id: 'extra-question-from-chapter-six',
      question: 'A question added by the corrected framework',
      help: '',
      answerType: 'tri',
      about: 'setting',
      allowedSources: ['observation'],
      sources: ['S3'],
      important: true,
      gapSuggestion: 'Ask at the next visit.',
    });
    fs.mkdirSync(path.join(folder, 'frameworks'));
    fs.writeFileSync(path.join(folder, 'frameworks', 'imaaf-2099.json'), JSON.stringify(corrected));
    fs.writeFileSync(path.join(folder, 'frameworks', 'broken.json'), '{"id": "imaaf-reconstruction"}');
    const core = openTestCore({ folder });
    cleanups.push(core.close);
    const framework = await core.call('assessments.framework', {});
    expect(framework.version).toBe('2099.1');
    const record = await core.call('cases.loadExample', {});
    const draft = await core.call('assessments.start', { caseId: record.id });
    expect(draft.frameworkVersion).toBe('2099.1');
    await core.call('assessments.answer', { id: draft.id, connectedAdultId: null, itemId: 'extra-question-from-chapter-six', answer: notKnown });
    const outcome = await core.call('assessments.outcome', { id: draft.id });
    expect(outcome.frameworkVersion).toBe('2099.1');
    expect(outcome.informationGaps.some((gap) => gap.itemId === 'extra-question-from-chapter-six')).toBe(true);
  });

  it('uses the organisation’s own procedure from the settings', async () => {
    const core = openTestCore();
    cleanups.push(core.close);
    await core.call('settings.save', {
      organisation: { name: 'Example Borough Council', procedureName: 'Safeguarding children procedure', contact: 'Designated safeguarding lead, 01234 000000' },
      ictgOperatesHere: 'yes',
    });
    const record = await core.call('cases.loadExample', {});
    const draft = await core.call('assessments.start', { caseId: record.id });
    const outcome = await core.call('assessments.outcome', { id: draft.id });
    expect(JSON.stringify(outcome.recommendations)).toContain('Safeguarding children procedure');
  });
});
