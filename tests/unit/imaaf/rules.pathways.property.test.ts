import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../domain/case/schemas';
import { computeOutcome, defaultFramework, indexFramework, type Answer, type AssessmentAnswers, type Outcome } from '../../../domain/imaaf';
import { answersFor, caseRecord, todayArb } from './arbitraries';
import { settings } from './helpers';

const framework = defaultFramework;
const index = indexFramework(framework);

function run(record: CaseRecord, given: AssessmentAnswers, today: string): Outcome {
  return computeOutcome(record, given, framework, { ...settings, today });
}

/** Written here, apart from the rules: wording that belongs to the child pathway only. */
const childWording = /child abuse|\bthe child\b|the child’s|must refer|(must|should) be made|children who have been trafficked|child protection response/i;
/** Wording that presumes something is wrong. */
const alarmWording = /trafficking is child abuse|exploitative situation|(must|should) be made|high risk of going missing|reasonable cause to suspect|tell the police/i;

const no: Answer['value'] = 'no';
const calmer = (entry: Answer): Answer => ({ ...entry, value: no, unknown: false });

/** The same answers with every indicator, immediate danger, an open referral and the judgements turned to no. */
function withoutConcern(record: CaseRecord, given: AssessmentAnswers): AssessmentAnswers {
  const calmItem = (itemId: string, entry: Answer): Answer => {
    const item = index.items.get(itemId);
    const worrying = entry.value === 'yes' || entry.value === 'suspected';
    if (!item || !worrying) return entry;
    if (item.indicatorCode || ['immediate-danger', 'nrm-referral-made', 'judgement-reasonable-grounds', 'judgement-significant-harm'].includes(itemId)) return calmer(entry);
    return entry;
  };
  const items = Object.fromEntries(Object.entries(given.items).map(([itemId, entry]) => [itemId, calmItem(itemId, entry)]));
  const connectedAdults = Object.fromEntries(
    record.connectedAdults.map((adult) => [
      adult.id,
      Object.fromEntries(Object.entries(given.connectedAdults[adult.id] ?? {}).map(([itemId, entry]) => [itemId, calmItem(itemId, entry)])),
    ]),
  );
  return { ...given, items, connectedAdults };
}

describe('IMAAF rules: pathway purity both ways, and calm when nothing is wrong (properties)', () => {
  it('on the adult pathway: no child-pathway wording, and the adult pathway’s own content in place', () => {
    const adults = caseRecord
      .chain((record) => fc.constantFrom('assessed-adult' as const, 'accepted-adult-documents-verified' as const).map((ageStatus) => ({ ...record, child: { ...record.child, ageStatus } })))
      .chain((record) => fc.tuple(fc.constant(record), answersFor(record, framework), todayArb));
    fc.assert(
      fc.property(adults, ([record, given, today]) => {
        const outcome = run(record, given, today);
        if (outcome.pathway !== 'adult') return; // documents verified, but a reason to think under 18 was recorded
        for (const entry of outcome.recommendations) {
          expect(entry.pathway).not.toBe('child');
          expect(`${entry.title} ${entry.reason}`).not.toMatch(childWording);
        }
        // The reconstruction note quotes the framework's own description, which is about children; every other note is checked.
        for (const note of outcome.notes.filter((entry) => entry.id !== 'reconstruction')) expect(note.text).not.toMatch(childWording);
        expect(outcome.notes.map((note) => note.id)).not.toContain('age-disputed');
        expect(outcome.judgements).toEqual([]);
        const ids = outcome.recommendations.map((entry) => entry.id);
        expect(ids).toContain('adult-pathway');
        const anyIndicator = outcome.indicatorsByCategory.some((category) => category.yes + category.suspected > 0) ||
          outcome.connectedAdultFactors.some((factors) => factors.yes + factors.suspected > 0);
        if (anyIndicator) {
          expect(outcome.recommendations.find((entry) => entry.id === 'nrm-adult-consent')?.reason).toMatch(/informed consent/);
          if (record.jurisdiction === 'England' || record.jurisdiction === 'Wales') {
            expect(outcome.recommendations.find((entry) => entry.id === 'duty-to-notify')?.reason).toMatch(
              /remain anonymous in a Duty to Notify referral unless they agree to co-operate with public authorities/,
            );
          } else {
            expect(ids).toContain('no-consent-local-guidance');
          }
        }
      }),
      { numRuns: 1500 },
    );
  }, 180_000);

  it('with no indicator, no danger, no open referral and no judgement of concern: no alarm wording and no NRM recommendation', () => {
    const calm = caseRecord.chain((record) =>
      fc.tuple(fc.constant(record), answersFor(record, framework).map((given) => withoutConcern(record, given)), todayArb),
    );
    fc.assert(
      fc.property(calm, ([record, given, today]) => {
        const outcome = run(record, given, today);
        const ids = outcome.recommendations.map((entry) => entry.id);
        for (const id of ['nrm-referral', 'consider-nrm-referral', 'nrm-adult-consent', 'duty-to-notify', 'strategy-discussion', 'inter-agency-referral-discussion', 'consider-significant-harm', 'police', 'missing-plan', 'ictg-referral']) {
          expect(ids).not.toContain(id);
        }
        for (const entry of outcome.recommendations) expect(`${entry.title} ${entry.reason}`).not.toMatch(alarmWording);
        for (const note of outcome.notes) expect(note.text).not.toMatch(alarmWording);
        for (const gap of outcome.informationGaps) expect(gap.question).not.toMatch(alarmWording);
        expect(outcome.notes[0]?.id).toBe('no-indicators-recorded');
        for (const judgement of outcome.judgements) expect(judgement.direct.length + judgement.indirect.length).toBe(0);
      }),
      { numRuns: 1500 },
    );
  }, 180_000);
});
