import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseRecordSchema, type CaseRecord } from '../../../domain/case/schemas';
import {
  assessmentAnswersSchema,
  checkAnswersAgainstFramework,
  computeOutcome,
  defaultFramework,
  outcomeSchema,
  type AssessmentAnswers,
  type Outcome,
} from '../../../domain/imaaf';
import { answersFor, caseRecord, todayArb } from './arbitraries';
import { adultWordingInTests, crossBorderRecommendationIds, settings } from './helpers';

const framework = defaultFramework;
// Thousands of runs on a shared two-core machine: generous time limits, the properties themselves are strict.
const caseWithAnswers = caseRecord.chain((record) => fc.tuple(fc.constant(record), answersFor(record, framework), todayArb));

function run(record: CaseRecord, given: AssessmentAnswers, today: string): Outcome {
  return computeOutcome(record, given, framework, { ...settings, today });
}

function answered(given: AssessmentAnswers, itemId: string): string {
  const entry = given.items[itemId];
  if (!entry) return 'unanswered';
  if (entry.unknown) return 'unknown';
  return typeof entry.value === 'string' ? entry.value : 'unanswered';
}

function dangerFlagged(given: AssessmentAnswers): boolean {
  const danger = given.items['immediate-danger'];
  return !!danger && !danger.unknown && danger.value === 'yes';
}

function has999(outcome: Outcome): boolean {
  return outcome.recommendations.some((entry) => entry.id === 'call-999' && entry.title.includes('999'));
}

/** Worked out here, independently of the rules, from the brief's definition of a cross-border element. */
function hasCrossBorderElement(record: CaseRecord, given: AssessmentAnswers): boolean {
  const abroad = (country: string | null) => country !== null && country !== 'United Kingdom' && country !== 'Unknown';
  const home = given.items['home-country'];
  return (
    record.journey.legs.some((leg) => abroad(leg.from.country) || abroad(leg.to.country)) ||
    record.child.nationalities.some((nationality) => nationality !== 'British' && nationality !== 'Unknown') ||
    abroad(record.child.placeOfBirth.country) ||
    (!!home && !home.unknown && typeof home.value === 'string' && abroad(home.value))
  );
}

