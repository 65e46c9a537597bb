import { formatApproxDate } from '../case/approx-date';
import { meetingWhenText } from './content';
import {
  chronologyKindLabels,
  immigrationStatusLabels,
  nameTypeLabels,
  relationshipEvidenceLabels,
  relationshipLabels,
  strategyMeetingKindLabels,
  transportLabels,
  travelDocumentLabels,
  type CaseRecord,
} from '../case/schemas';
import { layoutJourneyMap, layoutRelationshipMap } from '../pictures';
import type { Picture } from '../pictures/drawing';
import { exploitationTypeLabels, indicatorCategoryLabels, informationSourceLabels, type ExploitationType } from '../imaaf';
import type { DocumentInput } from './catalogue';
import { documentTypeLabels } from './catalogue';
import {
  Answers,
  NOT_RECORDED,
  ageStatusText,
  childDateOfBirthText,
  fullName,
  genderText,
  joinNonEmpty,
  mainName,
  orderedChronology,
  otherNames,
  triLabel,
} from './content';
import type { DocumentBlockInput, DocumentField, DocumentModelInput } from './model';
import { redactForAudience, scrubDeep, type Redaction } from './redaction';
import { policeAgency, withheldAdultsSentence, withheldEntriesSentence } from './view';

/** What a builder gives back: the model to lay out, and the information gaps that left parts of it empty. */
export interface BuiltModel {
  model: DocumentModelInput;
  gaps: string[];
}

/** Collects fields and notes every empty one as an information gap. */
class Fields {
  readonly gaps: string[] = [];
  private current: DocumentField[] = [];

  constructor(private readonly section: string) {}

  add(label: string, value: string | undefined | null, options: { gap?: boolean } = {}): this {
    const text = (value ?? '').trim();
    if (text === '' && options.gap !== false) this.gaps.push(`${this.section}: ${label}`);
    this.current.push({ label, value: text });
    return this;
  }

  block(): DocumentBlockInput {
    const block: DocumentBlockInput = { kind: 'fields', fields: this.current };
    this.current = [];
    return block;
  }
}

const h2 = (text: string): DocumentBlockInput => ({ kind: 'heading', level: 2, text });
const h3 = (text: string): DocumentBlockInput => ({ kind: 'heading', level: 3, text });
const para = (text: string): DocumentBlockInput => ({ kind: 'paragraph', text, emphasis: 'normal' });
const note = (text: string, title?: string, tone: 'information' | 'warning' = 'information'): DocumentBlockInput => ({ kind: 'note', tone, text, ...(title ? { title } : {}) });

function baseModel(input: DocumentInput, redaction: Redaction, title: string, blocks: DocumentBlockInput[], withAssessment: boolean): DocumentModelInput {
  const frameworkVersion = withAssessment ? (redaction.assessment?.frameworkVersion ?? redaction.assessment?.outcome?.frameworkVersion) : undefined;
  const model: DocumentModelInput = {
    title,
    audience: input.audience,
    ...(input.audience === 'named-agency' && input.agencyName?.trim() ? { audienceName: input.agencyName.trim() } : {}),
    caseReference: input.caseRecord.reference,
    generatedAt: input.generatedAt,
    generatedBy: input.generatedBy,
    ...(frameworkVersion ? { frameworkVersion } : {}),
    flags: { ageDisputedTreatedAsChild: input.caseRecord.child.ageStatus === 'disputed-treated-as-child' },
    blocks,
  };
  // The last safety net: no withheld name anywhere in the finished model.
  return scrubDeep(model, redaction.scrub, new Set(['caseReference', 'generatedBy', 'generatedAt', 'audience', 'frameworkVersion']));
}

/** What this version leaves out, said at the top so a reader knows it is not the whole record. */
export function redactionNotice(redaction: Redaction): DocumentBlockInput {
  if (redaction.internal) {
    const flagged = redaction.caseRecord.connectedAdults.filter((adult) => adult.doNotShareWith || adult.doNotInform);
    const who = flagged.length > 0 ? ` It names adults who must not be told or shown anything: ${flagged.map((adult) => mainName(adult.names)).join(', ')}.` : '';
    return note(`This is the internal case record version. It holds the child’s placement and everyone’s contact details.${who} Do not send it outside the team; generate a version for the audience instead.`, 'Internal record: not for sharing', 'warning');
  }
  const parts = ['the child’s placement address and carer', 'the phone numbers and addresses of adults', 'the school’s and GP’s contact details'];
  if (redaction.withheldAdultCount > 0) parts.push(redaction.withheldAdultCount === 1 ? 'everything about one adult who must not be shown this information' : `everything about ${redaction.withheldAdultCount} adults who must not be shown this information`);
  if (redaction.withheldChronologyCount > 0) parts.push(`${redaction.withheldChronologyCount} chronology ${redaction.withheldChronologyCount === 1 ? 'entry' : 'entries'}`);
  return note(`This version leaves out ${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}. The lead worker holds them and can share them where it is safe and lawful.`, 'What this version leaves out');
}

