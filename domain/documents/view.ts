import { formatApproxDate } from '../case/approx-date';
import { immigrationStatusLabels, nameTypeLabels, type CaseRecord, type ConnectedAdult } from '../case/schemas';
import { bestDateOfBirth, dateForFormBox, relationshipLabel, triStateLabel } from '../case/vocabulary';
import { exploitationTypeLabels, indicatorCategoryLabels, type ExploitationType } from '../imaaf';
import { nrmLists } from '../reference-data';
import type { DocumentInput } from './catalogue';
import {
  Answers,
  fullName,
  joinNonEmpty,
  mainName,
  orderedChronology,
  otherNames,
  relationshipText,
  triFromCode,
} from './content';
import { withNrmAnswers } from './nrm-view';
import { WITHHELD_VALUE, redactForAudience, scrubDeep, sharingFlagsText, type Redaction } from './redaction';

/**
 * The "document view": what the fillable templates' mappings read (`templates/*.mapping.json`, paths such as
 * `child.names.0.given` or `referral.concerns`). Built after redaction, so a mapping can never reach withheld data.
 * Every path exists; an empty string means the information is not recorded (an information gap), and
 * WITHHELD_VALUE means it was left out of this version on purpose.
 *
 * Yes/no answers are 'yes', 'no' or 'unknown' (tri) or 'yes' / 'no' / '' (yes-no only, where the form has no
 * "not sure"); the mappings translate them to the forms' own words.
 */
export interface FormView {
  case: { reference: string; jurisdiction: string; localAuthority: string; audience: string };
  worker: {
    name: string;
    firstName: string;
    lastName: string;
    role: string;
    organisation: string;
    /** The organisation as the Home Office list names it; empty when it is not on that list. */
    nrmOrganisation: string;
    phone: string;
    email: string;
    address: string;
    alternativeEmail: string;
    relationshipToChild: string;
  };
  dates: { referral: string; childDateOfBirth: string; childDateOfBirthApproximate: boolean; nrmReferral: string };
  child: {
    names: Array<{ given: string; family: string }>;
    gender: string;
    ageStatus: string;
    nationalities: string[];
    languages: string[];
    interpreter: { needed: string; neededYesNo: string; language: string; dialect: string };
    communicationNeeds: string;
    communicationHelp: string;
    placement: { address: string; postcode: string };
    phone: string;
    ethnicity: string;
    religion: string;
    school: { name: string };
    gp: { name: string };
    upn: string;
    nhsNumber: string;
    hasChildren: string;
    numberOfChildren: string;
    hasHomeOfficeReference: string;
    immigration: { homeOfficeReference: string };
    placeOfBirth: { town: string; country: string };
    currentTown: string;
    currentRegion: string;
  };
  names: { otherNames: string[]; exploitationNames: string[] };
  labels: { immigrationStatus: string };
  age: { under18: string };
  localAuthorityContact: { phone: string; email: string; firstName: string; lastName: string };
  homeSituation: { household: string; school: string; work: string };
  adults: { summary: string; parentalResponsibility: string; household: string; doNotInform: string; prHolderInUk: string };
  agencies: { summary: string };
  referral: {
    parentsAware: string;
    parentsNotAwareReason: string;
    consentObtained: string;
    consentGivenBy: string;
    childConsent: string;
    concerns: string;
    childViews: string;
    strengths: string;
    actionsTaken: string;
    outcomeSought: string;
    levelOfNeed: string;
    earlyHelpAttached: boolean;
    ictgSupportType: string;
    nrmMade: string;
    nrmReference: string;
    currentRisks: string;
  };
  exploitation: {
    multiple: string;
    when: string;
    howStarted: string;
    takenSomewhere: string;
    journeyDetails: string;
    tasks: string;
    livingConditions: string;
    treatment: string;
    stillIn: string;
    whatKeepsThem: string;
    howLeft: string;
    lastContact: string;
    lastContactDetails: string;
    firstChanceToReport: string;
    whyReportNow: string;
    where: string;
    ukPlaces: string[];
    ukOtherLocation: string;
    countries: string[];
    overseasOtherLocation: string;
    types: string[];
    otherDetails: string;
    futureConcerns: string;
    futureReasons: string;
    summary: string;
  };
  exploiters: { description: string; locationKnown: string; inUk: string; locationDetails: string; otherVictims: string; otherVictimsDetails: string };
  police: { reported: string; force: string; crimeReference: string; cooperation: string; cooperationDetails: string };
  assessment: {
    indicatorsIdentified: string;
    indicatorDetails: string;
    interviews: string;
    professionalInsight: string;
    credibilityConcerns: string;
    credibilityDetails: string;
    othersInvolved: string;
    othersInvolvedDetails: string;
  };
  evidence: { summary: string };
  /** The NRM answers by the online service's field ids (domain/documents/nrm-view.ts); a question not asked is absent. */
  nrm: Record<string, string | string[]>;
}

