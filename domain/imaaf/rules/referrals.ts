import { formatApproxDate } from '../../case/approx-date';
import { adultName, type RuleContext } from './context';
import { presumptionWording } from './age';
import { readRole } from './readings';
import { describeFindings, listInWords, type DraftRecommendation } from './wording';

/** Age, the NRM referral, guardianship and the strategy discussion. */
export function referralRecommendations(ctx: RuleContext): DraftRecommendation[] {
  return ctx.age.pathway === 'child' ? childPathway(ctx) : adultPathway(ctx);
}

function localAuthorityWords(ctx: RuleContext): string {
  const named = ctx.caseRecord.localAuthority ? `${ctx.caseRecord.localAuthority} (the local authority on the case record)` : 'the local authority where the child lives';
  return ctx.jurisdiction === 'Northern Ireland' ? `${named}, or the Health and Social Care Trust’s children’s services` : named;
}

function childPathway(ctx: RuleContext): DraftRecommendation[] {
  const out: DraftRecommendation[] = [];
  const concern = ctx.findings.length > 0;
  const danger = readRole(ctx, 'immediate-danger') === 'yes';
  const { jurisdiction, englandOrWales } = ctx;

  // Age first: everything below depends on the child being treated as a child.
  if (ctx.age.ageUnsettled) {
    const presumption = presumptionWording(jurisdiction);
    out.push({
      id: 'treat-as-child',
      kind: 'age',
      title: 'Treat them as a child until their age is decided',
      reason: `${ctx.age.basis} ${ctx.caseRecord.child.ageStatus === null ? 'No age status is recorded on the case yet: record one.' : ''}`.trim(),
      sources: presumption.sources,
      urgency: 'today',
      pathway: 'child',
    });
    const requested = ctx.index.items.get('age-assessment-requested');
    const alreadyAsked = requested ? readRoleLike(ctx, requested.id) === 'yes' : false;
    if (!alreadyAsked) {
      out.push({
        id: 'age-assessment',
        kind: 'age',
        title: jurisdiction === 'Northern Ireland' ? 'Ask the Health and Social Care Trust about an age assessment' : 'Ask the local authority for an age assessment',
        reason:
          'Their age is not settled. An age assessment must not rest on appearance alone: it looks at appearance, behaviour, background and credibility, with an interpreter where needed and a fair chance to answer any points against them (a “Merton-compliant” assessment). The National Age Assessment Board can assess on referral from a local authority, a Health and Social Care Trust or the Home Office.',
        sources: ['S34', 'S7'],
        urgency: 'soon',
        pathway: 'child',
      });
    }
  }
  if (ctx.age.datesSuggestEighteenOrOver) {
    out.push({
      id: 'review-age-status',
      kind: 'age',
      title: 'Review their age status: the dates of birth suggest 18 or over',
      reason: `Every date of birth on the case record puts them at 18 or over on ${ctx.settings.today}, but they are recorded as a child. Check the dates and the age status with your manager. Until the status changes, they are treated as a child here.`,
      sources: ['S34', 'S7'],
      urgency: 'soon',
      pathway: 'child',
    });
  }

  // Guardianship can apply without indicators (a separated asylum-seeking child in Scotland).
  const guardians = guardianship(ctx, concern);
  if (!concern && !danger) return [...out, ...guardians];
  const facts = concern ? describeFindings(ctx.findings) : 'no indicators yet, but you recorded that the child is in immediate danger';

  // Scotland: child protection response and a prompt IRD come before the NRM referral [C: S20].
  if (jurisdiction === 'Scotland') {
    if (readRoleLike(ctx, 'strategy-discussion-requested') !== 'yes') {
      out.push({
        id: 'inter-agency-referral-discussion',
        kind: 'multi-agency',
        title: 'Ask for an inter-agency referral discussion (IRD) now',
        reason: `The assessment records ${facts}. In Scotland the response to a child who may have been trafficked is a child protection response with a prompt inter-agency referral discussion, followed by the NRM referral; social work takes responsibility for the NRM paperwork.`,
        sources: ['S20'],
        urgency: 'today',
        pathway: 'child',
      });
    }
  } else if (readRoleLike(ctx, 'strategy-discussion-requested') !== 'yes') {
    out.push({
      id: 'strategy-discussion',
      kind: 'multi-agency',
      title: 'Ask children’s services for a strategy discussion',
      reason: `The assessment records ${facts}, which gives reasonable cause to suspect the child is suffering, or is likely to suffer, significant harm. A strategy discussion (at least children’s services, police and health) shares information, decides whether to start ${englandOrWales ? 'enquiries under section 47 of the Children Act 1989' : 'child protection enquiries'} and agrees immediate safety actions. It can also decide who will be the NRM first responder and make the guardianship referral.`,
      sources: ['S30', 'S15', 'S41'],
      urgency: 'today',
      pathway: 'child',
    });
  }

  if (concern) {
    const nrmMade = readRole(ctx, 'nrm-referral-made') === 'yes';
    if (!nrmMade) {
      const duty = englandOrWales
        ? 'Guidance for England and Wales says that when the child is, or may be, under 18 an NRM referral must be made.'
        : `Guidance in ${jurisdiction} says that for a child an NRM referral should be made.`;
      out.push({
        id: 'nrm-referral',
        kind: 'referral',
        title: englandOrWales ? 'An NRM referral must be made' : 'An NRM referral should be made',
        reason: `The assessment records ${describeFindings(ctx.findings)}. ${duty} The threshold is low: reasonable grounds to believe they may be a victim, and suspicion is enough. Only a first responder can submit it. The child does not have to agree to it, but it is good practice to tell them, in a way that suits their age, that it is being made and how their information will be used.${jurisdiction === 'Scotland' ? ' In Scotland it follows the inter-agency referral discussion.' : ''}`,
        sources: englandOrWales ? ['S1', 'S7', 'S18', 'S16'] : ['S1', 'S7', 'S20', 'S21'],
        urgency: 'today',
        pathway: 'child',
      });
      out.push({
        id: 'contact-local-authority-before-nrm',
        kind: 'referral',
        title: 'Contact the local authority about the child before completing the NRM',
        reason: `The NRM form for a child asks which local authority was contacted about them, and the first responder must have contacted it first: ${localAuthorityWords(ctx)}.`,
        sources: ['S7'],
        urgency: 'today',
        pathway: 'child',
      });
      const firstResponder = ctx.index.items.get('first-responder');
      const named = firstResponder ? ctx.answers.items[firstResponder.id] : undefined;
      const hasName = typeof named?.value === 'string' && named.value.trim() !== '' && !named.unknown;
      if (!hasName && jurisdiction !== 'Scotland') {
        out.push({
          id: 'agree-first-responder',
          kind: 'multi-agency',
          title: 'Agree who will be the NRM first responder',
          reason:
            'No first responder is recorded. Only staff of first responder organisations (police, local authorities, parts of the Home Office and some charities, including NSPCC CTAC and Barnardo’s) can submit the NRM. Put this question to the strategy discussion, which can decide it.',
          sources: ['S15', 'S7'],
          urgency: 'today',
          pathway: 'child',
        });
      }
    }
  }

  out.push(...guardians);
  return out;
}

