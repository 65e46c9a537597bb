import type { CaseRecord, ConnectedAdult } from '../../case/schemas';
import { nameInOrder } from '../../case/names';
import type { Jurisdiction } from '../../reference-data';
import type { Answer, AssessmentAnswers } from '../answers';
import type { FrameworkIndex, FrameworkItem } from '../framework/schema';
import type { IndicatorFinding } from '../outcome';
import { findAge, type AgeFinding } from './age';
import { answeredValue, readAnswer, readRole, type Reading } from './readings';
import type { ImaafSettings } from './settings';

/** Everything the rules read, worked out once per outcome. */
export interface RuleContext {
  caseRecord: CaseRecord;
  index: FrameworkIndex;
  answers: AssessmentAnswers;
  settings: ImaafSettings;
  jurisdiction: Jurisdiction;
  englandOrWales: boolean;
  /** Yes and suspected indicators, about the child, the setting and each connected adult. */
  findings: IndicatorFinding[];
  age: AgeFinding;
  crossBorder: { present: boolean; reasons: string[] };
  asylum: { status: 'yes' | 'no' | 'unknown'; facts: string[] };
  parentalResponsibilityHolders: ConnectedAdult[];
  /** needed: the child needs one; notKnown: it is not known, and the child may not speak English first. */
  interpreter: { needed: boolean; notKnown: boolean; facts: string[] };
  homeCountry: string | null;
  foreignNationality: string | null;
  /** Any indicator recorded as yes or suspected. */
  concern: boolean;
  /** The recorded indicators that are signs of exploitation or control itself. */
  directFindings: IndicatorFinding[];
  /** The child is in immediate danger (answered yes). */
  danger: boolean;
  /** An NRM referral is recorded as already made: itself a concern (reference 5.3). */
  nrmOpen: boolean;
  /** The worker's judgement questions, as answered. */
  judgement: { reasonableGrounds: Reading; significantHarm: Reading };
  /**
   * A trafficking concern strong enough for the police and the missing-from-home plan without waiting: immediate
   * danger, a sign of exploitation itself, an open NRM referral, or the worker's judgement.
   */
  strongConcern: boolean;
  /** The child's life does or may reach outside the UK (a cross-border element, or nationality not recorded). */
  crossBorderPossible: boolean;
}

export function adultName(adult: ConnectedAdult): string {
  for (const name of adult.names) {
    // In the order the person gives it (family name first where they put it first).
    const full = nameInOrder(name);
    if (full) return full;
  }
  return 'an adult whose name is not recorded';
}

const ukOrUnknown = new Set(['United Kingdom', 'Unknown']);