const yesNoOnly = (tri: string) => (tri === 'yes' || tri === 'no' ? tri : '');

function ukDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso.slice(0, 10);
  // The calendar day in the UK, whatever the machine's zone.
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(date);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

export function adultLine(adult: ConnectedAdult, internal: boolean): string {
  const born = adult.dateOfBirth ? `born ${formatApproxDate(adult.dateOfBirth)}` : '';
  const contact = internal ? joinNonEmpty([adult.contact.address && `address: ${adult.contact.address}`, adult.contact.phone && `phone: ${adult.contact.phone}`], ', ') : '';
  // Beside the name, so an agency checking this adult sees at once what must not reach them (decision 15).
  const flags = internal ? '' : sharingFlagsText(adult);
  return joinNonEmpty(
    [
      flags ? `${mainName(adult.names)} (${flags})` : mainName(adult.names),
      born,
      `relationship: ${relationshipText(adult)}`,
      `lives with the child: ${triStateLabel(adult.livesWithChild).toLowerCase()}`,
      `parental responsibility: ${triStateLabel(adult.parentalResponsibility).toLowerCase()}`,
      adult.nationality ? `nationality: ${adult.nationality}` : '',
      contact,
      internal && adult.doNotShareWith ? 'DO NOT SHARE WITH THIS ADULT' : '',
    ],
    '; ',
  );
}

export function withheldAdultsSentence(count: number): string {
  if (count === 0) return '';
  return count === 1
    ? 'One further connected adult is left out of this version on purpose. The lead worker holds the details.'
    : `${count} further connected adults are left out of this version on purpose. The lead worker holds the details.`;
}

export function agencyLine(agency: CaseRecord['agencies'][number]): string {
  return joinNonEmpty(
    [
      agency.name,
      agency.role,
      agency.country && agency.country !== 'United Kingdom' ? agency.country : '',
      agency.contactName && `contact: ${agency.contactName}`,
      agency.phone && `phone: ${agency.phone}`,
      agency.email && `email: ${agency.email}`,
      agency.reference && `reference: ${agency.reference}`,
    ],
    '; ',
  );
}

export function policeAgency(record: CaseRecord) {
  return record.agencies.find((agency) => /police|constabulary/i.test(agency.name));
}

export function policeForce(record: CaseRecord): string {
  const agency = policeAgency(record);
  if (!agency) return '';
  const exact = nrmLists.ukPoliceForces.find((force) => force.toLowerCase() === agency.name.trim().toLowerCase());
  return exact ?? '';
}

export function routeText(record: CaseRecord): string {
  return record.journey.legs
    .map((leg, index) => {
      const from = joinNonEmpty([leg.from.place, leg.from.country], ', ') || 'not known';
      const to = joinNonEmpty([leg.to.place, leg.to.country], ', ') || 'not known';
      const when = leg.departed ? ` (left ${formatApproxDate(leg.departed)})` : '';
      return `${index + 1}. ${from} to ${to}${when}`;
    })
    .join('\n');
}

export function indicatorLines(redaction: Redaction): string {
  const outcome = redaction.assessment?.outcome;
  if (!outcome) return '';
  return outcome.indicatorsByCategory
    .filter((category) => category.items.length > 0)
    .map((category) => {
      const items = category.items.map((item) => `${item.label} (${item.status === 'yes' ? 'yes' : 'suspected'})${item.note ? `: ${item.note}` : ''}`);
      return `${category.label || indicatorCategoryLabels[category.category]}: ${items.join('; ')}`;
    })
    .join('\n');
}

