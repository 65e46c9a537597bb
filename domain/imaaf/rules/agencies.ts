import { adultName, type RuleContext } from './context';
import { readAnswer, readRole } from './readings';
import { nationWording } from './nations';
import { describeFindings, listInWords, lowerFirst, sentence, type DraftRecommendation } from './wording';

/** Which agencies to involve, and why (reference 2.4). Cross-border agencies only when the child's life reaches abroad. */
export function agencyRecommendations(ctx: RuleContext): DraftRecommendation[] {
  const out: DraftRecommendation[] = [];
  const { concern, danger, nrmOpen } = ctx;
  const child = ctx.caseRecord.child;
  const isChild = ctx.age.pathway === 'child';
  const nation = nationWording[ctx.jurisdiction];
  const who = isChild ? 'the child' : 'them';

  if (isChild && (concern || danger || nrmOpen) && readById(ctx, 'marf-made') !== 'yes') {
    const quiet = ctx.caseRecord.connectedAdults.filter((adult) => adult.doNotInform);
    const facts = [
      nrmOpen ? 'An NRM referral is recorded as made: an open referral is itself a concern, and children’s services lead the response to it.' : '',
      concern ? `The assessment records ${describeFindings(ctx.findings)}.` : '',
      danger ? 'You recorded that the child is in immediate danger.' : '',
    ].filter(Boolean);
    out.push({
      id: 'childrens-services',
      kind: 'agency',
      title: nation.referToChildrensServices,
      reason: [
        ...facts,
        ctx.strongConcern
          ? `Child trafficking is child abuse and needs a multi-agency child protection response led by ${nation.childrensServices}.`
          : `If you are worried about a child, share your concerns: ${nation.childrensServices} can look at them with what other agencies know.`,
        ctx.strongConcern ? 'Consent is not needed to refer or share information when a child may be suffering significant harm; record your reasons.' : '',
        quiet.length
          ? `${listInWords(quiet.map(adultName))} ${quiet.length === 1 ? 'is' : 'are'} marked “do not inform”: do not tell them about the referral, because telling them could increase the risk to the child.`
          : '',
      ]
        .filter(Boolean)
        .join(' '),
      sources: ['S1', 'S29', 'S28'],
      urgency: 'today',
      pathway: 'child',
    });
  }

  // The police: danger, a sign of exploitation itself, the worker's judgement, or an open NRM referral [C: S1, S15].
  if (ctx.strongConcern) {
    const facts = [
      danger ? 'You recorded immediate danger.' : '',
      nrmOpen ? 'An NRM referral is recorded as made.' : '',
      ctx.judgement.reasonableGrounds === 'yes' ? `You recorded reasonable grounds to believe ${isChild ? 'the child' : 'they'} may be a victim.` : '',
      ctx.directFindings.length ? `The assessment records signs of exploitation itself: ${ctx.directFindings.map((finding) => lowerFirst(finding.label)).join('; ')}.` : '',
    ].filter(Boolean);
    out.push({
      id: 'police',
      kind: 'agency',
      title: 'Tell the police',
      reason: `${facts.join(' ')} Trafficking is a crime. The police can protect, investigate, check the adults involved and act as NRM first responder.`,
      sources: ['S1', 'S15'],
      urgency: 'today',
      pathway: 'any',
    });
  }

  out.push(...speakAlone(ctx));

  if (ctx.interpreter.needed || ctx.interpreter.notKnown) {
    const notSameArea = readById(ctx, 'interpreter-not-same-area');
    const language = child.interpreter.language ?? (child.languages[0] && child.languages[0] !== 'English' ? child.languages[0] : null);
    out.push({
      id: 'interpreter',
      kind: 'agency',
      title: ctx.interpreter.needed
        ? `Book an independent interpreter${language ? ` (${language}${child.interpreter.dialect.trim() ? `, ${child.interpreter.dialect.trim()}` : ''})` : ''}, not from ${isChild ? 'the child’s' : 'their'} community or area`
        : `Find out which language ${isChild ? 'the child' : 'they'} speak best, and book an independent interpreter if needed`,
      reason: [
        sentence(listInWords(ctx.interpreter.facts)),
        `Book the interpreter yourself, through an interpreting service. Avoid one from the same community or area of ${isChild ? 'the child’s' : 'their'} country of origin: it lessens any link ${who === 'them' ? 'they' : 'the child'} may see between the interpreter and people they know. Never use an adult who is with ${who} as the interpreter.`,
        notSameArea === 'no' ? 'You recorded that the interpreter used so far may be from the same area or community: book a different one.' : '',
      ]
        .filter(Boolean)
        .join(' '),
      sources: ['S1', 'S7'],
      urgency: 'soon',
      pathway: 'any',
    });
  }

  if (isChild) {
    out.push(...adultFactorActions(ctx));
    const healthFindings = ctx.findings.filter((finding) => finding.category === 'education-and-health' && finding.indicatorCode !== 'not-in-education');
    const noGp = child.gp.name.trim() === '';
    if (concern || noGp) {
      const discussion = ctx.judgement.significantHarm === 'yes' || danger;
      const facts = [
        noGp ? 'no GP is recorded on the case' : '',
        healthFindings.length ? `health indicators are recorded (${healthFindings.map((finding) => lowerFirst(finding.label)).join('; ')})` : '',
        discussion ? `health is one of the agencies that take part in ${nation.discussion.aName}` : '',
      ].filter(Boolean);
      out.push({
        id: 'health',
        kind: 'agency',
        title: noGp ? 'Involve health: register the child with a GP and arrange a health assessment' : 'Involve health',
        reason: `${sentence(listInWords(facts.length ? facts : ['indicators are recorded in this assessment']))}${concern ? ' Children who may have been trafficked often have unmet health needs.' : ''}`,
        sources: discussion ? ['S7', 'S22', ...nation.discussion.sources.filter((source) => source !== 'S15')] : ['S7', 'S22'],
        urgency: 'soon',
        pathway: 'child',
      });
    }
    const noSchool = child.school.name.trim() === '';
    const educationFinding = ctx.findings.find((finding) => finding.indicatorCode === 'not-in-education');
    if (noSchool || educationFinding) {
      const facts = [noSchool ? 'no school is recorded on the case' : '', educationFinding ? `being out of school is recorded as ${educationFinding.status}` : ''].filter(Boolean);
      out.push({
        id: 'education',
        kind: 'agency',
        title: nation.virtualSchool ? 'Involve education: a school place, and the virtual school if the child is looked after' : 'Involve education: a school place',
        reason: `${sentence(listInWords(facts))} Not being in school is one of the trafficking indicators${ctx.jurisdiction === 'England' ? ', and Working Together 2023 gives education a larger part in safeguarding' : ''}.`,
        sources: ctx.jurisdiction === 'England' ? ['S7', 'S22', 'S41'] : ['S7', 'S22'],
        urgency: 'soon',
        pathway: 'child',
      });
    }
    out.push(...crossBorder(ctx));
  }
  return out;
}