export function buildContext(
  caseRecord: CaseRecord,
  answers: AssessmentAnswers,
  index: FrameworkIndex,
  settings: ImaafSettings,
): RuleContext {
  const base = { index, answers };
  const child = caseRecord.child;
  const englandOrWales = caseRecord.jurisdiction === 'England' || caseRecord.jurisdiction === 'Wales';

  const homeCountryValue = answeredValue(base, 'home-country');
  const homeCountry =
    typeof homeCountryValue === 'string' && !ukOrUnknown.has(homeCountryValue)
      ? homeCountryValue
      : (child.placeOfBirth.country && !ukOrUnknown.has(child.placeOfBirth.country) ? child.placeOfBirth.country : null);
  const foreignNationality = child.nationalities.find((nationality) => nationality !== 'British' && nationality !== 'Unknown') ?? null;

  // A cross-border element is any sign the child's life reaches outside the UK.
  const crossBorderReasons: string[] = [];
  for (const leg of caseRecord.journey.legs) {
    const abroad = [leg.from.country, leg.to.country].filter((country): country is string => !!country && !ukOrUnknown.has(country));
    if (abroad.length > 0) {
      crossBorderReasons.push(`a journey leg from ${countryInWords(leg.from.country)} to ${countryInWords(leg.to.country)}`);
    }
  }
  if (foreignNationality) crossBorderReasons.push(`${foreignNationality} nationality`);
  if (child.placeOfBirth.country && !ukOrUnknown.has(child.placeOfBirth.country)) crossBorderReasons.push(`born in ${child.placeOfBirth.country}`);
  if (typeof homeCountryValue === 'string' && !ukOrUnknown.has(homeCountryValue)) crossBorderReasons.push(`home country given as ${homeCountryValue}`);

  const asylumFacts: string[] = [];
  const asylumItem = readRole(base, 'asylum-claim');
  const protectionStatuses = ['asylum-claim-pending', 'refugee-status', 'humanitarian-protection'];
  if (child.immigration.asylumClaim === 'yes') asylumFacts.push('the case record says an asylum claim has been made');
  if (protectionStatuses.includes(child.immigration.status)) asylumFacts.push('their immigration status is an asylum claim or protection status');
  if (asylumItem === 'yes') asylumFacts.push('the assessment records an asylum claim');
  const asylumNo = child.immigration.asylumClaim === 'no' || asylumItem === 'no' || child.immigration.status === 'british-or-irish';
  const asylumStatus = asylumFacts.length > 0 ? 'yes' : asylumNo ? 'no' : 'unknown';

  // The interpreter rule follows the seed (an independent interpreter, not from the same area) [C: S1, S7]; it never
  // applies to a child whose first language is English.
  const firstLanguage = child.languages[0] ?? null;
  const englishFirst = firstLanguage === 'English';
  const interpreterItem = readRole(base, 'interpreter-needed');
  const interpreterFacts: string[] = [];
  if (!englishFirst) {
    if (firstLanguage) interpreterFacts.push(`their first language is ${firstLanguage}`);
    if (child.interpreter.needed === 'yes') interpreterFacts.push(`the case record says an interpreter is needed${child.interpreter.language ? ` (${child.interpreter.language})` : ''}`);
    if (child.englishSpoken === 'no') interpreterFacts.push('they do not speak English');
    if (interpreterItem === 'yes') interpreterFacts.push('the assessment records that an interpreter is needed');
  }
  const interpreterNeeded = interpreterFacts.length > 0;

  const findings = collectFindings(caseRecord, answers, index);
  const crossBorderPresent = crossBorderReasons.length > 0;
  const nationalityUnknown = child.nationalities.length === 0 || child.nationalities.every((nationality) => nationality === 'Unknown');
  const interpreterNotKnown =
    !englishFirst && !interpreterNeeded && crossBorderPresent && child.interpreter.needed !== 'no' && interpreterItem !== 'no' && child.englishSpoken !== 'yes';
  if (interpreterNotKnown) interpreterFacts.push('whether they need an interpreter is not known, and their life reaches outside the UK');
  const danger = readRole(base, 'immediate-danger') === 'yes';
  const nrmOpen = readRole(base, 'nrm-referral-made') === 'yes';
  const judgement = { reasonableGrounds: readRole(base, 'judgement-reasonable-grounds'), significantHarm: readRole(base, 'judgement-significant-harm') };
  const directFindings = findings.filter((finding) => finding.direct);
  const ctxWithoutAge = {
    caseRecord,
    index,
    answers,
    settings,
    jurisdiction: caseRecord.jurisdiction,
    englandOrWales,
    findings,
    crossBorder: { present: crossBorderPresent, reasons: crossBorderReasons },
    asylum: { status: asylumStatus, facts: asylumFacts } as RuleContext['asylum'],
    parentalResponsibilityHolders: caseRecord.connectedAdults.filter((adult) => adult.parentalResponsibility === 'yes'),
    interpreter: { needed: interpreterNeeded, notKnown: interpreterNotKnown, facts: interpreterFacts },
    homeCountry,
    foreignNationality,
    concern: findings.length > 0,
    directFindings,
    danger,
    nrmOpen,
    judgement,
    strongConcern: danger || nrmOpen || directFindings.length > 0 || judgement.reasonableGrounds === 'yes' || judgement.significantHarm === 'yes',
    crossBorderPossible: crossBorderPresent || nationalityUnknown,
  };
  const age = findAge(ctxWithoutAge);
  if (age.pathway === 'child') return { ...ctxWithoutAge, age };
  // On the adult pathway the indicator labels speak of the young person, never "the child".
  const relabel = (finding: IndicatorFinding): IndicatorFinding => ({ ...finding, label: youngPersonWords(finding.label) });
  return { ...ctxWithoutAge, findings: findings.map(relabel), directFindings: directFindings.map(relabel), age };
}

export function youngPersonWords(text: string): string {
  return text.replace(/\bthe child’s\b/g, 'the young person’s').replace(/\bthe child\b/g, 'the young person').replace(/\ba child\b/g, 'a young person');
}

export function collectFindings(caseRecord: CaseRecord, answers: AssessmentAnswers, index: FrameworkIndex): IndicatorFinding[] {
  const findings: IndicatorFinding[] = [];
  const add = (item: FrameworkItem, answer: Answer | undefined, connectedAdultId: string | null) => {
    if (!item.indicatorCode || !answer) return;
    const reading = readAnswer(item, answer);
    if (reading !== 'yes' && reading !== 'suspected') return;
    const indicator = index.indicators.get(item.indicatorCode);
    if (!indicator) return;
    findings.push({
      itemId: item.id,
      indicatorCode: indicator.code,
      category: indicator.category,
      label: indicator.label,
      question: item.question,
      status: reading,
      about: item.about,
      connectedAdultId,
      source: answer.source,
      note: answer.note,
      direct: indicator.direct,
    });
  };
  for (const item of index.onceItems) add(item, answers.items[item.id], null);
  for (const adult of caseRecord.connectedAdults) {
    const adultAnswers = answers.connectedAdults[adult.id];
    if (!adultAnswers) continue;
    for (const item of index.adultItems) add(item, adultAnswers[item.id], adult.id);
  }
  return findings;
}

function countryInWords(country: string | null): string {
  if (!country || country === 'Unknown') return 'a country not known';
  return country === 'United Kingdom' ? 'the United Kingdom' : country;
}
