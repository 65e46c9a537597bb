import { describe, expect, it } from 'vitest';
import { ageStatuses } from '../../../domain/case/schemas';
import { jurisdictions } from '../../../domain/reference-data';
import { adultWordingInTests, allText, answer, answers, ids, makeCase, outcomeFor, recommendation, yearsAgo } from './helpers';

type AgeCase = (typeof ageStatuses)[number] | null;
const ageCases: AgeCase[] = [...ageStatuses, null];

const rows = jurisdictions.flatMap((jurisdiction) =>
  ageCases.flatMap((ageStatus) =>
    [true, false].flatMap((danger) => [true, false].map((indicators) => ({ jurisdiction, ageStatus, danger, indicators }))),
  ),
);

const guardianshipIds = ['ictg-referral', 'scottish-guardianship-service', 'independent-guardian-service'];

describe('IMAAF rules: every nation × age status × immediate danger × indicators', () => {
  it.each(rows)('$jurisdiction, age status $ageStatus, danger $danger, indicators $indicators', ({ jurisdiction, ageStatus, danger, indicators }) => {
    // An assessed adult has an adult date of birth; everyone else a date of birth that makes them 14.
    const record = makeCase(
      { jurisdiction },
      {
        ageStatus,
        dateOfBirth: { claimed: yearsAgo(ageStatus === 'assessed-adult' ? 25 : 14), documented: null, documentNote: '', assessed: null },
      },
    );
    const given = answers({
      'immediate-danger': answer(danger ? 'yes' : 'no'),
      'movement-controlled': answer(indicators ? 'suspected' : 'no'),
      'little-or-no-pay': answer(indicators ? 'yes' : 'no'),
    });
    const outcome = outcomeFor(record, given);
    const list = ids(outcome);
    const isAdult = ageStatus === 'assessed-adult';
    const englandOrWales = jurisdiction === 'England' || jurisdiction === 'Wales';

    // 999 first when flagged, absent otherwise.
    if (danger) {
      expect(list[0]).toBe('call-999');
      expect(outcome.recommendations[0]?.title).toBe('Call the police on 999 now');
      expect(outcome.recommendations[0]?.urgency).toBe('immediate');
    } else {
      expect(list).not.toContain('call-999');
    }
    // The organisation's own procedure is always there, straight after any emergency.
    expect(list[danger ? 1 : 0]).toBe('organisation-procedure');

    expect(outcome.pathway).toBe(isAdult ? 'adult' : 'child');

    if (!isAdult) {
      expect(allText(outcome)).not.toMatch(adultWordingInTests);
      expect(list).not.toContain('nrm-adult-consent');
      expect(list).not.toContain('duty-to-notify');
      if (ageStatus === 'disputed-treated-as-child' || ageStatus === null) {
        expect(list).toContain('treat-as-child');
        const treat = recommendation(outcome, 'treat-as-child');
        if (englandOrWales) expect(treat?.reason).toMatch(/s\.51/);
        if (jurisdiction === 'Scotland') expect(treat?.reason).toMatch(/benefit of the doubt/);
      } else {
        expect(list).not.toContain('treat-as-child');
      }
    }

    if (indicators && !isAdult) {
      const nrm = recommendation(outcome, 'nrm-referral');
      expect(nrm?.title).toBe(englandOrWales ? 'An NRM referral must be made' : 'An NRM referral should be made');
      expect(nrm?.reason).toMatch(englandOrWales ? /must be made/ : /should be made/);
      expect(nrm?.reason).toContain('1 recorded as yes and 1 as suspected');
      expect(nrm?.reason).toMatch(/gets little or no pay \(yes\)/i);
      expect(list).toContain('contact-local-authority-before-nrm');
      expect(list.indexOf('contact-local-authority-before-nrm')).toBeGreaterThan(list.indexOf('nrm-referral'));
      expect(list).toContain('missing-plan');
      const expectedService = englandOrWales ? 'ictg-referral' : jurisdiction === 'Scotland' ? 'scottish-guardianship-service' : 'independent-guardian-service';
      expect(list).toContain(expectedService);
      for (const other of guardianshipIds.filter((id) => id !== expectedService)) expect(list).not.toContain(other);
      if (englandOrWales) {
        expect(recommendation(outcome, 'ictg-referral')?.reason).toContain('0800 043 4303');
        expect(recommendation(outcome, 'ictg-referral')?.title).toMatch(/direct worker/);
      }
      if (jurisdiction === 'Scotland') {
        expect(list).toContain('inter-agency-referral-discussion');
        expect(list).not.toContain('strategy-discussion');
        expect(list).not.toContain('agree-first-responder');
        // In Scotland the IRD comes before the NRM referral.
        expect(list.indexOf('inter-agency-referral-discussion')).toBeLessThan(list.indexOf('nrm-referral'));
      } else {
        expect(list).toContain('strategy-discussion');
        expect(list).toContain('agree-first-responder');
        expect(list).not.toContain('inter-agency-referral-discussion');
      }
    }

    if (indicators && isAdult) {
      expect(list).toContain('nrm-adult-consent');
      expect(list).not.toContain('nrm-referral');
      for (const id of guardianshipIds) expect(list).not.toContain(id);
      if (englandOrWales) {
        expect(recommendation(outcome, 'duty-to-notify')?.title).toMatch(/Duty to Notify/);
        expect(list).not.toContain('no-consent-local-guidance');
      } else {
        expect(list).not.toContain('duty-to-notify');
        expect(list).toContain('no-consent-local-guidance');
      }
    }

    if (!indicators) {
      expect(list).not.toContain('nrm-referral');
      expect(list).not.toContain('nrm-adult-consent');
      for (const id of guardianshipIds) expect(list).not.toContain(id);
      expect(outcome.indicatorsByCategory.every((category) => category.yes === 0 && category.suspected === 0)).toBe(true);
      // Immediate danger alone still calls for a child protection discussion, but not an NRM referral.
      if (danger && !isAdult) expect(list).toContain(jurisdiction === 'Scotland' ? 'inter-agency-referral-discussion' : 'strategy-discussion');
      if (!danger) {
        expect(list).not.toContain('strategy-discussion');
        expect(list).not.toContain('inter-agency-referral-discussion');
      }
    }

    // No cross-border element in these cases (British child, born in the UK, no journey).
    expect(outcome.crossBorder.present).toBe(false);
  });

  it('covers 4 nations × 5 age states × 2 × 2', () => {
    expect(rows).toHaveLength(80);
  });
});
