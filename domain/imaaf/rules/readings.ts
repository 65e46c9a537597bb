import { isUnknownAnswer, type Answer, type AssessmentAnswers } from '../answers';
import type { FrameworkIndex, FrameworkItem, ItemRole } from '../framework/schema';

/** The framework's index and the answers given to it: all that reading an answer needs. */
export interface AnsweredFramework {
  index: FrameworkIndex;
  answers: AssessmentAnswers;
}

export type Reading = 'yes' | 'no' | 'suspected' | 'not-assessed' | 'unknown' | 'unanswered';

/** How a tri or ysn answer reads, with "not known" and "not answered" kept apart. */
export function readAnswer(item: FrameworkItem | undefined, answer: Answer | undefined): Reading {
  if (!item || !answer) return 'unanswered';
  if (isUnknownAnswer(item, answer)) return 'unknown';
  const value = answer.value;
  if (value === 'yes' || value === 'no' || value === 'suspected' || value === 'not-assessed') return value;
  return 'unanswered';
}

export function itemForRole(ctx: Pick<AnsweredFramework, 'index'>, role: ItemRole): FrameworkItem | undefined {
  return ctx.index.byRole.get(role);
}

/** Reads the child-level answer to the item that plays a role (roles in per-adult sections read as unanswered). */
export function readRole(ctx: AnsweredFramework, role: ItemRole): Reading {
  const item = ctx.index.byRole.get(role);
  if (!item) return 'unanswered';
  return readAnswer(item, ctx.answers.items[item.id]);
}

export function answeredValue(ctx: AnsweredFramework, role: ItemRole): Answer['value'] | null {
  const item = ctx.index.byRole.get(role);
  const answer = item ? ctx.answers.items[item.id] : undefined;
  if (!item || !answer || isUnknownAnswer(item, answer)) return null;
  return answer.value;
}
