import '../validation';
import { z } from 'zod';
import { jurisdictions, nrmLists, languages } from '../reference-data';
import { approxDateSchema, isRealIsoDate } from './approx-date';
import { emptyNrmAnswers, nrmAnswersSchema } from '../nrm/answers';

/** The Home Office NRM form caps its text boxes at 15,000 characters; we use the same cap so text copies across. */
export const LONG_TEXT_MAX = 15_000;

export const shortText = (label: string, max = 200) =>
  z
    .string({ error: `${label} must be text` })
    .max(max, { error: `${label} must be ${max.toLocaleString('en-GB')} characters or fewer` });

export const longText = (label: string) => shortText(label, LONG_TEXT_MAX);

const fromList = (list: readonly string[], label: string) =>
  z.string().refine((value) => list.includes(value), { error: `Choose ${label} from the list` });

export const idSchema = z.uuid({ error: 'This record could not be identified. Reload the page and try again.' });

export const triState = z.enum(['yes', 'no', 'unknown'], { error: 'Choose yes, no or not known' });
export type TriState = z.infer<typeof triState>;
export const triStateLabels: Record<TriState, string> = { yes: 'Yes', no: 'No', unknown: 'Not known' };

export const jurisdictionSchema = z.enum(jurisdictions, { error: 'Choose the UK nation the child is in' });
export const localAuthoritySchema = fromList(nrmLists.ukLocalAuthorities, 'a local authority');
export const countrySchema = fromList(nrmLists.countries, 'a country');
export const nationalitySchema = fromList(nrmLists.nationalities, 'a nationality');
export const languageSchema = fromList(languages, 'a language');

/** Gender as the NRM form records it (section 10, `pv-gender`). */
export const genders = ['female', 'male', 'other'] as const;
export const genderLabels: Record<(typeof genders)[number], string> = {
  female: 'Female',
  male: 'Male',
  other: 'They do not identify as male or female',
};
export const genderSchema = z.enum(genders, { error: 'Choose a gender from the list' });

export const nameTypes = ['main', 'alias', 'nickname', 'other-spelling', 'exploitation'] as const;
export const nameTypeLabels: Record<(typeof nameTypes)[number], string> = {
  main: 'Name they give',
  alias: 'Alias',
  nickname: 'Nickname',
  'other-spelling': 'Other spelling',
  exploitation: 'Name used during exploitation',
};
/**
 * The order a name is said and written in: given name first (as in English), or family name first (as in
 * Vietnamese, Chinese, Hungarian or Korean use). Names saved before this was asked have no order and read given first.
 */
export const nameOrders = ['given-first', 'family-first'] as const;
export type NameOrder = (typeof nameOrders)[number];
export const nameOrderLabels: Record<NameOrder, string> = {
  'given-first': 'Given name first, for example Anna Kowalska',
  'family-first': 'Family name first, for example Nguyễn Văn An',
};
export const personNameSchema = z.object({
  given: shortText('Given name'),
  family: shortText('Family name'),
  type: z.enum(nameTypes, { error: 'Choose what kind of name this is' }),
  order: z.enum(nameOrders, { error: 'Choose the order the name is given in' }).optional(),
});
export type PersonName = z.infer<typeof personNameSchema>;

const namesSchema = (who: string) =>
  z
    .array(personNameSchema)
    .max(30, { error: 'Record at most 30 names' })
    .refine((names) => names.some((name) => name.given.trim() !== '' || name.family.trim() !== ''), {
      error: `Enter at least one name for ${who}. If it is not known, enter a description such as "girl met at Dover"`,
    });

export const ageStatuses = [
  'accepted-child',
  'disputed-treated-as-child',
  'assessed-child',
  'assessed-adult',
  'accepted-adult-documents-verified',
] as const;
export const ageStatusLabels: Record<(typeof ageStatuses)[number], string> = {
  'accepted-child': 'Accepted as a child',
  'disputed-treated-as-child': 'Age disputed: treated as a child until it is decided',
  'assessed-child': 'Assessed as a child',
  'assessed-adult': 'Assessed as an adult',
  'accepted-adult-documents-verified': 'Accepted as an adult (documents verified)',
};

