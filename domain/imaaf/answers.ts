import { z } from 'zod';
import { nrmLists } from '../reference-data';
import { approxDateSchema } from '../case/approx-date';
import { idSchema, longText, shortText, LONG_TEXT_MAX, type CaseRecord } from '../case/schemas';
import type { FieldIssue } from '../errors';
import {
  indexFramework,
  informationSourceSchema,
  itemIdSchema,
  triValues,
  ysnValues,
  type Framework,
  type FrameworkItem,
} from './framework/schema';
import { outcomeSchema } from './outcome';

/**
 * Answers to the IMAAF items. "Not known" is always allowed: set `unknown` (and leave `value` empty). For yes/no
 * items the value 'unknown' is also read as not known, so a radio button can store it directly.
 */

export const answerValueSchema = z.union([
  z.string().max(LONG_TEXT_MAX, { error: `Answers must be ${LONG_TEXT_MAX.toLocaleString('en-GB')} characters or fewer` }),
  z.array(z.string().max(200)).max(60),
  approxDateSchema,
]);
export type AnswerValue = z.infer<typeof answerValueSchema>;

export const answerSchema = z
  .object({
    value: answerValueSchema.nullable(),
    unknown: z.boolean(),
    note: longText('Note'),
    source: informationSourceSchema.nullable(),
    recordedAt: z.iso.datetime({ error: 'The time this answer was recorded is missing' }),
  })
  .refine((answer) => (answer.unknown ? answer.value === null : answer.value !== null), {
    error: 'Give an answer, or mark it as not known',
    path: ['value'],
  });
export type Answer = z.infer<typeof answerSchema>;

export const assessmentAnswersSchema = z.object({
  frameworkId: z.string().min(1),
  frameworkVersion: z.string().min(1),
  /** Answers about the child and the setting, by item id. */
  items: z.record(itemIdSchema, answerSchema),
  /** Answers in the per-adult block: connected adult id, then item id. */
  connectedAdults: z.record(idSchema, z.record(itemIdSchema, answerSchema)),
});
export type AssessmentAnswers = z.infer<typeof assessmentAnswersSchema>;

export const assessmentStatuses = ['draft', 'completed'] as const;

export const assessmentSchema = z
  .object({
    id: idSchema,
    caseId: idSchema,
    frameworkId: z.string().min(1),
    frameworkVersion: z.string().min(1),
    status: z.enum(assessmentStatuses),
    answers: assessmentAnswersSchema,
    /** The worker's own analysis. The framework supports it and never replaces it. */
    professionalJudgement: longText('Professional judgement'),
    startedAt: z.iso.datetime(),
    completedAt: z.iso.datetime().nullable(),
    completedBy: shortText('Completed by').nullable(),
    /** The outcome as it stood when the assessment was completed; never recomputed afterwards. */
    outcome: outcomeSchema.nullable(),
    /** Set when this assessment started as a copy of an earlier one. */
    basedOnAssessmentId: idSchema.nullable(),
  })
  .superRefine((assessment, ctx) => {
    if (assessment.answers.frameworkId !== assessment.frameworkId || assessment.answers.frameworkVersion !== assessment.frameworkVersion) {
      ctx.addIssue({ code: 'custom', path: ['answers'], message: 'These answers were given under a different version of the framework' });
    }
    if (assessment.status === 'completed') {
      if (assessment.professionalJudgement.trim() === '') {
        ctx.addIssue({ code: 'custom', path: ['professionalJudgement'], message: 'Write your professional judgement before completing the assessment' });
      }
      if (!assessment.completedAt) ctx.addIssue({ code: 'custom', path: ['completedAt'], message: 'A completed assessment needs the time it was completed' });
      if (!assessment.completedBy?.trim()) ctx.addIssue({ code: 'custom', path: ['completedBy'], message: 'A completed assessment needs the name of who completed it' });
      if (!assessment.outcome) ctx.addIssue({ code: 'custom', path: ['outcome'], message: 'A completed assessment keeps its outcome' });
    } else if (assessment.completedAt || assessment.completedBy || assessment.outcome) {
      ctx.addIssue({ code: 'custom', path: ['status'], message: 'A draft cannot have a completion time, completer or outcome' });
    }
  });
export type Assessment = z.infer<typeof assessmentSchema>;