function childFields(record: CaseRecord, redaction: Redaction, section: string): Fields {
  const child = record.child;
  const fields = new Fields(section);
  fields.add('Name', mainName(child.names));
  fields.add('Other names and aliases', otherNames(child.names).map((name) => `${fullName(name)} (${nameTypeLabels[name.type].toLowerCase()})`).join('; '), { gap: false });
  fields.add('Date of birth', childDateOfBirthText(record));
  fields.add('Age status', ageStatusText(record));
  if (child.ageStatus === 'disputed-treated-as-child') {
    fields.add('Presumption of age', 'While the age is disputed the child is treated as a child (Modern Slavery Act 2015 s.51) until a local authority age assessment decides it.', { gap: false });
  }
  fields.add('Gender', genderText(record));
  fields.add('Nationality', child.nationalities.join(', '));
  fields.add('Place of birth', joinNonEmpty([child.placeOfBirth.town, child.placeOfBirth.country], ', '));
  fields.add('Languages', child.languages.join(', '));
  fields.add('Speaks English', triLabel(child.englishSpoken));
  fields.add(
    'Interpreter',
    child.interpreter.needed === 'yes'
      ? joinNonEmpty([`Needed: ${child.interpreter.language ?? 'language not recorded'}`, child.interpreter.dialect && `dialect ${child.interpreter.dialect}`, child.interpreter.preferredGender && child.interpreter.preferredGender !== 'no-preference' ? `${child.interpreter.preferredGender} interpreter preferred` : ''], ', ')
      : triLabel(child.interpreter.needed),
  );
  fields.add('Communication needs', child.communicationNeeds, { gap: false });
  const placement = redaction.internal
    ? joinNonEmpty([child.placement.description, child.placement.address, child.placement.carer && `carer: ${child.placement.carer}`], '; ')
    : joinNonEmpty([child.placement.description, 'address and carer withheld from this version'], '; ');
  fields.add('Where the child lives now', placement);
  fields.add('Immigration status', immigrationStatusLabels[child.immigration.status]);
  fields.add('Asylum claim', triLabel(child.immigration.asylumClaim));
  fields.add('Home Office reference', child.immigration.homeOfficeReference, { gap: false });
  fields.add('School', joinNonEmpty([child.school.name, redaction.internal ? child.school.phone : ''], ', '));
  fields.add('GP', joinNonEmpty([child.gp.name, redaction.internal ? child.gp.phone : ''], ', '));
  return fields;
}

function adultsTable(record: CaseRecord, redaction: Redaction): DocumentBlockInput[] {
  const adults = record.connectedAdults;
  const blocks: DocumentBlockInput[] = [];
  if (adults.length > 0) {
    blocks.push({
      kind: 'table',
      caption: 'Adults connected to the child',
      columns: [
        { header: 'Name', weight: 2 },
        { header: 'The adult says they are', weight: 2 },
        { header: 'The child says they are', weight: 2 },
        { header: 'Evidence seen', weight: 2 },
        { header: 'Parental responsibility', weight: 1.2 },
        { header: 'Lives with the child', weight: 1.2 },
      ],
      rows: adults.map((adult) => [
        joinNonEmpty([mainName(adult.names), redaction.internal && adult.doNotShareWith ? 'DO NOT SHARE WITH' : '', redaction.internal ? joinNonEmpty([adult.contact.phone, adult.contact.address], ', ') : ''], '\n'),
        adult.relationshipClaimedByAdult ? relationshipLabels[adult.relationshipClaimedByAdult] : NOT_RECORDED,
        adult.relationshipClaimedByChild ? relationshipLabels[adult.relationshipClaimedByChild] : NOT_RECORDED,
        adult.relationshipEvidence.map((kind) => relationshipEvidenceLabels[kind]).join(', ') || NOT_RECORDED,
        triLabel(adult.parentalResponsibility),
        triLabel(adult.livesWithChild),
      ]),
    });
  } else {
    blocks.push(para('No connected adults are recorded in this version.'));
  }
  const withheld = withheldAdultsSentence(redaction.withheldAdultCount);
  if (withheld) blocks.push(para(withheld));
  const notes = adults.filter((adult) => adult.relationshipNotes.trim() !== '').map((adult) => ({ label: mainName(adult.names), value: adult.relationshipNotes }));
  if (notes.length > 0) blocks.push(h3('Notes on the relationships'), { kind: 'fields', fields: notes });
  return blocks;
}

