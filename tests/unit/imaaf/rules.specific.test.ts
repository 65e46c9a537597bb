import { describe, expect, it } from 'vitest';
import { AppError } from '../../../domain/errors';
import { computeOutcome, defaultFramework, outcomeSchema, sampleOutcomeInput } from '../../../domain/imaaf';
import {
  adult,
  adultWordingInTests,
  allText,
  answer,
  answers,
  crossBorderRecommendationIds,
  ids,
  journeyLeg,
  makeCase,
  notKnown,
  outcomeFor,
  recommendation,
  settings,
  yearsAgo,
} from './helpers';

const concern = { 'movement-controlled': answer('yes') };
/** An indicator and the worker's judgement that there are reasonable grounds: the NRM track, and guardianship with it. */
const grounds = { ...concern, 'judgement-reasonable-grounds': answer('yes') };

/** A Romanian child who travelled from Romania: a cross-border case. */
function romanianCase(asylumClaim: 'yes' | 'no' | 'unknown', extra: Parameters<typeof makeCase>[0] = {}) {
  return makeCase(
    { journey: { legs: [journeyLeg('Romania', 'United Kingdom')], entry: { port: 'Dover', date: null, metBy: '', canNameMeeter: 'unknown' } }, ...extra },
    {
      nationalities: ['Romanian'],
      placeOfBirth: { country: 'Romania', town: '' },
      immigration: { status: 'not-known', asylumClaim, homeOfficeReference: '', notes: '' },
    },
  );
}

describe('guardianship in England and Wales', () => {
  it('asks for an ICTG direct worker when nobody in the UK holds parental responsibility', () => {
    const record = makeCase({ connectedAdults: [adult({ parentalResponsibility: 'unknown' })] });
    const ictg = recommendation(outcomeFor(record, answers(grounds)), 'ictg-referral');
    expect(ictg?.title).toMatch(/direct worker/);
    expect(ictg?.reason).toMatch(/Nobody in the UK is recorded as holding parental responsibility/);
  });

  it('asks for a regional practice coordinator when a connected adult holds parental responsibility', () => {
    const mother = adult({ names: [{ given: 'Elena', family: 'Test', type: 'main' }], parentalResponsibility: 'yes', relationshipClaimedByAdult: 'parent' });
    const ictg = recommendation(outcomeFor(makeCase({ connectedAdults: [mother] }), answers(grounds)), 'ictg-referral');
    expect(ictg?.title).toMatch(/regional practice coordinator/);
    expect(ictg?.reason).toContain('Elena Test is recorded as holding parental responsibility');
  });

  it('says when the ICTG service is recorded as not operating locally', () => {
    const ictg = recommendation(outcomeFor(makeCase(), answers(grounds), defaultFramework, { ictgOperatesHere: 'no' }), 'ictg-referral');
    expect(ictg?.reason).toMatch(/does not operate in your area/);
  });

  it('leaves out the guardianship referral once it has been made', () => {
    const outcome = outcomeFor(makeCase(), answers({ ...concern, 'guardian-referral-made': answer('yes') }));
    expect(ids(outcome)).not.toContain('ictg-referral');
  });
});

describe('Northern Ireland and Scotland guardianship', () => {
  it('NI: checks eligibility rather than referring when someone holds parental responsibility', () => {
    const record = makeCase({ jurisdiction: 'Northern Ireland', connectedAdults: [adult({ parentalResponsibility: 'yes' })] });
    const igs = recommendation(outcomeFor(record, answers(grounds)), 'independent-guardian-service');
    expect(igs?.title).toMatch(/Check whether the child is eligible/);
    expect(igs?.reason).toMatch(/section 21/);
  });

  it('NI: a separated child with nobody holding parental responsibility here is eligible even with no indicators', () => {
    const outcome = outcomeFor(romanianCase('unknown', { jurisdiction: 'Northern Ireland' }), answers({}));
    expect(recommendation(outcome, 'independent-guardian-service')?.reason).toMatch(/separated/);
    expect(ids(outcomeFor(makeCase({ jurisdiction: 'Northern Ireland' }), answers({})))).not.toContain('independent-guardian-service');
  });

  it('Scotland: a separated asylum-seeking child is referred to the Scottish Guardianship Service even with no indicators', () => {
    const record = romanianCase('yes', { jurisdiction: 'Scotland' });
    const outcome = outcomeFor(record, answers({}));
    expect(ids(outcome)).toContain('scottish-guardianship-service');
    expect(ids(outcome)).not.toContain('nrm-referral');
  });
});

