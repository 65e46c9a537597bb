import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../domain/case/schemas';
import { builtInFrameworks, sourceTitles, type Answer, type Outcome } from '../../../domain/imaaf';
import { jurisdictions, type Jurisdiction } from '../../../domain/reference-data';
import { adult, allText, answer, answers, ids, journeyLeg, makeCase, notKnown, outcomeFor, recommendation, yearsAgo } from './helpers';

/**
 * Issue 11, one block per class of defect: each row is the defect's situation and the right outcome.
 */

const romanian = (extra: Partial<CaseRecord['child']> = {}, overrides: Partial<CaseRecord> = {}) =>
  makeCase(
    { journey: { legs: [journeyLeg('Romania', 'United Kingdom')], entry: { port: 'Dover', date: null, metBy: '', canNameMeeter: 'unknown' } }, ...overrides },
    { nationalities: ['Romanian'], placeOfBirth: { country: 'Romania', town: '' }, languages: ['Romanian'], immigration: { status: 'not-known', asylumClaim: 'unknown', homeOfficeReference: '', notes: '' }, ...extra },
  );

describe('class 1: thresholds follow the law', () => {
  const indirect: [string, Record<string, Answer>][] = [
    ['fear of people in authority', { 'distrusts-authorities': answer('yes') }],
    ['no documents', { 'false-or-no-documents': answer('yes') }],
    ['afraid of being sent back', { 'fears-being-returned': answer('suspected') }],
  ];
  it.each(indirect)('one indirect indicator (%s) prompts consideration, with no statutory wording', (_label, given) => {
    const outcome = outcomeFor(makeCase(), answers({ 'immediate-danger': answer('no'), ...given }));
    const text = allText(outcome);
    expect(text).not.toMatch(/(must|should) be made/i);
    expect(text).not.toMatch(/which gives reasonable cause to suspect/i);
    expect(ids(outcome)).not.toContain('nrm-referral');
    expect(ids(outcome)).not.toContain('strategy-discussion');
    expect(ids(outcome)).not.toContain('police');
    expect(recommendation(outcome, 'consider-nrm-referral')?.reason).toMatch(/indicators that point to vulnerability rather than exploitation itself/);
    expect(recommendation(outcome, 'consider-significant-harm')?.reason).toMatch(/your professional judgement/);
    const grounds = outcome.judgements.find((judgement) => judgement.id === 'reasonable-grounds');
    expect(grounds).toMatchObject({ answer: 'not-answered', itemId: 'judgement-reasonable-grounds', direct: [] });
    expect(grounds?.indirect).toHaveLength(1);
    expect(grounds?.prompt).toMatch(/Your judgement is needed/);
  });

  it.each([
    ['yes', 'An NRM referral must be made', true],
    ['no', undefined, false],
    ['unknown', undefined, false],
  ] as const)('judgement on reasonable grounds answered %s', (value, title, statutory) => {
    const judgement = value === 'unknown' ? notKnown() : answer(value);
    const outcome = outcomeFor(makeCase(), answers({ 'distrusts-authorities': answer('yes'), 'judgement-reasonable-grounds': judgement }));
    expect(recommendation(outcome, 'nrm-referral')?.title).toBe(title);
    expect(/(must|should) be made/i.test(allText(outcome))).toBe(statutory);
    if (value === 'no') expect(recommendation(outcome, 'consider-nrm-referral')?.title).toBe('Keep an NRM referral under review');
    expect(outcome.judgements.find((entry) => entry.id === 'reasonable-grounds')?.answer).toBe(value === 'unknown' ? 'not-known' : value);
  });

  it('a strategy discussion follows the judgement of reasonable cause to suspect significant harm, stated as the worker’s', () => {
    const outcome = outcomeFor(makeCase(), answers({ 'little-or-no-pay': answer('yes'), 'judgement-significant-harm': answer('yes') }));
    expect(recommendation(outcome, 'strategy-discussion')?.reason).toMatch(/^You recorded that, in your judgement, there is reasonable cause to suspect/);
    expect(ids(outcome)).not.toContain('consider-significant-harm');
  });

  it('the judgement questions are near the end of the assessment, in the last section', () => {
    const outcome = outcomeFor(makeCase(), answers({ 'little-or-no-pay': answer('yes') }));
    expect(outcome.judgements.map((judgement) => judgement.itemId)).toEqual(['judgement-reasonable-grounds', 'judgement-significant-harm']);
    expect(outcome.judgements[0]?.direct).toEqual(['gets little or no pay (yes)']);
  });
});

