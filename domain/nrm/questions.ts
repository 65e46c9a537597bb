import { nrmLists } from '../reference-data';
import { sectionsOneToSix } from './prompt-sheet-a';
import { sectionsSevenToThirteen } from './prompt-sheet-b';
import type { NrmAnswerValue, NrmCondition, NrmQuestion, NrmSection } from './types';

/** Where the NRM questions come from, printed on the pages and in the pack. */
export const NRM_SOURCE = 'Home Office, First Responder Form Offline Prompt Sheet, last updated 27 April 2026';

/** The 13 sections of the 2026 prompt sheet, in its order (reference 4.2). */
export const nrmSections: readonly NrmSection[] = [...sectionsOneToSix, ...sectionsSevenToThirteen];

export type NrmAnswers = Readonly<Record<string, NrmAnswerValue>>;
export type AgeGroup = 'child' | 'adult';

/**
 * A child unless the age confirmation says "No": under 18 or not sure is treated as a child (MSA 2015 s.51,
 * reference 7), and Crossings' cases are children's cases, so an unanswered age confirmation is a child too.
 */
export function ageGroup(answers: NrmAnswers): AgeGroup {
  return answers['pv-under-age'] === 'No' ? 'adult' : 'child';
}

export function conditionHolds(condition: NrmCondition | undefined, answers: NrmAnswers): boolean {
  if (!condition) return true;
  if ('group' in condition) return ageGroup(answers) === condition.group;
  if ('answer' in condition) {
    const value = answers[condition.answer];
    const given = typeof value === 'string' ? [value] : (value ?? []);
    return given.some((item) => condition.is.includes(item));
  }
  if ('all' in condition) return condition.all.every((part) => conditionHolds(part, answers));
  if ('any' in condition) return condition.any.some((part) => conditionHolds(part, answers));
  return !conditionHolds(condition.not, answers);
}

/** The sections asked with these answers, in order: for a child, no Consent and Support and no Duty to Notify. */
export function applicableSections(answers: NrmAnswers): NrmSection[] {
  return nrmSections.filter((section) => conditionHolds(section.when, answers));
}

/** The questions of a section asked with these answers (a conditional question only when its condition holds). */
export function applicableQuestions(section: NrmSection, answers: NrmAnswers): NrmQuestion[] {
  if (!conditionHolds(section.when, answers)) return [];
  return section.questions.filter((question) => conditionHolds(question.when, answers));
}

/** Every question asked with these answers, with its section, in the sheet's order. */
export function askedQuestions(answers: NrmAnswers): Array<{ section: NrmSection; question: NrmQuestion }> {
  return applicableSections(answers).flatMap((section) => applicableQuestions(section, answers).map((question) => ({ section, question })));
}

const byId = new Map<string, NrmQuestion[]>();
for (const section of nrmSections) for (const question of section.questions) byId.set(question.id, [...(byId.get(question.id) ?? []), question]);

/** A question by its field id (the first, where section 9 and 10 share one). */
export function nrmQuestion(id: string): NrmQuestion | undefined {
  return byId.get(id)?.[0];
}

export const nrmQuestionIds: ReadonlySet<string> = new Set(byId.keys());

export function listFor(question: NrmQuestion): readonly string[] {
  return question.list ? nrmLists[question.list] : [];
}

export function isEmptyAnswer(value: NrmAnswerValue | undefined): boolean {
  if (value === undefined) return true;
  return typeof value === 'string' ? value.trim() === '' : value.length === 0;
}

/** An answer in words, as the pack and the pages print it. */
export function answerText(question: NrmQuestion, value: NrmAnswerValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if (question.kind === 'ticks') return value.map((item) => question.ticks?.find((tick) => tick.value === item)?.label ?? item).join('; ');
  return value.join(', ');
}
