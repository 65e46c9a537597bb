import { immigrationStatusLabels, strategyMeetingKindLabels } from '../../case/schemas';
import { crossBorderActionIds, crossBorderCautionIds, exploitationTypeLabels, isAdultFactorAction, type ExploitationType } from '../../imaaf';
import { documentTypeLabels, type DocumentInput } from '../catalogue';
import { triStateLabel } from '../../case/vocabulary';
import { Answers, NOT_RECORDED, ageStatusText, joinNonEmpty, mainName, meetingWhenText } from '../content';
import type { DocumentBlockInput } from '../model';
import { redactForAudience, type Redaction } from '../redaction';
import { actionStatusLabels, dueDateText } from '../../plan/actions';
import { policeAgency } from '../view';
import { Fields, baseModel, h2, h3, note, para, redactionNotice, type BuiltModel } from './blocks';
import { adultsTable, childFields, chronologyBlocks, routeBlocks } from './case-blocks';
import { adultFactorBlocks, categoryCounts, indicatorsTable } from './outcome-blocks';
import { journeyMapBlocks, relationshipMapBlocks } from './picture-blocks';

const referralStatus = (answers: Answers, itemId: string) => answers.value(itemId) || NOT_RECORDED;

/** Strategy meeting preparation pack (reference 6.2). */
export function buildMeetingPack(input: DocumentInput, redaction: Redaction = redactForAudience(input.caseRecord, input.assessment, input.audience, input.sharing)): BuiltModel {
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
    record.child.interpreter.needed === 'yes' ? joinNonEmpty([record.child.interpreter.language, record.child.interpreter.dialect], ', ') : triStateLabel(record.child.interpreter.needed),
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
        .add('Known to child protection there', joinNonEmpty([triStateLabel(record.homeSituation.knownToChildProtection), record.homeSituation.childProtectionDetails], '. ')),
    ),
  );
  blocks.push(h3('Child factors and adult factors'), ...categoryCounts(redaction));

  blocks.push(h2('5. Each adult’s factors'), ...adultFactorBlocks(redaction));
  // What the worker answered about an adult becomes an action naming them (issue 11, class 9).
  const adultActions = outcome?.recommendations.filter((recommendation) => isAdultFactorAction(recommendation.id)) ?? [];
  if (adultActions.length > 0) {
    blocks.push({
      kind: 'table',
      caption: 'Actions about these adults',
      columns: [
        { header: 'Action', weight: 3 },
        { header: 'Why', weight: 5 },
      ],
      rows: adultActions.map((action) => [action.title, action.reason]),
    });
  }
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
      ['Asylum or immigration', triStateLabel(record.child.immigration.asylumClaim), joinNonEmpty([immigrationStatusLabels[record.child.immigration.status], record.child.immigration.homeOfficeReference], '; ')],
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
  // Cross-border actions only (issue 11, class 10); each caution is shown once, above the actions it applies to.
  const crossBorderActions = outcome?.recommendations.filter((recommendation) => (crossBorderActionIds as readonly string[]).includes(recommendation.id)) ?? [];
  const cautions = outcome?.recommendations.filter((recommendation) => (crossBorderCautionIds as readonly string[]).includes(recommendation.id)) ?? [];
  for (const caution of cautions) blocks.push(note(caution.reason, caution.title, 'warning'));
  if (crossBorderActions.length > 0) {
    blocks.push({
      kind: 'table',
      columns: [
        { header: 'Proposed action', weight: 3 },
        { header: 'Reasons for', weight: 5 },
        { header: 'Reasons against', weight: 3 },
      ],
      rows: crossBorderActions.map((action) => [action.title, action.reason, cautions.length > 0 ? 'See the caution above' : 'None recorded']),
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
  // Actions the worker has recorded, with their owners (decision 17); the remaining recommendations follow, to agree.
  const recorded = (input.actions ?? []).filter((action) => action.status !== 'not-needed');
  if (recorded.length > 0) {
    blocks.push({
      kind: 'table',
      caption: 'Proposed actions with owners',
      columns: [
        { header: '#', weight: 0.4 },
        { header: 'Action', weight: 3.4 },
        { header: 'Owner', weight: 2 },
        { header: 'Due', weight: 1.4 },
        { header: 'Status', weight: 1.6 },
      ],
      rows: recorded.map((action, index) => [
        String(index + 1),
        redaction.scrub(action.title),
        redaction.scrub(action.owner?.name ?? NOT_RECORDED),
        dueDateText(action.due),
        `${actionStatusLabels[action.status]}${action.agreedAtMeeting ? ' (agreed at the strategy discussion)' : ''}`,
      ]),
    });
  }
  const settled = new Set((input.actions ?? []).map((action) => action.recommendationId).filter((id): id is string => id !== null));
  const actions = (outcome?.recommendations ?? []).filter((recommendation) => !settled.has(recommendation.id)).map((recommendation) => [String(recommendation.priority), recommendation.title, recommendation.reason, recommendation.urgency.replace(/-/g, ' '), '', '']);
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