/** True when the answer says "not known", whichever way it was stored. */
export function isUnknownAnswer(item: FrameworkItem, answer: Answer): boolean {
  if (answer.unknown) return true;
  if (answer.value === 'unknown' && (item.answerType === 'tri' || item.answerType === 'ysn')) return true;
  return item.answerType === 'country' && answer.value === 'Unknown';
}

/**
 * Checks answers against the framework they claim to follow: every item exists, each value fits the item's type and
 * options, the source is one the item allows, and adult answers belong to adults on the case. Returns field issues.
 */
export function checkAnswersAgainstFramework(answers: AssessmentAnswers, framework: Framework, caseRecord?: CaseRecord): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (answers.frameworkId !== framework.id || answers.frameworkVersion !== framework.version) {
    issues.push({ path: 'frameworkVersion', message: `These answers were given under ${answers.frameworkId} ${answers.frameworkVersion}, not ${framework.id} ${framework.version}` });
    return issues;
  }
  const index = indexFramework(framework);
  const adultItemIds = new Set(index.adultItems.map((item) => item.id));
  for (const [itemId, answer] of Object.entries(answers.items)) {
    const item = index.items.get(itemId);
    if (!item || adultItemIds.has(itemId)) {
      issues.push({ path: `items.${itemId}`, message: 'This question is not part of this framework, or is asked about each adult' });
      continue;
    }
    issues.push(...checkAnswer(item, answer, `items.${itemId}`));
  }
  const adultIds = caseRecord ? new Set(caseRecord.connectedAdults.map((adult) => adult.id)) : null;
  for (const [adultId, adultAnswers] of Object.entries(answers.connectedAdults)) {
    if (adultIds && !adultIds.has(adultId)) {
      issues.push({ path: `connectedAdults.${adultId}`, message: 'This adult is no longer on the case record' });
    }
    for (const [itemId, answer] of Object.entries(adultAnswers)) {
      const item = index.items.get(itemId);
      if (!item || !adultItemIds.has(itemId)) {
        issues.push({ path: `connectedAdults.${adultId}.${itemId}`, message: 'This question is not asked about connected adults' });
        continue;
      }
      issues.push(...checkAnswer(item, answer, `connectedAdults.${adultId}.${itemId}`));
    }
  }
  return issues;
}

function checkAnswer(item: FrameworkItem, answer: Answer, path: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (answer.source && !item.allowedSources.includes(answer.source)) {
    issues.push({ path: `${path}.source`, message: 'This kind of source is not expected for this question' });
  }
  if (isUnknownAnswer(item, answer)) return issues;
  const value = answer.value;
  const optionValues = item.options?.map((option) => option.value) ?? [];
  const fits = (() => {
    switch (item.answerType) {
      case 'tri':
        return typeof value === 'string' && (triValues as readonly string[]).includes(value);
      case 'ysn':
        return typeof value === 'string' && (ysnValues as readonly string[]).includes(value);
      case 'country':
        return typeof value === 'string' && nrmLists.countries.includes(value);
      case 'choice':
        return typeof value === 'string' && optionValues.includes(value);
      case 'multi-choice':
        return Array.isArray(value) && value.every((entry) => optionValues.includes(entry));
      case 'text':
        return typeof value === 'string';
      case 'approx-date':
        return value !== null && typeof value === 'object' && !Array.isArray(value);
    }
  })();
  if (!fits) issues.push({ path: `${path}.value`, message: 'This answer does not fit the question' });
  return issues;
}

export function emptyAnswers(framework: Framework): AssessmentAnswers {
  return { frameworkId: framework.id, frameworkVersion: framework.version, items: {}, connectedAdults: {} };
}

/**
 * The answers with one item answered (or, with `null`, cleared): for the child, or for one connected adult. The
 * answers given are not changed.
 */
export function withAnswer(answers: AssessmentAnswers, itemId: string, connectedAdultId: string | null, answer: Answer | null): AssessmentAnswers {
  const next = structuredClone(answers);
  if (connectedAdultId) {
    const forAdult = { ...(next.connectedAdults[connectedAdultId] ?? {}) };
    if (answer) forAdult[itemId] = answer;
    else delete forAdult[itemId];
    next.connectedAdults[connectedAdultId] = forAdult;
  } else if (answer) next.items[itemId] = answer;
  else delete next.items[itemId];
  return next;
}
