import { exampleCase } from '../../../domain/case/example';
import { emptyConnectedAdult } from '../../../domain/case/defaults';
import type { CaseRecord, ChronologyEntry } from '../../../domain/case/schemas';
import type { DocumentAssessment, DocumentInput } from '../../../domain/documents';
import type { DocumentAudience } from '../../../domain/documents/model';
import { computeOutcome, defaultFramework, type Answer, type AssessmentAnswers } from '../../../domain/imaaf';

/**
 * A full fictional case for the document tests: the example case, extended with names in Vietnamese, Greek, Cyrillic,
 * Arabic and Tigrinya, an adult flagged "do not share with" (with a Latin-script alias so its name can also be searched
 * for in decoded content streams), contact details on every adult, and a completed assessment whose professional
 * judgement is a 15,000-character account.
 */

export const GENERATED_AT = '2026-03-20T10:00:00.000Z';
export const GENERATED_BY = 'Sam Patel';

export const names = {
  childGiven: 'Thị Mai',
  childFamily: 'Trần',
  tigrinyaAlias: 'ሰላም ተስፋይ',
  greekAdult: 'Ελένη Παπαδοπούλου',
  arabicAdult: 'فاطمة الزهراء',
  /** The adult flagged "do not share with". */
  withheldCyrillic: 'Олег Смирнов',
  withheldLatin: 'Oleg Smirnov',
  ictgContact: 'Selam Tesfay',
};

/** Values no audience except the internal record may see. */
export const withheld = {
  placementAddress: '14 Example Close, Exampletown EX1 2MP (fictional)',
  placementCarer: 'Example foster carer',
  withheldAdultPhone: '07700 900999',
  withheldAdultAddress: 'Flat 9, Hidden Court, Sampleford',
  sharedAdultPhone: '07700 900111',
};

let counter = 0;
const fixedId = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;

/** About 15,000 characters of account, every sentence numbered so none can be lost unnoticed. */
export function longAccount(length = 15_000): string {
  const sentences = [
    'Mai said the man she calls the driver promised her work in a nail bar and paid for the journey.',
    'She was told the debt would grow each week she did not work, and that her grandmother would be told.',
    'Ελένη from the café gave her food twice; Олена, another girl, slept in the same room.',
    'She was kept in the flat and only taken out at night to the place where the plants were grown.',
  ];
  let account = '';
  for (let index = 0; account.length < length; index += 1) account += `${index}. ${sentences[index % sentences.length]} `;
  return account.slice(0, length).trimEnd();
}

export function fullCase(options: { chronologyEntries?: number } = {}): CaseRecord {
  const { sections, chronology } = exampleCase(fixedId, 'CR-2026-0042');
  const caseId = fixedId();
  const [aunt, driver] = sections.connectedAdults;
  const withheldAdultId = fixedId();
  const greekId = fixedId();
  const arabicId = fixedId();
  const record: CaseRecord = {
    ...sections,
    id: caseId,
    isExample: false,
    openedAt: '2026-03-04T09:00:00.000Z',
    updatedAt: '2026-03-19T09:00:00.000Z',
    revision: 3,
    leadWorker: 'Sam Patel',
    child: {
      ...sections.child,
      names: [...sections.child.names, { given: 'ሰላም', family: 'ተስፋይ', type: 'other-spelling' }],
      placement: { description: 'Emergency foster placement', address: withheld.placementAddress, carer: withheld.placementCarer },
      school: { name: 'Exampletown Academy', phone: '01234 500600', email: 'office@example.invalid', address: '1 School Lane, Exampletown' },
      gp: { name: 'Exampletown Surgery', phone: '01234 500700', email: '', address: '2 Surgery Road, Exampletown' },
    },
    connectedAdults: [
      { ...aunt!, contact: { phone: withheld.sharedAdultPhone, address: '22 Sample Road, Sampleford' } },
      driver!,
      {
        ...emptyConnectedAdult(withheldAdultId),
        names: [
          { given: 'Олег', family: 'Смирнов', type: 'main' },
          { given: 'Oleg', family: 'Smirnov', type: 'other-spelling' },
        ],
        gender: 'male',
        nationality: 'Russian',
        relationshipClaimedByAdult: 'employer',
        relationshipClaimedByChild: 'agent',
        relationshipEvidence: ['none-seen'],
        parentalResponsibility: 'no',
        livesWithChild: 'no',
        doNotInform: true,
        doNotShareWith: true,
        flagReason: 'Police believe he runs the cannabis grow where Mai was found.',
        contact: { phone: withheld.withheldAdultPhone, address: withheld.withheldAdultAddress },
      },
      {
        ...emptyConnectedAdult(greekId),
        names: [{ given: 'Ελένη', family: 'Παπαδοπούλου', type: 'main' }],
        gender: 'female',
        nationality: 'Greek',
        relationshipClaimedByAdult: 'family-friend',
        relationshipClaimedByChild: 'family-friend',
        relationshipEvidence: ['none-seen'],
        parentalResponsibility: 'no',
        livesWithChild: 'no',
        contact: { phone: '07700 900222', address: '' },
      },
      {
        ...emptyConnectedAdult(arabicId),
        names: [{ given: 'فاطمة', family: 'الزهراء', type: 'main' }],
        gender: 'female',
        nationality: 'Syrian',
        relationshipClaimedByAdult: 'other',
        relationshipClaimedByChild: 'family-friend',
        relationshipEvidence: ['none-seen'],
        parentalResponsibility: 'no',
        livesWithChild: 'no',
      },
    ],
    agencies: [
      ...sections.agencies,
      { id: fixedId(), name: 'Independent Child Trafficking Guardian service', role: 'Guardian for Mai', country: 'United Kingdom', contactName: `${names.ictgContact} (ሰላም ተስፋይ)`, phone: '0800 043 4303', email: '', reference: 'ICTG-0042', notes: '' },
    ],
    strategyMeeting: {
      ...sections.strategyMeeting,
      chair: 'Priya Shah, team manager',
      invited: `${sections.strategyMeeting.invited}\n${names.ictgContact}, Independent Child Trafficking Guardian`,
      // The flagged adult named in free text: every audience but the internal record must lose the name.
      notes: `Mai is not to be told where the meeting is held; ${names.withheldCyrillic} must not learn of it.`,
    },
    chronology: [],
  };
  const entries: ChronologyEntry[] = [];
  for (const { correctsIndex, ...entry } of chronology) {
    entries.push({
      ...entry,
      id: fixedId(),
      caseId,
      sequence: entries.length + 1,
      recordedAt: '2026-03-19T09:00:00.000Z',
      recordedBy: 'Sam Patel',
      correctsId: correctsIndex === undefined ? null : (entries[correctsIndex]?.id ?? null),
    });
  }
  entries.push({
    id: fixedId(),
    caseId,
    sequence: entries.length + 1,
    eventDate: { kind: 'date', date: '2026-03-15', approximate: false },
    kind: 'exploitation',
    summary: 'Police found Mai at a house used to grow cannabis. Олег Смирнов was arrested there.',
    source: 'Kent Police',
    recordedAt: '2026-03-19T09:00:00.000Z',
    recordedBy: 'Sam Patel',
    correctsId: null,
  });
  for (let index = 0; index < (options.chronologyEntries ?? 0); index += 1) {
    entries.push({
      id: fixedId(),
      caseId,
      sequence: entries.length + 1,
      eventDate: { kind: 'date', date: `2025-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}`, approximate: index % 3 === 0 },
      kind: (['journey', 'agency-contact', 'disclosure', 'meeting', 'other'] as const)[index % 5]!,
      summary: `Entry ${index + 1}: a visit, call or disclosure recorded during the case, with enough words to wrap onto a second line of the table.`,
      source: index % 2 ? 'Mai, with an interpreter' : 'School nurse',
      recordedAt: '2026-03-19T09:00:00.000Z',
      recordedBy: 'Sam Patel',
      correctsId: null,
    });
  }
  record.chronology = entries;
  return record;
}