function routeBlocks(record: CaseRecord): DocumentBlockInput[] {
  const adultsById = new Map(record.connectedAdults.map((adult) => [adult.id, mainName(adult.names)]));
  const blocks: DocumentBlockInput[] = [];
  if (record.journey.legs.length === 0) blocks.push(para('No part of the journey is recorded yet.'));
  else
    blocks.push({
      kind: 'table',
      caption: 'The route, leg by leg',
      columns: [
        { header: '#', weight: 0.4 },
        { header: 'From', weight: 2 },
        { header: 'To', weight: 2 },
        { header: 'Left', weight: 1.5 },
        { header: 'Arrived', weight: 1.5 },
        { header: 'How', weight: 1.3 },
        { header: 'With', weight: 2 },
        { header: 'Documents', weight: 2 },
      ],
      rows: record.journey.legs.map((leg, index) => [
        String(index + 1),
        joinNonEmpty([leg.from.place, leg.from.country], ', ') || 'Not known',
        joinNonEmpty([leg.to.place, leg.to.country], ', ') || 'Not known',
        leg.departed ? formatApproxDate(leg.departed) : 'Not known',
        leg.arrived ? formatApproxDate(leg.arrived) : 'Not known',
        transportLabels[leg.transport],
        joinNonEmpty([...leg.travelledWithAdultIds.map((id) => adultsById.get(id) ?? ''), leg.travelledWithOthers], '; ') || 'Not recorded',
        joinNonEmpty([travelDocumentLabels[leg.documents], leg.documentsHeldBy && `held by ${leg.documentsHeldBy}`], '; '),
      ]),
    });
  const entry = record.journey.entry;
  blocks.push({
    kind: 'fields',
    fields: [
      { label: 'Arrival in the UK', value: joinNonEmpty([entry.port, entry.date ? formatApproxDate(entry.date) : ''], ', ') },
      { label: 'Who met the child', value: entry.metBy },
    ],
  });
  return blocks;
}

/**
 * Picture sizes in drawing units, chosen for the A4 text width (about 495 pt): the drawing is scaled by about
 * three quarters, so its labels print at 8 to 10 pt.
 */
export const documentPictureSizes = {
  journeyMap: { width: 660, height: 420 },
  relationshipMap: { width: 620, height: 480 },
} as const;

/** Only the drawing data: the layouts' extra fields (projection frame, node positions) are for the screen. */
function drawingOnly(picture: Picture): Picture {
  const { width, height, title, shapes, legend, textAlternative } = picture;
  return { width, height, title, shapes, legend, textAlternative };
}

/** The journey on a map, drawn after the route table; nothing when no leg is recorded. */
function journeyMapBlocks(record: CaseRecord): DocumentBlockInput[] {
  if (record.journey.legs.length === 0) return [];
  const picture = layoutJourneyMap(record.journey, documentPictureSizes.journeyMap);
  return [{ kind: 'picture', id: 'journey-map', caption: 'Map of the journey', picture: drawingOnly(picture), printTextAlternative: true }];
}

/**
 * The child, the adults and the agencies around them. Built from the redacted record, so an adult withheld from
 * this audience is not in it; their ids are passed as well, so the picture would leave them out even if the record
 * still held them.
 */
function relationshipMapBlocks(record: CaseRecord, redaction: Redaction): DocumentBlockInput[] {
  const picture = layoutRelationshipMap(
    { child: record.child, connectedAdults: record.connectedAdults, agencies: record.agencies },
    { ...documentPictureSizes.relationshipMap, audienceExcludesAdultIds: redaction.withheldAdultIds },
  );
  return [{ kind: 'picture', id: 'relationship-map', caption: 'Relationship map: the adults and agencies around the child', picture: drawingOnly(picture), printTextAlternative: true }];
}

function indicatorsTable(redaction: Redaction): DocumentBlockInput[] {
  const outcome = redaction.assessment?.outcome;
  if (!outcome) return [para('No IMAAF assessment outcome is recorded yet, so no indicators are listed.')];
  const categories = outcome.indicatorsByCategory.filter((category) => category.items.length > 0);
  if (categories.length === 0) return [para('No indicators were recorded as present or suspected.')];
  return [
    {
      kind: 'table',
      caption: 'Indicators recorded as present (yes) or suspected, by category',
      columns: [
        { header: 'Category', weight: 2 },
        { header: 'Indicator', weight: 4 },
        { header: 'Status', weight: 1.2 },
        { header: 'Source', weight: 1.6 },
        { header: 'Note', weight: 3 },
      ],
      rows: categories.flatMap((category) =>
        category.items.map((item) => [
          category.label || indicatorCategoryLabels[category.category],
          item.label,
          item.status === 'yes' ? 'Yes' : 'Suspected',
          item.source ? informationSourceLabels[item.source] : NOT_RECORDED,
          item.note,
        ]),
      ),
    },
  ];
}

