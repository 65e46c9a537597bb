import { genderLabels, type Child } from '../case/schemas';
import type { FormView } from '../documents/view';
import { nrmLists } from '../reference-data';
import { listFor, nrmQuestion } from './questions';
import type { NrmAnswerValue } from './types';

/**
 * What Crossings already knows for each NRM question, and where it came from. Read from the document view (already
 * redacted for its audience, so a pre-filled answer can never carry what that audience must not see). The worker
 * accepts or changes each one on the NRM pages; until then the pack prints it as it is in the case now.
 */

export interface NrmPrefill {
  value: NrmAnswerValue;
  /** Where in the case it came from, in the worker's words. */
  source: string;
}

const yesNo = (value: string) => (value === 'yes' ? 'Yes' : value === 'no' ? 'No' : '');
const yesNoNotSure = (value: string) => (value === 'unknown' ? 'Not Sure' : yesNo(value));
const ddmmyyyy = (iso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '');
const nationality = (value: string | undefined) => (value && nrmLists.nationalities.includes(value) ? value : '');

type Rule = [id: string, source: string, read: (view: FormView) => NrmAnswerValue];

const rules: Rule[] = [
  ['user-email', 'Settings: your details for referral forms', (view) => view.worker.email],
  ['reference', 'Case details: reference', (view) => view.case.reference],
  ['user-organisation', 'Settings: your details for referral forms', (view) => view.worker.nrmOrganisation],
  ['fr-location', 'Case details: UK nation', (view) => view.case.jurisdiction],
  ['pv-under-age', 'The child: age', (view) => yesNoNotSure(view.age.under18)],
  ['local-authority-contacted-about-child-local-authority-name', 'Case details: local authority', (view) => view.case.localAuthority],
  ['birthplace', 'The child: place of birth', (view) => [view.child.placeOfBirth.town, view.child.placeOfBirth.country].filter(Boolean).join(', ')],
  ['family', 'Home country: household and carers', (view) => view.homeSituation.household],
  ['education', 'Home country: school', (view) => view.homeSituation.school],
  ['employment-history', 'Home country: work', (view) => view.homeSituation.work],
  ['how-did-the-exploitation-start', 'IMAAF assessment: promises made to the child', (view) => view.exploitation.howStarted],
  ['were-they-taken-somewhere-by-their-exploiter-journey-details', 'Journey: the legs recorded', (view) => view.exploitation.journeyDetails],
  ['still-in-exploitative-situation', 'IMAAF assessment: still in the situation', (view) => yesNo(view.exploitation.stillIn)],
  ['future-exploitation-concerns', 'IMAAF assessment: risk of being exploited again', (view) => yesNo(view.exploitation.futureConcerns)],
  ['modern-slavery-indicators', 'IMAAF assessment: indicators', (view) => yesNo(view.assessment.indicatorsIdentified)],
  ['modern-slavery-indicators-details', 'IMAAF assessment: indicators', (view) => view.assessment.indicatorDetails],
  ['where-how-interview-carried-out', 'IMAAF assessment: how the information was obtained', (view) => view.assessment.interviews],
  ['professional-insight', 'IMAAF assessment: professional judgement', (view) => view.assessment.professionalInsight],
  ['are-others-involved', 'Agencies involved', (view) => yesNo(view.assessment.othersInvolved)],
  ['are-others-involved-details', 'Agencies involved', (view) => view.assessment.othersInvolvedDetails],
  ['types-of-exploitation', 'IMAAF assessment: types of exploitation', (view) => view.exploitation.types.filter((type) => nrmQuestion('types-of-exploitation')?.ticks?.some((tick) => tick.value === type))],
  ['reported-to-police', 'Agencies involved: police reference', (view) => yesNo(view.police.reported)],
  ['reported-to-police-police-forces', 'Agencies involved: police', (view) => view.police.force],
  ['reported-to-police-crime-reference', 'Agencies involved: police reference', (view) => view.police.crimeReference],
  ['pv-name-first-name', 'The child: names', (view) => view.child.names[0]?.given ?? ''],
  ['pv-name-last-name', 'The child: names', (view) => view.child.names[0]?.family ?? ''],
  ['pv-name-nickname', 'The child: names (nickname or name used during exploitation)', (view) => view.names.exploitationNames.join(', ')],
  // An approximate date of birth is given in words ("about 15 years old on 1 December 2026"), never as an invented day.
  ['pv-dob', 'The child: date of birth', (view) => ddmmyyyy(view.dates.childDateOfBirth) || view.dates.childDateOfBirth],
  ['pv-gender', 'The child: gender', (view) => (view.child.gender ? genderLabels[view.child.gender as NonNullable<Child['gender']>] ?? '' : '')],
  ['pv-nationality', 'The child: nationalities', (view) => nationality(view.child.nationalities[0])],
  ['pv-nationality-second', 'The child: nationalities', (view) => nationality(view.child.nationalities[1])],
  ['pv-interpreter-requirements', 'The child: interpreter', (view) => yesNo(view.child.interpreter.neededYesNo)],
  ['pv-interpreter-requirements-language', 'The child: interpreter', (view) => [view.child.interpreter.language, view.child.interpreter.dialect].filter(Boolean).join(', ')],
  ['pv-other-help-with-communication', 'The child: communication needs', (view) => yesNo(view.child.communicationHelp)],
  ['pv-other-help-with-communication-aid', 'The child: communication needs', (view) => view.child.communicationNeeds],
  ['pv-ho-reference', 'The child: immigration', (view) => yesNo(view.child.hasHomeOfficeReference)],
  ['pv-ho-reference-type', 'The child: immigration', (view) => view.child.immigration.homeOfficeReference],
  ['fr-details-first-name', 'Your name in Crossings', (view) => view.worker.firstName],
  ['fr-details-last-name', 'Your name in Crossings', (view) => view.worker.lastName],
  ['fr-details-role', 'Settings: your details for referral forms', (view) => view.worker.role],
  ['fr-details-phone', 'Settings: your details for referral forms', (view) => view.worker.phone],
  ['fr-alternative-contact', 'Settings: your details for referral forms', (view) => view.worker.alternativeEmail],
];

/** Only a value the online form would take: a choice among its options, an entry on its list. */
function usable(id: string, value: NrmAnswerValue): boolean {
  const question = nrmQuestion(id);
  if (!question) return false;
  if (typeof value !== 'string') return value.length > 0;
  if (value.trim() === '') return false;
  if (question.kind === 'choice') return question.options?.includes(value) ?? false;
  if (question.kind === 'pick') return listFor(question).includes(value);
  return true;
}

/** Every pre-filled answer Crossings can offer from this (already redacted) view, by field id. */
export function nrmPrefill(view: FormView): Record<string, NrmPrefill> {
  const result: Record<string, NrmPrefill> = {};
  for (const [id, source, read] of rules) {
    const value = read(view);
    if (usable(id, value)) result[id] = { value, source };
  }
  return result;
}