/** How old the person looks, as a range ("looks 16 to 20"). Appearance alone never decides age (reference 7). */
export const apparentAgeSchema = z
  .object({
    youngest: z.number({ error: 'Give the youngest age they look, in whole years' }).int({ error: 'Give whole years' }).min(0).max(99),
    oldest: z.number({ error: 'Give the oldest age they look, in whole years' }).int({ error: 'Give whole years' }).min(0).max(99),
  })
  .refine((range) => range.youngest <= range.oldest, { error: 'The youngest age they look must not be more than the oldest', path: ['oldest'] });
export type ApparentAge = z.infer<typeof apparentAgeSchema>;

export const immigrationStatuses = [
  'not-known',
  'british-or-irish',
  'eu-settlement-scheme',
  'asylum-claim-pending',
  'refugee-status',
  'humanitarian-protection',
  'other-leave',
  'visitor',
  'no-leave',
  'other',
] as const;
export const immigrationStatusLabels: Record<(typeof immigrationStatuses)[number], string> = {
  'not-known': 'Not known',
  'british-or-irish': 'British or Irish citizen',
  'eu-settlement-scheme': 'Settled or pre-settled status (EU Settlement Scheme)',
  'asylum-claim-pending': 'Asylum claim waiting for a decision',
  'refugee-status': 'Refugee status',
  'humanitarian-protection': 'Humanitarian protection',
  'other-leave': 'Other permission to stay',
  visitor: 'Visitor',
  'no-leave': 'No permission to stay',
  other: 'Other',
};

export const interpreterGenders = ['female', 'male', 'no-preference'] as const;

const contactSchema = z.object({
  name: shortText('Name'),
  phone: shortText('Phone number', 50),
  email: shortText('Email address', 200),
  address: shortText('Address', 500),
});

export const childSchema = z.object({
  names: namesSchema('the child'),
  dateOfBirth: z.object({
    claimed: approxDateSchema.nullable(),
    documented: approxDateSchema.nullable(),
    documentNote: shortText('Which document', 500),
    assessed: approxDateSchema.nullable(),
  }),
  ageStatus: z.enum(ageStatuses, { error: 'Choose the child’s age status' }).nullable(),
  /** Added later: records saved before it read as not recorded. */
  apparentAge: apparentAgeSchema.nullable().optional(),
  gender: genderSchema.nullable(),
  nationalities: z.array(nationalitySchema).max(3, { error: 'Record at most three nationalities' }),
  placeOfBirth: z.object({ country: countrySchema.nullable(), town: shortText('Town or village') }),
  languages: z.array(languageSchema).max(10, { error: 'Record at most ten languages' }),
  englishSpoken: triState,
  interpreter: z.object({
    needed: triState,
    language: languageSchema.nullable(),
    dialect: shortText('Dialect'),
    preferredGender: z.enum(interpreterGenders).nullable(),
  }),
  communicationNeeds: longText('Communication needs'),
  immigration: z.object({
    status: z.enum(immigrationStatuses),
    asylumClaim: triState,
    homeOfficeReference: shortText('Home Office reference', 100),
    notes: longText('Immigration notes'),
  }),
  /** Where the child lives now. Sensitive: never shown to an adult flagged "do not share with". */
  placement: z.object({
    description: shortText('Placement', 500),
    address: shortText('Address', 500),
    carer: shortText('Carer', 200),
  }),
  school: contactSchema,
  gp: contactSchema,
});
export type Child = z.infer<typeof childSchema>;

