import { emptyConnectedAdult, emptyStrategyMeeting } from '../../../domain/case/defaults';
import type { ApproxDate } from '../../../domain/case/approx-date';
import type { CaseRecord, ConnectedAdult } from '../../../domain/case/schemas';
import {
  computeOutcome,
  defaultFramework,
  type Answer,
  type AssessmentAnswers,
  type Framework,
  type ImaafSettingsInput,
  type Outcome,
} from '../../../domain/imaaf';

export const TODAY = '2026-11-30';
export const AT = '2026-11-30T09:00:00.000Z';

export const settings: ImaafSettingsInput = {
  organisation: { name: 'Northshire Council', procedureName: 'Northshire child protection procedure', contact: 'Safeguarding team, 01234 567890' },
  today: TODAY,
};

let counter = 0;
export function uuid(): string {
  counter += 1;
  return `10000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
}

export function yearsAgo(years: number): ApproxDate {
  return { kind: 'date', date: `${2026 - years}-06-01`, approximate: false };
}

export function adult(overrides: Partial<ConnectedAdult> = {}): ConnectedAdult {
  return { ...emptyConnectedAdult(uuid()), names: [{ given: 'Ana', family: 'Popescu', type: 'main' }], ...overrides };
}

const emptyContact = { name: '', phone: '', email: '', address: '' };

/** A British child with no cross-border element, accepted as a child, in England, unless overridden. */
export function makeCase(overrides: Partial<CaseRecord> = {}, child: Partial<CaseRecord['child']> = {}): CaseRecord {
  const base: CaseRecord = {
    id: uuid(),
    reference: 'NS-1',
    status: 'open',
    jurisdiction: 'England',
    localAuthority: null,
    leadWorker: 'Sam Worker',
    child: {
      names: [{ given: 'Maria', family: 'Test', type: 'main' }],
      dateOfBirth: { claimed: yearsAgo(14), documented: null, documentNote: '', assessed: null },
      ageStatus: 'accepted-child',
      gender: 'female',
      nationalities: ['British'],
      placeOfBirth: { country: 'United Kingdom', town: '' },
      languages: ['English'],
      englishSpoken: 'yes',
      interpreter: { needed: 'no', language: null, dialect: '', preferredGender: null },
      communicationNeeds: '',
      immigration: { status: 'british-or-irish', asylumClaim: 'no', homeOfficeReference: '', notes: '' },
      placement: { description: '', address: '', carer: '' },
      school: { ...emptyContact, name: 'Northshire Academy' },
      gp: { ...emptyContact, name: 'Northshire Surgery' },
      ...child,
    },
    connectedAdults: [],
    journey: { legs: [], entry: { port: '', date: null, metBy: '', canNameMeeter: 'unknown' } },
    homeSituation: { household: '', carers: '', school: '', work: '', knownToChildProtection: 'unknown', childProtectionDetails: '' },
    agencies: [],
    nrm: { answers: {}, accepted: {} },
    strategyMeeting: emptyStrategyMeeting(),
    isExample: false,
    openedAt: AT,
    updatedAt: AT,
    revision: 3,
    chronology: [],
  };
  return { ...base, ...overrides };
}

export function journeyLeg(from: string | null, to: string | null): CaseRecord['journey']['legs'][number] {
  return {
    id: uuid(),
    from: { country: from, place: '' },
    to: { country: to, place: '' },
    departed: null,
    arrived: null,
    transport: 'coach-or-bus',
    travelledWithAdultIds: [],
    travelledWithOthers: '',
    documents: 'unknown',
    documentsHeldBy: '',
    notes: '',
  };
}

export function answer(value: Answer['value'], extra: Partial<Answer> = {}): Answer {
  return { value, unknown: false, note: '', source: null, recordedAt: AT, ...extra };
}

export function notKnown(extra: Partial<Answer> = {}): Answer {
  return { value: null, unknown: true, note: '', source: null, recordedAt: AT, ...extra };
}

export function answers(
  items: Record<string, Answer>,
  connectedAdults: Record<string, Record<string, Answer>> = {},
  framework: Framework = defaultFramework,
): AssessmentAnswers {
  return { frameworkId: framework.id, frameworkVersion: framework.version, items, connectedAdults };
}

export function outcomeFor(caseRecord: CaseRecord, given: AssessmentAnswers, framework: Framework = defaultFramework, extraSettings: Partial<ImaafSettingsInput> = {}): Outcome {
  return computeOutcome(caseRecord, given, framework, { ...settings, ...extraSettings });
}

export function ids(outcome: Outcome): string[] {
  return outcome.recommendations.map((recommendation) => recommendation.id);
}

export function recommendation(outcome: Outcome, id: string) {
  return outcome.recommendations.find((entry) => entry.id === id);
}

export function allText(outcome: Outcome): string {
  return outcome.recommendations.map((entry) => `${entry.title}\n${entry.reason}`).join('\n');
}

/** Written independently of the code's own pattern: the phrases only the adult pathway may use. */
export const adultWordingInTests = /duty to notify|consent to an NRM referral|do not consent|informed consent to an NRM/i;

export const crossBorderRecommendationIds = [
  'cfab-checks',
  'icacu',
  'embassy-or-consulate',
  'family-tracing',
  'do-not-contact-home-state',
  'check-asylum-before-contact',
];
