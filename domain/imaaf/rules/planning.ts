import { relationshipLabels, type ConnectedAdult } from '../../case/schemas';
import { adultName, type RuleContext } from './context';
import { readAnswer, readRole } from './readings';
import { listInWords, type DraftRecommendation } from './wording';

const relatives = new Set(['parent', 'step-parent', 'sibling', 'aunt-or-uncle', 'grandparent', 'cousin', 'other-relative']);
const nonRelatives = new Set(['family-friend', 'agent', 'employer', 'partner', 'other']);

/** Private fostering, going missing, and turning 18. */
export function planningRecommendations(ctx: RuleContext): DraftRecommendation[] {
  if (ctx.age.pathway !== 'child') return [];
  const out: DraftRecommendation[] = [];

  const fostering = ctx.caseRecord.connectedAdults
    .map((adult) => ({ adult, why: privateFosteringReason(ctx, adult) }))
    .filter((entry): entry is { adult: ConnectedAdult; why: string } => entry.why !== null);
  if (fostering.length > 0) {
    out.push({
      id: 'private-fostering',
      kind: 'notification',
      title: `Make sure ${ctx.jurisdiction === 'Northern Ireland' ? 'the Health and Social Care Trust knows' : 'the local authority knows'} about the private fostering arrangement`,
      reason: `${fostering.map((entry) => `${adultName(entry.adult)}: ${entry.why}`).join('. ')}. ${
        'Unreported private fostering is one of the ways children are trafficked. Remember that adults with the child may not have the authority to care for them.'
      }`,
      sources: ['S2', 'S35', 'S1'],
      urgency: 'soon',
      pathway: 'child',
    });
  }

  const missing = readRole(ctx, 'missing-episodes');
  if (ctx.strongConcern || missing === 'yes' || missing === 'suspected') {
    out.push({
      id: 'missing-plan',
      kind: 'planning',
      title: 'Make a plan now in case the child goes missing',
      reason: `${missing === 'yes' || missing === 'suspected' ? `Going missing is recorded as ${missing}. ` : ''}Children who may have been trafficked are at high risk of going missing soon after they come to notice; the first 72 hours were highlighted in Parliament. Plan for missing episodes from the outset, including what to do and who to tell.`,
      sources: ['S18b', 'S30'],
      urgency: 'today',
      pathway: 'child',
    });
  }

  const nrmOpen = ctx.nrmOpen || ctx.judgement.reasonableGrounds === 'yes';
  if (ctx.age.nearEighteen && nrmOpen && readRole(ctx, 'nrm-conclusive-decision') !== 'yes') {
    out.push({
      id: 'before-eighteen',
      kind: 'planning',
      title: 'Before they turn 18: staying in the NRM and adult support',
      reason: `The dates of birth on the case record mean they could already be ${ctx.age.oldestPossibleAge ?? 17} or older, and ${ctx.nrmOpen ? 'an NRM referral is open with no conclusive grounds decision recorded' : 'you recorded reasonable grounds for an NRM referral'}. A young person who reaches 18 without a conclusive grounds decision must give consent to stay in the NRM (or withdraw from it) and opt in to adult support (the Modern Slavery Victim Care Contract). Plan this with them before their 18th birthday.`,
      sources: ['S7', 'S14'],
      urgency: 'soon',
      pathway: 'child',
    });
  }
  return out;
}

function privateFosteringReason(ctx: RuleContext, adult: ConnectedAdult): string | null {
  const notifiedItem = ctx.index.byRole.get('private-fostering-notified');
  const notified = notifiedItem ? readAnswer(notifiedItem, ctx.answers.connectedAdults[adult.id]?.[notifiedItem.id]) : 'unanswered';
  if (notified === 'yes') return null;
  if (adult.privateFostering === 'yes') return 'private fostering is recorded on their record';
  const claims = [adult.relationshipClaimedByAdult, adult.relationshipClaimedByChild].filter((claim): claim is NonNullable<typeof claim> => claim !== null);
  const nonRelativeClaim = claims.find((claim) => nonRelatives.has(claim));
  const anyRelativeClaim = claims.some((claim) => relatives.has(claim));
  if (adult.livesWithChild === 'yes' && adult.parentalResponsibility !== 'yes' && nonRelativeClaim) {
    const who = listInWords(
      [
        adult.relationshipClaimedByAdult ? `they say they are the child’s ${relationshipLabels[adult.relationshipClaimedByAdult].toLowerCase()}` : '',
        adult.relationshipClaimedByChild ? `the child describes them as: ${relationshipLabels[adult.relationshipClaimedByChild].toLowerCase()}` : '',
      ].filter(Boolean),
    );
    return `they live with the child and do not hold parental responsibility, and ${who}${anyRelativeClaim ? ' (the accounts differ)' : ''}`;
  }
  return null;
}