export const relationships = [
  'parent',
  'step-parent',
  'sibling',
  'aunt-or-uncle',
  'grandparent',
  'cousin',
  'other-relative',
  'family-friend',
  'agent',
  'employer',
  'partner',
  'not-known',
  'other',
] as const;
export const relationshipLabels: Record<(typeof relationships)[number], string> = {
  parent: 'Parent',
  'step-parent': 'Step-parent',
  sibling: 'Brother or sister',
  'aunt-or-uncle': 'Aunt or uncle',
  grandparent: 'Grandparent',
  cousin: 'Cousin',
  'other-relative': 'Other relative',
  'family-friend': 'Family friend',
  agent: 'Agent or person who arranged travel',
  employer: 'Employer',
  partner: 'Partner, boyfriend or girlfriend',
  'not-known': 'Not known',
  other: 'Other',
};
export const relationshipSchema = z.enum(relationships, { error: 'Choose a relationship from the list' });

export const relationshipEvidenceKinds = [
  'birth-certificate',
  'passport-entry',
  'court-order',
  'other-document',
  'none-seen',
] as const;
export const relationshipEvidenceLabels: Record<(typeof relationshipEvidenceKinds)[number], string> = {
  'birth-certificate': 'Birth certificate',
  'passport-entry': 'Entry in a passport',
  'court-order': 'Court order',
  'other-document': 'Other document',
  'none-seen': 'No evidence seen',
};

export const connectedAdultSchema = z.object({
  id: idSchema,
  names: namesSchema('this adult'),
  dateOfBirth: approxDateSchema.nullable(),
  gender: genderSchema.nullable(),
  nationality: nationalitySchema.nullable(),
  relationshipClaimedByAdult: relationshipSchema.nullable(),
  relationshipClaimedByChild: relationshipSchema.nullable(),
  relationshipEvidence: z.array(z.enum(relationshipEvidenceKinds)).max(relationshipEvidenceKinds.length),
  relationshipNotes: longText('Notes on the relationship'),
  parentalResponsibility: triState,
  livesWithChild: triState,
  privateFostering: triState,
  /** This adult must not be told about the referral or where the child is (decision 15); older records read as false. */
  doNotInform: z.boolean().default(false),
  /** Nothing may reach this adult: left out of any document whose audience could reach them (decision 15). */
  doNotShareWith: z.boolean().default(false),
  flagReason: longText('Reason'),
  /** Sensitive: the adult's own phone and address. */
  contact: z.object({ phone: shortText('Phone number', 50), address: shortText('Address', 500) }),
  notes: longText('Notes'),
});
export type ConnectedAdult = z.infer<typeof connectedAdultSchema>;

export const transportModes = [
  'air',
  'sea-or-ferry',
  'lorry-or-van',
  'car',
  'coach-or-bus',
  'train',
  'on-foot',
  'small-boat',
  'unknown',
  'other',
] as const;
export const transportLabels: Record<(typeof transportModes)[number], string> = {
  air: 'Plane',
  'sea-or-ferry': 'Ship or ferry',
  'lorry-or-van': 'Lorry or van',
  car: 'Car',
  'coach-or-bus': 'Coach or bus',
  train: 'Train',
  'on-foot': 'On foot',
  'small-boat': 'Small boat',
  unknown: 'Not known',
  other: 'Other',
};

export const travelDocumentKinds = ['own', 'false', 'someone-elses', 'none', 'unknown'] as const;
export const travelDocumentLabels: Record<(typeof travelDocumentKinds)[number], string> = {
  own: 'Their own genuine documents',
  false: 'False documents',
  'someone-elses': 'Someone else’s documents',
  none: 'No documents',
  unknown: 'Not known',
};

const placeSchema = z.object({ country: countrySchema.nullable(), place: shortText('Town or place') });

export const journeyLegSchema = z.object({
  id: idSchema,
  from: placeSchema,
  to: placeSchema,
  departed: approxDateSchema.nullable(),
  arrived: approxDateSchema.nullable(),
  transport: z.enum(transportModes, { error: 'Choose how they travelled' }),
  travelledWithAdultIds: z.array(idSchema).max(30),
  travelledWithOthers: shortText('Who else they travelled with', 500),
  documents: z.enum(travelDocumentKinds, { error: 'Choose which documents were used' }),
  documentsHeldBy: shortText('Who held the documents', 200),
  notes: longText('Notes'),
});
export type JourneyLeg = z.infer<typeof journeyLegSchema>;