describe('IMAAF rules: properties over random cases and answers', () => {
  it('generates case records and answers that the real schemas accept', () => {
    fc.assert(
      fc.property(caseWithAnswers, ([record, given]) => {
        expect(caseRecordSchema.safeParse(record).success).toBe(true);
        expect(assessmentAnswersSchema.safeParse(given).success).toBe(true);
        expect(checkAnswersAgainstFramework(given, framework, record)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('always gives an outcome that fits outcomeSchema and keeps every safety rule', () => {
    fc.assert(
      fc.property(caseWithAnswers, ([record, given, today]) => {
        const outcome = run(record, given, today);
        expect(outcomeSchema.safeParse(outcome).success).toBe(true);

        // Danger flagged: 999 is first, always.
        if (dangerFlagged(given)) {
          expect(outcome.recommendations[0]?.id).toBe('call-999');
          expect(outcome.recommendations[0]?.title).toBe('Call the police on 999 now');
        } else {
          expect(has999(outcome)).toBe(false);
        }

        // Anyone not accepted or assessed as an adult is treated as a child, and a child never sees adult-pathway wording.
        const adultStatus = record.child.ageStatus === 'assessed-adult' || record.child.ageStatus === 'accepted-adult-documents-verified';
        if (record.child.ageStatus !== null && !adultStatus) expect(outcome.pathway).toBe('child');
        if (record.child.ageStatus === 'assessed-adult') expect(outcome.pathway).toBe('adult');
        // Accepted as adult on verified documents: adult, unless the worker records a reason to think under 18.
        if (record.child.ageStatus === 'accepted-adult-documents-verified') {
          expect(outcome.pathway).toBe(answered(given, 'may-be-under-18') === 'yes' ? 'child' : 'adult');
        }
        if (outcome.pathway === 'child') {
          for (const entry of outcome.recommendations) {
            expect(entry.pathway).not.toBe('adult');
            expect(`${entry.title} ${entry.reason}`).not.toMatch(adultWordingInTests);
          }
          expect(outcome.recommendations.map((entry) => entry.id)).not.toContain('duty-to-notify');
        }
        // An age assessment only where age is doubted or disputed, never for a blank status alone.
        if (outcome.recommendations.some((entry) => entry.id === 'age-assessment')) {
          expect(outcome.recommendations.some((entry) => entry.id === 'treat-as-child')).toBe(true);
        }
        if (record.child.ageStatus !== 'disputed-treated-as-child' && answered(given, 'may-be-under-18') !== 'yes' && answered(given, 'may-be-under-18') !== 'unknown') {
          const dates = [record.child.dateOfBirth.claimed, record.child.dateOfBirth.documented, record.child.dateOfBirth.assessed];
          const looks = record.child.apparentAge;
          if (dates.every((date) => date === null) && !(looks && looks.youngest < 18 && looks.oldest >= 18)) {
            expect(outcome.recommendations.map((entry) => entry.id)).not.toContain('age-assessment');
          }
        }

        // Every recommendation explains itself and names its sources; numbered 1..n.
        outcome.recommendations.forEach((entry, i) => {
          expect(entry.reason.trim().length).toBeGreaterThan(20);
          expect(entry.sources.length).toBeGreaterThan(0);
          expect(entry.priority).toBe(i + 1);
        });

        // Indicators prompt consideration of the NRM; the statutory wording only with the worker's judgement.
        const anyIndicator = outcome.indicatorsByCategory.some((category) => category.yes + category.suspected > 0) ||
          outcome.connectedAdultFactors.some((factors) => factors.yes + factors.suspected > 0);
        const referralMade = answered(given, 'nrm-referral-made') === 'yes';
        const judgedGrounds = answered(given, 'judgement-reasonable-grounds') === 'yes';
        const ids = outcome.recommendations.map((entry) => entry.id);
        const nrm = outcome.recommendations.find((entry) => entry.id === 'nrm-referral');
        if (outcome.pathway === 'child' && judgedGrounds && !referralMade) {
          const englandOrWales = record.jurisdiction === 'England' || record.jurisdiction === 'Wales';
          expect(nrm?.title).toBe(englandOrWales ? 'An NRM referral must be made' : 'An NRM referral should be made');
        }
        if (!judgedGrounds) {
          expect(nrm).toBeUndefined();
          for (const entry of outcome.recommendations) expect(`${entry.title} ${entry.reason}`).not.toMatch(/(must|should) be made/i);
          for (const judgement of outcome.judgements) expect(judgement.prompt).not.toMatch(/(must|should) be made/i);
        }
        if (outcome.pathway === 'child' && anyIndicator && !judgedGrounds && !referralMade) expect(ids).toContain('consider-nrm-referral');
        if (!anyIndicator) expect(ids).not.toContain('consider-nrm-referral');
        // An open NRM referral is itself a concern: children's services (unless referred already) and the police follow.
        if (outcome.pathway === 'child' && referralMade) {
          expect(ids).toContain('police');
          if (answered(given, 'marf-made') !== 'yes') expect(ids).toContain('childrens-services');
        }

        // No cross-border agencies without a cross-border element.
        if (!hasCrossBorderElement(record, given)) {
          for (const id of crossBorderRecommendationIds) expect(outcome.recommendations.map((entry) => entry.id)).not.toContain(id);
        }

        // Every "not known" answer is listed as a gap, except questions that do not matter for this child: about the
        // exploitation when there is no concern, about other countries when nothing reaches outside the UK.
        const concernShown = anyIndicator || dangerFlagged(given) || referralMade;
        const mayReachAbroad = hasCrossBorderElement(record, given) || record.child.nationalities.every((nationality) => nationality === 'Unknown');
        const onlyWhenConcerned = ['still-in-situation', 'judgement-reasonable-grounds', 'judgement-significant-harm'];
        const onlyWhenAbroad = ['interpreter-needed', 'interpreter-not-same-area', 'asylum-claim', 'home-country'];
        for (const [itemId, entry] of Object.entries(given.items)) {
          const listed = outcome.informationGaps.some((gap) => gap.itemId === itemId && gap.connectedAdultId === null);
          if (onlyWhenConcerned.includes(itemId) && !concernShown) expect(listed).toBe(false);
          else if (onlyWhenAbroad.includes(itemId) && !mayReachAbroad) expect(listed).toBe(false);
          else if (entry.unknown) expect(listed).toBe(true);
        }

        // No score anywhere.
        expect(JSON.stringify(outcome)).not.toMatch(/"[a-z]*score[a-z]*"\s*:/i);
      }),
      { numRuns: 2000 },
    );
  }, 180_000);

  it('never loses the 999 recommendation when more items are answered', () => {
    const grow = caseRecord.chain((record) =>
      fc.tuple(fc.constant(record), answersFor(record, framework), answersFor(record, framework, 4), todayArb),
    );
    fc.assert(
      fc.property(grow, ([record, before, extra, today]) => {
        // Earlier answers stay as they were; only questions left blank get new answers.
        const after: AssessmentAnswers = {
          ...before,
          items: { ...extra.items, ...before.items },
          connectedAdults: Object.fromEntries(
            record.connectedAdults.map((adult) => [adult.id, { ...extra.connectedAdults[adult.id], ...before.connectedAdults[adult.id] }]),
          ),
        };
        const first = run(record, before, today);
        const second = run(record, after, today);
        if (has999(first)) {
          expect(has999(second)).toBe(true);
          expect(second.recommendations[0]?.id).toBe('call-999');
        }
      }),
      { numRuns: 2000 },
    );
  }, 180_000);

  it('gives the same outcome for the same inputs (pure)', () => {
    fc.assert(
      fc.property(caseWithAnswers, ([record, given, today]) => {
        expect(run(record, given, today)).toEqual(run(record, given, today));
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