describe('class 2: what exploitation to explore follows the kind of place', () => {
  const rows: [string, string[], string[]][] = [
    ['car-wash', ['forced-to-work', 'wages-taken'], ['prostitution', 'child-exploitation']],
    ['nail-bar', ['forced-to-work', 'wages-taken'], ['prostitution']],
    ['restaurant-or-takeaway', ['forced-to-work', 'wages-taken'], ['prostitution']],
    ['construction', ['forced-to-work', 'wages-taken'], ['prostitution']],
    ['agriculture', ['forced-to-work', 'wages-taken'], ['prostitution']],
    ['factory', ['forced-to-work', 'wages-taken'], ['prostitution']],
    ['cannabis-farm', ['forced-to-commit-crime'], ['prostitution', 'forced-to-work']],
    ['drug-supply', ['forced-to-commit-crime'], ['prostitution']],
    ['begging', ['forced-to-commit-crime'], ['prostitution']],
    ['shoplifting-or-street-crime', ['forced-to-commit-crime'], ['prostitution']],
    ['brothel', ['prostitution', 'child-exploitation'], ['forced-to-work']],
    ['massage-parlour', ['prostitution', 'child-exploitation'], ['forced-to-work']],
    ['hotel', ['child-exploitation', 'taken-somewhere'], ['forced-to-work']],
    ['parties', ['child-exploitation', 'taken-somewhere'], ['forced-to-work']],
    ['private-home', ['unpaid-household-work'], ['prostitution']],
    ['forced-marriage', ['unpaid-household-work', 'other'], ['prostitution']],
    ['organ-removal', ['organs-removed'], ['prostitution']],
  ];
  it.each(rows)('found linked to %s: explore %j, never %j', (place, expected, never) => {
    const outcome = outcomeFor(makeCase(), answers({ 'linked-to-place-of-exploitation': answer('yes'), 'exploitation-setting': answer([place]) }));
    expect(outcome.exploitationTypesToExplore).toEqual(expected);
    for (const type of never) expect(outcome.exploitationTypesToExplore).not.toContain(type);
    for (const entry of outcome.exploitationToExplore) expect(entry.because.join(' ')).toMatch(/^linked to: /);
  });

  it('being linked to a place, without saying which, no longer suggests prostitution', () => {
    const outcome = outcomeFor(makeCase(), answers({ 'linked-to-place-of-exploitation': answer('yes') }));
    expect(outcome.exploitationTypesToExplore).toEqual([]);
  });

  it('gives each type its reasons, from the place and the indicators', () => {
    const outcome = outcomeFor(makeCase(), answers({ 'exploitation-setting': answer(['car-wash']), 'excessive-hours': answer('yes') }));
    expect(outcome.exploitationToExplore.find((entry) => entry.type === 'forced-to-work')).toEqual({
      type: 'forced-to-work',
      label: 'Forced to work for nothing or almost nothing',
      because: ['linked to: car wash', 'works very long hours over long periods, with no days off (yes)'],
    });
  });
});