describe('cross-border agencies', () => {
  it('does not suggest any cross-border agency for a British child with no journey abroad', () => {
    const outcome = outcomeFor(makeCase(), answers({ ...concern, 'parents-whereabouts-known': answer('no') }));
    for (const id of crossBorderRecommendationIds) expect(ids(outcome)).not.toContain(id);
    expect(outcome.crossBorder).toEqual({ present: false, reasons: [] });
  });

  it('treats a journey leg abroad as a cross-border element even for a British child', () => {
    const record = makeCase({ journey: { legs: [journeyLeg('United Kingdom', 'Albania')], entry: { port: '', date: null, metBy: '', canNameMeeter: 'unknown' } } });
    const outcome = outcomeFor(record, answers(concern));
    expect(outcome.crossBorder.present).toBe(true);
    expect(outcome.crossBorder.reasons[0]).toContain('Albania');
    expect(ids(outcome)).toContain('cfab-checks');
  });

  it('with an asylum claim: cautions against contacting the home state and recommends no embassy or Hague request', () => {
    const outcome = outcomeFor(romanianCase('yes'), answers(concern));
    const caution = recommendation(outcome, 'do-not-contact-home-state');
    expect(caution?.kind).toBe('caution');
    expect(caution?.title).toMatch(/Do not contact the embassy, consulate or Romanian authorities/);
    expect(caution?.reason).toMatch(/asylum/);
    expect(ids(outcome)).not.toContain('embassy-or-consulate');
    expect(ids(outcome)).not.toContain('icacu');
    expect(recommendation(outcome, 'cfab-checks')?.reason).toMatch(/take CFAB’s advice first/);
    // The caution comes before the CFAB checks.
    expect(ids(outcome).indexOf('do-not-contact-home-state')).toBeLessThan(ids(outcome).indexOf('cfab-checks'));
  });

  it('an asylum claim recorded only in the assessment also triggers the caution', () => {
    const outcome = outcomeFor(romanianCase('unknown'), answers({ ...concern, 'asylum-claim': answer('yes') }));
    expect(ids(outcome)).toContain('do-not-contact-home-state');
    expect(ids(outcome)).not.toContain('embassy-or-consulate');
  });

  it('with asylum not known: asks the worker to find out first, and offers no embassy contact', () => {
    const outcome = outcomeFor(romanianCase('unknown'), answers(concern));
    expect(ids(outcome)).toContain('check-asylum-before-contact');
    expect(ids(outcome)).not.toContain('embassy-or-consulate');
    expect(recommendation(outcome, 'icacu')?.reason).toMatch(/Check first whether the child is claiming asylum/);
  });

  it('with no asylum claim: offers the embassy with the caution about officials, ICACU in England, and tracing', () => {
    const outcome = outcomeFor(romanianCase('no'), answers({ ...concern, 'parents-whereabouts-known': answer('no') }));
    const embassy = recommendation(outcome, 'embassy-or-consulate');
    expect(embassy?.title).toContain('Romanian');
    expect(embassy?.reason).toMatch(/record your reasons either way/);
    expect(ids(outcome)).toContain('icacu');
    expect(recommendation(outcome, 'family-tracing')?.reason).toMatch(/whereabouts are not known/);
  });

  it('ICACU is only for England and Wales', () => {
    const outcome = outcomeFor(romanianCase('no', { jurisdiction: 'Scotland' }), answers(concern));
    expect(ids(outcome)).not.toContain('icacu');
    expect(ids(outcome)).toContain('cfab-checks');
  });

  it('no family tracing when a parent with parental responsibility is here and the parents’ whereabouts are known', () => {
    const record = romanianCase('no', { connectedAdults: [adult({ parentalResponsibility: 'yes' })] });
    const outcome = outcomeFor(record, answers({ ...concern, 'parents-whereabouts-known': answer('yes') }));
    expect(ids(outcome)).not.toContain('family-tracing');
  });
});