function categoryCounts(redaction: Redaction): DocumentBlockInput[] {
  const outcome = redaction.assessment?.outcome;
  if (!outcome) return [];
  return [
    {
      kind: 'table',
      caption: 'Child and setting factors: counts by category',
      columns: [
        { header: 'Category', weight: 3 },
        { header: 'Yes', weight: 0.8 },
        { header: 'Suspected', weight: 1 },
        { header: 'Key items', weight: 5 },
      ],
      rows: outcome.indicatorsByCategory.map((category) => [
        category.label || indicatorCategoryLabels[category.category],
        String(category.yes),
        String(category.suspected),
        category.items.map((item) => item.label).join('; ') || 'None recorded',
      ]),
    },
  ];
}

function adultFactorBlocks(redaction: Redaction): DocumentBlockInput[] {
  const outcome = redaction.assessment?.outcome;
  if (!outcome) return [para('No IMAAF assessment outcome is recorded yet, so no adult factors are listed.')];
  if (outcome.connectedAdultFactors.length === 0) return [para('No adult factors are recorded in this version.')];
  return outcome.connectedAdultFactors.flatMap((adult): DocumentBlockInput[] => [
    h3(`${adult.name}: ${adult.yes} yes, ${adult.suspected} suspected`),
    adult.factors.length === 0
      ? para('No factors recorded as present or suspected.')
      : {
          kind: 'table',
          columns: [
            { header: 'Factor', weight: 4 },
            { header: 'Status', weight: 1.2 },
            { header: 'Source', weight: 1.6 },
            { header: 'Note', weight: 3 },
          ],
          rows: adult.factors.map((factor) => [factor.label, factor.status === 'yes' ? 'Yes' : 'Suspected', factor.source ? informationSourceLabels[factor.source] : NOT_RECORDED, factor.note]),
        },
  ]);
}

function chronologyBlocks(redaction: Redaction): DocumentBlockInput[] {
  const entries = orderedChronology(redaction.caseRecord.chronology);
  const blocks: DocumentBlockInput[] = [];
  if (entries.length === 0) blocks.push(para('No chronology entries are recorded in this version.'));
  else
    blocks.push({
      kind: 'table',
      columns: [
        { header: 'Date', weight: 1.6 },
        { header: 'What happened', weight: 5 },
        { header: 'Kind', weight: 1.3 },
        { header: 'Source', weight: 2 },
      ],
      rows: entries.map((entry) => [
        formatApproxDate(entry.eventDate),
        entry.correctsId ? `${entry.summary}\n(Corrects an earlier entry.)` : entry.summary,
        chronologyKindLabels[entry.kind],
        entry.source || NOT_RECORDED,
      ]),
    });
  if (redaction.withheldChronologyCount > 0) blocks.push(note(withheldEntriesSentence(redaction.withheldChronologyCount)));
  return blocks;
}

const referralStatus = (answers: Answers, itemId: string) => answers.value(itemId) || NOT_RECORDED;

