import { describe, expect, it } from 'vitest';
import { exampleCase } from '../../../domain/case/example';
import { exampleAssessment } from '../../../domain/case/example-assessment';
import type { CaseRecord } from '../../../domain/case/schemas';
import { computeOutcome, defaultFramework, type Outcome } from '../../../domain/imaaf';
import { DO_NOW_MAX, derivePlan, ownerKindOf, shortReason } from '../../../domain/plan';
import { answer, answers, makeCase, outcomeFor } from '../imaaf/helpers';

function exampleOutcome(extra: Record<string, ReturnType<typeof answer>> = {}): Outcome {
  let n = 0;
  const id = () => `20000000-0000-4000-8000-${String((n += 1)).padStart(12, '0')}`;
  const { sections } = exampleCase(id, 'EX-PLAN');
  const record: CaseRecord = {
    ...sections,
    id: id(),
    isExample: true,
    openedAt: '2026-03-12T10:00:00.000Z',
    updatedAt: '2026-03-12T10:00:00.000Z',
    revision: 1,
    chronology: [],
  };
  const [aunt, driver] = sections.connectedAdults;
  const example = exampleAssessment(defaultFramework, { auntId: aunt!.id, driverId: driver!.id }, '2026-03-12T10:00:00.000Z');
  const given = { ...example.answers, items: { ...example.answers.items, ...extra } };
  return computeOutcome(record, given, defaultFramework, {
    organisation: { name: 'Kent', procedureName: 'Kent procedure', contact: '01234' },
    today: '2026-03-12',
  });
}

const sentences = (text: string) => text.split(/(?<=[.!?])\s+(?=[A-Z“"(])/).length;
const indicatorLabels = (outcome: Outcome) =>
  outcome.indicatorsByCategory.flatMap((category) => category.items.map((finding) => finding.label.toLowerCase()));

describe('the outcome as a plan', () => {
  it('puts at most three things to do today at the top, in the rules’ order', () => {
    const outcome = exampleOutcome();
    const plan = derivePlan(outcome);
    expect(plan.doNow.length).toBeGreaterThan(0);
    expect(plan.doNow.length).toBeLessThanOrEqual(DO_NOW_MAX);
    expect(plan.doNow.every((item) => item.when === 'today')).toBe(true);
    const priorities = plan.doNow.map((item) => item.recommendation.priority);
    expect(priorities).toEqual([...priorities].sort((a, b) => a - b));
    expect(priorities[0]).toBe(1);
  });

  it('calls 999 first when the child may be in immediate danger', () => {
    const plan = derivePlan(exampleOutcome({ 'immediate-danger': answer('yes', { source: 'observation' }) }));
    expect(plan.doNow[0]?.recommendation.id).toBe('call-999');
    expect(plan.doNow[0]?.who).toBe('police');
    expect(plan.doNow.length).toBeLessThanOrEqual(DO_NOW_MAX);
  });

  it('shows every recommendation exactly once, the rest grouped by when and then by who', () => {
    const outcome = exampleOutcome();
    const plan = derivePlan(outcome);
    const shown = [...plan.doNow, ...plan.later.flatMap((group) => group.byWho.flatMap((who) => who.items))].map(
      (item) => item.recommendation.id,
    );
    expect([...shown].sort()).toEqual(outcome.recommendations.map((recommendation) => recommendation.id).sort());
    expect(plan.later.map((group) => group.when)).toEqual(['today', 'this-week', 'when-possible']);
    for (const group of plan.later)
      for (const who of group.byWho)
        expect(who.items.every((item) => item.when === group.when && item.who === who.who)).toBe(true);
    expect(plan.later.flatMap((group) => group.byWho.map((who) => who.who))).toEqual(
      expect.arrayContaining(['police', 'health', 'education', 'abroad']),
    );
  });

  it('gives each reason in one or two sentences that name the facts, and never repeats the indicator list', () => {
    const outcome = exampleOutcome();
    const plan = derivePlan(outcome);
    const items = [...plan.doNow, ...plan.later.flatMap((group) => group.byWho.flatMap((who) => who.items))];
    const labels = indicatorLabels(outcome);
    expect(labels.length).toBeGreaterThan(4);
    for (const item of items) {
      expect(sentences(item.shortReason)).toBeLessThanOrEqual(2);
      expect(item.shortReason.length).toBeLessThan(item.recommendation.reason.length + 1);
      // A reason may name the one fact that led to it ("… insists on staying with the child … (recorded as yes)");
      // it never repeats the list.
      expect([...new Set(labels)].filter((label) => item.shortReason.toLowerCase().includes(`${label} (`)).length, item.shortReason).toBeLessThanOrEqual(1);
    }
    // The full reasons repeat the list word for word; the short ones keep the count and point to it.
    const police = items.find((item) => item.recommendation.id === 'police')!;
    expect(police.recommendation.reason).toMatch(/signs of exploitation itself: .*; .*; /);
    // The example's worker judged there are reasonable grounds, so the police reason starts from that judgement.
    expect(police.shortReason).toBe('You recorded reasonable grounds to believe the child may be a victim. The assessment records 5 signs of exploitation itself (listed under Indicators).');
    const reasons = items.map((item) => item.shortReason);
    expect(new Set(reasons).size).toBe(reasons.length);
  });

  it('counts what follows the plan for the collapsible headings', () => {
    const outcome = exampleOutcome();
    const counts = derivePlan(outcome).counts;
    expect(counts.indicators).toBe(outcome.indicatorsByCategory.reduce((sum, category) => sum + category.items.length, 0));
    expect(counts).toMatchObject({ adults: 2, differences: outcome.differences.length, gaps: outcome.informationGaps.length });
  });

  it('says who usually does each thing, and leaves the rest to the worker', () => {
    expect(ownerKindOf({ id: 'police', kind: 'agency' })).toBe('police');
    expect(ownerKindOf({ id: 'childrens-services', kind: 'agency' })).toBe('childrens-services');
    expect(ownerKindOf({ id: 'cfab-checks', kind: 'agency' })).toBe('abroad');
    expect(ownerKindOf({ id: 'something-new', kind: 'emergency' })).toBe('police');
    expect(ownerKindOf({ id: 'missing-plan', kind: 'planning' })).toBe('worker');
  });

  it('keeps a short reason short and a cross-border list referred to', () => {
    expect(shortReason('One. Two. Three.')).toBe('One. Two.');
    expect(
      shortReason(
        'This case has a cross-border element: a journey leg from Vietnam to Russia and Vietnamese nationality. CFAB can help. More.',
      ),
    ).toBe('This case has a cross-border element (see the route). CFAB can help.');
  });

  it('works for an outcome with nothing to do today beyond the procedure', () => {
    const plan = derivePlan(outcomeFor(makeCase(), answers({ 'immediate-danger': answer('no') })));
    expect(plan.doNow.length).toBeLessThanOrEqual(DO_NOW_MAX);
    expect(plan.doNow[0]?.recommendation.priority).toBe(1);
  });
});
