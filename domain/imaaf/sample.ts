import { emptyStrategyMeeting } from '../case/defaults';
import type { CaseRecord, ConnectedAdult } from '../case/schemas';
import type { Answer, AssessmentAnswers } from './answers';
import { defaultFramework } from './framework';
import { indexFramework, type Framework, type FrameworkItem } from './framework/schema';
import type { ImaafSettingsInput } from './rules/settings';

/**
 * A made-up case (no real person) with five connected adults and every IMAAF item answered: the heaviest ordinary
 * input for `computeOutcome`. For benchmarks and demonstrations only.
 */
export function sampleOutcomeInput(framework: Framework = defaultFramework): {
  caseRecord: CaseRecord;
  answers: AssessmentAnswers;
  framework: Framework;
  settings: ImaafSettingsInput;
} {
  const at = '2026-11-30T10:00:00.000Z';
  const contact = { name: '', phone: '', email: '', address: '' };
  const adults: ConnectedAdult[] = [0, 1, 2, 3, 4].map((n) => ({
    id: `00000000-0000-4000-8000-00000000000${n + 1}`,
    names: [{ given: `Example${n + 1}`, family: 'Adult', type: 'main' }],
    dateOfBirth: { kind: 'year', year: 1980 + n, approximate: true },
    gender: n % 2 ? 'female' : 'male',
    nationality: 'Romanian',
    relationshipClaimedByAdult: n === 0 ? 'aunt-or-uncle' : 'family-friend',
    relationshipClaimedByChild: n === 0 ? 'family-friend' : 'not-known',
    relationshipEvidence: ['none-seen'],
    relationshipNotes: '',
    parentalResponsibility: 'no',
    livesWithChild: n === 0 ? 'yes' : 'no',
    privateFostering: 'unknown',
    doNotInform: n === 0,
    doNotShareWith: n === 0,
    flagReason: '',
    contact: { phone: '', address: '' },
    notes: '',
  }));
  const caseRecord: CaseRecord = {
    id: '00000000-0000-4000-8000-000000000100',
    reference: 'EXAMPLE-1',
    status: 'open',
    jurisdiction: 'England',
    localAuthority: null,
    leadWorker: 'Example worker',
    child: {
      names: [{ given: 'Example', family: 'Child', type: 'main' }],
      dateOfBirth: { claimed: { kind: 'year', year: 2010, approximate: true }, documented: null, documentNote: '', assessed: null },
      ageStatus: 'disputed-treated-as-child',
      gender: 'female',
      nationalities: ['Romanian'],
      placeOfBirth: { country: 'Romania', town: '' },
      languages: ['Romanian'],
      englishSpoken: 'no',
      interpreter: { needed: 'yes', language: 'Romanian', dialect: '', preferredGender: 'female' },
      communicationNeeds: '',
      immigration: { status: 'not-known', asylumClaim: 'unknown', homeOfficeReference: '', notes: '' },
      placement: { description: '', address: '', carer: '' },
      school: contact,
      gp: contact,
    },
    connectedAdults: adults,
    journey: {
      legs: [
        {
          id: '00000000-0000-4000-8000-000000000200',
          from: { country: 'Romania', place: '' },
          to: { country: 'United Kingdom', place: '' },
          departed: null,
          arrived: null,
          transport: 'coach-or-bus',
          travelledWithAdultIds: [],
          travelledWithOthers: '',
          documents: 'someone-elses',
          documentsHeldBy: '',
          notes: '',
        },
      ],
      entry: { port: '', date: null, metBy: '', canNameMeeter: 'unknown' },
    },
    homeSituation: { household: '', carers: '', school: '', work: '', knownToChildProtection: 'unknown', childProtectionDetails: '' },
    agencies: [],
    nrm: { answers: {}, accepted: {} },
    strategyMeeting: emptyStrategyMeeting(),
    isExample: true,
    openedAt: at,
    updatedAt: at,
    revision: 1,
    chronology: [],
  };
  const index = indexFramework(framework);
  const answerFor = (item: FrameworkItem, n: number): Answer => ({
    value: sampleValue(item, n),
    unknown: false,
    note: '',
    source: item.allowedSources[0] ?? null,
    recordedAt: at,
  });
  const answers: AssessmentAnswers = { frameworkId: framework.id, frameworkVersion: framework.version, items: {}, connectedAdults: {} };
  index.onceItems.forEach((item, n) => (answers.items[item.id] = answerFor(item, n)));
  // Danger flagged, so the heaviest path (999 first) is exercised.
  const danger = index.byRole.get('immediate-danger');
  if (danger) answers.items[danger.id] = { ...answerFor(danger, 0), value: 'yes' };
  for (const adult of adults) {
    const block: Record<string, Answer> = {};
    index.adultItems.forEach((item, n) => (block[item.id] = answerFor(item, n)));
    answers.connectedAdults[adult.id] = block;
  }
  return {
    caseRecord,
    answers,
    framework,
    settings: { organisation: { name: 'Example Council', procedureName: 'Child protection procedure', contact: 'Safeguarding lead' }, today: '2026-11-30' },
  };
}

function sampleValue(item: FrameworkItem, n: number): Answer['value'] {
  switch (item.answerType) {
    case 'tri':
      return n % 3 === 0 ? 'no' : 'yes';
    case 'ysn':
      return (['yes', 'suspected', 'no', 'not-assessed'] as const)[n % 4] ?? 'no';
    case 'approx-date':
      return { kind: 'month', year: 2025, month: 3, approximate: true };
    case 'country':
      return 'Romania';
    case 'choice':
      return item.options?.[n % item.options.length]?.value ?? '';
    case 'multi-choice':
      return (item.options ?? []).slice(0, 2).map((option) => option.value);
    case 'text':
      return 'Recorded during the visit.';
  }
}