/** Strategy meeting preparation pack (reference 6.2). */
export function buildMeetingPack(input: DocumentInput, redaction: Redaction = redactForAudience(input.caseRecord, input.assessment, input.audience)): BuiltModel {
  const record = redaction.caseRecord;
  const answers = new Answers(redaction.assessment);
  const outcome = redaction.assessment?.outcome ?? null;
  const gaps: string[] = [];
  const blocks: DocumentBlockInput[] = [redactionNotice(redaction)];
  const take = (fields: Fields) => {
    gaps.push(...fields.gaps);
    return fields.block();
  };

  const meeting = record.strategyMeeting;
  blocks.push(h2('1. Meeting details'));
  const meetingFields = new Fields('Meeting details')
    .add('Discussion or meeting', meeting.kind ? strategyMeetingKindLabels[meeting.kind] : '')
    .add('Date and time', meetingWhenText(meeting))
    .add('Where, or how to join', meeting.place)
    .add('Chair', meeting.chair)
    .add('Invited', meeting.invited);
  // Notes are for the people at the meeting, not for a document sent to one agency.
  if (input.audience === 'internal' || input.audience === 'strategy-meeting') meetingFields.add('Notes for the meeting', meeting.notes, { gap: false });
  meetingFields.add(
    'Interpreter needed for the child',
    record.child.interpreter.needed === 'yes' ? joinNonEmpty([record.child.interpreter.language, record.child.interpreter.dialect], ', ') : triLabel(record.child.interpreter.needed),
  );
  blocks.push(take(meetingFields));

  blocks.push(h2('2. Why the meeting is needed and the immediate-danger check'));
  const danger = outcome ? { yes: 'Yes: the child may be in immediate danger', no: 'No', 'not-known': 'Not known', 'not-answered': '' }[outcome.immediateDanger] : answers.value('immediate-danger');
  blocks.push(
    take(
      new Fields('Reason and danger check')
        .add('Reason for the meeting', redaction.assessment?.professionalJudgement)
        .add('Is the child in immediate danger?', danger)
        .add('If so, has 999 been called or police protection used?', outcome?.recommendations.find((recommendation) => recommendation.id === 'call-999') ? 'The assessment recommends calling 999 first. Record here whether it was done.' : '', { gap: outcome?.immediateDanger === 'yes' }),
    ),
  );

  blocks.push(h2('3. The child'));
  blocks.push(take(childFields(record, redaction, 'The child')));
  if (redaction.internal) {
    const flagged = record.connectedAdults.filter((adult) => adult.doNotShareWith);
    if (flagged.length > 0) blocks.push(note(`The placement must not be shared with: ${flagged.map((adult) => mainName(adult.names)).join(', ')}.`, 'Placement is not to be shared', 'warning'));
  }

  blocks.push(h2('4. IMAAF summary'));
  if (!outcome) blocks.push(note('No IMAAF assessment has been completed for this case yet. The summary below uses the case record only.'));
  blocks.push(h3('Why the child is here'));
  blocks.push(
    take(
      new Fields('Why the child is here')
        .add(answers.question('why-here-child', 'Why the child came'), answers.text('why-here-child'))
        .add('In the child’s words', answers.text('why-here-child-words'))
        .add(answers.question('who-arranged', 'Who arranged the move'), answers.text('who-arranged'))
        .add(answers.question('promises-made', 'What was promised'), answers.text('promises-made')),
    ),
  );
  blocks.push(h3('Who the child is with'), ...adultsTable(record, redaction), ...relationshipMapBlocks(record, redaction));
  blocks.push(h3('The route'), ...routeBlocks(record), ...journeyMapBlocks(record));
  blocks.push(h3('Situation in the home country'));
  blocks.push(
    take(
      new Fields('Home country')
        .add('Household', record.homeSituation.household)
        .add('Carers', record.homeSituation.carers)
        .add('School', record.homeSituation.school)
        .add('Work', record.homeSituation.work)
        .add('Known to child protection there', joinNonEmpty([triLabel(record.homeSituation.knownToChildProtection), record.homeSituation.childProtectionDetails], '. ')),
    ),
  );
  blocks.push(h3('Child factors and adult factors'), ...categoryCounts(redaction));

  blocks.push(h2('5. Each adult’s factors'), ...adultFactorBlocks(redaction));
  blocks.push(h2('6. Indicators by category'), ...indicatorsTable(redaction));
  blocks.push(h2('7. Chronology'), ...chronologyBlocks(redaction));

  blocks.push(h2('8. The child’s voice'));
  blocks.push(
    take(
      new Fields('The child’s voice')
        .add('What the child said, in their own words', answers.text('childs-own-words'))
        .add('What the child wants and expects now', answers.text('expectations-now'))
        .add('Fears', joinNonEmpty([answers.value('fears-being-returned') && `Afraid of being sent back: ${answers.value('fears-being-returned')}`, answers.value('threats-to-self-or-family') && `Threats to them or their family: ${answers.value('threats-to-self-or-family')}`, answers.value('juju-or-witchcraft-fears') && `Fear of rituals: ${answers.value('juju-or-witchcraft-fears')}`], '\n'))
        .add('Barriers to telling', joinNonEmpty([answers.value('distrusts-authorities') && `Afraid of people in authority: ${answers.value('distrusts-authorities')}`, answers.value('does-not-see-self-as-victim') && `Does not see themselves as a victim: ${answers.value('does-not-see-self-as-victim')}`, answers.value('memory-gaps') && `Gaps in memory: ${answers.value('memory-gaps')}`], '\n'))
        .add('Who has spoken with the child, and how', joinNonEmpty([answers.text('session-place'), answers.value('spoken-alone') && `Spoken to alone: ${answers.value('spoken-alone')}`, answers.text('people-present') && `Present: ${answers.text('people-present')}`, answers.text('interpreter-language') && `Interpreter: ${answers.text('interpreter-language')}`], '\n')),
    ),
  );

  blocks.push(h2('9. Exploitation'));
  const types = answers.list('exploitation-types').map((type) => exploitationTypeLabels[type as ExploitationType] ?? type);
  const typesToExplore = outcome?.exploitationTypesToExplore.map((type) => exploitationTypeLabels[type]) ?? [];
  blocks.push(
    take(
      new Fields('Exploitation')
        .add('Types of exploitation', types.join('\n'))
        .add('Types to explore further', typesToExplore.join('\n'), { gap: false })
        .add('Still in the exploitative situation', answers.text('still-in-situation'))
        .add('Last contact with the exploiters', answers.text('last-contact-with-exploiters'))
        .add('Risk of being exploited again', answers.text('re-exploitation-risk'))
        .add('Risk of going missing (missing episodes so far)', answers.text('missing-episodes')),
    ),
  );

  blocks.push(h2('10. Referrals and their status'));
  const police = policeAgency(record);
  blocks.push({
    kind: 'table',
    columns: [
      { header: 'Referral', weight: 2.5 },
      { header: 'Status', weight: 2 },
      { header: 'Details', weight: 4 },
    ],
    rows: [
      ['Children’s services (MARF / MASH)', referralStatus(answers, 'marf-made'), ''],
      ['Strategy discussion asked for', referralStatus(answers, 'strategy-discussion-requested'), ''],
      ['National Referral Mechanism (NRM)', referralStatus(answers, 'nrm-referral-made'), joinNonEmpty([answers.text('first-responder') && `First responder: ${answers.text('first-responder')}`, answers.value('nrm-conclusive-decision') && `Conclusive grounds decision: ${answers.value('nrm-conclusive-decision')}`], '\n')],
      ['Independent Child Trafficking Guardian', referralStatus(answers, 'guardian-referral-made'), ''],
      ['Age assessment', referralStatus(answers, 'age-assessment-requested'), ageStatusText(record)],
      ['Asylum or immigration', triLabel(record.child.immigration.asylumClaim), joinNonEmpty([immigrationStatusLabels[record.child.immigration.status], record.child.immigration.homeOfficeReference], '; ')],
      ['Police', police?.reference ? 'Crime reference recorded' : NOT_RECORDED, police ? joinNonEmpty([police.name, police.reference], ': ') : ''],
    ],
  });

  blocks.push(h2('11. Agencies involved'));
  if (record.agencies.length === 0) {
    gaps.push('Agencies: no agencies recorded');
    blocks.push(para('No agencies are recorded yet.'));
  } else {
    blocks.push({
      kind: 'table',
      columns: [
        { header: 'Agency', weight: 2 },
        { header: 'Role', weight: 3 },
        { header: 'Country', weight: 1.4 },
        { header: 'Contact', weight: 3 },
        { header: 'Reference', weight: 1.5 },
      ],
      rows: record.agencies.map((agency) => [agency.name, agency.role, agency.country ?? '', joinNonEmpty([agency.contactName, agency.phone, agency.email], '\n'), agency.reference]),
    });
  }
  blocks.push(h3('Cross-border actions'));
  const crossBorderActions = outcome?.recommendations.filter((recommendation) => recommendation.kind === 'agency' || recommendation.kind === 'notification') ?? [];
  const cautions = outcome?.recommendations.filter((recommendation) => recommendation.kind === 'caution') ?? [];
  if (crossBorderActions.length > 0) {
    blocks.push({
      kind: 'table',
      columns: [
        { header: 'Proposed action', weight: 3 },
        { header: 'Reasons for', weight: 4 },
        { header: 'Reasons against, and cautions', weight: 4 },
      ],
      rows: crossBorderActions.map((action) => [action.title, action.reason, cautions.map((caution) => `${caution.title}: ${caution.reason}`).join('\n') || 'None recorded']),
    });
  }
  blocks.push(
    take(
      new Fields('Cross-border actions')
        .add('Why the case crosses borders', outcome?.crossBorder.reasons.join('\n'), { gap: false })
        .add('The worker’s reasons for or against enquiries abroad (CFAB, ICACU, the embassy)', answers.text('cross-border-reasons')),
    ),
  );

  blocks.push(h2('12. Information-sharing decisions'));
  const flagged = record.connectedAdults.filter((adult) => adult.doNotInform || adult.doNotShareWith);
  const sharingRows = flagged.map((adult) => [
    mainName(adult.names),
    [adult.doNotInform ? 'Not to be told about referrals or plans' : '', adult.doNotShareWith ? 'Nothing about the child’s placement, contacts or plans to be shared' : ''].filter(Boolean).join('\n'),
    adult.flagReason || NOT_RECORDED,
  ]);
  if (!redaction.internal && redaction.withheldAdultCount > 0) sharingRows.push([redaction.withheldAdultCount === 1 ? 'One adult (withheld)' : `${redaction.withheldAdultCount} adults (withheld)`, 'Nothing about the child to be shared; details left out of this version', 'Held by the lead worker']);
  if (sharingRows.length > 0) {
    blocks.push({ kind: 'table', columns: [{ header: 'Who', weight: 2 }, { header: 'Decision', weight: 3 }, { header: 'Why', weight: 4 }], rows: sharingRows });
  } else {
    blocks.push(para('No adult is marked “do not inform” or “do not share with”.'));
  }
  blocks.push(
    take(
      new Fields('Information sharing')
        .add('Lawful basis for sharing', '', { gap: false })
        .add('Record at the meeting', 'What may not be disclosed, to whom and why; the lawful basis agreed (reference: UK GDPR Article 6 and, for special category data, DPA 2018 Schedule 1); who was told what.', { gap: false }),
    ),
  );

  blocks.push(h2('13. Questions for the meeting and proposed actions'));
  const actions = (outcome?.recommendations ?? []).map((recommendation) => [String(recommendation.priority), recommendation.title, recommendation.reason, recommendation.urgency.replace(/-/g, ' '), '', '']);
  const standard: Array<[string, string]> = [
    ['Agree a safety plan and a missing-person plan from the outset', 'Children who may have been trafficked are at high risk of going missing quickly, often within the first 72 hours.'],
    ['Decide whether to start section 47 enquiries, and plan them', 'The meeting decides this and who does what, and when.'],
    ['Agree who is the NRM first responder and who makes the ICTG referral', 'A strategy discussion can decide which professional refers.'],
    ['Agree what the child and each adult will be told, when and by whom', 'Telling some adults could increase the risk to the child.'],
  ];
  for (const [title, reason] of standard) if (!actions.some((row) => row[1] === title)) actions.push([String(actions.length + 1), title, reason, 'at the meeting', '', '']);
  blocks.push({
    kind: 'table',
    caption: 'Proposed actions (owners and deadlines to be agreed at the meeting)',
    columns: [
      { header: '#', weight: 0.4 },
      { header: 'Action', weight: 3 },
      { header: 'Why', weight: 4 },
      { header: 'When', weight: 1.2 },
      { header: 'Owner', weight: 1.6 },
      { header: 'Deadline', weight: 1.3 },
    ],
    rows: actions,
  });
  const questions = outcome?.informationGaps ?? [];
  if (questions.length > 0) {
    blocks.push({
      kind: 'table',
      caption: 'Questions still open (information gaps)',
      columns: [
        { header: 'Question', weight: 4 },
        { header: 'How to find out', weight: 4 },
      ],
      rows: questions.map((gap) => [gap.question, gap.suggestion]),
    });
  }

  return { model: baseModel(input, redaction, documentTypeLabels['meeting-pack'], blocks, outcome !== null), gaps };
}