describe('advice and procedures', () => {
  it('names the organisation’s own procedure and contact from settings', () => {
    const procedure = recommendation(outcomeFor(makeCase(), answers({})), 'organisation-procedure');
    expect(procedure?.title).toBe('Follow Northshire child protection procedure (Northshire Council)');
    expect(procedure?.reason).toContain('Safeguarding team, 01234 567890');
  });

  it('suggests the NSPCC Helpline only when the worker is unsure', () => {
    expect(ids(outcomeFor(makeCase(), answers({})))).not.toContain('nspcc-helpline');
    const helpline = recommendation(outcomeFor(makeCase(), answers({ 'unsure-if-safeguarding-needed': answer('yes') })), 'nspcc-helpline');
    expect(helpline?.reason).toContain('0808 800 5000');
    expect(helpline?.reason).toContain('help@nspcc.org.uk');
  });

  it('suggests the Whistleblowing Advice Line when the procedure is unclear or handling is a concern', () => {
    expect(ids(outcomeFor(makeCase(), answers({ 'organisation-procedure-clear': answer('yes') })))).not.toContain('whistleblowing-advice-line');
    const unclear = outcomeFor(makeCase(), answers({ 'organisation-procedure-clear': answer('no') }));
    expect(recommendation(unclear, 'whistleblowing-advice-line')?.reason).toMatch(/does not have a clear safeguarding procedure/);
    const handling = outcomeFor(makeCase(), answers({ 'concern-about-handling': answer('yes') }));
    expect(recommendation(handling, 'whistleblowing-advice-line')?.reason).toMatch(/concerned about how child protection is being handled/);
  });

  it('asks the worker to decide about immediate danger when it is not answered, and never when it is answered no', () => {
    expect(ids(outcomeFor(makeCase(), answers({})))[0]).toBe('check-immediate-danger');
    expect(ids(outcomeFor(makeCase(), answers({ 'immediate-danger': notKnown() })))[0]).toBe('check-immediate-danger');
    expect(ids(outcomeFor(makeCase(), answers({ 'immediate-danger': answer('no') })))).not.toContain('check-immediate-danger');
  });

  it('includes the worker’s note in the 999 reason', () => {
    const outcome = outcomeFor(makeCase(), answers({ 'immediate-danger': answer('yes', { note: 'Man waiting outside with a van' }) }));
    expect(outcome.recommendations[0]?.reason).toContain('Man waiting outside with a van');
  });

  it('books an independent interpreter only when one is needed, with the NSPCC advice', () => {
    expect(ids(outcomeFor(makeCase(), answers({})))).not.toContain('interpreter');
    const record = makeCase({}, { languages: ['Albanian', 'English'], interpreter: { needed: 'yes', language: 'Albanian', dialect: 'Gheg', preferredGender: null } });
    const interpreter = recommendation(outcomeFor(record, answers({ 'interpreter-not-same-area': answer('no') })), 'interpreter');
    expect(interpreter?.title).toBe('Book an independent interpreter (Albanian, Gheg), not from the child’s community or area');
    expect(interpreter?.reason).toMatch(/same community or area of the child’s country of origin/);
    expect(interpreter?.reason).toMatch(/book a different one/);
  });

  it('tells the worker not to inform adults marked “do not inform” about the children’s services referral', () => {
    const record = makeCase({ connectedAdults: [adult({ names: [{ given: 'Ion', family: 'X', type: 'main' }], doNotInform: true })] });
    const referral = recommendation(outcomeFor(record, answers(concern)), 'childrens-services');
    expect(referral?.title).toBe('Refer to children’s services (MASH)');
    expect(referral?.reason).toMatch(/Ion X is marked “do not inform”/);
  });

  it('suggests health and education when no GP or school is recorded', () => {
    const record = makeCase({}, { gp: { name: '', phone: '', email: '', address: '' }, school: { name: '', phone: '', email: '', address: '' } });
    const outcome = outcomeFor(record, answers({}));
    expect(recommendation(outcome, 'health')?.reason).toMatch(/No GP is recorded/);
    expect(recommendation(outcome, 'education')?.reason).toMatch(/No school is recorded/);
  });
});

