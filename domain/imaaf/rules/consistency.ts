import { formatApproxDate, type ApproxDate } from '../../case/approx-date';
import { relationshipLabels } from '../../case/schemas';
import { isUnknownAnswer, type Answer } from '../answers';
import type { FrameworkItem } from '../framework/schema';
import type { AccountDifference } from '../outcome';
import { adultName, type RuleContext } from './context';

export const differenceReminder =
  'Accounts can differ because of trauma (memory gaps, fear, shame) and because of coaching: traffickers sometimes give children a story to learn. A difference is something to explore with care, not proof either way, and not a reason to disbelieve the child.';
const reminderSources = ['S1', 'S7'];

/** Where the child's account and an adult's account of the same thing differ. */
export function findDifferences(ctx: RuleContext): AccountDifference[] {
  const out: AccountDifference[] = [];
  for (const check of ctx.index.framework.consistencyChecks) {
    const childItem = ctx.index.items.get(check.childItemId);
    const adultItem = ctx.index.items.get(check.adultItemId);
    if (!childItem || !adultItem) continue;
    const childAnswer = ctx.answers.items[childItem.id];
    if (!childAnswer || isUnknownAnswer(childItem, childAnswer)) continue;
    for (const adult of ctx.caseRecord.connectedAdults) {
      const adultAnswer = ctx.answers.connectedAdults[adult.id]?.[adultItem.id];
      if (!adultAnswer || isUnknownAnswer(adultItem, adultAnswer)) continue;
      if (sameValue(childAnswer, adultAnswer)) continue;
      out.push({
        id: `${check.id}:${adult.id}`,
        topic: check.topic,
        connectedAdultId: adult.id,
        connectedAdultName: adultName(adult),
        childAccount: describe(childItem, childAnswer),
        adultAccount: describe(adultItem, adultAnswer),
        from: 'assessment',
        itemIds: [childItem.id, adultItem.id],
        reminder: differenceReminder,
        sources: reminderSources,
      });
    }
  }

  for (const adult of ctx.caseRecord.connectedAdults) {
    const byAdult = adult.relationshipClaimedByAdult;
    const byChild = adult.relationshipClaimedByChild;
    if (!byAdult || !byChild || byAdult === 'not-known' || byChild === 'not-known' || byAdult === byChild) continue;
    out.push({
      id: `relationship:${adult.id}`,
      topic: 'Relationship to the child',
      connectedAdultId: adult.id,
      connectedAdultName: adultName(adult),
      childAccount: relationshipLabels[byChild],
      adultAccount: relationshipLabels[byAdult],
      from: 'case-record',
      itemIds: [],
      reminder: `${differenceReminder} Adults with the child may not be their parents, or have the authority to care for them.`,
      sources: reminderSources,
    });
  }

  const matchItem = ctx.index.items.get('accounts-match');
  const match = matchItem ? ctx.answers.items[matchItem.id] : undefined;
  if (matchItem && match && !match.unknown && match.value === 'no') {
    out.push({
      id: 'accounts-match',
      topic: 'The accounts as a whole',
      connectedAdultId: null,
      connectedAdultName: null,
      childAccount: 'You recorded that the child’s and the adults’ accounts do not match.',
      adultAccount: match.note.trim() || 'No details recorded.',
      from: 'assessment',
      itemIds: [matchItem.id],
      reminder: differenceReminder,
      sources: reminderSources,
    });
  }
  return out;
}

function sameValue(a: Answer, b: Answer): boolean {
  if (Array.isArray(a.value) && Array.isArray(b.value)) {
    return a.value.length === b.value.length && [...a.value].sort().join('\n') === [...b.value].sort().join('\n');
  }
  if (typeof a.value === 'string' && typeof b.value === 'string') return a.value.trim().toLowerCase() === b.value.trim().toLowerCase();
  return JSON.stringify(a.value) === JSON.stringify(b.value);
}

export function describe(item: FrameworkItem, answer: Answer): string {
  const label = (value: string) => item.options?.find((option) => option.value === value)?.label ?? value;
  const value = answer.value;
  const note = answer.note.trim() ? ` (${answer.note.trim()})` : '';
  if (Array.isArray(value)) return value.map(label).join(', ') + note;
  if (typeof value === 'string') return label(value) + note;
  if (value) return formatApproxDate(value as ApproxDate) + note;
  return 'Not known';
}
