import type { CaseRecord } from '../case/schemas';
import { AppError } from '../errors';
import { assessmentSchema, checkAnswersAgainstFramework, emptyAnswers, type Answer, type Assessment } from './answers';
import { indexFramework, type Framework } from './framework/schema';
import { computeOutcome, type ImaafSettingsInput } from './rules';

/**
 * Starts a draft. When it is based on an earlier assessment, answers to questions that still exist and still fit are
 * carried over, so a worker updates rather than starts again.
 */
export function startAssessment(input: {
  id: string;
  caseId: string;
  framework: Framework;
  now: string;
  basedOn?: Assessment | null;
}): Assessment {
  const { framework, basedOn } = input;
  const answers = emptyAnswers(framework);
  if (basedOn) {
    const index = indexFramework(framework);
    const adultItemIds = new Set(index.adultItems.map((item) => item.id));
    for (const [itemId, answer] of Object.entries(basedOn.answers.items)) {
      if (index.items.has(itemId) && !adultItemIds.has(itemId)) answers.items[itemId] = answer;
    }
    for (const [adultId, adultAnswers] of Object.entries(basedOn.answers.connectedAdults)) {
      const kept: Record<string, Answer> = {};
      for (const [itemId, answer] of Object.entries(adultAnswers)) if (adultItemIds.has(itemId)) kept[itemId] = answer;
      answers.connectedAdults[adultId] = kept;
    }
    const issues = checkAnswersAgainstFramework(answers, framework);
    // Drop carried-over answers that no longer fit (for example an option that was removed).
    for (const issue of issues) {
      const [scope, first, second] = issue.path.split('.');
      if (scope === 'items' && first) delete answers.items[first];
      if (scope === 'connectedAdults' && first && second) delete answers.connectedAdults[first]?.[second];
    }
  }
  return assessmentSchema.parse({
    id: input.id,
    caseId: input.caseId,
    frameworkId: framework.id,
    frameworkVersion: framework.version,
    status: 'draft',
    answers,
    professionalJudgement: basedOn?.professionalJudgement ?? '',
    startedAt: input.now,
    completedAt: null,
    completedBy: null,
    outcome: null,
    basedOnAssessmentId: basedOn?.id ?? null,
  });
}

/**
 * Completes a draft: the professional judgement must be written, the answers must fit the framework, and the outcome
 * is worked out once and kept as a snapshot.
 */
export function completeAssessment(
  draft: Assessment,
  input: { caseRecord: CaseRecord; framework: Framework; settings: ImaafSettingsInput; completedBy: string; now: string },
): Assessment {
  if (draft.status !== 'draft') throw new AppError('CONFLICT', 'This assessment has already been completed. Start a new one based on it to make changes.');
  if (draft.caseId !== input.caseRecord.id) throw new AppError('VALIDATION', 'This assessment belongs to a different case.');
  if (draft.professionalJudgement.trim() === '') {
    throw new AppError('VALIDATION', 'Write your professional judgement before completing the assessment.', [
      { path: 'professionalJudgement', message: 'Write your professional judgement: why you are, or are not, concerned' },
    ]);
  }
  // Answers about adults since removed from the case are ignored by the rules, so they do not block completion.
  const issues = checkAnswersAgainstFramework(draft.answers, input.framework);
  if (issues.length > 0) throw new AppError('VALIDATION', 'Some answers do not fit the questions. Check the answers listed.', issues);
  const outcome = computeOutcome(input.caseRecord, draft.answers, input.framework, input.settings);
  return assessmentSchema.parse({ ...draft, status: 'completed', completedAt: input.now, completedBy: input.completedBy, outcome });
}
