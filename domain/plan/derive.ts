import type { Outcome, Recommendation, Urgency } from '../imaaf/outcome';

/**
 * The outcome as a plan (issue 15): at most three things to do now, each with a short reason naming the facts, then
 * the other recommendations grouped by when and by who. Derived from the outcome the rules give: the rules decide what
 * to recommend and in what order (reference 2.3 section I); the plan decides how it is laid out, as the proposed
 * actions with owners and deadlines a strategy discussion agrees (reference 6.2, item 11).
 */

export const planWhens = ['today', 'this-week', 'when-possible'] as const;
export type PlanWhen = (typeof planWhens)[number];
export const planWhenLabels: Record<PlanWhen, string> = {
  today: 'Today',
  'this-week': 'This week',
  'when-possible': 'When possible',
};

export const ownerKinds = ['worker', 'police', 'childrens-services', 'health', 'education', 'abroad'] as const;
export type OwnerKind = (typeof ownerKinds)[number];
export const ownerKindLabels: Record<OwnerKind, string> = {
  worker: 'You, the lead worker',
  police: 'Police',
  'childrens-services': 'Children’s services',
  health: 'Health',
  education: 'Education',
  abroad: 'Agencies abroad',
};

/** At most this many "do now" actions (issue 15, item 1). */
export const DO_NOW_MAX = 3;

/**
 * Who usually carries a recommendation out, from the agencies directory (reference 2.4): the police for immediate
 * danger and investigation; children's social care as the safeguarding lead, chairing the strategy discussion
 * (reference 6.1); health and education as its partners; CFAB, ICACU, the Red Cross and consulates for checks abroad.
 * Anything else is the worker's to do or to arrange.
 */
const ownerById: Record<string, OwnerKind> = {
  'call-999': 'police',
  police: 'police',
  'childrens-services': 'childrens-services',
  'strategy-discussion': 'childrens-services',
  'inter-agency-referral-discussion': 'childrens-services',
  'age-assessment': 'childrens-services',
  'review-age-status': 'childrens-services',
  'private-fostering': 'childrens-services',
  health: 'health',
  education: 'education',
  'cfab-checks': 'abroad',
  icacu: 'abroad',
  'family-tracing': 'abroad',
  'embassy-or-consulate': 'abroad',
};

export function ownerKindOf(recommendation: Pick<Recommendation, 'id' | 'kind'>): OwnerKind {
  return ownerById[recommendation.id] ?? (recommendation.kind === 'emergency' ? 'police' : 'worker');
}

export function whenOf(urgency: Urgency): PlanWhen {
  if (urgency === 'immediate' || urgency === 'today') return 'today';
  return urgency === 'soon' ? 'this-week' : 'when-possible';
}

export interface PlanItem {
  recommendation: Recommendation;
  /** One or two sentences naming the facts; the indicators are referred to, never listed again. */
  shortReason: string;
  when: PlanWhen;
  who: OwnerKind;
}

export interface PlanGroup {
  when: PlanWhen;
  label: string;
  byWho: { who: OwnerKind; label: string; items: PlanItem[] }[];
}

export interface Plan {
  doNow: PlanItem[];
  later: PlanGroup[];
  counts: { indicators: number; adults: number; differences: number; gaps: number };
}

// The rules name the indicators behind a recommendation as "N trafficking indicators (…), including: a (yes); b
// (suspected), and K others" (domain/imaaf/rules/wording.ts). The plan shows that list once, so each reason keeps the
// count and points to the list.
const findingsList =
  /(\d+) trafficking indicators? \([^()]*\), including: (?:[^.]*?\((?:yes|suspected)\)(?:; |, and \d+ others?)?)+/g;
const crossBorderList = /This case has a cross-border element: [^.]*\./g;
// What bears on the worker's judgement, as the rules put it (domain/imaaf/rules/referrals.ts, bearingWords): "The
// assessment records signs of exploitation or control itself: a (yes); b (suspected). It also records other
// indicators: c (yes)." Referred to by its count, like the list above.
const bearingList =
  /The assessment records (?:signs of exploitation or control itself|indicators that point to vulnerability rather than exploitation itself): .*?\((?:yes|suspected)\)(?:\. It also records other indicators: .*?\((?:yes|suspected)\))?\.(?=\s|$)/g;

/** A reason cut to its first one or two sentences, with the indicator list referred to rather than repeated. */
export function shortReason(reason: string, sentences = 2): string {
  const referred = reason
    .replace(
      findingsList,
      (_all, count: string) => `${count} trafficking indicator${count === '1' ? '' : 's'} (listed under Indicators)`,
    )
    .replace(crossBorderList, 'This case has a cross-border element (see the route).')
    .replace(/The assessment records signs of exploitation itself: ([^.]*)\./g, (_all, list: string) => {
      const count = list.split('; ').length;
      return `The assessment records ${count} sign${count === 1 ? '' : 's'} of exploitation itself (listed under Indicators).`;
    })
    .replace(bearingList, (all: string) => {
      const count = (all.match(/\((?:yes|suspected)\)/g) ?? []).length;
      return `The assessment records ${count} indicator${count === 1 ? '' : 's'} (listed under Indicators).`;
    });
  const parts = referred.split(/(?<=[.!?])\s+(?=[A-Z“"(])/);
  return parts.slice(0, sentences).join(' ').trim();
}

function item(recommendation: Recommendation): PlanItem {
  return {
    recommendation,
    shortReason: shortReason(recommendation.reason),
    when: whenOf(recommendation.urgency),
    who: ownerKindOf(recommendation),
  };
}

/**
 * The plan for an outcome. Do now: the first recommendations to be done today, in the rules' order, with calling 999
 * always first when it applies (reference 2.3 section I, [C: S1]), at most three. Everything else follows, by when and then by who.
 */
export function derivePlan(outcome: Outcome): Plan {
  const ordered = [...outcome.recommendations].sort(
    (a, b) => Number(b.id === 'call-999') - Number(a.id === 'call-999') || a.priority - b.priority,
  );
  const items = ordered.map(item);
  const doNow = items.filter((candidate) => candidate.when === 'today').slice(0, DO_NOW_MAX);
  const rest = items.filter((candidate) => !doNow.includes(candidate));
  const later = planWhens
    .map((when) => ({
      when,
      label: planWhenLabels[when],
      byWho: ownerKinds
        .map((who) => ({
          who,
          label: ownerKindLabels[who],
          items: rest.filter((candidate) => candidate.when === when && candidate.who === who),
        }))
        .filter((group) => group.items.length > 0),
    }))
    .filter((group) => group.byWho.length > 0);
  const indicators = outcome.indicatorsByCategory.reduce((count, category) => count + category.items.length, 0);
  return {
    doNow,
    later,
    counts: {
      indicators,
      adults: outcome.connectedAdultFactors.length,
      differences: outcome.differences.length,
      gaps: outcome.informationGaps.length,
    },
  };
}
