import type { AssessmentAnswers } from './answers';
import type { Framework, FrameworkSection } from './framework/schema';

export type SectionStatus = 'not-started' | 'in-progress' | 'done';

/** How much of a section is answered ("not known" counts as an answer). Per-adult sections count every adult. */
export function sectionStatus(section: FrameworkSection, answers: AssessmentAnswers, connectedAdultIds: readonly string[]): SectionStatus {
  let answered = 0;
  let total = 0;
  if (section.repeat === 'once') {
    total = section.items.length;
    answered = section.items.filter((item) => answers.items[item.id] !== undefined).length;
  } else {
    total = section.items.length * connectedAdultIds.length;
    for (const adultId of connectedAdultIds) {
      const forAdult = answers.connectedAdults[adultId] ?? {};
      answered += section.items.filter((item) => forAdult[item.id] !== undefined).length;
    }
    if (connectedAdultIds.length === 0) return 'done';
  }
  if (answered === 0) return 'not-started';
  return answered >= total ? 'done' : 'in-progress';
}

export function frameworkProgress(framework: Framework, answers: AssessmentAnswers, connectedAdultIds: readonly string[]) {
  return framework.sections.map((section) => ({ section, status: sectionStatus(section, answers, connectedAdultIds) }));
}
