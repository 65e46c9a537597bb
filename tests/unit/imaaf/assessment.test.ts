import { describe, expect, it } from 'vitest';
import { AppError } from '../../../domain/errors';
import {
  answerSchema,
  assessmentSchema,
  checkAnswersAgainstFramework,
  completeAssessment,
  defaultFramework,
  startAssessment,
  type Assessment,
} from '../../../domain/imaaf';
import { adult, answer, answers, AT, makeCase, notKnown, settings, uuid } from './helpers';

describe('answers', () => {
  it('accepts an answer or "not known", but not both and not neither', () => {
    expect(answerSchema.safeParse(answer('yes')).success).toBe(true);
    expect(answerSchema.safeParse(notKnown()).success).toBe(true);
    expect(answerSchema.safeParse({ ...answer('yes'), unknown: true }).success).toBe(false);
    expect(answerSchema.safeParse({ ...notKnown(), unknown: false }).success).toBe(false);
    expect(answerSchema.safeParse({ ...answer('yes'), recordedAt: 'yesterday' }).success).toBe(false);
  });

  it('checks values, options, sources and adults against the framework', () => {
    const carer = adult();
    const record = makeCase({ connectedAdults: [carer] });
    const good = answers(
      {
        'spoken-alone': answer('no', { source: 'observation' }),
        'movement-controlled': answer('suspected'),
        'home-country': answer('Romania'),
        'why-here-child': answer('work', { source: 'child' }),
        'people-present': answer(['interpreter', 'police']),
        'session-date': answer({ kind: 'year', year: 2026, approximate: true }),
        'immediate-danger': answer('unknown'),
      },
      { [carer.id]: { 'adult-insists-on-staying': answer('yes') } },
    );
    expect(checkAnswersAgainstFramework(good, defaultFramework, record)).toEqual([]);

    const bad = answers(
      {
        'spoken-alone': answer('suspected', { source: 'adult' }),
        'home-country': answer('Atlantis'),
        'why-here-child': answer('holiday'),
        'people-present': answer(['everyone']),
        'not-a-question': answer('yes'),
        'adult-insists-on-staying': answer('yes'),
      },
      { [uuid()]: { 'spoken-alone': answer('yes') } },
    );
    const paths = checkAnswersAgainstFramework(bad, defaultFramework, record).map((issue) => issue.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'items.spoken-alone.source',
        'items.spoken-alone.value',
        'items.home-country.value',
        'items.why-here-child.value',
        'items.people-present.value',
        'items.not-a-question',
        'items.adult-insists-on-staying',
      ]),
    );
    expect(paths.some((path) => path.startsWith('connectedAdults.'))).toBe(true);
  });
});

describe('assessment records', () => {
  const record = makeCase();
  const draft = (): Assessment => startAssessment({ id: uuid(), caseId: record.id, framework: defaultFramework, now: AT });

  it('starts as a draft under the framework version', () => {
    const started = draft();
    expect(started).toMatchObject({ status: 'draft', frameworkId: 'imaaf-reconstruction', frameworkVersion: '2026.2', outcome: null, basedOnAssessmentId: null });
    expect(assessmentSchema.safeParse(started).success).toBe(true);
  });

  it('will not complete without a professional judgement', () => {
    const started = draft();
    expect(() => completeAssessment(started, { caseRecord: record, framework: defaultFramework, settings, completedBy: 'Sam Worker', now: AT })).toThrow(AppError);
    const blank = { ...started, professionalJudgement: '   ' };
    try {
      completeAssessment(blank, { caseRecord: record, framework: defaultFramework, settings, completedBy: 'Sam Worker', now: AT });
    } catch (error) {
      expect((error as AppError).issues?.[0]?.path).toBe('professionalJudgement');
    }
    // The schema refuses a completed record without one, too.
    expect(assessmentSchema.safeParse({ ...started, status: 'completed', completedAt: AT, completedBy: 'Sam', outcome: null }).success).toBe(false);
  });

  it('completes with the outcome kept as a snapshot, and cannot be completed twice', () => {
    const started = { ...draft(), professionalJudgement: 'Controlled movement and no pay: I am concerned she is being exploited.' };
    started.answers.items['movement-controlled'] = answer('yes');
    started.answers.items['judgement-reasonable-grounds'] = answer('yes');
    const completed = completeAssessment(started, { caseRecord: record, framework: defaultFramework, settings, completedBy: 'Sam Worker', now: AT });
    expect(completed.status).toBe('completed');
    expect(completed.completedBy).toBe('Sam Worker');
    expect(completed.outcome?.recommendations.some((entry) => entry.id === 'nrm-referral')).toBe(true);
    expect(assessmentSchema.safeParse(completed).success).toBe(true);
    expect(() => completeAssessment(completed, { caseRecord: record, framework: defaultFramework, settings, completedBy: 'Sam', now: AT })).toThrow(AppError);
  });

  it('refuses to complete answers that do not fit the framework', () => {
    const started = { ...draft(), professionalJudgement: 'Judgement' };
    started.answers.items['movement-controlled'] = answer('maybe');
    expect(() => completeAssessment(started, { caseRecord: record, framework: defaultFramework, settings, completedBy: 'Sam', now: AT })).toThrow(AppError);
  });

  it('a new assessment based on an earlier one carries over the answers that still fit', () => {
    const earlier = { ...draft(), professionalJudgement: 'Earlier view' };
    earlier.answers.items['movement-controlled'] = answer('yes');
    earlier.answers.items['dropped-question'] = answer('yes');
    const next = startAssessment({ id: uuid(), caseId: record.id, framework: defaultFramework, now: AT, basedOn: earlier });
    expect(next.basedOnAssessmentId).toBe(earlier.id);
    expect(next.answers.items['movement-controlled']?.value).toBe('yes');
    expect(next.answers.items['dropped-question']).toBeUndefined();
    expect(next.status).toBe('draft');
  });
});
