import type { NrmAnswersRecord } from './answers';
import type { NrmPrefill } from './prefill';
import { answerText, applicableQuestions, askedQuestions, isEmptyAnswer, type NrmAnswers } from './questions';
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

/**
 * What saving one section page stores: each question the section asks with the answers as they now stand; an
 * untouched pre-filled answer is accepted with where it came from, a changed one becomes the worker's. A question
 * left empty that the case offered nothing for, and that had no answer before, is not stored.
 */
export function nrmChanges(
  record: NrmAnswersRecord,
  section: NrmSection,
  value: { answers: Record<string, NrmAnswerValue> },
  prefill: Record<string, NrmPrefill>,
): NrmAnswersRecord {
  const now = { ...mergedAnswers(record, prefill), ...value.answers };
  const answers = { ...record.answers };
  const accepted = { ...record.accepted };
  for (const question of applicableQuestions(section, now)) {
    const given = value.answers[question.id] ?? (question.kind === 'picks' || question.kind === 'ticks' ? [] : '');
    const offered = prefill[question.id];
    if (isEmptyAnswer(given) && !offered && record.answers[question.id] === undefined) continue;
    answers[question.id] = given;
    if (offered && JSON.stringify(offered.value) === JSON.stringify(given)) accepted[question.id] = offered.source;
    else delete accepted[question.id];
  }
  return { answers, accepted };
}