function answer(value: Answer['value'], note = '', source: Answer['source'] = 'child'): Answer {
  return { value, unknown: false, note, source, recordedAt: '2026-03-18T10:00:00.000Z' };
}

export function fullAssessment(record: CaseRecord, judgement = longAccount()): DocumentAssessment {
  const withheldAdult = record.connectedAdults.find((adult) => adult.doNotShareWith && adult.names[0]?.given === 'Олег');
  const answers: AssessmentAnswers = {
    frameworkId: defaultFramework.id,
    frameworkVersion: defaultFramework.version,
    items: {
      'childs-own-words': answer('Tôi muốn đi học. I want to go to school and I do not want to go back to the flat.'),
      'expectations-now': answer('To stay with the foster carer and go to school.'),
      'exploitation-types': answer(['forced-to-commit-crime', 'unpaid-household-work']),
      'cannot-leave': answer('yes', 'Locked in the flat during the day.'),
      'documents-held-by-someone-else': answer('yes', 'Her passport was taken at Dover.'),
      'fears-being-returned': answer('yes'),
      'still-in-situation': answer('no', '', 'observation'),
      're-exploitation-risk': answer('suspected', '', 'observation'),
      'cross-border-reasons': answer('Against contacting the family through the embassy for now: the family may owe the debt.', '', 'observation'),
      'nrm-referral-made': answer('no', '', 'document'),
    },
    connectedAdults: withheldAdult
      ? { [withheldAdult.id]: { 'adult-holds-documents-or-money': answer('yes', 'Олег Смирнов keeps her passport.', 'child') } }
      : {},
  };
  const outcome = computeOutcome(record, answers, defaultFramework, {
    organisation: { name: 'Example Council', procedureName: 'Child protection procedure', contact: 'Safeguarding lead' },
    today: '2026-03-20',
  });
  return {
    frameworkId: defaultFramework.id,
    frameworkVersion: defaultFramework.version,
    status: 'completed',
    completedAt: '2026-03-19T16:00:00.000Z',
    completedBy: 'Sam Patel',
    professionalJudgement: judgement,
    answers,
    outcome,
  };
}

export function documentInput(record: CaseRecord, audience: DocumentAudience, assessment: DocumentAssessment | null = fullAssessment(record)): DocumentInput {
  return {
    caseRecord: record,
    assessment,
    audience,
    ...(audience === 'named-agency' ? { agencyName: 'Exampletown Refugee Support' } : {}),
    generatedBy: GENERATED_BY,
    generatedAt: GENERATED_AT,
    referrer: { name: 'Sam Patel', role: 'Social worker', organisation: 'Example Council', phone: '01234 500800', email: 'sam.patel@example.invalid' },
  };
}