describe('age', () => {
  it('with no age status, a date of birth under 18 means the child pathway and a prompt to record the status, not an age assessment', () => {
    // Issue 11, class 4: a blank age status is not a doubt about age (the old rule asked for an age assessment here).
    const outcome = outcomeFor(makeCase({}, { ageStatus: null }), answers(concern));
    expect(outcome.pathway).toBe('child');
    expect(recommendation(outcome, 'record-age-status')?.title).toBe('Record the child’s age status on the case');
    expect(ids(outcome)).not.toContain('treat-as-child');
    expect(ids(outcome)).not.toContain('age-assessment');
  });

  it('with no age status and adult dates of birth, stays on the child pathway unless the worker says there is no reason to think under 18', () => {
    const record = makeCase({}, { ageStatus: null, dateOfBirth: { claimed: yearsAgo(30), documented: null, documentNote: '', assessed: null } });
    expect(outcomeFor(record, answers(concern)).pathway).toBe('child');
    expect(outcomeFor(record, answers({ ...concern, 'may-be-under-18': notKnown() })).pathway).toBe('child');
    expect(outcomeFor(record, answers({ ...concern, 'may-be-under-18': answer('no') })).pathway).toBe('adult');
  });

  it('one under-18 date of birth among adult ones keeps the child pathway (benefit of the doubt)', () => {
    const record = makeCase({}, { ageStatus: null, dateOfBirth: { claimed: yearsAgo(15), documented: yearsAgo(25), documentNote: '', assessed: null } });
    expect(outcomeFor(record, answers({ ...concern, 'may-be-under-18': answer('no') })).pathway).toBe('child');
  });

  it('an accepted child whose dates now say 18 or over is asked to review the age status, without adult wording', () => {
    const record = makeCase({}, { ageStatus: 'accepted-child', dateOfBirth: { claimed: yearsAgo(19), documented: null, documentNote: '', assessed: null } });
    const outcome = outcomeFor(record, answers(concern));
    expect(outcome.pathway).toBe('child');
    expect(ids(outcome)).toContain('review-age-status');
    expect(allText(outcome)).not.toMatch(adultWordingInTests);
  });

  it('shows the age-disputed note when the age is disputed', () => {
    const outcome = outcomeFor(makeCase({}, { ageStatus: 'disputed-treated-as-child' }), answers({}));
    expect(outcome.notes.map((note) => note.id)).toContain('age-disputed');
  });
});

