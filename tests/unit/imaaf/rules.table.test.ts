import { describe, expect, it } from 'vitest';
import { ageStatuses } from '../../../domain/case/schemas';
import { jurisdictions } from '../../../domain/reference-data';
import type { Answer } from '../../../domain/imaaf';
import { adultWordingInTests, allText, answer, answers, ids, makeCase, outcomeFor, recommendation, yearsAgo } from './helpers';

type AgeCase = (typeof ageStatuses)[number] | null;
const ageCases: AgeCase[] = [...ageStatuses, null];
type Indicators = 'none' | 'indirect' | 'direct';
const indicatorCases: Indicators[] = ['none', 'indirect', 'direct'];

const rows = jurisdictions.flatMap((jurisdiction) =>
  ageCases.flatMap((ageStatus) =>
    [true, false].flatMap((danger) =>
      indicatorCases.flatMap((indicators) => [true, false].map((judged) => ({ jurisdiction, ageStatus, danger, indicators, judged }))),
    ),
  ),
);

const guardianshipIds = ['ictg-referral', 'scottish-guardianship-service', 'independent-guardian-service'];
const adultStatuses: AgeCase[] = ['assessed-adult', 'accepted-adult-documents-verified'];
/** Statutory wording about the NRM referral. */
const statutory = /(must|should) be made/i;

function indicatorAnswers(indicators: Indicators): Record<string, Answer> {
  if (indicators === 'indirect') return { 'distrusts-authorities': answer('suspected'), 'false-or-no-documents': answer('yes') };
  if (indicators === 'direct') return { 'movement-controlled': answer('suspected'), 'little-or-no-pay': answer('yes') };
  return {};
}

