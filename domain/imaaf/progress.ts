import type { AssessmentAnswers, Answer } from './answers';
import type { Framework, FrameworkItem, FrameworkSection } from './framework/schema';

export type SectionStatus = 'not-started' | 'in-progress' | 'done';

/**
 * Whether a question applies given the other answers about the same person: a follow-on question (`showWhen`) applies
 * only while the question it follows has one of the answers named. Every other question always applies.
 */
export function itemApplies(item: FrameworkItem, answersFor: Readonly<Record<string, Answer | undefined>>): boolean {
  if (!item.showWhen) return true;
  const answer = answersFor[item.showWhen.itemId];
  if (!answer || answer.unknown || typeof answer.value !== 'string') return false;
  return item.showWhen.answerIn.includes(answer.value);
}

/** The questions of a section that apply, given the answers about the child (or about one connected adult). */
export function applicableItems(
  section: FrameworkSection,
  answersFor: Readonly<Record<string, Answer | undefined>>,
): FrameworkItem[] {
  return section.items.filter((item) => itemApplies(item, answersFor));
}

/**
 * How much of a section is answered ("not known" counts as an answer). Per-adult sections count every adult. A
 * follow-on question is counted only while its condition holds. Once an assessment is completed its answers are final
 * (what is missing is listed as an information gap), so every section is done.
 */
export function sectionStatus(
  section: FrameworkSection,
  answers: AssessmentAnswers,
  connectedAdultIds: readonly string[],
  options: { completed?: boolean } = {},
): SectionStatus {
  if (options.completed) return 'done';
  if (section.repeat === 'per-connected-adult' && connectedAdultIds.length === 0) return 'done';
  const answerSets =
    section.repeat === 'once' ? [answers.items] : connectedAdultIds.map((adultId) => answers.connectedAdults[adultId] ?? {});
  let total = 0;
  let answered = 0;
  for (const forOne of answerSets) {
    const applicable = applicableItems(section, forOne);
    total += applicable.length;
    answered += applicable.filter((item) => forOne[item.id] !== undefined).length;
  }
  if (answered === 0) return 'not-started';
  return answered >= total ? 'done' : 'in-progress';
}

export function frameworkProgress(
  framework: Framework,
  answers: AssessmentAnswers,
  connectedAdultIds: readonly string[],
  options: { completed?: boolean } = {},
) {
  return framework.sections.map((section) => ({ section, status: sectionStatus(section, answers, connectedAdultIds, options) }));
}
