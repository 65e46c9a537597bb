import type { RuleContext } from './context';
import { readRole } from './readings';
import type { DraftRecommendation } from './wording';

/** Immediate danger, the organisation's own procedure, and where to get advice (NSPCC seed page) [C: S1]. */
export function safetyRecommendations(ctx: RuleContext): DraftRecommendation[] {
  const out: DraftRecommendation[] = [];
  const who = ctx.age.pathway === 'child' ? 'the child' : 'the young person';
  const dangerItem = ctx.index.byRole.get('immediate-danger');
  const danger = readRole(ctx, 'immediate-danger');

  if (danger === 'yes') {
    const note = dangerItem ? ctx.answers.items[dangerItem.id]?.note.trim() : '';
    out.push({
      id: 'call-999',
      kind: 'emergency',
      title: 'Call the police on 999 now',
      reason: `You recorded that ${who} is in immediate danger${note ? ` (your note: “${note}”)` : ''}. When someone is in immediate danger, contact the police on 999. Do this before anything else on this list.`,
      sources: ['S1', 'S28', 'S29'],
      urgency: 'immediate',
      pathway: 'any',
    });
  } else if (danger === 'unknown' || danger === 'unanswered') {
    out.push({
      id: 'check-immediate-danger',
      kind: 'emergency',
      title: `Decide whether ${who} is in immediate danger`,
      reason: `${ctx.age.pathway === 'child' ? `The question “${dangerItem?.question ?? 'Is the child in immediate danger?'}”` : 'The question about immediate danger'} is ${danger === 'unknown' ? 'recorded as not known' : 'not answered'}. If you think ${who} could be in immediate danger, call the police on 999.`,
      sources: ['S1'],
      urgency: 'immediate',
      pathway: 'any',
    });
  }

  const organisation = ctx.settings.organisation;
  const procedure = organisation.procedureName.trim() || 'your organisation’s safeguarding procedure';
  const orgName = organisation.name.trim();
  const procedureClear = readRole(ctx, 'organisation-procedure-clear');
  out.push({
    id: 'organisation-procedure',
    kind: 'procedure',
    title: `Follow ${procedure}${orgName ? ` (${orgName})` : ''}`,
    reason: [
      ctx.age.pathway === 'adult'
        ? 'Follow your organisation’s adult safeguarding procedure first.'
        : ctx.strongConcern
          ? 'Child trafficking is child abuse and needs a child protection response. Organisations that work with children must have safeguarding procedures: follow yours first.'
          : 'Organisations that work with children must have safeguarding procedures: follow yours for anything that worries you about this child.',
      organisation.contact.trim() ? `Safeguarding contact: ${organisation.contact.trim()}.` : 'No safeguarding contact is set up in Crossings: ask your manager who it is.',
      procedureClear === 'no' ? `You recorded that the procedure is not clear for this situation: see the Whistleblowing Advice Line below, and do not let this delay protecting ${ctx.age.pathway === 'adult' ? 'them' : 'the child'}.` : '',
    ]
      .filter(Boolean)
      .join(' '),
    sources: ['S1'],
    urgency: 'today',
    pathway: 'any',
  });

  if (readRole(ctx, 'unsure-if-safeguarding-needed') === 'yes') {
    out.push({
      id: 'nspcc-helpline',
      kind: 'advice',
      title: 'Call the NSPCC Helpline for advice: 0808 800 5000',
      reason:
        'You recorded that you are not sure whether this situation needs a safeguarding response. The NSPCC Helpline’s child protection specialists can talk it through, advise on next steps and make referrals to children’s services and the police. Phone 0808 800 5000 or email help@nspcc.org.uk.',
      sources: ['S1'],
      urgency: 'today',
      pathway: 'any',
    });
  }

  const handlingConcern = readRole(ctx, 'concern-about-handling') === 'yes';
  if (procedureClear === 'no' || handlingConcern) {
    const facts = [
      procedureClear === 'no' ? 'your organisation does not have a clear safeguarding procedure for this' : '',
      handlingConcern ? 'you are concerned about how child protection is being handled' : '',
    ].filter(Boolean);
    out.push({
      id: 'whistleblowing-advice-line',
      kind: 'advice',
      title: 'Contact the Whistleblowing Advice Line',
      reason: `You recorded that ${facts.join(' and that ')}. The NSPCC’s Whistleblowing Advice Line is there to discuss these concerns; its details are on the NSPCC website.`,
      sources: ['S1'],
      urgency: 'soon',
      pathway: 'any',
    });
  }
  return out;
}