describe('class 3: practice at the point of need', () => {
  const uncle = adult({ names: [{ given: 'Dorin', family: 'Matei', type: 'main' }] });
  const rows: [string, Record<string, Answer>, Record<string, Record<string, Answer>>, RegExp | null][] = [
    ['an adult insists on staying and speaking', {}, { [uncle.id]: { 'adult-insists-on-staying': answer('yes') } }, /Dorin Matei insists on staying with the child and speaking for them \(recorded as yes\)/],
    ['the child lets others speak for them', { 'lets-others-speak': answer('suspected') }, {}, /the child lets others speak for them \(suspected\)/i],
    ['the child was not spoken to alone', { 'spoken-alone': answer('no') }, {}, /you recorded that you have not spoken with the child without the accompanying adult present/i],
    ['the child was spoken to alone and nobody speaks for them', { 'spoken-alone': answer('yes') }, {}, null],
  ];
  it.each(rows)('%s', (_label, items, adults, expected) => {
    const outcome = outcomeFor(makeCase({ connectedAdults: [uncle] }), answers(items, adults));
    const speak = recommendation(outcome, 'speak-to-child-alone');
    if (!expected) {
      expect(speak).toBeUndefined();
      return;
    }
    expect(speak?.title).toBe('Speak to the child on their own');
    expect(speak?.reason).toMatch(expected);
    expect(speak?.reason).toMatch(/without the accompanying adult present: having that adult in the room could put the child at further risk/);
  });

  const interpreterRows: [string, CaseRecord, RegExp | null][] = [
    ['first language Romanian', romanian(), /^Book an independent interpreter \(Romanian\), not from the child’s community or area$/],
    ['need not known, a cross-border child whose language is not recorded', romanian({ languages: [], interpreter: { needed: 'unknown', language: null, dialect: '', preferredGender: null }, englishSpoken: 'unknown' }), /^Find out which language the child speak/],
    ['first language English, even with an interpreter marked needed', makeCase({}, { interpreter: { needed: 'yes', language: 'Polish', dialect: '', preferredGender: null } }), null],
    ['a British child with nothing recorded about language', makeCase({}, { languages: [], interpreter: { needed: 'unknown', language: null, dialect: '', preferredGender: null }, englishSpoken: 'unknown' }), null],
  ];
  it.each(interpreterRows)('interpreter: %s', (_label, record, title) => {
    const interpreter = recommendation(outcomeFor(record, answers({})), 'interpreter');
    if (!title) {
      expect(interpreter).toBeUndefined();
      return;
    }
    expect(interpreter?.title).toMatch(title);
    expect(interpreter?.reason).toMatch(/Avoid one from the same community or area/);
    expect(interpreter?.reason).toMatch(/Never use an adult who is with the child as the interpreter/);
  });
});

describe('class 4: age', () => {
  const rows: [string, Partial<CaseRecord['child']>, Record<string, Answer>, { pathway: 'child' | 'adult'; ageAssessment: boolean }][] = [
    ['blank status, 14 by date of birth', { ageStatus: null }, {}, { pathway: 'child', ageAssessment: false }],
    ['disputed', { ageStatus: 'disputed-treated-as-child' }, {}, { pathway: 'child', ageAssessment: true }],
    ['accepted as adult on verified documents, "may be under 18?" unanswered', { ageStatus: 'accepted-adult-documents-verified', dateOfBirth: { claimed: null, documented: yearsAgo(22), documentNote: 'Passport', assessed: null } }, {}, { pathway: 'adult', ageAssessment: false }],
    ['accepted as adult on verified documents, but a reason to think under 18', { ageStatus: 'accepted-adult-documents-verified', dateOfBirth: { claimed: null, documented: yearsAgo(22), documentNote: 'Passport', assessed: null } }, { 'may-be-under-18': answer('yes') }, { pathway: 'child', ageAssessment: true }],
    ['blank status, dates of birth on both sides of 18', { ageStatus: null, dateOfBirth: { claimed: yearsAgo(16), documented: yearsAgo(20), documentNote: '', assessed: null } }, {}, { pathway: 'child', ageAssessment: true }],
    ['blank status, no date of birth, looks 16 to 20', { ageStatus: null, dateOfBirth: { claimed: null, documented: null, documentNote: '', assessed: null }, apparentAge: { youngest: 16, oldest: 20 } }, {}, { pathway: 'child', ageAssessment: true }],
    ['accepted as a child, looks 16 to 20', { ageStatus: 'accepted-child', apparentAge: { youngest: 16, oldest: 20 } }, {}, { pathway: 'child', ageAssessment: false }],
  ];
  it.each(rows)('%s', (_label, child, items, expected) => {
    const outcome = outcomeFor(makeCase({}, child), answers(items));
    expect(outcome.pathway).toBe(expected.pathway);
    expect(ids(outcome).includes('age-assessment')).toBe(expected.ageAssessment);
    expect(ids(outcome).includes('treat-as-child')).toBe(expected.ageAssessment);
    if (child.apparentAge) expect(outcome.age.basis).toMatch(/They look 16 to 20; appearance alone never decides age/);
  });
});