/**
 * "Speak to the child on their own" as an action, with the reason, when an adult speaks for the child or insists on
 * staying, or the child has not been spoken to alone (seed; reference 2.3 A) [C: S1, S7, S23].
 */
function speakAlone(ctx: RuleContext): DraftRecommendation[] {
  const isChild = ctx.age.pathway === 'child';
  const who = isChild ? 'the child' : 'them';
  const insisting = ctx.findings.filter((finding) => finding.indicatorCode === 'adult-insists-on-staying-and-speaking' && finding.connectedAdultId);
  const names = insisting
    .map((finding) => ctx.caseRecord.connectedAdults.find((adult) => adult.id === finding.connectedAdultId))
    .filter((adult): adult is NonNullable<typeof adult> => !!adult)
    .map(adultName);
  const letsOthersSpeak = ctx.findings.find((finding) => finding.indicatorCode === 'lets-others-speak');
  const spokenAlone = readRole(ctx, 'spoken-alone');
  const facts = [
    names.length ? `${listInWords(names)} ${names.length === 1 ? 'insists' : 'insist'} on staying with ${who} and speaking for ${isChild ? 'them' : 'them'} (recorded as ${insisting.map((finding) => finding.status).join(' and ')})` : '',
    letsOthersSpeak ? `${isChild ? 'the child lets' : 'they let'} others speak for ${isChild ? 'them' : 'them'} (${letsOthersSpeak.status})` : '',
    spokenAlone === 'no' ? `you recorded that you have not spoken with ${who} without the accompanying adult present` : '',
  ].filter(Boolean);
  if (facts.length === 0) return [];
  return [
    {
      id: 'speak-to-child-alone',
      kind: 'planning',
      title: isChild ? 'Speak to the child on their own' : 'Speak to them on their own',
      reason: `${sentence(listInWords(facts))} Speak with ${who} directly, without the accompanying adult present: having that adult in the room could put ${who} at further risk. Where it is safe, see ${who} privately, somewhere they feel safe, with an independent interpreter if needed, and tell ${who} they have done nothing wrong.`,
      sources: ['S1', 'S7', 'S23'],
      urgency: 'today',
      pathway: 'any',
    },
  ];
}