describe('planning', () => {
  it('private fostering: an adult recorded as privately fostering', () => {
    const record = makeCase({ connectedAdults: [adult({ names: [{ given: 'Dora', family: 'Y', type: 'main' }], privateFostering: 'yes' })] });
    const fostering = recommendation(outcomeFor(record, answers({})), 'private-fostering');
    expect(fostering?.reason).toContain('Dora Y: private fostering is recorded');
  });

  it('private fostering: an adult whose name reads like adult-pathway wording ("Dtn") is named, and the outcome still stands', () => {
    // Found by the property test: the safety check took the name for "Duty to Notify" and refused the whole outcome.
    const record = makeCase({ connectedAdults: [adult({ names: [{ given: 'Aa', family: 'DtN', type: 'main' }], privateFostering: 'yes' })] });
    const outcome = outcomeFor(record, answers({}));
    expect(recommendation(outcome, 'private-fostering')?.reason).toContain('Aa DtN: private fostering is recorded');
    expect(() => outcomeSchema.parse(outcome)).not.toThrow();
    // Rule wording is still checked: the same words outside a name are refused.
    const withAdultWording = { ...outcome, recommendations: outcome.recommendations.map((item, index) => (index === 0 ? { ...item, reason: `${item.reason} Make a DtN.` } : item)) };
    expect(outcomeSchema.safeParse(withAdultWording).success).toBe(false);
  });

  it('private fostering: a non-relative living with the child without parental responsibility', () => {
    const carer = adult({ livesWithChild: 'yes', parentalResponsibility: 'no', relationshipClaimedByAdult: 'family-friend' });
    expect(ids(outcomeFor(makeCase({ connectedAdults: [carer] }), answers({})))).toContain('private-fostering');
  });

  it('private fostering: not for a relative, nor once the local authority has been told', () => {
    const aunt = adult({ livesWithChild: 'yes', parentalResponsibility: 'no', relationshipClaimedByAdult: 'aunt-or-uncle', relationshipClaimedByChild: 'aunt-or-uncle' });
    expect(ids(outcomeFor(makeCase({ connectedAdults: [aunt] }), answers({})))).not.toContain('private-fostering');
    const friend = adult({ privateFostering: 'yes' });
    const told = answers({}, { [friend.id]: { 'private-fostering-notified': answer('yes') } });
    expect(ids(outcomeFor(makeCase({ connectedAdults: [friend] }), told))).not.toContain('private-fostering');
  });

  it('plans for going missing when missing episodes are recorded, even without other indicators', () => {
    const outcome = outcomeFor(makeCase(), answers({ 'missing-episodes': answer('suspected') }));
    expect(recommendation(outcome, 'missing-plan')?.reason).toMatch(/72 hours/);
    expect(ids(outcomeFor(makeCase(), answers({})))).not.toContain('missing-plan');
  });

  it('a 17-year-old with an NRM referral open is prompted about consent to stay in the NRM and adult support before 18', () => {
    const record = makeCase({}, { dateOfBirth: { claimed: yearsAgo(17), documented: null, documentNote: '', assessed: null } });
    const outcome = outcomeFor(record, answers({ 'nrm-referral-made': answer('yes') }));
    const before18 = recommendation(outcome, 'before-eighteen');
    expect(before18?.reason).toMatch(/consent to stay in the NRM/);
    expect(before18?.reason).toMatch(/Modern Slavery Victim Care Contract/);
    expect(before18?.pathway).toBe('child');
    expect(outcome.pathway).toBe('child');
    expect(allText(outcome)).not.toMatch(adultWordingInTests);
  });

  it('no turning-18 prompt for a 15-year-old, or once a conclusive decision is made', () => {
    expect(ids(outcomeFor(makeCase({}, { dateOfBirth: { claimed: yearsAgo(15), documented: null, documentNote: '', assessed: null } }), answers({ 'nrm-referral-made': answer('yes') })))).not.toContain('before-eighteen');
    const seventeen = makeCase({}, { dateOfBirth: { claimed: yearsAgo(17), documented: null, documentNote: '', assessed: null } });
    expect(ids(outcomeFor(seventeen, answers({ 'nrm-referral-made': answer('yes'), 'nrm-conclusive-decision': answer('yes') })))).not.toContain('before-eighteen');
  });
});