describe('class 7: calm when nothing is wrong', () => {
  it('a British child with no indicator: said plainly, only the gaps that matter, no alarm', () => {
    const outcome = outcomeFor(makeCase(), answers({ 'immediate-danger': answer('no') }));
    expect(outcome.notes[0]?.text).toMatch(/^No trafficking indicator is recorded in this assessment so far/);
    const text = `${allText(outcome)} ${outcome.notes.map((note) => note.text).join(' ')}`;
    expect(text).not.toMatch(/child trafficking is child abuse/i);
    const gapIds = outcome.informationGaps.map((gap) => gap.itemId);
    for (const id of ['still-in-situation', 'interpreter-needed', 'asylum-claim', 'home-country', 'judgement-reasonable-grounds']) expect(gapIds).not.toContain(id);
    expect(gapIds).toContain('spoken-alone');
    expect(ids(outcome)).toEqual(['organisation-procedure']);
  });

  it('the cross-border questions are gaps for a child whose life reaches abroad', () => {
    const gapIds = outcomeFor(romanian(), answers({})).informationGaps.map((gap) => gap.itemId);
    expect(gapIds).toContain('asylum-claim');
    expect(gapIds).toContain('home-country');
  });
});

describe('class 8: an open NRM referral is itself a concern', () => {
  it.each([
    ['England', 'ictg-referral'],
    ['Wales', 'ictg-referral'],
    ['Scotland', 'scottish-guardianship-service'],
    ['Northern Ireland', 'independent-guardian-service'],
  ] as const)('%s: guardianship, children’s services and the police with no indicator answered', (jurisdiction, guardian) => {
    const outcome = outcomeFor(makeCase({ jurisdiction }), answers({ 'nrm-referral-made': answer('yes') }));
    expect(ids(outcome)).toEqual(expect.arrayContaining([guardian, 'childrens-services', 'police']));
    expect(recommendation(outcome, 'childrens-services')?.reason).toMatch(/An NRM referral is recorded as made/);
    expect(ids(outcome)).not.toContain('nrm-referral');
    expect(outcome.notes.map((note) => note.id)).not.toContain('no-indicators-recorded');
  });
});

describe('class 9: adults’ factors become actions naming the adult', () => {
  const rows: [string, Record<string, Answer>][] = [
    ['contact to be stopped or supervised', { 'adult-contact-restricted': answer('yes') }],
    ['holds the child’s documents or money', { 'adult-holds-documents-or-money': answer('suspected') }],
  ];
  it.each(rows)('%s', (_label, factors) => {
    const agent = adult({ names: [{ given: 'Viorel', family: 'Stan', type: 'main' }], doNotInform: true });
    const outcome = outcomeFor(makeCase({ connectedAdults: [agent] }), answers({}, { [agent.id]: factors }));
    const action = recommendation(outcome, 'protect-from-adult-1');
    expect(action?.title).toBe('Viorel Stan: police checks, do not release the child to them, contact only if supervised');
    expect(action?.reason).toMatch(/Ask the police for checks on Viorel Stan\. Do not release the child into Viorel Stan’s care/);
    expect(action?.reason).toMatch(/marked “do not inform”/);
  });

  it('no action for an adult with neither factor', () => {
    const carer = adult();
    const outcome = outcomeFor(makeCase({ connectedAdults: [carer] }), answers({}, { [carer.id]: { 'adult-contact-restricted': answer('no') } }));
    expect(ids(outcome).some((id) => id.startsWith('protect-from-adult'))).toBe(false);
  });
});