export const journeySchema = z.object({
  legs: z.array(journeyLegSchema).max(50, { error: 'Record at most 50 legs' }),
  entry: z.object({
    port: shortText('Port of entry'),
    date: approxDateSchema.nullable(),
    metBy: shortText('Who met the child', 500),
    canNameMeeter: triState,
  }),
});
export type Journey = z.infer<typeof journeySchema>;

export const homeSituationSchema = z.object({
  household: longText('Household'),
  carers: longText('Carers'),
  school: longText('School'),
  work: longText('Work'),
  knownToChildProtection: triState,
  childProtectionDetails: longText('Child protection details'),
});
export type HomeSituation = z.infer<typeof homeSituationSchema>;

export const agencyInvolvementSchema = z.object({
  id: idSchema,
  name: shortText('Agency').refine((value) => value.trim() !== '', { error: 'Enter the agency’s name' }),
  role: shortText('What they are doing', 500),
  country: countrySchema.nullable(),
  contactName: shortText('Contact name'),
  phone: shortText('Phone number', 50),
  email: shortText('Email address'),
  reference: shortText('Their reference', 100),
  notes: longText('Notes'),
});
export type AgencyInvolvement = z.infer<typeof agencyInvolvementSchema>;

export const chronologyKinds = [
  'journey',
  'exploitation',
  'agency-contact',
  'missing-episode',
  'disclosure',
  'meeting',
  'other',
] as const;
export const chronologyKindLabels: Record<(typeof chronologyKinds)[number], string> = {
  journey: 'Journey',
  exploitation: 'Exploitation',
  'agency-contact': 'Contact with an agency',
  'missing-episode': 'Missing episode',
  disclosure: 'Disclosure',
  meeting: 'Meeting or discussion',
  other: 'Other',
};

export const chronologyEntryInputSchema = z.object({
  eventDate: approxDateSchema.nullable(),
  kind: z.enum(chronologyKinds, { error: 'Choose what kind of event this is' }),
  summary: longText('What happened').refine((value) => value.trim() !== '', { error: 'Enter what happened' }),
  source: shortText('Source of the information', 500),
});
export type ChronologyEntryInput = z.infer<typeof chronologyEntryInputSchema>;

export const chronologyEntrySchema = chronologyEntryInputSchema.extend({
  id: idSchema,
  caseId: idSchema,
  sequence: z.number().int().positive(),
  recordedAt: z.iso.datetime(),
  recordedBy: z.string(),
  /** Set when this entry corrects an earlier one; the earlier entry is never changed. */
  correctsId: idSchema.nullable(),
});
export type ChronologyEntry = z.infer<typeof chronologyEntrySchema>;

/** "9:30", "9.30" and " 09:30 " as 09:30; anything else as typed, for the check to name. */
export function tidyClockTime(value: string): string {
  const match = /^\s*(\d{1,2})[:.](\d{2})\s*$/.exec(value);
  return match ? `${match[1]!.padStart(2, '0')}:${match[2]}` : value.trim();
}