/** The IMAAF assessment report. Without an assessment it says so and lists the assessment as the gap. */
export function buildImaafReport(input: DocumentInput, redaction: Redaction = redactForAudience(input.caseRecord, input.assessment, input.audience)): BuiltModel {
  const record = redaction.caseRecord;
  const assessment = redaction.assessment;
  const outcome = assessment?.outcome ?? null;
  const gaps: string[] = [];
  const blocks: DocumentBlockInput[] = [redactionNotice(redaction)];
  if (!assessment || !outcome) {
    gaps.push('IMAAF assessment: no completed assessment with an outcome');
    blocks.push(note('No IMAAF assessment has been completed for this case yet. Complete the assessment to produce this report.', 'No assessment', 'warning'));
    return { model: baseModel(input, redaction, documentTypeLabels['imaaf-report'], blocks, false), gaps };
  }
  const about = new Fields('Assessment')
    .add('Child', mainName(record.child.names))
    .add('Framework', joinNonEmpty([assessment.frameworkId ?? outcome.frameworkId, `version ${assessment.frameworkVersion ?? outcome.frameworkVersion}`], ', '))
    .add('Status', assessment.status === 'completed' ? 'Completed' : assessment.status === 'draft' ? 'Draft: not yet completed' : (assessment.status ?? ''), { gap: false })
    .add('Completed', joinNonEmpty([assessment.completedAt ? assessment.completedAt.slice(0, 10) : '', assessment.completedBy ? `by ${assessment.completedBy}` : ''], ' '))
    .add('Age', joinNonEmpty([outcome.age.treatedAsChild ? 'Treated as a child' : 'Treated as an adult', outcome.age.basis], '. '))
    .add('Immediate danger', { yes: 'Yes', no: 'No', 'not-known': 'Not known', 'not-answered': 'Not answered' }[outcome.immediateDanger])
    .add('Crosses borders', outcome.crossBorder.present ? joinNonEmpty(['Yes', ...outcome.crossBorder.reasons], '. ') : 'No');
  gaps.push(...about.gaps);
  blocks.push(h2('About this assessment'), about.block());
  blocks.push(
    h2('Recommended actions'),
    {
      kind: 'table',
      columns: [
        { header: '#', weight: 0.4 },
        { header: 'Action', weight: 3 },
        { header: 'Why', weight: 5 },
        { header: 'When', weight: 1.2 },
      ],
      rows: outcome.recommendations.map((recommendation) => [String(recommendation.priority), recommendation.title, recommendation.reason, recommendation.urgency.replace(/-/g, ' ')]),
    },
    h2('Indicators by category'),
    ...categoryCounts(redaction),
    ...indicatorsTable(redaction),
    h2('Each adult’s factors'),
    ...adultFactorBlocks(redaction),
  );
  if (outcome.exploitationTypesToExplore.length > 0) {
    blocks.push(h2('Types of exploitation to explore'), para(outcome.exploitationTypesToExplore.map((type) => exploitationTypeLabels[type]).join('\n')));
  }
  blocks.push(h2('Differences between accounts'));
  if (outcome.differences.length === 0) blocks.push(para('No differences between accounts were found in this version.'));
  else
    blocks.push({
      kind: 'table',
      columns: [
        { header: 'Topic', weight: 2 },
        { header: 'The child’s account', weight: 3 },
        { header: 'The adult’s account', weight: 3 },
        { header: 'Remember', weight: 3 },
      ],
      rows: outcome.differences.map((difference) => [joinNonEmpty([difference.topic, difference.connectedAdultName], ': '), difference.childAccount, difference.adultAccount, difference.reminder]),
    });
  blocks.push(h2('Information gaps'));
  if (outcome.informationGaps.length === 0) blocks.push(para('No information gaps are recorded.'));
  else
    blocks.push({
      kind: 'table',
      columns: [
        { header: 'Question', weight: 4 },
        { header: 'How to find out', weight: 4 },
      ],
      rows: outcome.informationGaps.map((gap) => [gap.question, gap.suggestion]),
    });
  const judgement = new Fields('Professional judgement').add('Professional judgement', assessment.professionalJudgement);
  gaps.push(...judgement.gaps);
  blocks.push(h2('Professional judgement'), judgement.block());
  blocks.push(h2('Notes'), ...outcome.notes.map((item) => para(item.text)));
  return { model: baseModel(input, redaction, documentTypeLabels['imaaf-report'], blocks, true), gaps };
}