/**
 * What the worker answered about each adult becomes an action naming that adult: police checks, not releasing the
 * child to them, contact only if supervised (reference 2.3 D; 5.2 on not informing) [C: S7, S25, S29] + [I].
 */
function adultFactorActions(ctx: RuleContext): DraftRecommendation[] {
  const out: DraftRecommendation[] = [];
  ctx.caseRecord.connectedAdults.forEach((adult, index) => {
    const given = ctx.answers.connectedAdults[adult.id] ?? {};
    const contactItem = ctx.index.byRole.get('adult-contact-restricted') ?? ctx.index.items.get('adult-contact-restricted');
    const restrict = contactItem ? readAnswer(contactItem, given[contactItem.id]) === 'yes' : false;
    const holds = ctx.findings.find((finding) => finding.connectedAdultId === adult.id && finding.indicatorCode === 'adult-holds-documents-or-money');
    if (!restrict && !holds) return;
    const name = adultName(adult);
    const facts = [
      restrict ? `you recorded that ${name}’s contact with the child should be stopped or supervised` : '',
      holds ? `${name} holds the child’s passport, identity documents or money (${holds.status})` : '',
    ].filter(Boolean);
    out.push({
      id: `protect-from-adult-${index + 1}`,
      kind: 'caution',
      title: `${name}: police checks, do not release the child to them, contact only if supervised`,
      reason: [
        sentence(listInWords(facts)),
        `Ask the police for checks on ${name}. Do not release the child into ${name}’s care, and let any contact happen only if it is agreed and supervised. Adults with a child may not be their parents or have the authority to care for them.`,
        adult.doNotInform ? `${name} is marked “do not inform”: do not tell them about referrals or plans.` : '',
      ]
        .filter(Boolean)
        .join(' '),
      sources: ['S1', 'S7', 'S25', 'S29'],
      urgency: 'today',
      pathway: 'child',
    });
  });
  return out;
}