describe('differences between accounts', () => {
  it('lists a different reason for coming given by the child and by an adult, with the trauma and coaching reminder', () => {
    const uncle = adult({ names: [{ given: 'Petru', family: 'Z', type: 'main' }] });
    const given = answers({ 'why-here-child': answer('work') }, { [uncle.id]: { 'why-here-adult': answer('education') } });
    const outcome = outcomeFor(makeCase({ connectedAdults: [uncle] }), given);
    expect(outcome.differences).toHaveLength(1);
    const difference = outcome.differences[0];
    expect(difference?.childAccount).toBe('Work');
    expect(difference?.adultAccount).toBe('Education');
    expect(difference?.connectedAdultName).toBe('Petru Z');
    expect(difference?.reminder).toMatch(/trauma/);
    expect(difference?.reminder).toMatch(/coaching/);
  });

  it('lists no difference when the accounts agree or one is not known', () => {
    const aunt = adult();
    const agree = answers({ 'why-here-child': answer('education') }, { [aunt.id]: { 'why-here-adult': answer('education') } });
    expect(outcomeFor(makeCase({ connectedAdults: [aunt] }), agree).differences).toEqual([]);
    const unknownSide = answers({ 'why-here-child': notKnown() }, { [aunt.id]: { 'why-here-adult': answer('education') } });
    expect(outcomeFor(makeCase({ connectedAdults: [aunt] }), unknownSide).differences).toEqual([]);
  });

  it('lists a relationship the child and the adult describe differently on the connected adult record', () => {
    const claimed = adult({ relationshipClaimedByAdult: 'parent', relationshipClaimedByChild: 'agent' });
    const outcome = outcomeFor(makeCase({ connectedAdults: [claimed] }), answers({}));
    expect(outcome.differences).toEqual([
      expect.objectContaining({ topic: 'Relationship to the child', childAccount: 'Agent or person who arranged travel', adultAccount: 'Parent', from: 'case-record' }),
    ]);
  });
});

describe('information gaps and indicators', () => {
  it('turns each not-known answer, not-assessed indicator and unanswered important item into a gap with a suggestion', () => {
    const carer = adult({ names: [{ given: 'Luca', family: 'Q', type: 'main' }] });
    const given = answers(
      { 'debt-owed': notKnown(), 'poor-accommodation': answer('not-assessed'), 'session-place': notKnown() },
      { [carer.id]: { 'adult-known-to-agencies': notKnown() } },
    );
    const gaps = outcomeFor(makeCase({ connectedAdults: [carer] }), given).informationGaps;
    const byItem = (itemId: string) => gaps.find((gap) => gap.itemId === itemId);
    expect(byItem('debt-owed')?.reason).toBe('not-known');
    expect(byItem('debt-owed')?.suggestion.length).toBeGreaterThan(10);
    expect(byItem('poor-accommodation')?.reason).toBe('not-assessed');
    expect(byItem('session-place')?.reason).toBe('not-known');
    // A British child with no cross-border element: asylum is not a gap for them (issue 11, class 7).
    expect(byItem('asylum-claim')).toBeUndefined();
    expect(byItem('promises-made')).toBeUndefined(); // not important, not answered: not a gap
    const adultGap = gaps.find((gap) => gap.itemId === 'adult-known-to-agencies');
    expect(adultGap).toMatchObject({ connectedAdultId: carer.id, about: 'connected-adult', reason: 'not-known' });
    expect(adultGap?.question).toContain('About Luca Q:');
    // Important adult items not answered for an adult are gaps too.
    expect(gaps.some((gap) => gap.itemId === 'why-here-adult' && gap.connectedAdultId === carer.id && gap.reason === 'not-answered')).toBe(true);
  });

  it('counts yes and suspected by category, and lists factors for each adult by id', () => {
    const first = adult();
    const second = adult();
    const given = answers(
      { 'movement-controlled': answer('yes'), 'cannot-leave': answer('suspected'), 'rarely-leaves-house': answer('no'), 'not-in-education': answer('yes') },
      { [first.id]: { 'adult-insists-on-staying': answer('yes'), 'adult-holds-documents-or-money': answer('suspected') } },
    );
    const outcome = outcomeFor(makeCase({ connectedAdults: [first, second] }), given);
    const movement = outcome.indicatorsByCategory.find((category) => category.category === 'movement-and-control');
    expect(movement).toMatchObject({ yes: 1, suspected: 1 });
    expect(movement?.items.map((item) => item.itemId).sort()).toEqual(['cannot-leave', 'movement-controlled']);
    expect(outcome.indicatorsByCategory.find((category) => category.category === 'education-and-health')).toMatchObject({ yes: 1, suspected: 0 });
    expect(outcome.indicatorsByCategory.find((category) => category.category === 'adult-involvement')).toMatchObject({ yes: 1, suspected: 1 });
    const factors = outcome.connectedAdultFactors;
    expect(factors.find((entry) => entry.connectedAdultId === first.id)).toMatchObject({ yes: 1, suspected: 1 });
    expect(factors.find((entry) => entry.connectedAdultId === second.id)).toMatchObject({ yes: 0, suspected: 0, factors: [] });
  });

  it('an adult factor alone prompts consideration of the NRM referral, and the judgement makes it one', () => {
    const agent = adult();
    const factor = { [agent.id]: { 'adult-visas-for-several-children': answer('suspected') } };
    const record = makeCase({ connectedAdults: [agent] });
    expect(recommendation(outcomeFor(record, answers({}, factor)), 'consider-nrm-referral')?.reason).toMatch(/several different children \(suspected\)/);
    const judged = outcomeFor(record, answers({ 'judgement-reasonable-grounds': answer('yes') }, factor));
    expect(recommendation(judged, 'nrm-referral')?.reason).toMatch(/several different children \(suspected\)/);
  });

  it('lists exploitation types suggested by indicators and named by the worker', () => {
    const outcome = outcomeFor(makeCase(), answers({ 'daily-minimum-to-earn': answer('yes'), 'exploitation-types': answer(['organs-removed']) }));
    expect(outcome.exploitationTypesToExplore).toEqual(['forced-to-work', 'prostitution', 'forced-to-commit-crime', 'organs-removed']);
  });

  it('always carries the “not proof” and “does not replace procedures” notes, and no score', () => {
    const outcome = outcomeFor(makeCase(), answers(concern));
    const notes = outcome.notes.map((note) => note.text).join(' ');
    expect(notes).toMatch(/Indicators are not proof/);
    expect(notes).toMatch(/does not replace, statutory child protection procedures/);
    expect(JSON.stringify(outcome)).not.toMatch(/"[a-z]*score[a-z]*"\s*:/i);
    expect(notes).toMatch(/There is no score/);
  });
});

