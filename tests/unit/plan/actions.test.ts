import { describe, expect, it } from 'vitest';
import {
  actionForRecommendation,
  actionChangeSchema,
  dueDateText,
  foldActions,
  isOverdue,
  ownerChoices,
  type ActionEntry,
} from '../../../domain/plan';

const caseId = '30000000-0000-4000-8000-000000000001';
const assessmentId = '30000000-0000-4000-8000-000000000002';
const actionId = '30000000-0000-4000-8000-000000000003';
let n = 10;
const entry = (event: ActionEntry['event'], id = actionId): ActionEntry => ({
  id: `30000000-0000-4000-8000-${String((n += 1)).padStart(12, '0')}`,
  actionId: id,
  caseId,
  at: '2026-12-01T10:00:00.000Z',
  worker: 'Sam',
  event,
});

describe('an action’s history', () => {
  it('folds every entry, oldest first, into how the action stands, keeping each entry', () => {
    const owner = { kind: 'agency' as const, name: 'Kent Police' };
    const history = [
      entry({ change: 'accepted', assessmentId, recommendationId: 'police', title: 'Tell the police', owner, due: '2026-12-02' }),
      entry({ change: 'reassigned', owner: { kind: 'person', name: 'DC Example' }, due: '2026-12-03' }),
      entry({ change: 'done', note: 'Told DC Example.' }),
    ];
    const [action] = foldActions(history);
    expect(action).toMatchObject({
      id: actionId,
      recommendationId: 'police',
      status: 'done',
      owner: { name: 'DC Example' },
      due: '2026-12-03',
      note: 'Told DC Example.',
      agreedAtMeeting: false,
    });
    expect(action?.history).toEqual(history);
    const reopened = foldActions([...history, entry({ change: 'reopened', note: 'He asked for more.' })])[0];
    expect(reopened).toMatchObject({ status: 'open', note: 'He asked for more.' });
    expect(actionForRecommendation(foldActions(history), 'police')?.id).toBe(actionId);
    expect(actionForRecommendation(foldActions(history), 'health')).toBeUndefined();
  });

  it('records a recommendation not needed, and an action agreed at the meeting, as separate actions', () => {
    const other = '30000000-0000-4000-8000-000000000099';
    const actions = foldActions([
      entry({
        change: 'not-needed',
        assessmentId,
        recommendationId: 'family-tracing',
        title: 'Ask the Red Cross',
        reason: 'Mother found.',
      }),
      entry(
        { change: 'agreed', title: 'Visit with an interpreter', owner: { kind: 'person', name: 'Sam' }, due: '2026-12-05' },
        other,
      ),
    ]);
    expect(actions.map((action) => [action.status, action.agreedAtMeeting, action.owner?.name ?? null])).toEqual([
      ['not-needed', false, null],
      ['open', true, 'Sam'],
    ]);
  });

  it('is overdue only while open and past its due date', () => {
    expect(isOverdue({ status: 'open', due: '2026-11-30' }, '2026-12-01')).toBe(true);
    expect(isOverdue({ status: 'open', due: '2026-12-01' }, '2026-12-01')).toBe(false);
    expect(isOverdue({ status: 'done', due: '2026-11-30' }, '2026-12-01')).toBe(false);
    expect(isOverdue({ status: 'open', due: null }, '2026-12-01')).toBe(false);
    expect(dueDateText('2026-03-05')).toBe('5 March 2026');
  });

  it('refuses a change without an owner or with an impossible date, in a worker’s words', () => {
    const bad = actionChangeSchema.safeParse({
      change: 'agree',
      title: ' ',
      owner: { kind: 'person', name: '' },
      due: '2026-02-30',
    });
    expect(bad.success).toBe(false);
    const messages = bad.error?.issues.map((issue) => issue.message) ?? [];
    expect(messages).toEqual(
      expect.arrayContaining([
        'Enter what will be done',
        'Enter who will do this',
        'Enter the due date as a real date, for example 27 3 2026',
      ]),
    );
  });
});

describe('who an action can be given to', () => {
  it('offers the lead worker, the agencies and the people at the strategy discussion, once each', () => {
    const choices = ownerChoices({
      leadWorker: 'Sam Okafor',
      agencies: [{ name: 'Kent Police' }, { name: 'kent police' }] as never,
      strategyMeeting: { chair: 'Priya Shah', invited: 'Sam Okafor\nSchool nurse\n\n' } as never,
    });
    expect(choices.map((choice) => [choice.owner.kind, choice.owner.name])).toEqual([
      ['person', 'Sam Okafor'],
      ['agency', 'Kent Police'],
      ['person', 'Priya Shah'],
      ['person', 'School nurse'],
    ]);
  });
});