/** A short sheet for the child, in plain words, read with them (with an interpreter where needed). */
export function buildChildInformationSheet(input: DocumentInput, redaction: Redaction = redactForAudience(input.caseRecord, input.assessment, input.audience)): BuiltModel {
  const record = redaction.caseRecord;
  const gaps: string[] = [];
  const child = record.child;
  const given = (child.names.find((name) => name.type === 'main')?.given ?? '').trim() || mainName(child.names);
  const council = record.localAuthority ?? '';
  if (!council) gaps.push('Information sheet: the local authority');
  if (child.interpreter.needed === 'yes' && !child.interpreter.language) gaps.push('Information sheet: the interpreter’s language');
  const interpreter =
    child.interpreter.needed === 'yes'
      ? `${record.leadWorker} will go through this sheet with you with an interpreter${child.interpreter.language ? ` who speaks ${child.interpreter.language}` : ''}. You can ask questions at any time.`
      : `${record.leadWorker} will go through this sheet with you. You can ask questions at any time.`;
  const blocks: DocumentBlockInput[] = [
    para(`For ${given}`),
    para(interpreter),
    h2('Why you are getting this sheet'),
    para(
      `We are worried that someone may have moved you, or made you work or do things, so that they could get something out of it. That is not your fault, and you have done nothing wrong. We want to keep you safe and get you the right help. To do that, we are telling ${council ? `${council} children’s services` : 'children’s services'} and other people whose job is to help children.`,
    ),
    h2('What is the NRM?'),
    para(
      'The NRM (National Referral Mechanism) is the way the UK finds out if a young person has been trafficked or exploited, and makes sure they get support. Because you are under 18, or may be, we do not need to ask you to agree before we make the referral. We will tell you when it has been made.',
    ),
    h2('What happens next'),
    para(
      [
        'Some people who help children will meet to plan how to keep you safe.',
        'People at the Home Office will read the referral and decide about it. This can take some time. We will tell you what they decide.',
        'You may be given an Independent Child Trafficking Guardian: a person whose job is to be on your side and help you understand what is happening.',
        'You will keep getting help while the decision is made.',
      ].join('\n'),
    ),
    h2('How we will use your information'),
    para(
      'We write down what you tell us and keep it safely. We only share it with people who need it to keep you safe or to help you, such as social workers, the police, doctors and the Home Office. We will not tell the people you are afraid of where you live. If you want to know what we have written about you, you can ask.',
    ),
    h2('If you are scared or in danger'),
    para('Call 999 if you are in danger now. You can also talk to Childline for free on 0800 1111, any time of day or night.'),
    { kind: 'fields', fields: [{ label: 'Your worker', value: joinNonEmpty([record.leadWorker, council], ', ') }] },
  ];
  return { model: baseModel(input, redaction, documentTypeLabels['child-information-sheet'], blocks, false), gaps };
}

