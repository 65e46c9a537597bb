import type { CaseRecord } from '../../case/schemas';
import { AppError, toFieldIssues } from '../../errors';
import type { AssessmentAnswers } from '../answers';
import { indexFramework, type Framework } from '../framework/schema';
import { indicatorCategories, indicatorCategoryLabels } from '../indicators';
import {
  outcomeSchema,
  urgencies,
  type ConnectedAdultFactors,
  type IndicatorCategorySummary,
  type Outcome,
  type OutcomeNote,
  type Recommendation,
} from '../outcome';
import { agencyRecommendations } from './agencies';
import { findDifferences } from './consistency';
import { adultName, buildContext, type RuleContext } from './context';
import { findInformationGaps } from './gaps';
import { planningRecommendations } from './planning';
import { exploitationToExplore } from './exploitation';
import { judgementsFor } from './judgements';
import { readRole } from './readings';
import { referralRecommendations } from './referrals';
import { safetyRecommendations } from './safety';
import { imaafSettingsSchema, type ImaafSettingsInput } from './settings';
import type { DraftRecommendation } from './wording';

export { imaafSettingsSchema, type ImaafSettings, type ImaafSettingsInput } from './settings';
export { differenceReminder } from './consistency';

/** Emergency first, then the organisation's procedure; the rest by urgency, then in the order a worker would act. */
const pinned = ['call-999', 'check-immediate-danger', 'organisation-procedure'];
const preferredOrder = [
  'nspcc-helpline',
  'treat-as-child',
  'adult-pathway',
  'childrens-services',
  'police',
  'speak-to-child-alone',
  'inter-agency-referral-discussion',
  'strategy-discussion',
  'consider-significant-harm',
  'nrm-referral',
  'consider-nrm-referral',
  'contact-local-authority-before-nrm',
  'agree-first-responder',
  'nrm-adult-consent',
  'duty-to-notify',
  'no-consent-local-guidance',
  'missing-plan',
  'do-not-contact-home-state',
];

/**
 * Works out the IMAAF outcome for a case from the answers given under a framework. Pure: the same inputs always
 * give the same outcome. Throws a VALIDATION AppError when the answers belong to another framework version or the
 * settings are incomplete.
 */
export function computeOutcome(
  caseRecord: CaseRecord,
  answers: AssessmentAnswers,
  framework: Framework,
  settings: ImaafSettingsInput,
): Outcome {
  if (answers.frameworkId !== framework.id || answers.frameworkVersion !== framework.version) {
    throw new AppError(
      'VALIDATION',
      `These answers were given under ${answers.frameworkId} version ${answers.frameworkVersion}, but the framework loaded is ${framework.id} version ${framework.version}. Open the assessment with the version it was started under.`,
      [{ path: 'frameworkVersion', message: 'The framework version does not match the answers' }],
    );
  }
  const parsedSettings = imaafSettingsSchema.safeParse(settings);
  if (!parsedSettings.success) {
    throw new AppError('VALIDATION', 'The IMAAF settings are incomplete: check the organisation details and today’s date.', toFieldIssues(parsedSettings.error));
  }
  const index = indexFramework(framework);
  const ctx = buildContext(caseRecord, answers, index, parsedSettings.data);

  const drafts = [...safetyRecommendations(ctx), ...referralRecommendations(ctx), ...agencyRecommendations(ctx), ...planningRecommendations(ctx)];
  const recommendations = orderRecommendations(drafts);
  const toExplore = exploitationToExplore(ctx);

  const outcome: Outcome = {
    frameworkId: framework.id,
    frameworkVersion: framework.version,
    caseId: caseRecord.id,
    caseRevision: caseRecord.revision,
    asOf: ctx.settings.today,
    pathway: ctx.age.pathway,
    age: {
      treatedAsChild: ctx.age.pathway === 'child',
      basis: ctx.age.basis,
      youngestPossibleAge: ctx.age.youngestPossibleAge,
      oldestPossibleAge: ctx.age.oldestPossibleAge,
      nearEighteen: ctx.age.nearEighteen,
      sources: ctx.age.sources,
    },
    immediateDanger: dangerReading(ctx),
    crossBorder: ctx.crossBorder,
    recommendations,
    indicatorsByCategory: summariseByCategory(ctx),
    exploitationTypesToExplore: toExplore.map((entry) => entry.type),
    exploitationToExplore: toExplore,
    judgements: judgementsFor(ctx),
    connectedAdultFactors: factorsForEachAdult(ctx),
    differences: findDifferences(ctx),
    informationGaps: findInformationGaps(ctx),
    notes: notesFor(ctx),
  };
  const checked = outcomeSchema.safeParse(outcome);
  if (!checked.success) {
    // A rule broke a safety check: fail loudly rather than show a wrong outcome.
    throw new AppError('INTERNAL', 'The IMAAF outcome could not be worked out safely. Please report this problem.', toFieldIssues(checked.error));
  }
  return checked.data;
}