export function chronologyLines(redaction: Redaction): string {
  const lines = orderedChronology(redaction.caseRecord.chronology).map((entry) => `${formatApproxDate(entry.eventDate)}: ${entry.summary}${entry.source ? ` (source: ${entry.source})` : ''}`);
  if (redaction.withheldChronologyCount > 0) lines.push(withheldEntriesSentence(redaction.withheldChronologyCount));
  return lines.join('\n');
}

export function withheldEntriesSentence(count: number): string {
  return count === 1
    ? '1 chronology entry was withheld from this version because it names a person the information must not reach.'
    : `${count} chronology entries were withheld from this version because they name a person the information must not reach.`;
}

export function buildFormViewFromRedaction(input: DocumentInput, redaction: Redaction): FormView {
  const record = redaction.caseRecord;
  const internal = redaction.internal;
  const answers = new Answers(redaction.assessment);
  const outcome = redaction.assessment?.outcome ?? null;
  const child = record.child;
  const referrer = input.referrer ?? {};
  const workerName = referrer.name?.trim() || record.leadWorker;
  const [firstName = '', ...rest] = workerName.split(/\s+/);
  const dob = dateForFormBox(bestDateOfBirth(record.child.dateOfBirth));
  const adults = record.connectedAdults;
  const withheldSentence = withheldAdultsSentence(redaction.withheldAdultCount);

  const placementAddress = internal ? child.placement.address : child.placement.address === '' && input.caseRecord.child.placement.address === '' ? '' : WITHHELD_VALUE;
  const postcodeMatch = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/i.exec(child.placement.address);
  const postcode = internal ? (postcodeMatch?.[0] ?? '') : placementAddress === '' ? '' : WITHHELD_VALUE;

  const prHolders = adults.filter((adult) => adult.parentalResponsibility === 'yes');
  const prHolderInUk = prHolders.length > 0 ? 'yes' : adults.length > 0 && adults.every((adult) => adult.parentalResponsibility === 'no') ? 'no' : adults.length > 0 ? 'unknown' : '';
  const prText =
    prHolders.length > 0
      ? prHolders.map((adult) => mainName(adult.names)).join(', ')
      : prHolderInUk === 'no'
        ? 'None of the adults recorded holds parental responsibility.'
        : '';
  const doNotInformAdults = adults.filter((adult) => adult.doNotInform || adult.doNotShareWith);
  const doNotInformText = joinNonEmpty(
    [
      ...doNotInformAdults.map((adult) => `${mainName(adult.names)}${adult.flagReason ? `: ${adult.flagReason}` : ''}`),
      internal ? '' : redaction.withheldAdultCount > 0 ? 'Further adults must not be told: their details are left out of this version.' : '',
    ],
    '\n',
  );

  const types = answers.list('exploitation-types');
  const typeLabels = types.map((type) => exploitationTypeLabels[type as ExploitationType] ?? type);
  const police = policeAgency(record);
  const anyIndicators = outcome ? outcome.indicatorsByCategory.some((category) => category.yes + category.suspected > 0) : null;
  const childViews = joinNonEmpty(
    [
      answers.text('childs-own-words') && `In the child’s words: ${answers.text('childs-own-words')}`,
      answers.text('why-here-child-words') && `Why they came: ${answers.text('why-here-child-words')}`,
      answers.text('expectations-now') && `What they expect now: ${answers.text('expectations-now')}`,
    ],
    '\n',
  );
  const judgement = redaction.assessment?.professionalJudgement?.trim() ?? '';
  const chronology = chronologyLines(redaction);
  const concerns = joinNonEmpty([judgement, chronology && `What has happened, from the chronology:\n${chronology}`], '\n\n');
  const agencies = record.agencies.map(agencyLine).join('\n');
  const risks = joinNonEmpty(
    [
      outcome && outcome.immediateDanger === 'yes' ? 'The assessment records that the child may be in immediate danger.' : '',
      answers.text('still-in-situation') && `Still in the exploitative situation: ${answers.text('still-in-situation')}`,
      answers.text('missing-episodes') && `Missing episodes: ${answers.text('missing-episodes')}`,
      answers.text('re-exploitation-risk') && `Risk of being exploited again: ${answers.text('re-exploitation-risk')}`,
      answers.text('last-contact-with-exploiters') && `Last contact with the exploiters: ${answers.text('last-contact-with-exploiters')}`,
    ],
    '\n',
  );
  const interviews = joinNonEmpty(
    [
      answers.text('session-place') && `Where and how: ${answers.text('session-place')}`,
      answers.text('spoken-alone') && `Spoken to alone: ${answers.text('spoken-alone')}`,
      answers.text('people-present') && `Who was present: ${answers.text('people-present')}`,
      answers.text('interpreter-language') && `Interpreter: ${answers.text('interpreter-language')}`,
      answers.text('child-presentation') && `How the child presented: ${answers.text('child-presentation')}`,
    ],
    '\n',
  );

  const base: Omit<FormView, 'nrm'> = {
    case: { reference: record.reference, jurisdiction: record.jurisdiction, localAuthority: record.localAuthority ?? '', audience: input.agencyName ?? input.audience },
    worker: {
      name: workerName,
      firstName,
      lastName: rest.join(' '),
      role: referrer.role ?? '',
      organisation: referrer.organisation ?? '',
      nrmOrganisation:
        referrer.nrmOrganisation?.trim() ||
        (nrmLists.organisations.find((name) => name.toLowerCase() === (referrer.organisation ?? '').trim().toLowerCase()) ?? ''),
      phone: referrer.phone ?? '',
      email: referrer.email ?? '',
      address: referrer.address ?? '',
      alternativeEmail: referrer.alternativeEmail ?? '',
      relationshipToChild: referrer.relationshipToChild ?? (workerName === record.leadWorker ? 'Lead social worker for the child' : ''),
    },
    dates: {
      referral: ukDate(input.generatedAt),
      childDateOfBirth: dob.text,
      childDateOfBirthApproximate: dob.approximate,
      nrmReferral: '',
    },
    child: {
      names: child.names.map((name) => ({ given: name.given, family: name.family })),
      gender: child.gender ?? '',
      ageStatus: child.ageStatus ?? '',
      nationalities: [...child.nationalities],
      languages: [...child.languages],
      interpreter: {
        needed: child.interpreter.needed,
        neededYesNo: yesNoOnly(child.interpreter.needed),
        language: child.interpreter.language ?? '',
        dialect: child.interpreter.dialect,
      },
      communicationNeeds: child.communicationNeeds,
      communicationHelp: yesNoOnly(triFromCode(answers.code('communication-help'))) || (child.communicationNeeds.trim() ? 'yes' : ''),
      placement: { address: placementAddress, postcode },
      phone: '',
      ethnicity: '',
      religion: '',
      school: { name: child.school.name },
      gp: { name: child.gp.name },
      upn: '',
      nhsNumber: '',
      hasChildren: '',
      numberOfChildren: '',
      hasHomeOfficeReference: child.immigration.homeOfficeReference.trim() ? 'yes' : '',
      immigration: { homeOfficeReference: child.immigration.homeOfficeReference },
      placeOfBirth: { town: child.placeOfBirth.town, country: child.placeOfBirth.country ?? '' },
      currentTown: '',
      currentRegion: '',
    },
    names: {
      otherNames: otherNames(child.names).map((name) => `${fullName(name)} (${nameTypeLabels[name.type].toLowerCase()})`),
      exploitationNames: child.names.filter((name) => name.type === 'exploitation' || name.type === 'nickname').map(fullName),
    },
    labels: { immigrationStatus: immigrationStatusLabels[child.immigration.status] },
    age: {
      under18:
        child.ageStatus === 'assessed-adult' || child.ageStatus === 'accepted-adult-documents-verified' ? 'no' : child.ageStatus === 'disputed-treated-as-child' ? 'unknown' : child.ageStatus ? 'yes' : '',
    },
    localAuthorityContact: { phone: '', email: '', firstName: '', lastName: '' },
    homeSituation: {
      household: joinNonEmpty([record.homeSituation.household, record.homeSituation.carers], '\n'),
      school: record.homeSituation.school,
      work: record.homeSituation.work,
    },
    adults: {
      summary: joinNonEmpty([...adults.map((adult) => adultLine(adult, internal)), withheldSentence], '\n'),
      parentalResponsibility: prText,
      household: joinNonEmpty(
        [
          ...adults.filter((adult) => adult.livesWithChild === 'yes').map((adult) => `${mainName(adult.names)} (${relationshipLabel(adult.relationshipClaimedByAdult, 'relationship not recorded')})`),
          child.placement.description && `Placement: ${child.placement.description}${internal && child.placement.carer ? `, carer ${child.placement.carer}` : ''}`,
        ],
        '\n',
      ),
      doNotInform: doNotInformText,
      prHolderInUk,
    },
    agencies: { summary: agencies },
    referral: {
      parentsAware: doNotInformAdults.length > 0 || redaction.withheldAdultCount > 0 ? 'no' : '',
      parentsNotAwareReason:
        doNotInformAdults.length > 0 || redaction.withheldAdultCount > 0
          ? 'Some adults connected to the child are not being told: telling them could increase the risk of harm to the child or obstruct police enquiries.'
          : '',
      consentObtained: '',
      consentGivenBy: '',
      childConsent: '',
      concerns,
      childViews,
      strengths: answers.text('safe-family-member'),
      actionsTaken: agencies,
      outcomeSought: outcome ? outcome.recommendations.map((recommendation) => `${recommendation.priority}. ${recommendation.title}`).join('\n') : '',
      levelOfNeed: '',
      earlyHelpAttached: false,
      ictgSupportType: prHolderInUk === 'no' ? 'direct' : prHolderInUk === 'yes' ? 'rpc' : '',
      nrmMade: triFromCode(answers.code('nrm-referral-made')),
      nrmReference: '',
      currentRisks: risks,
    },
    exploitation: {
      multiple: '',
      when: '',
      howStarted: answers.text('promises-made'),
      takenSomewhere: '',
      journeyDetails: routeText(record),
      tasks: '',
      livingConditions: '',
      treatment: '',
      stillIn: yesNoOnly(triFromCode(answers.code('still-in-situation'))),
      whatKeepsThem: '',
      howLeft: '',
      lastContact: answers.value('last-contact-with-exploiters').replace(/^Not known$/, 'Not sure'),
      lastContactDetails: '',
      firstChanceToReport: '',
      whyReportNow: '',
      where: '',
      ukPlaces: [],
      ukOtherLocation: '',
      countries: [],
      overseasOtherLocation: '',
      types,
      otherDetails: '',
      futureConcerns: yesNoOnly(triFromCode(answers.code('re-exploitation-risk'))),
      futureReasons: '',
      summary: joinNonEmpty([typeLabels.length > 0 ? `Types: ${typeLabels.join(', ')}` : '', answers.text('still-in-situation') && `Still in the situation: ${answers.text('still-in-situation')}`], '\n'),
    },
    exploiters: { description: '', locationKnown: '', inUk: '', locationDetails: '', otherVictims: '', otherVictimsDetails: '' },
    police: {
      reported: police?.reference ? 'yes' : '',
      force: policeForce(record),
      crimeReference: police?.reference ?? '',
      cooperation: '',
      cooperationDetails: '',
    },
    assessment: {
      indicatorsIdentified: anyIndicators === null ? '' : anyIndicators ? 'yes' : 'no',
      indicatorDetails: indicatorLines(redaction),
      interviews,
      professionalInsight: judgement,
      credibilityConcerns: '',
      credibilityDetails: '',
      othersInvolved: record.agencies.length > 0 ? 'yes' : '',
      othersInvolvedDetails: agencies,
    },
    evidence: { summary: '' },
  };
  const view = withNrmAnswers(record, base);
  // The worker's own details are theirs to print: a surname shared with a withheld adult must not blank them.
  return { ...scrubDeep(view, redaction.scrub, new Set(['reference'])), worker: view.worker };
}

/** The form view for a case, an optional assessment and an audience, with redaction applied. */
export function buildFormView(input: DocumentInput): FormView {
  return buildFormViewFromRedaction(input, redactForAudience(input.caseRecord, input.assessment, input.audience, input.sharing));
}
