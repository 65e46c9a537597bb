import type { AssessmentAnswers } from './answers';
import type { Framework, FrameworkSection } from './framework/schema';

export type SectionStatus = 'not-started' | 'in-progress' | 'done';

/** How much of a section is answered ("not known" counts as an answer). Per-adult sections count every adult. */
export function sectionStatus(section: FrameworkSection, answers: AssessmentAnswers, connectedAdultIds: readonly string[]): SectionStatus {
  if (section.repeat === 'per-connected-adult' && connectedAdultIds.length === 0) return 'done';
  const total = section.repeat === 'once' ? section.items.length : section.items.length * connectedAdultIds.length;
  const answered =
    section.repeat === 'once'
      ? section.items.filter((item) => answers.items[item.id] !== undefined).length
      : connectedAdultIds.reduce((count, adultId) => {
          const forAdult = answers.connectedAdults[adultId] ?? {};
          return count + section.items.filter((item) => forAdult[item.id] !== undefined).length;
        }, 0);
  if (answered === 0) return 'not-started';
  return answered >= total ? 'done' : 'in-progress';
}

export function frameworkProgress(framework: Framework, answers: AssessmentAnswers, connectedAdultIds: readonly string[]) {
  return framework.sections.map((section) => ({ section, status: sectionStatus(section, answers, connectedAdultIds) }));
}