/** What is wrong with a meeting date made from day, month and year boxes (`yyyy-mm-dd`), in a worker's words. */
export function meetingDateProblem(value: string): string | undefined {
  if (value === '') return undefined;
  const [year = '', month = '', day = ''] = value.split('-');
  const missing = [day === '' && 'a day', month === '' && 'a month', year === '' && 'a year'].filter((part): part is string => part !== false);
  if (missing.length > 0) return `The date of the meeting must include ${missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} and ${missing.at(-1)}`}`;
  if (!/^\d{4}$/.test(year)) return 'Enter the year of the meeting as 4 digits, for example 2026';
  if (Number(year) < 2000 || Number(year) > 2100) return 'The year of the meeting must be between 2000 and 2100';
  if (!/^\d{2}-\d{2}$/.test(`${month}-${day}`) || !isRealIsoDate(value)) return 'Enter the date of the meeting as a real date';
  return undefined;
}

/** Strategy discussion or meeting (reference 6.2, item 1): what the preparation pack opens with. */
export const strategyMeetingKinds = ['discussion', 'meeting'] as const;
export const strategyMeetingKindLabels: Record<(typeof strategyMeetingKinds)[number], string> = {
  discussion: 'Strategy discussion',
  meeting: 'Strategy meeting',
};

export const strategyMeetingSchema = z.object({
  kind: z.enum(strategyMeetingKinds, { error: 'Choose a strategy discussion or a strategy meeting' }).nullable(),
  /** The day it is held: a full date, never approximate (`yyyy-mm-dd`), or empty. */
  date: z.string().superRefine((value, context) => {
    const message = meetingDateProblem(value);
    if (message) context.addIssue({ code: 'custom', message });
  }),
  /** 24-hour clock, `14:30`; empty when not set. "9:30" and "09.30" are taken as 09:30. */
  time: z
    .string()
    .overwrite(tidyClockTime)
    .regex(/^(([01]\d|2[0-3]):[0-5]\d)?$/, { error: 'Enter the time on the 24-hour clock, for example 14:30' }),
  place: shortText('Where it is held, or how people join', 300),
  chair: shortText('Who chairs it'),
  /** One person a line: name, role and agency as the worker writes them. */
  invited: shortText('Who is invited', 5_000),
  notes: shortText('Anything else for the meeting', 5_000),
});
export type StrategyMeeting = z.infer<typeof strategyMeetingSchema>;

export const caseStatuses = ['open', 'closed'] as const;
export type CaseStatus = (typeof caseStatuses)[number];
export const caseStatusLabels: Record<CaseStatus, string> = { open: 'Open', closed: 'Closed' };

export const caseReferenceSchema = z
  .string()
  .trim()
  .min(1, { error: 'Enter a case reference' })
  .max(40, { error: 'The case reference must be 40 characters or fewer' })
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} /._-]*$/u, {
    error: 'The case reference can use letters, numbers, spaces and - / . _ only',
  });

/** The parts of a case a worker edits, section by section. */
export const caseSectionsSchema = z.object({
  reference: caseReferenceSchema,
  status: z.enum(caseStatuses),
  jurisdiction: jurisdictionSchema,
  localAuthority: localAuthoritySchema.nullable(),
  leadWorker: shortText('Lead worker'),
  child: childSchema,
  connectedAdults: z.array(connectedAdultSchema).max(30, { error: 'Record at most 30 connected adults' }),
  journey: journeySchema,
  homeSituation: homeSituationSchema,
  agencies: z.array(agencyInvolvementSchema).max(100),
  strategyMeeting: strategyMeetingSchema,
  /** The NRM referral's answers, by the online service's field ids (domain/nrm). */
  nrm: nrmAnswersSchema,
});
export type CaseSections = z.infer<typeof caseSectionsSchema>;

export const caseRecordSchema = caseSectionsSchema.extend({
  /**
   * Added after the first release: hand-over files written before it read as nothing arranged yet. The default is
   * here and not on the section, so that a save which does not mention the meeting never resets it.
   */
  strategyMeeting: strategyMeetingSchema.default(() => ({ kind: null, date: '', time: '', place: '', chair: '', invited: '', notes: '' })),
  /** Added with the NRM questions (issue 12): older records and hand-over files read as nothing answered yet. */
  nrm: nrmAnswersSchema.default(emptyNrmAnswers),
  id: idSchema,
  isExample: z.boolean(),
  openedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** Goes up by one on every save; a save that names an older revision is refused as a conflict. */
  revision: z.number().int().nonnegative(),
  chronology: z.array(chronologyEntrySchema),
});
export type CaseRecord = z.infer<typeof caseRecordSchema>;

export const caseSummarySchema = z.object({
  id: idSchema,
  reference: z.string(),
  status: z.enum(caseStatuses),
  jurisdiction: jurisdictionSchema,
  childName: z.string(),
  otherNames: z.array(z.string()),
  dateOfBirth: z.string(),
  isExample: z.boolean(),
  updatedAt: z.iso.datetime(),
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;