function guardianship(ctx: RuleContext, concern: boolean): DraftRecommendation[] {
  const out: DraftRecommendation[] = [];
  if (readRoleLike(ctx, 'guardian-referral-made') === 'yes') return out;
  const holders = ctx.parentalResponsibilityHolders;
  const prWords = holders.length === 0
    ? 'Nobody in the UK is recorded as holding parental responsibility (no connected adult has it recorded as yes)'
    : `${listInWords(holders.map(adultName))} ${holders.length === 1 ? 'is' : 'are'} recorded as holding parental responsibility`;

  if (ctx.englandOrWales && concern) {
    const direct = holders.length === 0;
    const operates = ctx.settings.ictgOperatesHere;
    const where =
      operates === 'yes'
        ? 'The ICTG service operates in your area.'
        : operates === 'no'
          ? 'Your settings say the ICTG service does not operate in your area: ring the advice line to ask what support is available.'
          : 'ICTGs work in about two-thirds of local authorities in England and Wales: check that yours is one.';
    out.push({
      id: 'ictg-referral',
      kind: 'guardianship',
      title: direct
        ? 'Refer to the Independent Child Trafficking Guardian service for a direct worker'
        : 'Refer to the Independent Child Trafficking Guardian service: regional practice coordinator',
      reason: `${prWords}. ${direct
        ? 'ICTG direct workers give one-to-one support and advocate for children with no one holding parental responsibility in the UK.'
        : 'Where someone in the UK holds parental responsibility, an ICTG regional practice coordinator advises and challenges the professionals around the child.'} Make the referral on the ICTG online form in addition to the NRM referral and the usual safeguarding referral. ${where} Advice line 0800 043 4303 (24 hours).`,
      sources: ['S7', 'S12', 'S13', 'S14'],
      urgency: 'soon',
      pathway: 'child',
    });
  }

  if (ctx.jurisdiction === 'Scotland') {
    const separated = ctx.asylum.status === 'yes' && holders.length === 0;
    if (concern || separated) {
      out.push({
        id: 'scottish-guardianship-service',
        kind: 'guardianship',
        title: 'Refer to the Scottish Guardianship Service',
        reason: `${concern ? 'The assessment records possible trafficking.' : 'The child is seeking asylum and nobody in the UK is recorded as holding parental responsibility.'} ${prWords}. The Scottish Guardianship Service (Aberlour with the Scottish Refugee Council) supports unaccompanied asylum-seeking and trafficked children.`,
        sources: ['S20'],
        urgency: 'soon',
        pathway: 'child',
      });
    }
  }

  // NI: separated children (outside their home country with nobody holding parental responsibility here) are eligible too.
  const separatedInNi = ctx.crossBorder.present && holders.length === 0;
  if (ctx.jurisdiction === 'Northern Ireland' && (concern || separatedInNi)) {
    out.push({
      id: 'independent-guardian-service',
      kind: 'guardianship',
      title: holders.length === 0 ? 'Refer to the Independent Guardian Service' : 'Check whether the child is eligible for the Independent Guardian Service',
      reason: `${concern ? 'The assessment records possible trafficking.' : `The child appears to be separated: ${listInWords(ctx.crossBorder.reasons)}.`} ${prWords}. Under section 21 of the Human Trafficking and Exploitation Act (Northern Ireland) 2015 a child is eligible for an independent guardian (Barnardo’s NI) as soon as an NRM referral is made or about to be made, if nobody can effectively exercise parental responsibility; separated children are also eligible.${holders.length > 0 ? ' Consider whether the person recorded with parental responsibility can effectively exercise it, for example if they may be involved.' : ''}`,
      sources: ['S21'],
      urgency: 'soon',
      pathway: 'child',
    });
  }
  return out;
}