function orderRecommendations(drafts: DraftRecommendation[]): Recommendation[] {
  const rank = (draft: DraftRecommendation) => {
    const pin = pinned.indexOf(draft.id);
    return pin >= 0 ? pin : pinned.length;
  };
  const preferred = (draft: DraftRecommendation) => {
    const at = preferredOrder.indexOf(draft.id);
    return at >= 0 ? at : preferredOrder.length;
  };
  return drafts
    .map((draft, position) => ({ draft, position }))
    .sort(
      (a, b) =>
        rank(a.draft) - rank(b.draft) ||
        urgencies.indexOf(a.draft.urgency) - urgencies.indexOf(b.draft.urgency) ||
        preferred(a.draft) - preferred(b.draft) ||
        a.position - b.position,
    )
    .map(({ draft }, i) => ({ ...draft, priority: i + 1 }));
}

function dangerReading(ctx: RuleContext): Outcome['immediateDanger'] {
  const reading = readRole(ctx, 'immediate-danger');
  if (reading === 'yes' || reading === 'no') return reading;
  return reading === 'unknown' ? 'not-known' : 'not-answered';
}

/** Every category the framework asks about, with its yes and suspected counts (zero counts show it was asked). */
function summariseByCategory(ctx: RuleContext): IndicatorCategorySummary[] {
  const asked = new Set<string>();
  for (const item of ctx.index.items.values()) {
    const indicator = item.indicatorCode ? ctx.index.indicators.get(item.indicatorCode) : undefined;
    if (indicator) asked.add(indicator.category);
  }
  return indicatorCategories
    .filter((category) => asked.has(category))
    .map((category) => {
      const items = ctx.findings.filter((finding) => finding.category === category);
      return {
        category,
        label: indicatorCategoryLabels[category],
        yes: items.filter((finding) => finding.status === 'yes').length,
        suspected: items.filter((finding) => finding.status === 'suspected').length,
        items,
      };
    });
}

function factorsForEachAdult(ctx: RuleContext): ConnectedAdultFactors[] {
  return ctx.caseRecord.connectedAdults.map((adult) => {
    const factors = ctx.findings.filter((finding) => finding.connectedAdultId === adult.id);
    return {
      connectedAdultId: adult.id,
      name: adultName(adult),
      relationshipClaimedByAdult: adult.relationshipClaimedByAdult,
      relationshipClaimedByChild: adult.relationshipClaimedByChild,
      parentalResponsibility: adult.parentalResponsibility,
      yes: factors.filter((finding) => finding.status === 'yes').length,
      suspected: factors.filter((finding) => finding.status === 'suspected').length,
      factors,
    };
  });
}

function notesFor(ctx: RuleContext): OutcomeNote[] {
  const framework = ctx.index.framework;
  const child = ctx.age.pathway === 'child';
  const notes: OutcomeNote[] = [
    {
      id: 'indicators-not-proof',
      text: child
        ? 'Indicators are not proof. They suggest a need to find out more, and not all of them will be present. Children who have been trafficked may not see themselves as victims and may find it hard to tell anyone what happened.'
        : 'Indicators are not proof. They suggest a need to find out more, and not all of them will be present. People who have been exploited may not see themselves as victims.',
      sources: ['S7', 'S1'],
    },
    {
      id: 'does-not-replace-procedures',
      text: !child
        ? 'This assessment supports, and does not replace, statutory safeguarding procedures and guidance.'
        : ctx.strongConcern
          ? 'This assessment supports, and does not replace, statutory child protection procedures and guidance. Child trafficking is child abuse and needs a multi-agency child protection response.'
          : 'This assessment supports, and does not replace, statutory child protection procedures and guidance.',
      sources: ['S1'],
    },
    {
      id: 'no-score',
      text: 'There is no score. Read the indicators, the information gaps and your own professional judgement together.',
      sources: ['S3'],
    },
    {
      id: 'reconstruction',
      text: `Framework used: ${framework.title}, ${framework.id} version ${framework.version}. ${framework.basis}`,
      sources: ['S1', 'S3'],
    },
  ];
  if (!ctx.concern && !ctx.strongConcern) {
    notes.unshift({
      id: 'no-indicators-recorded',
      text: 'No trafficking indicator is recorded in this assessment so far, and nothing recorded here calls for a referral. That is not the same as knowing there are none: the information gaps below are the questions that matter for this child.',
      sources: ['S7', 'S1'],
    });
  }
  if (child && ctx.judgement.reasonableGrounds !== 'yes' && ctx.concern && !ctx.index.byRole.has('judgement-reasonable-grounds')) {
    notes.push({
      id: 'judgement-questions-missing',
      text: `This assessment was started under version ${framework.version} of the framework, which does not ask the judgement questions. Start a new assessment based on this one to record them.`,
      sources: ['S18', 'S16'],
    });
  }
  if (child && ctx.caseRecord.child.ageStatus === 'disputed-treated-as-child') {
    notes.push({ id: 'age-disputed', text: 'Age disputed: treated as a child until their age is decided.', sources: ctx.age.sources });
  }
  return notes;
}