describe('IMAAF rules: every nation × age status × immediate danger × indicators × the worker’s judgement', () => {
  it.each(rows)('$jurisdiction, age status $ageStatus, danger $danger, indicators $indicators, judged $judged', ({ jurisdiction, ageStatus, danger, indicators, judged }) => {
    const isAdult = adultStatuses.includes(ageStatus);
    // An adult has an adult date of birth; everyone else a date of birth that makes them 14.
    const record = makeCase(
      { jurisdiction },
      { ageStatus, dateOfBirth: { claimed: yearsAgo(isAdult ? 25 : 14), documented: null, documentNote: '', assessed: null } },
    );
    const given = answers({
      'immediate-danger': answer(danger ? 'yes' : 'no'),
      ...indicatorAnswers(indicators),
      ...(judged ? { 'judgement-reasonable-grounds': answer('yes'), 'judgement-significant-harm': answer('yes') } : {}),
    });
    const outcome = outcomeFor(record, given);
    const list = ids(outcome);
    const text = allText(outcome);
    const englandOrWales = jurisdiction === 'England' || jurisdiction === 'Wales';
    const anyIndicator = indicators !== 'none';
    const discussionId = jurisdiction === 'Scotland' ? 'inter-agency-referral-discussion' : 'strategy-discussion';

    // 999 first when flagged, absent otherwise; the organisation's own procedure straight after.
    if (danger) {
      expect(list[0]).toBe('call-999');
      expect(outcome.recommendations[0]?.title).toBe('Call the police on 999 now');
      expect(outcome.recommendations[0]?.urgency).toBe('immediate');
    } else {
      expect(list).not.toContain('call-999');
    }
    expect(list[danger ? 1 : 0]).toBe('organisation-procedure');
    expect(outcome.pathway).toBe(isAdult ? 'adult' : 'child');

    if (isAdult) {
      for (const id of ['nrm-referral', 'consider-nrm-referral', 'childrens-services', 'strategy-discussion', ...guardianshipIds]) expect(list).not.toContain(id);
      if (anyIndicator) {
        expect(list).toContain('nrm-adult-consent');
        expect(list).toContain(englandOrWales ? 'duty-to-notify' : 'no-consent-local-guidance');
        if (englandOrWales) expect(recommendation(outcome, 'duty-to-notify')?.reason).toMatch(/remain anonymous in a Duty to Notify referral unless they agree to co-operate/);
      }
      return;
    }

    expect(text).not.toMatch(adultWordingInTests);
    // Age: the presumption only where age is in doubt; a blank status asks for the status, not an age assessment.
    if (ageStatus === 'disputed-treated-as-child') {
      expect(list).toContain('treat-as-child');
      expect(list).toContain('age-assessment');
      const treat = recommendation(outcome, 'treat-as-child');
      if (englandOrWales) expect(treat?.reason).toMatch(/s\.51/);
      if (jurisdiction === 'Scotland') expect(treat?.reason).toMatch(/benefit of the doubt/);
    } else {
      expect(list).not.toContain('treat-as-child');
      expect(list).not.toContain('age-assessment');
    }
    expect(list.includes('record-age-status')).toBe(ageStatus === null);

    // The NRM: any indicator prompts consideration; the statutory wording only once the worker judges reasonable grounds.
    // The worker's judgement alone is enough: it is informed by more than this assessment's indicators.
    if (judged) {
      const nrm = recommendation(outcome, 'nrm-referral');
      expect(nrm?.title).toBe(englandOrWales ? 'An NRM referral must be made' : 'An NRM referral should be made');
      expect(nrm?.reason).toMatch(/You recorded that, in your judgement, there are reasonable grounds/);
      expect(list).toContain('contact-local-authority-before-nrm');
      expect(list.indexOf('contact-local-authority-before-nrm')).toBeGreaterThan(list.indexOf('nrm-referral'));
      expect(list).not.toContain('consider-nrm-referral');
      const expectedService = englandOrWales ? 'ictg-referral' : jurisdiction === 'Scotland' ? 'scottish-guardianship-service' : 'independent-guardian-service';
      expect(list).toContain(expectedService);
      for (const other of guardianshipIds.filter((id) => id !== expectedService)) expect(list).not.toContain(other);
      expect(list.includes('agree-first-responder')).toBe(jurisdiction !== 'Scotland');
    } else {
      expect(list).not.toContain('nrm-referral');
      expect(text).not.toMatch(statutory);
      for (const id of guardianshipIds) expect(list).not.toContain(id);
      expect(list.includes('consider-nrm-referral')).toBe(anyIndicator);
    }
    if (anyIndicator && !judged) {
      const consider = recommendation(outcome, 'consider-nrm-referral');
      expect(consider?.reason).toMatch(/Any indicator should prompt you to consider an NRM referral/);
      expect(consider?.reason).toMatch(indicators === 'direct' ? /signs of exploitation or control itself: gets little or no pay \(yes\)/ : /indicators that point to vulnerability rather than exploitation itself/);
    }

    // The discussion follows reasonable cause to suspect significant harm (the judgement) or immediate danger.
    if (danger || judged) {
      expect(list).toContain(discussionId);
      expect(list).not.toContain(jurisdiction === 'Scotland' ? 'strategy-discussion' : 'inter-agency-referral-discussion');
      if (jurisdiction === 'Scotland' && list.includes('nrm-referral')) expect(list.indexOf(discussionId)).toBeLessThan(list.indexOf('nrm-referral'));
    } else {
      expect(list).not.toContain('strategy-discussion');
      expect(list).not.toContain('inter-agency-referral-discussion');
      expect(list.includes('consider-significant-harm')).toBe(anyIndicator);
    }

    // The police: danger, a sign of exploitation itself, or the worker's judgement; never one indirect indicator alone.
    expect(list.includes('police')).toBe(danger || indicators === 'direct' || judged);

    // Calm when nothing is wrong.
    if (!anyIndicator && !danger && !judged) {
      expect(outcome.notes.map((note) => note.id)).toContain('no-indicators-recorded');
      expect(text).not.toMatch(/trafficking is child abuse/i);
      expect(outcome.informationGaps.map((gap) => gap.itemId)).not.toContain('still-in-situation');
    } else {
      expect(outcome.notes.map((note) => note.id)).not.toContain('no-indicators-recorded');
    }
    expect(outcome.crossBorder.present).toBe(false);
  });

  it('covers 4 nations × 6 age states × 2 × 3 × 2', () => {
    expect(rows).toHaveLength(288);
  });
});