function adultPathway(ctx: RuleContext): DraftRecommendation[] {
  const out: DraftRecommendation[] = [];
  const dob = ctx.caseRecord.child.dateOfBirth;
  const dobWords = dob.assessed ? ` Assessed date of birth: ${formatApproxDate(dob.assessed)}.` : '';
  out.push({
    id: 'adult-pathway',
    kind: 'age',
    title: 'The adult pathway applies',
    reason: `${ctx.age.basis}${dobWords} If new information suggests they may be under 18, record it: they must then be treated as a child again.`,
    sources: ctx.age.sources,
    urgency: 'soon',
    pathway: 'adult',
  });
  if (ctx.findings.length === 0) return out;
  out.push({
    id: 'nrm-adult-consent',
    kind: 'referral',
    title: 'Ask whether they consent to an NRM referral',
    reason: `The assessment records ${describeFindings(ctx.findings)}. An adult must give informed consent to an NRM referral; explain it with the privacy notice and ask whether they want support. The form also asks whether they were under 18 at any time during the exploitation.`,
    sources: ['S7', 'S8'],
    urgency: 'today',
    pathway: 'adult',
  });
  if (ctx.englandOrWales) {
    out.push({
      id: 'duty-to-notify',
      kind: 'notification',
      title: 'If they do not consent: Duty to Notify the Home Office',
      reason:
        'Specified public authorities in England and Wales (including police and local authorities) must notify the Home Office when they have reasonable grounds to believe someone may be a victim (Modern Slavery Act 2015 s.52). Without their consent the notification must not identify them.',
      sources: ['S18', 'S19'],
      urgency: 'today',
      pathway: 'adult',
    });
  } else {
    out.push({
      id: 'no-consent-local-guidance',
      kind: 'notification',
      title: 'If they do not consent: check local guidance',
      reason: `The Duty to Notify in the Modern Slavery Act 2015 applies in England and Wales only. Whether a similar duty is in force in ${ctx.jurisdiction} is not confirmed in our sources: ask your safeguarding lead.`,
      sources: ['S19'],
      urgency: 'today',
      pathway: 'adult',
    });
  }
  const providers =
    ctx.jurisdiction === 'Scotland' ? 'TARA or Migrant Help' : ctx.jurisdiction === 'Northern Ireland' ? 'Migrant Help or Belfast and Lisburn Women’s Aid' : 'the Salvation Army (adult victim care contract)';
  out.push({
    id: 'adult-support',
    kind: 'agency',
    title: 'Tell them about adult support',
    reason: `Adult victims who agree to be referred can get support from ${providers}. The Modern Slavery & Exploitation Helpline (08000 121 700) gives advice.`,
    sources: ['S7'],
    urgency: 'soon',
    pathway: 'adult',
  });
  return out;
}

/** Reads a tri item by id when the framework has no role for it (it may be missing in a corrected version). */
function readRoleLike(ctx: RuleContext, itemId: string): string {
  const item = ctx.index.items.get(itemId);
  const answer = item ? ctx.answers.items[item.id] : undefined;
  if (!item || !answer || answer.unknown) return 'unanswered';
  return typeof answer.value === 'string' ? answer.value : 'unanswered';
}

