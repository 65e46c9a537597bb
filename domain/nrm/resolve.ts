import type { NrmAnswersRecord } from './answers';
import type { NrmPrefill } from './prefill';
import { answerText, askedQuestions, isEmptyAnswer, type NrmAnswers } from './questions';
import type { NrmAnswerValue, NrmQuestion, NrmSection } from './types';

/**
 * The NRM answers as they stand: what the worker recorded, and otherwise what the case pre-fills. A question the
 * worker has answered, even by clearing it, keeps the worker's answer.
 */
export function mergedAnswers(stored: NrmAnswersRecord, prefill: Record<string, NrmPrefill>): Record<string, NrmAnswerValue> {
  const merged: Record<string, NrmAnswerValue> = {};
  for (const [id, entry] of Object.entries(prefill)) merged[id] = entry.value;
  for (const [id, value] of Object.entries(stored.answers)) merged[id] = value;
  return merged;
}

export interface ResolvedNrmAnswer {
  section: NrmSection;
  question: NrmQuestion;
  value: NrmAnswerValue | undefined;
  text: string;
  /** Where the answer came from: the case (with the place), or the worker. */
  origin: { kind: 'worker' } | { kind: 'accepted'; source: string } | { kind: 'case'; source: string } | { kind: 'empty' };
}

/** Every question asked with the answers as they stand, in the 2026 order, with its answer and where it came from. */
export function resolveNrmAnswers(stored: NrmAnswersRecord, prefill: Record<string, NrmPrefill>): ResolvedNrmAnswer[] {
  const answers: NrmAnswers = mergedAnswers(stored, prefill);
  return askedQuestions(answers).map(({ section, question }) => {
    const value = answers[question.id];
    const storedValue = stored.answers[question.id];
    const origin: ResolvedNrmAnswer['origin'] =
      storedValue !== undefined
        ? stored.accepted[question.id]
          ? { kind: 'accepted', source: stored.accepted[question.id]! }
          : isEmptyAnswer(storedValue)
            ? { kind: 'empty' }
            : { kind: 'worker' }
        : prefill[question.id]
          ? { kind: 'case', source: prefill[question.id]!.source }
          : { kind: 'empty' };
    return { section, question, value, text: answerText(question, value), origin };
  });
}

/** The questions still to answer before the referral is made: asked, not optional, and empty. */
export function nrmGaps(resolved: readonly ResolvedNrmAnswer[]): ResolvedNrmAnswer[] {
  return resolved.filter((answer) => !answer.question.optional && isEmptyAnswer(answer.value));
}

/**
 * The answers as the pack's template reads them (`nrm.<field id>`): tick boxes as a list of ticked values, picks
 * spread over the service's numbered fields (`…-uk-city-1` to `-10`), and nothing for a question not asked.
 */
export function nrmFieldValues(resolved: readonly ResolvedNrmAnswer[]): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const { question, value } of resolved) {
    if (value === undefined) continue;
    if (question.kind === 'picks' && typeof value !== 'string') value.forEach((item, index) => (values[`${question.id}-${index + 1}`] = item));
    else values[question.id] = typeof value === "string" ? value : [...value];
  }
  return values;
}
