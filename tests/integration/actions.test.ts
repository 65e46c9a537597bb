import { describe, expect, it } from 'vitest';
import { derivePlan } from '../../domain/plan';
import { closingCoresAfterEach } from '../fixtures/core';
import { pdfText } from './documents/helpers';

const open = closingCoresAfterEach();

async function exampleWithOutcome() {
  const core = open();
  const example = await core.call('cases.loadExample', {});
  const [listed] = (await core.call('assessments.list', { caseId: example.id })).assessments;
  const assessment = await core.call('assessments.get', { id: listed!.id });
  return { core, example, assessment, plan: derivePlan(assessment.outcome!) };
}

describe('actions with owners', () => {
  it('the example case loads with a completed assessment and its plan: actions with owners, one done, one agreed at the discussion', async () => {
    const { core, example, assessment, plan } = await exampleWithOutcome();
    expect(assessment.status).toBe('completed');
    expect(plan.doNow.length).toBeGreaterThan(0);
    expect(plan.doNow.length).toBeLessThanOrEqual(3);
    const { actions } = await core.call('actions.list', { caseId: example.id });
    expect(actions.map((action) => action.status).sort()).toEqual(['done', 'open', 'open']);
    expect(actions.every((action) => action.owner && action.due)).toBe(true);
    expect(actions.filter((action) => action.agreedAtMeeting)).toHaveLength(1);
    expect(actions.find((action) => action.recommendationId === 'police')?.owner).toEqual({
      kind: 'agency',
      name: 'Kent Police',
    });
  });

  it('accepts recommendations with an owner and due date, marks one done, and keeps every change as a new entry', async () => {
    const { core, example, assessment, plan } = await exampleWithOutcome();
    const [first, second, third] = plan.doNow.map((item) => item.recommendation.id);
    const accepted = await core.call('actions.record', {
      caseId: example.id,
      change: {
        change: 'accept',
        assessmentId: assessment.id,
        recommendationId: first!,
        owner: { kind: 'person', name: 'Sam Okafor' },
        due: '2026-12-02',
      },
    });
    await core.call('actions.record', {
      caseId: example.id,
      change: {
        change: 'accept',
        assessmentId: assessment.id,
        recommendationId: second!,
        owner: { kind: 'agency', name: 'Kent Police' },
        due: '2026-12-04',
      },
    });
    const reassigned = await core.call('actions.record', {
      caseId: example.id,
      change: { change: 'reassign', actionId: accepted.id, owner: { kind: 'person', name: 'Priya Shah' }, due: '2026-12-03' },
    });
    const done = await core.call('actions.record', {
      caseId: example.id,
      change: { change: 'done', actionId: accepted.id, note: 'Spoke to the team manager at 10:00.' },
    });
    expect(reassigned.owner?.name).toBe('Priya Shah');
    expect(done).toMatchObject({
      status: 'done',
      note: 'Spoke to the team manager at 10:00.',
      owner: { name: 'Priya Shah' },
      due: '2026-12-03',
    });
    // Every change a new entry; the first one still says what it said.
    expect(done.history.map((entry) => entry.event.change)).toEqual(['accepted', 'reassigned', 'done']);
    expect(done.history[0]?.event).toMatchObject({
      change: 'accepted',
      owner: { name: 'Sam Okafor' },
      due: '2026-12-02',
      title: plan.doNow[0]!.recommendation.title,
    });
    expect(done.history.every((entry) => entry.worker === 'Test worker')).toBe(true);

    const notNeeded = await core.call('actions.record', {
      caseId: example.id,
      change: {
        change: 'not-needed',
        assessmentId: assessment.id,
        recommendationId: third!,
        reason: 'Already done by the duty team this morning.',
      },
    });
    expect(notNeeded).toMatchObject({ status: 'not-needed', owner: null, note: 'Already done by the duty team this morning.' });

    // The database itself refuses to change or remove the history.
    const db = core.store!.db;
    const before = (db.prepare('SELECT count(*) AS n FROM plan_action_entries').get() as { n: number }).n;
    expect(() => db.prepare("UPDATE plan_action_entries SET record = json('{}')").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM plan_action_entries').run()).toThrow(/append-only/);
    expect((db.prepare('SELECT count(*) AS n FROM plan_action_entries').get() as { n: number }).n).toBe(before);
  });

  it('refuses what does not fit in a worker’s words and changes nothing', async () => {
    const { core, example, assessment, plan } = await exampleWithOutcome();
    const recommendationId = plan.doNow[0]!.recommendation.id;
    const owner = { kind: 'person' as const, name: 'Sam Okafor' };
    const before = (await core.call('actions.list', { caseId: example.id })).actions;
    const badDate = await core.dispatch(
      'actions.record',
      {
        caseId: example.id,
        change: { change: 'accept', assessmentId: assessment.id, recommendationId, owner, due: '2026-02-30' },
      },
      { worker: 'w' },
    );
    expect(badDate.ok).toBe(false);
    if (!badDate.ok) expect(JSON.stringify(badDate.error.issues)).toContain('Enter the due date as a real date');
    const noOwner = await core.dispatch(
      'actions.record',
      {
        caseId: example.id,
        change: {
          change: 'accept',
          assessmentId: assessment.id,
          recommendationId,
          owner: { kind: 'person', name: '  ' },
          due: '2026-12-02',
        },
      },
      { worker: 'w' },
    );
    expect(noOwner.ok).toBe(false);
    if (!noOwner.ok) expect(JSON.stringify(noOwner.error.issues)).toContain('Enter who will do this');
    const unknown = await core.dispatch(
      'actions.record',
      {
        caseId: example.id,
        change: {
          change: 'accept',
          assessmentId: assessment.id,
          recommendationId: 'not-a-recommendation',
          owner,
          due: '2026-12-02',
        },
      },
      { worker: 'w' },
    );
    expect(unknown.ok).toBe(false);
    await core.call('actions.record', {
      caseId: example.id,
      change: { change: 'accept', assessmentId: assessment.id, recommendationId, owner, due: '2026-12-02' },
    });
    const twice = await core.dispatch(
      'actions.record',
      {
        caseId: example.id,
        change: { change: 'accept', assessmentId: assessment.id, recommendationId, owner, due: '2026-12-02' },
      },
      { worker: 'w' },
    );
    expect(twice.ok).toBe(false);
    if (!twice.ok)
      expect(twice.error).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/already an action in the plan/) });
    const done = before.find((action) => action.status === 'done')!;
    const again = await core.dispatch(
      'actions.record',
      { caseId: example.id, change: { change: 'done', actionId: done.id, note: '' } },
      { worker: 'w' },
    );
    expect(again.ok).toBe(false);
    const after = (await core.call('actions.list', { caseId: example.id })).actions;
    expect(after.filter((action) => action.id !== after[after.length - 1]!.id)).toEqual(before);
  });

  it('is audited without what the actions say or who owns them', async () => {
    const { core, example, assessment, plan } = await exampleWithOutcome();
    const action = await core.call('actions.record', {
      caseId: example.id,
      change: {
        change: 'accept',
        assessmentId: assessment.id,
        recommendationId: plan.doNow[0]!.recommendation.id,
        owner: { kind: 'person', name: 'Zofia Wiśniewska' },
        due: '2026-12-02',
      },
    });
    await core.call('actions.record', {
      caseId: example.id,
      change: { change: 'done', actionId: action.id, note: 'Rang Zofia’s manager at the hospital.' },
    });
    await core.call('actions.record', {
      caseId: example.id,
      change: {
        change: 'agree',
        title: 'Tell Hoa nothing about the placement',
        owner: { kind: 'person', name: 'DC Example' },
        due: '2026-12-05',
      },
    });
    const { events } = await core.call('audit.forCase', { caseId: example.id });
    const planEvents = events.filter((event) => event.operation === 'actions.record');
    expect(planEvents.map((event) => event.action).reverse()).toEqual([
      'plan.action-accepted',
      'plan.action-done',
      'plan.action-agreed',
    ]);
    expect(planEvents.every((event) => event.caseReference === example.reference)).toBe(true);
    const logged = JSON.stringify(planEvents);
    for (const secret of ['Zofia', 'Wiśniewska', 'hospital', 'Hoa', 'placement', 'DC Example'])
      expect(logged).not.toContain(secret);
    expect(planEvents.find((event) => event.action === 'plan.action-accepted')?.details).toEqual([
      'From the assessment’s recommendations',
      'Owner: a person',
      'Due: 2 December 2026',
    ]);
    const refused = await core.dispatch(
      'actions.record',
      { caseId: example.id, change: { change: 'done', actionId: action.id, note: '' } },
      { worker: 'w' },
    );
    expect(refused.ok).toBe(false);
    const after = (await core.call('audit.forCase', { caseId: example.id })).events;
    expect(after[0]).toMatchObject({ operation: 'actions.record', outcome: 'failure', action: 'plan.action-done' });
  });

  it('carries the actions into the next assessment: the same recommendation finds its action already recorded', async () => {
    const { core, example, assessment, plan } = await exampleWithOutcome();
    const recommendationId = plan.doNow[0]!.recommendation.id;
    const action = await core.call('actions.record', {
      caseId: example.id,
      change: {
        change: 'accept',
        assessmentId: assessment.id,
        recommendationId,
        owner: { kind: 'person', name: 'Sam Okafor' },
        due: '2026-12-02',
      },
    });
    const next = await core.call('assessments.start', { caseId: example.id, basedOnAssessmentId: assessment.id });
    const completed = await core.call('assessments.complete', { id: next.id });
    expect(completed.outcome?.recommendations.map((recommendation) => recommendation.id)).toContain(recommendationId);
    const { actions } = await core.call('actions.list', { caseId: example.id });
    const carried = actions.find((candidate) => candidate.recommendationId === recommendationId);
    expect(carried).toMatchObject({ id: action.id, assessmentId: assessment.id, status: 'open', owner: { name: 'Sam Okafor' } });
    const again = await core.dispatch(
      'actions.record',
      {
        caseId: example.id,
        change: {
          change: 'accept',
          assessmentId: completed.id,
          recommendationId,
          owner: { kind: 'person', name: 'Sam Okafor' },
          due: '2026-12-09',
        },
      },
      { worker: 'w' },
    );
    expect(again.ok).toBe(false);
    // A recommendation of the new assessment not yet in the plan can be accepted from it.
    const fresh = derivePlan(completed.outcome!)
      .doNow.map((item) => item.recommendation.id)
      .find((id) => !actions.some((candidate) => candidate.recommendationId === id));
    if (fresh) {
      const accepted = await core.call('actions.record', {
        caseId: example.id,
        change: {
          change: 'accept',
          assessmentId: completed.id,
          recommendationId: fresh,
          owner: { kind: 'agency', name: 'Kent Police' },
          due: '2026-12-09',
        },
      });
      expect(accepted.assessmentId).toBe(completed.id);
    }
  });

  it('the meeting pack lists the actions with their owners, due dates and status', async () => {
    const { core, example, assessment, plan } = await exampleWithOutcome();
    const [first, second] = plan.doNow;
    const one = await core.call('actions.record', {
      caseId: example.id,
      change: {
        change: 'accept',
        assessmentId: assessment.id,
        recommendationId: first!.recommendation.id,
        owner: { kind: 'person', name: 'Sam Okafor' },
        due: '2026-12-02',
      },
    });
    await core.call('actions.record', {
      caseId: example.id,
      change: {
        change: 'accept',
        assessmentId: assessment.id,
        recommendationId: second!.recommendation.id,
        owner: { kind: 'agency', name: 'Kent Police' },
        due: '2026-12-04',
      },
    });
    await core.call('actions.record', { caseId: example.id, change: { change: 'done', actionId: one.id, note: 'Done.' } });
    const generated = await core.call('documents.generate', {
      caseId: example.id,
      type: 'meeting-pack',
      audience: 'strategy-meeting',
    });
    const text = (await pdfText(Buffer.from(generated.pdfBase64, 'base64'))).replace(/\s+/g, ' ');
    expect(text).toContain('Proposed actions with owners');
    expect(text).toContain('Sam Okafor');
    expect(text).toContain('Kent Police');
    expect(text).toContain('2 December 2026');
    expect(text).toContain('4 December 2026');
    expect(text).toMatch(/Done/);
    expect(text).toContain('agreed at the strategy discussion');
    for (const item of [first!, second!]) expect(text).toContain(item.recommendation.title.slice(0, 30));
  });
});
