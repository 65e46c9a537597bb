import type { Answer } from '../answers';
import { isUnknownAnswer } from '../answers';
import type { FrameworkItem, InformationSource } from '../framework/schema';
import type { InformationGap } from '../outcome';
import { adultName, type RuleContext } from './context';

const waysToFindOut: Record<InformationSource, string> = {
  child: 'ask the child, on their own and with an independent interpreter if needed',
  adult: 'ask the adult, separately from the child',
  document: 'check the documents',
  'agency-check': 'ask the agencies who know the child (police, school, GP, the Home Office)',
  observation: 'note what you see at your next visit',
};

export function suggestionFor(item: FrameworkItem): string {
  if (item.gapSuggestion) return item.gapSuggestion;
  const ways = item.allowedSources.map((source) => waysToFindOut[source]);
  const text = ways.length > 1 ? `${ways.slice(0, -1).join('; ')}; or ${ways[ways.length - 1]}` : (ways[0] ?? '');
  return `To find out, ${text}.`;
}

/** Every "not known" or "not assessed" answer, and every important question left unanswered, as something to close. */
export function findInformationGaps(ctx: RuleContext): InformationGap[] {
  const gaps: InformationGap[] = [];
  const consider = (item: FrameworkItem, answer: Answer | undefined, connectedAdultId: string | null, prefix: string) => {
    let reason: InformationGap['reason'] | null = null;
    if (!answer) reason = item.important ? 'not-answered' : null;
    else if (isUnknownAnswer(item, answer)) reason = 'not-known';
    else if (item.answerType === 'ysn' && answer.value === 'not-assessed') reason = 'not-assessed';
    if (!reason) return;
    // Only the gaps that matter for this child: questions about the exploitation once there is a concern, and
    // questions about other countries only when the child's life may reach outside the UK (issue 11, class 7).
    if (item.gapWhen === 'concern' && !(ctx.concern || ctx.nrmOpen || ctx.danger)) return;
    if (item.gapWhen === 'cross-border' && !ctx.crossBorderPossible) return;
    gaps.push({ itemId: item.id, about: item.about, connectedAdultId, question: `${prefix}${item.question}`, suggestion: suggestionFor(item), reason });
  };
  for (const item of ctx.index.onceItems) consider(item, ctx.answers.items[item.id], null, '');
  for (const adult of ctx.caseRecord.connectedAdults) {
    const answers = ctx.answers.connectedAdults[adult.id];
    const prefix = `About ${adultName(adult)}: `;
    for (const item of ctx.index.adultItems) consider(item, answers?.[item.id], adult.id, prefix);
  }
  return gaps;
}