function crossBorder(ctx: RuleContext): DraftRecommendation[] {
  const out: DraftRecommendation[] = [];
  if (!ctx.crossBorder.present) return out;
  const why = `This case has a cross-border element: ${listInWords(ctx.crossBorder.reasons)}.`;
  const country = ctx.homeCountry;
  const state = ctx.foreignNationality ? `${ctx.foreignNationality} authorities` : country ? `the authorities of ${country}` : 'the authorities of the child’s home country';
  const asylum = ctx.asylum;

  // The asylum caution comes before any contact with another state [C: S35] + [I].
  if (asylum.status === 'yes') {
    out.push({
      id: 'do-not-contact-home-state',
      kind: 'caution',
      title: `Do not contact the embassy, consulate or ${state}`,
      reason: `${sentence(listInWords(asylum.facts))} Never contact the authorities of a state a child or family is seeking asylum from, directly or through a request under the Hague Convention; consider too whether officials may be involved in what happened. Record the reasons for this decision.`,
      sources: ['S35'],
      urgency: 'today',
      pathway: 'child',
    });
  } else if (asylum.status === 'unknown') {
    out.push({
      id: 'check-asylum-before-contact',
      kind: 'caution',
      title: 'Find out whether the child is claiming asylum before contacting any foreign authority',
      reason: `${why} It is not recorded whether the child or family is claiming asylum. Never contact the authorities of a state a child is seeking asylum from, so check this first.`,
      sources: ['S35'],
      urgency: 'soon',
      pathway: 'child',
    });
  }

  const knownAtHome = ctx.caseRecord.homeSituation.knownToChildProtection;
  const safeFamily = readRole(ctx, 'safe-family-member') === 'yes';
  out.push({
    id: 'cfab-checks',
    kind: 'agency',
    title: `Ask CFAB (International Social Service) about checks in ${country ?? (ctx.foreignNationality ? `the child’s home country (${ctx.foreignNationality} nationality)` : 'the child’s home country')}`,
    reason: [
      why,
      'Children and Families Across Borders is the UK member of the International Social Service network: record checks, assessments and welfare visits abroad, and family tracing. Advice line 020 7735 8941 on weekdays (check the number is current).',
      knownAtHome === 'yes' ? 'The child is recorded as known to child protection in the home country: ask for those records.' : '',
      safeFamily ? 'A safe family member abroad is recorded: CFAB can advise on international kinship care.' : '',
      asylum.status === 'yes'
        ? 'Because the child is seeking asylum, take CFAB’s advice first so that no enquiry reaches the authorities they are seeking protection from.'
        : asylum.status === 'unknown'
          ? 'It is not recorded whether the child is seeking asylum: take CFAB’s advice first so that no enquiry reaches authorities they may be seeking protection from.'
          : '',
    ]
      .filter(Boolean)
      .join(' '),
    sources: ['S6', 'S35'],
    urgency: 'soon',
    pathway: 'child',
  });

  if (ctx.englandOrWales && asylum.status !== 'yes' && (country || ctx.foreignNationality)) {
    out.push({
      id: 'icacu',
      kind: 'agency',
      title: `Consider a request through ICACU (1996 Hague Convention)${country ? `, if ${country} has signed it` : ''}`,
      reason: `${why} The International Child Abduction and Contact Unit is the Central Authority for England and Wales: it passes requests for information, tracing or protective measures to countries that have signed the 1996 Hague Convention, so check first that ${country ?? 'the country concerned'} is one of them. The Convention does not apply between the UK’s own nations.${asylum.status === 'unknown' ? ' Check first whether the child is claiming asylum.' : ''}`,
      sources: ['S35'],
      urgency: 'when-possible',
      pathway: 'child',
    });
  }

  if (asylum.status === 'no' && (ctx.foreignNationality || country)) {
    out.push({
      id: 'embassy-or-consulate',
      kind: 'agency',
      title: `Consider informing the embassy or consulate${ctx.foreignNationality ? ` (${ctx.foreignNationality})` : ''}`,
      reason: `${why} No asylum claim is recorded. Consider telling the relevant foreign authority when a child linked to another country is on a child protection plan, needed immediate protection, or is in care proceedings, and when assessing carers abroad. First consider whether officials may be involved in what happened, and record your reasons either way.`,
      sources: ['S35'],
      urgency: 'when-possible',
      pathway: 'child',
    });
  }

  const parents = readRole(ctx, 'parents-whereabouts-known');
  const noPr = ctx.parentalResponsibilityHolders.length === 0;
  if (parents === 'no' || parents === 'unknown' || (parents === 'unanswered' && noPr)) {
    const facts = [
      parents === 'no' ? 'it is recorded that the parents’ whereabouts are not known' : parents === 'unknown' ? 'whether the parents’ whereabouts are known is recorded as not known' : '',
      noPr ? 'nobody in the UK is recorded as holding parental responsibility' : '',
    ].filter(Boolean);
    out.push({
      id: 'family-tracing',
      kind: 'agency',
      title: 'Ask the British Red Cross about international family tracing',
      reason: `${why} ${sentence(listInWords(facts))} The British Red Cross helps unaccompanied and separated children restore links with their families.${asylum.status === 'yes' ? ' Tracing must not alert the authorities the child is seeking protection from.' : asylum.status === 'unknown' ? ' Tracing must not alert authorities the child may be seeking protection from.' : ''}`,
      sources: ['S35'],
      urgency: 'when-possible',
      pathway: 'child',
    });
  }
  return out;
}

function readById(ctx: RuleContext, itemId: string): string {
  const item = ctx.index.items.get(itemId);
  return readAnswer(item, item ? ctx.answers.items[item.id] : undefined);
}
