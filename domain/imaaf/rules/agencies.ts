import { adultName, type RuleContext } from './context';
import { readAnswer, readRole } from './readings';
import { describeFindings, listInWords, lowerFirst, sentence, type DraftRecommendation } from './wording';

/** Which agencies to involve, and why (reference 2.4). Cross-border agencies only when the child's life reaches abroad. */
export function agencyRecommendations(ctx: RuleContext): DraftRecommendation[] {
  const out: DraftRecommendation[] = [];
  const concern = ctx.findings.length > 0;
  const danger = readRole(ctx, 'immediate-danger') === 'yes';
  const child = ctx.caseRecord.child;
  const isChild = ctx.age.pathway === 'child';

  if (isChild && (concern || danger) && readById(ctx, 'marf-made') !== 'yes') {
    const quiet = ctx.caseRecord.connectedAdults.filter((adult) => adult.doNotInform);
    const title =
      ctx.jurisdiction === 'Scotland'
        ? 'Refer to local authority social work'
        : ctx.jurisdiction === 'Northern Ireland'
          ? 'Refer to the Health and Social Care Trust’s children’s services'
          : 'Refer to children’s services (MASH)';
    out.push({
      id: 'childrens-services',
      kind: 'agency',
      title,
      reason: [
        `The assessment records ${concern ? describeFindings(ctx.findings) : 'that the child is in immediate danger'}. Child trafficking is child abuse and needs a multi-agency child protection response led by children’s services.`,
        'Consent is not needed to refer or share information when a child may be suffering significant harm; record your reasons.',
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

  if (concern || danger) {
    out.push({
      id: 'police',
      kind: 'agency',
      title: 'Tell the police',
      reason: `${concern ? `The assessment records ${describeFindings(ctx.findings)}.` : 'You recorded immediate danger.'} Trafficking is a crime. The police can protect, investigate, check the adults involved and act as NRM first responder.`,
      sources: ['S1', 'S15'],
      urgency: 'today',
      pathway: 'any',
    });
  }

  if (ctx.interpreter.needed) {
    const notSameArea = readById(ctx, 'interpreter-not-same-area');
    out.push({
      id: 'interpreter',
      kind: 'agency',
      title: `Book an independent interpreter${child.interpreter.language ? ` (${child.interpreter.language}${child.interpreter.dialect.trim() ? `, ${child.interpreter.dialect.trim()}` : ''})` : ''}`,
      reason: [
        sentence(listInWords(ctx.interpreter.facts)),
        'Avoid an interpreter from the same area of the child’s country of origin: it lessens any link the child may see between the interpreter and people they know. Never use an adult who is with the child as the interpreter.',
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
    const healthFindings = ctx.findings.filter((finding) => finding.category === 'education-and-health' && finding.indicatorCode !== 'not-in-education');
    const noGp = child.gp.name.trim() === '';
    if (concern || noGp) {
      const facts = [
        noGp ? 'no GP is recorded on the case' : '',
        healthFindings.length ? `health indicators are recorded (${healthFindings.map((finding) => lowerFirst(finding.label)).join('; ')})` : '',
        concern ? 'health is one of the agencies that must take part in a strategy discussion' : '',
      ].filter(Boolean);
      out.push({
        id: 'health',
        kind: 'agency',
        title: noGp ? 'Involve health: register the child with a GP and arrange a health assessment' : 'Involve health',
        reason: `${sentence(listInWords(facts))} Children who may have been trafficked often have unmet health needs.`,
        sources: ['S7', 'S22', 'S30'],
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
        title: 'Involve education: a school place, and the virtual school if the child is looked after',
        reason: `${sentence(listInWords(facts))} Not being in school is a trafficking indicator, and education now has a larger part in safeguarding.`,
        sources: ['S7', 'S22', 'S41'],
        urgency: 'soon',
        pathway: 'child',
      });
    }
    out.push(...crossBorder(ctx));
  }
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
    title: `Ask CFAB (International Social Service) about checks in ${country ?? 'the child’s home country'}`,
    reason: [
      why,
      'Children and Families Across Borders is the UK member of the International Social Service network: record checks, assessments and welfare visits abroad, and family tracing. Advice line 020 7735 8941 on weekdays (check the number is current).',
      knownAtHome === 'yes' ? 'The child is recorded as known to child protection in the home country: ask for those records.' : '',
      safeFamily ? 'A safe family member abroad is recorded: CFAB can advise on international kinship care.' : '',
      asylum.status !== 'no' ? 'Because the child may be seeking asylum, take CFAB’s advice first so that no enquiry reaches the authorities they may be seeking protection from.' : '',
    ]
      .filter(Boolean)
      .join(' '),
    sources: ['S6', 'S35'],
    urgency: 'soon',
    pathway: 'child',
  });

  if (ctx.englandOrWales && asylum.status !== 'yes') {
    out.push({
      id: 'icacu',
      kind: 'agency',
      title: 'Consider a request through ICACU (1996 Hague Convention)',
      reason: `${why} The International Child Abduction and Contact Unit is the Central Authority for England and Wales: it passes requests for information, tracing or protective measures to countries that have signed the 1996 Hague Convention. The Convention does not apply between the UK’s own nations.${asylum.status === 'unknown' ? ' Check first whether the child is claiming asylum.' : ''}`,
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
      reason: `${why} ${sentence(listInWords(facts))} The British Red Cross helps unaccompanied and separated children restore links with their families.${asylum.status !== 'no' ? ' Tracing must not alert the authorities the child may be seeking protection from.' : ''}`,
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