describe('class 10: smaller wording faults', () => {
  it('CFAB: “is seeking asylum” when it is known, never “may be”', () => {
    const cfab = recommendation(outcomeFor(romanian({ immigration: { status: 'asylum-claim-pending', asylumClaim: 'yes', homeOfficeReference: '', notes: '' } }), answers({})), 'cfab-checks');
    expect(cfab?.reason).toMatch(/Because the child is seeking asylum/);
    expect(cfab?.reason).not.toMatch(/may be seeking/);
  });

  it('names the home country when it is recorded, and the ICACU request is for that country if it has signed', () => {
    const outcome = outcomeFor(romanian({ immigration: { status: 'not-known', asylumClaim: 'no', homeOfficeReference: '', notes: '' } }), answers({ 'home-country': answer('Romania') }));
    expect(recommendation(outcome, 'cfab-checks')?.title).toBe('Ask CFAB (International Social Service) about checks in Romania');
    expect(recommendation(outcome, 'icacu')?.title).toBe('Consider a request through ICACU (1996 Hague Convention), if Romania has signed it');
    expect(allText(outcome)).not.toMatch(/the child’s home country/);
  });

  it('no ICACU request when no other country is known', () => {
    const record = makeCase({ journey: { legs: [journeyLeg('Unknown', 'United Kingdom'), journeyLeg(null, 'France')], entry: { port: '', date: null, metBy: '', canNameMeeter: 'unknown' } } }, {});
    expect(ids(outcomeFor(record, answers({})))).not.toContain('icacu');
  });
});

/** A child case that brings as many recommendations as the rules have, in one nation. */
function fullestCases(jurisdiction: Jurisdiction): Outcome[] {
  const agent = adult({ names: [{ given: 'Viorel', family: 'Stan', type: 'main' }], relationshipClaimedByAdult: 'family-friend', relationshipClaimedByChild: 'aunt-or-uncle', livesWithChild: 'yes', parentalResponsibility: 'no', doNotInform: true });
  const items = {
    'immediate-danger': answer('yes'),
    'spoken-alone': answer('no'),
    'little-or-no-pay': answer('yes'),
    'distrusts-authorities': answer('yes'),
    'missing-episodes': answer('yes'),
    'not-in-education': answer('yes'),
    'unsure-if-safeguarding-needed': answer('yes'),
    'organisation-procedure-clear': answer('no'),
    'parents-whereabouts-known': answer('no'),
    'judgement-reasonable-grounds': answer('yes'),
    'judgement-significant-harm': answer('yes'),
    'exploitation-setting': answer(['car-wash']),
  };
  const adults = { [agent.id]: { 'adult-insists-on-staying': answer('yes'), 'adult-contact-restricted': answer('yes') } };
  const noGpOrSchool = { gp: { name: '', phone: '', email: '', address: '' }, school: { name: '', phone: '', email: '', address: '' } };
  const variants: Partial<CaseRecord['child']>[] = [
    { ...noGpOrSchool, ageStatus: 'disputed-treated-as-child', dateOfBirth: { claimed: yearsAgo(17), documented: null, documentNote: '', assessed: null } },
    { ...noGpOrSchool, ageStatus: null, immigration: { status: 'not-known', asylumClaim: 'no', homeOfficeReference: '', notes: '' } },
    { ...noGpOrSchool, ageStatus: 'accepted-child', immigration: { status: 'asylum-claim-pending', asylumClaim: 'yes', homeOfficeReference: '', notes: '' } },
  ];
  return variants.map((child) =>
    outcomeFor(romanian(child, { jurisdiction, connectedAdults: [agent] }), answers({ ...items, 'home-country': answer('Romania') }, adults)),
  );
}

const everyRecommendation = jurisdictions.flatMap((jurisdiction) => {
  const seen = new Map<string, Outcome['recommendations'][number]>();
  for (const outcome of fullestCases(jurisdiction)) for (const entry of outcome.recommendations) if (!seen.has(entry.id)) seen.set(entry.id, entry);
  return [...seen.values()].map((entry) => ({ jurisdiction, id: entry.id, entry }));
});

describe('class 10: relationships as labels, never codes', () => {
  it.each(jurisdictions)('%s: no relationship or answer code in any recommendation or difference', (jurisdiction) => {
    for (const outcome of fullestCases(jurisdiction)) {
      const text = `${allText(outcome)} ${JSON.stringify(outcome.differences.map((difference) => [difference.childAccount, difference.adultAccount]))}`;
      expect(text).not.toMatch(/\b(aunt-or-uncle|family-friend|step-parent|other-relative|not-known|car-wash|disputed-treated-as-child|accepted-child)\b/);
    }
  });
});