describe('guards', () => {
  it('refuses answers given under another framework version', () => {
    const given = { ...answers({}), frameworkVersion: '1999.1' };
    expect(() => outcomeFor(makeCase(), given)).toThrow(AppError);
    try {
      outcomeFor(makeCase(), given);
    } catch (error) {
      expect((error as AppError).code).toBe('VALIDATION');
    }
  });

  it('refuses settings without today’s date', () => {
    expect(() => computeOutcome(makeCase(), answers({}), defaultFramework, { ...settings, today: '30/11/2026' })).toThrow(AppError);
  });

  it('outcomeSchema rejects an outcome that breaks a safety rule', () => {
    const outcome = outcomeFor(makeCase(), answers({ ...concern, 'immediate-danger': answer('yes') }));
    expect(outcomeSchema.safeParse(outcome).success).toBe(true);
    const reordered = { ...outcome, recommendations: [...outcome.recommendations].reverse().map((entry, i) => ({ ...entry, priority: i + 1 })) };
    expect(outcomeSchema.safeParse(reordered).success).toBe(false);
    const adultWords = {
      ...outcome,
      recommendations: outcome.recommendations.map((entry, i) => (i === 1 ? { ...entry, reason: `${entry.reason} Use the Duty to Notify.` } : entry)),
    };
    expect(outcomeSchema.safeParse(adultWords).success).toBe(false);
  });

  // How long this takes is measured by bench/imaaf.bench.ts, never asserted here.
  it('works out the sample (five adults, every item answered)', () => {
    const input = sampleOutcomeInput();
    const outcome = computeOutcome(input.caseRecord, input.answers, input.framework, input.settings);
    expect(outcome.recommendations[0]?.id).toBe('call-999');
    expect(outcome.connectedAdultFactors).toHaveLength(5);
  });
});
