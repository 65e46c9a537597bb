import { describe, expect, it } from 'vitest';
import {
  applicableItems,
  defaultFramework,
  frameworkProgress,
  loadFramework,
  sectionStatus,
  type AssessmentAnswers,
  type FrameworkSection,
} from '../../../domain/imaaf';
import { answer, answers, notKnown } from './helpers';

const session = defaultFramework.sections.find((section) => section.id === 'session-and-engagement') as FrameworkSection;
const followOn = 'not-alone-reason';

/** Every question of the session part answered, except the follow-on about why the child was not seen alone. */
function sessionAnsweredBut(
  spokenAlone: ReturnType<typeof answer>,
  extra: Record<string, ReturnType<typeof answer>> = {},
): AssessmentAnswers {
  const items = Object.fromEntries(session.items.filter((item) => item.id !== followOn).map((item) => [item.id, notKnown()]));
  return answers({ ...items, 'spoken-alone': spokenAlone, ...extra });
}

describe('questions that apply only sometimes', () => {
  it('the follow-on question is neither shown nor counted when the child was seen alone, or it is not known', () => {
    for (const spokenAlone of [answer('yes'), notKnown()]) {
      const given = sessionAnsweredBut(spokenAlone);
      expect(applicableItems(session, given.items).map((item) => item.id)).not.toContain(followOn);
      expect(sectionStatus(session, given, [])).toBe('done');
    }
  });

  it('is shown and counted while its condition holds', () => {
    const given = sessionAnsweredBut(answer('no'));
    expect(applicableItems(session, given.items).map((item) => item.id)).toContain(followOn);
    expect(sectionStatus(session, given, [])).toBe('in-progress');
    const answeredToo = sessionAnsweredBut(answer('no'), { [followOn]: answer('The aunt would not leave the room.') });
    expect(sectionStatus(session, answeredToo, [])).toBe('done');
  });

  it('an answer kept from before the condition changed is not counted, and not lost', () => {
    const given = sessionAnsweredBut(answer('yes'), { [followOn]: answer('Written before the second visit.') });
    expect(given.items[followOn]).toBeDefined();
    expect(applicableItems(session, given.items).map((item) => item.id)).not.toContain(followOn);
  });

  it('a framework can only make a question follow an earlier yes/no or choice question in the same section', () => {
    const base = structuredClone(defaultFramework) as unknown as { sections: { items: { id: string; showWhen?: unknown }[] }[] };
    const item = base.sections[0]!.items.find((candidate) => candidate.id === followOn)!;
    item.showWhen = { itemId: 'session-place', answerIn: ['no'] };
    expect(() => loadFramework(base)).toThrow(/not loaded|expected form/);
    item.showWhen = { itemId: 'childs-own-words', answerIn: ['yes'] };
    expect(() => loadFramework(base)).toThrow();
  });
});

describe('progress', () => {
  it('a completed assessment lists every section as done, even with questions left unanswered', () => {
    const given = answers({ 'immediate-danger': answer('no') });
    const draft = frameworkProgress(defaultFramework, given, ['10000000-0000-4000-8000-000000000999']);
    expect(draft.some(({ status }) => status !== 'done')).toBe(true);
    const completed = frameworkProgress(defaultFramework, given, ['10000000-0000-4000-8000-000000000999'], { completed: true });
    expect(completed.map(({ status }) => status)).toEqual(defaultFramework.sections.map(() => 'done'));
  });

  it('counts nothing answered as not started and part answered as in progress', () => {
    expect(sectionStatus(session, answers({}), [])).toBe('not-started');
    expect(sectionStatus(session, answers({ 'immediate-danger': answer('no') }), [])).toBe('in-progress');
  });
});