describe('class 6: each nation’s own bodies and procedures, over every recommendation in each nation', () => {
  it.each(everyRecommendation)('$jurisdiction: $id', ({ jurisdiction, entry }) => {
    const text = `${entry.title} ${entry.reason}`;
    for (const source of entry.sources) expect(sourceTitles[source], source).toBeDefined();
    if (jurisdiction !== 'England') {
      expect(text).not.toMatch(/Working Together/);
      expect(entry.sources).not.toContain('S41');
      expect(text).not.toMatch(/virtual school/i);
    }
    if (jurisdiction !== 'England' && jurisdiction !== 'Wales') {
      expect(text).not.toMatch(/section 47|Independent Child Trafficking Guardian|\bICTG\b|ICACU|\bMASH\b|Duty to Notify|must be made/);
    }
    if (jurisdiction === 'Scotland') expect(text).not.toMatch(/strategy discussion/i);
    if (jurisdiction === 'Northern Ireland') {
      expect(text).not.toMatch(/local authority/i);
      expect(text).not.toMatch(/Scottish Guardianship/);
    }
    if (jurisdiction !== 'Northern Ireland') expect(text).not.toMatch(/Independent Guardian Service|Health and Social Care Trust’s children’s services/);
    if (jurisdiction === 'Wales' && entry.id === 'strategy-discussion') expect(text).toMatch(/the Wales Safeguarding Procedures/);
    if (jurisdiction === 'England' && entry.id === 'strategy-discussion') expect(text).toMatch(/Working Together to Safeguard Children 2023/);
    if (jurisdiction === 'Scotland' && entry.id === 'inter-agency-referral-discussion') expect(text).toMatch(/National Guidance for Child Protection in Scotland 2021/);
    if (jurisdiction === 'Northern Ireland' && entry.id === 'agree-first-responder') expect(text).toMatch(/Northern Ireland has its own list of first responders/);
  });

  it('covers the recommendations each nation has', () => {
    const idsIn = (jurisdiction: Jurisdiction) => everyRecommendation.filter((row) => row.jurisdiction === jurisdiction).map((row) => row.id);
    expect(idsIn('England')).toEqual(expect.arrayContaining(['call-999', 'strategy-discussion', 'nrm-referral', 'ictg-referral', 'icacu', 'education', 'speak-to-child-alone', 'interpreter', 'protect-from-adult-1', 'private-fostering', 'missing-plan', 'treat-as-child', 'age-assessment', 'record-age-status', 'do-not-contact-home-state', 'cfab-checks', 'embassy-or-consulate', 'family-tracing']));
    expect(idsIn('Scotland')).toEqual(expect.arrayContaining(['inter-agency-referral-discussion', 'nrm-referral', 'scottish-guardianship-service']));
    expect(idsIn('Northern Ireland')).toEqual(expect.arrayContaining(['strategy-discussion', 'nrm-referral', 'independent-guardian-service', 'agree-first-responder', 'childrens-services']));
    expect(idsIn('Wales')).toEqual(expect.arrayContaining(['strategy-discussion', 'nrm-referral', 'ictg-referral', 'icacu']));
  });
});

describe('an assessment started under version 2026.1, which has no judgement questions', () => {
  it('still opens, says "Consider", and asks for a new assessment to record the judgement', () => {
    const old = builtInFrameworks[0];
    if (!old) throw new Error('Version 2026.1 must stay built in');
    expect(old.version).toBe('2026.1');
    const outcome = outcomeFor(makeCase(), answers({ 'little-or-no-pay': answer('yes') }, {}, old), old);
    expect(ids(outcome)).not.toContain('nrm-referral');
    expect(recommendation(outcome, 'consider-nrm-referral')?.reason).toMatch(/start a new assessment based on this one/);
    expect(outcome.notes.map((note) => note.id)).toContain('judgement-questions-missing');
    expect(outcome.judgements).toEqual([]);
  });
});
