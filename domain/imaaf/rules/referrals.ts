import { formatApproxDate } from '../../case/approx-date';
import { adultName, type RuleContext } from './context';
import { presumptionWording } from './age';
import { nationWording } from './nations';
import { describeFindings, listInWords, lowerFirst, type DraftRecommendation } from './wording';

/** Age, the NRM referral, guardianship and the strategy discussion. */
export function referralRecommendations(ctx: RuleContext): DraftRecommendation[] {
  return ctx.age.pathway === 'child' ? childPathway(ctx) : adultPathway(ctx);
}

function localAuthorityWords(ctx: RuleContext): string {
  if (ctx.jurisdiction === 'Northern Ireland') return 'the Health and Social Care Trust’s children’s services (councils in Northern Ireland have no children’s services role)';
  return ctx.caseRecord.localAuthority ? `${ctx.caseRecord.localAuthority} (the local authority on the case record)` : 'the local authority where the child lives';
}

function childPathway(ctx: RuleContext): DraftRecommendation[] {
  const out: DraftRecommendation[] = [];
  const { jurisdiction } = ctx;
  const nation = nationWording[jurisdiction];

  // Age first: everything below depends on the child being treated as a child.
  if (ctx.age.statusMissing) {
    out.push({
      id: 'record-age-status',
      kind: 'age',
      title: 'Record the child’s age status on the case',
      reason: `No age status is recorded. ${ctx.age.basis} Record whether their age is accepted, disputed or assessed, so that everyone works from the same footing.`,
      sources: ['S7', 'S34'],
      urgency: 'soon',
      pathway: 'child',
    });
  }
  if (ctx.age.ageUnsettled) {
    const presumption = presumptionWording(jurisdiction);
    out.push({
      id: 'treat-as-child',
      kind: 'age',
      title: 'Treat them as a child until their age is decided',
      reason: ctx.age.basis,
      sources: presumption.sources,
      urgency: 'today',
      pathway: 'child',
    });
    if (readRoleLike(ctx, 'age-assessment-requested') !== 'yes') {
      out.push({
        id: 'age-assessment',
        kind: 'age',
        title: jurisdiction === 'Northern Ireland' ? 'Ask the Health and Social Care Trust about an age assessment' : 'Ask the local authority for an age assessment',
        reason: `Their age is in doubt. An age assessment must not rest on appearance alone: it looks at appearance, behaviour, background and credibility, with an interpreter where needed and a fair chance to answer any points against them (a “Merton-compliant” assessment). The National Age Assessment Board can assess on referral from ${jurisdiction === 'Northern Ireland' ? 'a Health and Social Care Trust or the Home Office' : 'a local authority or the Home Office'}.`,
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
      reason: `Every date of birth on the case record puts them at 18 or over on ${ctx.settings.today}, but they are treated as a child. Check the dates and the age status with your manager. Until the status changes, they are treated as a child here.`,
      sources: ['S34', 'S7'],
      urgency: 'soon',
      pathway: 'child',
    });
  }

  const guardians = guardianship(ctx);
  const { reasonableGrounds, significantHarm } = ctx.judgement;

  // The multi-agency discussion follows reasonable cause to suspect significant harm: the worker's judgement, or
  // immediate danger [C: S30, S20].
  if (readRoleLike(ctx, 'strategy-discussion-requested') !== 'yes') {
    if (significantHarm === 'yes' || ctx.danger) {
      const why = significantHarm === 'yes'
        ? 'You recorded that, in your judgement, there is reasonable cause to suspect the child is suffering, or is likely to suffer, significant harm.'
        : 'You recorded that the child is in immediate danger.';
      out.push({
        id: nation.discussion.id,
        kind: 'multi-agency',
        title: jurisdiction === 'Scotland' ? 'Ask for an inter-agency referral discussion (IRD) now' : `Ask ${nation.childrensServices} for a strategy discussion`,
        reason:
          jurisdiction === 'Scotland'
            ? `${why} In Scotland the response to a child who may have been harmed or trafficked is a child protection response with a prompt inter-agency referral discussion (${nation.discussion.who}), followed by the NRM referral where there are reasonable grounds; social work takes responsibility for the NRM paperwork. See ${nation.procedures}.`
            : `${why} A strategy discussion (${nation.discussion.who}) must be held when there is reasonable cause to suspect significant harm: it shares information, decides whether to start ${nation.enquiries} and agrees immediate safety actions. It can also decide who will be the NRM first responder and make the guardianship referral. See ${nation.procedures}.`,
        sources: [...new Set([...nation.discussion.sources, ...nation.procedureSources])],
        urgency: 'today',
        pathway: 'child',
      });
    } else if ((ctx.concern || ctx.nrmOpen) && significantHarm !== 'no') {
      out.push({
        id: 'consider-significant-harm',
        kind: 'multi-agency',
        title: `Decide whether there is reasonable cause to suspect significant harm (for ${nation.discussion.aName})`,
        reason: `${bearingWords(ctx)} Whether they amount to reasonable cause to suspect the child is suffering, or is likely to suffer, significant harm is your professional judgement, with your manager where you can. ${ctx.index.byRole.has('judgement-significant-harm') ? 'Answer that question near the end of the assessment (Analysis).' : 'This version of the framework does not ask it: start a new assessment based on this one to record it.'} If the answer is yes, ${nation.childrensServices} hold ${nation.discussion.aName}.`,
        sources: [...new Set([...nation.discussion.sources.filter((source) => source !== 'S15'), ...nation.procedureSources])],
        urgency: 'today',
        pathway: 'child',
      });
    }
  }

  // The NRM: any indicator prompts consideration; the duty attaches to the worker's judgement that there are
  // reasonable grounds to believe the child may be a victim [C: S18, S16, S1] (reference 2.3 I, glossary).
  if (!ctx.nrmOpen) {
    if (reasonableGrounds === 'yes') {
      out.push({
        id: 'nrm-referral',
        kind: 'referral',
        title: `An NRM referral ${nation.nrmDuty.verb} be made`,
        reason: `You recorded that, in your judgement, there are reasonable grounds to believe the child may be a victim of trafficking or modern slavery${ctx.concern ? `; the assessment records ${describeFindings(ctx.findings)}` : ''}. ${nation.nrmDuty.text} Only a first responder can submit it. The child does not have to agree to it, but it is good practice to tell them, in a way that suits their age, that it is being made and how their information will be used.`,
        sources: nation.nrmDuty.sources,
        urgency: 'today',
        pathway: 'child',
      });
      out.push({
        id: 'contact-local-authority-before-nrm',
        kind: 'referral',
        title: jurisdiction === 'Northern Ireland' ? 'Contact the Health and Social Care Trust about the child before completing the NRM' : 'Contact the local authority about the child before completing the NRM',
        reason: `The NRM form for a child asks which ${jurisdiction === 'Northern Ireland' ? 'authority' : 'local authority'} was contacted about them, and the first responder must have contacted it first: ${localAuthorityWords(ctx)}.`,
        sources: ['S7'],
        urgency: 'today',
        pathway: 'child',
      });
      const named = ctx.answers.items['first-responder'];
      const hasName = ctx.index.items.has('first-responder') && typeof named?.value === 'string' && named.value.trim() !== '' && !named.unknown;
      if (!hasName && jurisdiction !== 'Scotland') {
        out.push({
          id: 'agree-first-responder',
          kind: 'multi-agency',
          title: 'Agree who will be the NRM first responder',
          reason: `No first responder is recorded. ${nation.firstResponders} Put this question to the ${nation.discussion.name}, which can decide it.`,
          sources: jurisdiction === 'Northern Ireland' ? ['S7', 'S21'] : ['S15', 'S7'],
          urgency: 'today',
          pathway: 'child',
        });
      }
    } else if (ctx.concern) {
      const answeredNo = reasonableGrounds === 'no';
      out.push({
        id: 'consider-nrm-referral',
        kind: 'referral',
        title: answeredNo ? 'Keep an NRM referral under review' : 'Consider an NRM referral: record your judgement on reasonable grounds',
        reason: answeredNo
          ? `${bearingWords(ctx)} You recorded that, in your judgement, there are not reasonable grounds to believe the child may be a victim. Record why in your professional judgement, and look at it again whenever something new is learned; the threshold is low and suspicion is enough.`
          : `${bearingWords(ctx)} Any indicator should prompt you to consider an NRM referral. The duty to refer attaches when you judge there are reasonable grounds to believe the child may be a victim; the threshold is low and suspicion is enough, but it is your judgement, not a count. ${ctx.index.byRole.has('judgement-reasonable-grounds') ? `Answer that question near the end of the assessment (Analysis): the outcome then says what the guidance requires in ${jurisdiction}.` : 'This version of the framework does not ask it: start a new assessment based on this one to record it.'}`,
        sources: ['S18', 'S16', 'S1', 'S7'],
        urgency: answeredNo ? 'soon' : 'today',
        pathway: 'child',
      });
    }
  }

  out.push(...guardians);
  return out;
}

/** What bears on a judgement, signs of exploitation itself named apart from the rest. */
export function bearingWords(ctx: RuleContext): string {
  const open = ctx.nrmOpen ? 'An NRM referral is recorded as already made. ' : '';
  if (!ctx.concern) return `${open}No indicator is recorded in this assessment yet.`.trim();
  const direct = ctx.directFindings;
  const others = ctx.findings.filter((finding) => !finding.direct);
  const parts = [
    direct.length ? `signs of exploitation or control itself: ${direct.map((finding) => `${lowerFirst(finding.label)} (${finding.status})`).join('; ')}` : '',
    others.length ? `${direct.length ? 'other indicators' : 'indicators that point to vulnerability rather than exploitation itself'}: ${others.map((finding) => `${lowerFirst(finding.label)} (${finding.status})`).join('; ')}` : '',
  ].filter(Boolean);
  return `${open}The assessment records ${parts.join('. It also records ')}.`;
}

function guardianship(ctx: RuleContext): DraftRecommendation[] {
  const out: DraftRecommendation[] = [];
  // Guardianship follows the NRM track: an open referral, or the worker's judgement that one is due [C: S7, S14, S21].
  const concern = ctx.nrmOpen || ctx.judgement.reasonableGrounds === 'yes';
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
        reason: `${concern ? (ctx.nrmOpen ? 'An NRM referral is recorded as made.' : 'You recorded reasonable grounds to believe the child may be a victim.') : 'The child is seeking asylum and nobody in the UK is recorded as holding parental responsibility.'} ${prWords}. The Scottish Guardianship Service (Aberlour with the Scottish Refugee Council) supports unaccompanied asylum-seeking and trafficked children.`,
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
      reason: `${concern ? (ctx.nrmOpen ? 'An NRM referral is recorded as made.' : 'You recorded reasonable grounds to believe the child may be a victim.') : `The child appears to be separated: ${listInWords(ctx.crossBorder.reasons)}.`} ${prWords}. Under section 21 of the Human Trafficking and Exploitation Act (Northern Ireland) 2015 a child is eligible for an independent guardian (Barnardo’s NI) as soon as an NRM referral is made or about to be made, if nobody can effectively exercise parental responsibility; separated children are also eligible.${holders.length > 0 ? ' Consider whether the person recorded with parental responsibility can effectively exercise it, for example if they may be involved.' : ''}`,
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
        'Specified public authorities in England and Wales (including police and local authorities) must notify the Home Office when they have reasonable grounds to believe someone may be a victim (Modern Slavery Act 2015 s.52). Tell them that the police and other organisations will still be told about their case, and that they will remain anonymous in a Duty to Notify referral unless they agree to co-operate with public authorities (Home Office NRM prompt sheet, 2026).',
      sources: ['S18', 'S19', 'S7'],
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

