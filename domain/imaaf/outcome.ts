import { z } from 'zod';
import { idSchema, triState } from '../case/schemas';
import {
  exploitationTypeSchema,
  indicatorCategorySchema,
  indicatorCodeSchema,
  sourceIdSchema,
} from './indicators';
import { informationSourceSchema, itemAbout, itemIdSchema } from './framework/schema';

/**
 * What the rules give back. There is no score anywhere: the outcome is a list of recommended actions with reasons,
 * indicators grouped by category, the factors for each connected adult, differences between accounts and
 * information gaps. The professional's judgement sits beside it on the assessment record.
 */

export const urgencies = ['immediate', 'today', 'soon', 'when-possible'] as const;
export type Urgency = (typeof urgencies)[number];

export const recommendationKinds = [
  'emergency',
  'procedure',
  'advice',
  'age',
  'referral',
  'guardianship',
  'multi-agency',
  'agency',
  'caution',
  'planning',
  'notification',
] as const;
export type RecommendationKind = (typeof recommendationKinds)[number];

/** The recommendations about agencies abroad, and the cautions before contacting any of them (reference 2.4, 6.2 item 9). */
export const crossBorderActionIds = ['cfab-checks', 'icacu', 'embassy-or-consulate', 'family-tracing'] as const;
export const crossBorderCautionIds = ['do-not-contact-home-state', 'check-asylum-before-contact'] as const;
/** The actions that name one connected adult (police checks, not releasing the child to them, supervised contact). */
export function isAdultFactorAction(id: string): boolean {
  return /^protect-from-adult-\d+$/.test(id);
}

/** Which age pathway the wording belongs to; 'any' wording is safe for both. */
export const recommendationPathways = ['child', 'adult', 'any'] as const;

/**
 * Wording that belongs only to the adult pathway (consent to be referred, Duty to Notify). A child must never see it:
 * children are referred without needing to agree, and the duty to notify is met by the NRM referral itself [C: S7, S18].
 */
const adultPathwayPhrases = /duty to notify|consent to (?:an|the|be|being) (?:NRM )?referr|consents? to an NRM|agree to (?:an|the|be) (?:NRM )?referr/i;
/**
 * Adult-pathway wording. "DtN" is matched only as the rules write the abbreviation, so a worker's own words quoted in
 * a recommendation (an interpreter's dialect typed as "DTN") cannot make a child's outcome fail.
 */
export const adultPathwayWording = { test: (text: string) => adultPathwayPhrases.test(text) || /\bDtN\b/.test(text) };

export const recommendationSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  kind: z.enum(recommendationKinds),
  /** 1 is the first thing to do. */
  priority: z.number().int().positive(),
  title: z.string().trim().min(1),
  /** Plain words, naming the facts that led to the recommendation. */
  reason: z.string().trim().min(1),
  sources: z.array(sourceIdSchema).min(1),
  urgency: z.enum(urgencies),
  pathway: z.enum(recommendationPathways),
});
export type Recommendation = z.infer<typeof recommendationSchema>;

export const indicatorFindingSchema = z.object({
  itemId: itemIdSchema,
  indicatorCode: indicatorCodeSchema,
  category: indicatorCategorySchema,
  label: z.string(),
  question: z.string(),
  status: z.enum(['yes', 'suspected']),
  about: z.enum(itemAbout),
  connectedAdultId: idSchema.nullable(),
  source: informationSourceSchema.nullable(),
  note: z.string(),
  /** A sign of exploitation or control itself, not a vulnerability (outcomes saved before this was added read false). */
  direct: z.boolean().default(false),
});
export type IndicatorFinding = z.infer<typeof indicatorFindingSchema>;

export const indicatorCategorySummarySchema = z.object({
  category: indicatorCategorySchema,
  label: z.string(),
  yes: z.number().int().nonnegative(),
  suspected: z.number().int().nonnegative(),
  items: z.array(indicatorFindingSchema),
});
export type IndicatorCategorySummary = z.infer<typeof indicatorCategorySummarySchema>;

export const connectedAdultFactorsSchema = z.object({
  connectedAdultId: idSchema,
  name: z.string(),
  relationshipClaimedByAdult: z.string().nullable(),
  relationshipClaimedByChild: z.string().nullable(),
  parentalResponsibility: triState,
  yes: z.number().int().nonnegative(),
  suspected: z.number().int().nonnegative(),
  factors: z.array(indicatorFindingSchema),
});
export type ConnectedAdultFactors = z.infer<typeof connectedAdultFactorsSchema>;

export const accountDifferenceSchema = z.object({
  id: z.string().min(1),
  topic: z.string().min(1),
  connectedAdultId: idSchema.nullable(),
  connectedAdultName: z.string().nullable(),
  childAccount: z.string(),
  adultAccount: z.string(),
  /** Whether the two accounts come from assessment answers or from the connected adult's case record. */
  from: z.enum(['assessment', 'case-record']),
  itemIds: z.array(itemIdSchema),
  reminder: z.string().min(1),
  sources: z.array(sourceIdSchema).min(1),
});
export type AccountDifference = z.infer<typeof accountDifferenceSchema>;

export const informationGapSchema = z.object({
  itemId: itemIdSchema,
  about: z.enum(itemAbout),
  connectedAdultId: idSchema.nullable(),
  question: z.string().min(1),
  suggestion: z.string().min(1),
  reason: z.enum(['not-known', 'not-answered', 'not-assessed']),
});
export type InformationGap = z.infer<typeof informationGapSchema>;

export const outcomeNoteSchema = z.object({
  id: z.string().min(1),
  text: z.string().min(1),
  sources: z.array(sourceIdSchema).min(1),
});
export type OutcomeNote = z.infer<typeof outcomeNoteSchema>;

/** Whether the child may be in immediate danger, as the outcome records it. */
export const immediateDangerAnswers = ['yes', 'no', 'not-known', 'not-answered'] as const;
export const immediateDangerLabels: Record<(typeof immediateDangerAnswers)[number], string> = {
  yes: 'Yes',
  no: 'No',
  'not-known': 'Not known',
  'not-answered': 'Not answered',
};

/** The two questions the law and procedures leave to the worker's judgement (reference 2.3 I, glossary, 6.1). */
export const judgementIds = ['reasonable-grounds', 'significant-harm'] as const;
export type JudgementId = (typeof judgementIds)[number];

export const judgementSchema = z.object({
  id: z.enum(judgementIds),
  /** The assessment question that records it, so the outcome can link back to it. */
  itemId: itemIdSchema,
  question: z.string().min(1),
  answer: z.enum(immediateDangerAnswers),
  /** The prompt shown until it is answered, or what the answer means once it is. */
  prompt: z.string().min(1),
  /** Labels of the recorded indicators that bear on it, signs of exploitation itself first. */
  direct: z.array(z.string()),
  indirect: z.array(z.string()),
  sources: z.array(sourceIdSchema).min(1),
});
export type Judgement = z.infer<typeof judgementSchema>;

/** A type of exploitation to explore, with what in the assessment points to it. */
export const exploitationToExploreSchema = z.object({
  type: exploitationTypeSchema,
  label: z.string().min(1),
  because: z.array(z.string().min(1)).min(1),
});
export type ExploitationToExplore = z.infer<typeof exploitationToExploreSchema>;

export const outcomeSchema = z
  .object({
    frameworkId: z.string().min(1),
    frameworkVersion: z.string().min(1),
    caseId: idSchema,
    caseRevision: z.number().int().nonnegative(),
    /** The day ages were worked out for. */
    asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    pathway: z.enum(['child', 'adult']),
    age: z.object({
      treatedAsChild: z.boolean(),
      basis: z.string().min(1),
      youngestPossibleAge: z.number().int().nullable(),
      oldestPossibleAge: z.number().int().nullable(),
      nearEighteen: z.boolean(),
      sources: z.array(sourceIdSchema).min(1),
    }),
    immediateDanger: z.enum(immediateDangerAnswers),
    crossBorder: z.object({ present: z.boolean(), reasons: z.array(z.string()) }),
    recommendations: z.array(recommendationSchema).min(1),
    indicatorsByCategory: z.array(indicatorCategorySummarySchema),
    exploitationTypesToExplore: z.array(exploitationTypeSchema),
    /** The same types, each with its reasons (outcomes saved before this was added read as none). */
    exploitationToExplore: z.array(exploitationToExploreSchema).default([]),
    /** The worker's judgement questions and where they stand (outcomes saved before this was added read as none). */
    judgements: z.array(judgementSchema).default([]),
    connectedAdultFactors: z.array(connectedAdultFactorsSchema),
    differences: z.array(accountDifferenceSchema),
    informationGaps: z.array(informationGapSchema),
    notes: z.array(outcomeNoteSchema).min(2),
  })
  .superRefine((outcome, ctx) => {
    // These checks are the safety rules; validating an outcome re-checks them wherever it is read.
    outcome.recommendations.forEach((recommendation, index) => {
      if (recommendation.priority !== index + 1) {
        ctx.addIssue({ code: 'custom', path: ['recommendations', index, 'priority'], message: 'Recommendations must be numbered in order from 1' });
      }
    });
    const ids = outcome.recommendations.map((recommendation) => recommendation.id);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', path: ['recommendations'], message: 'A recommendation appears twice' });
    if (outcome.immediateDanger === 'yes' && outcome.recommendations[0]?.id !== 'call-999') {
      ctx.addIssue({ code: 'custom', path: ['recommendations', 0], message: 'When the child is in immediate danger, calling 999 must come first' });
    }
    if (outcome.pathway === 'child') {
      // The wording check is about what the rules say, not about people's names quoted in it (an adult called "Dtn").
      const names = outcome.connectedAdultFactors.map((adult) => adult.name).filter((name) => name.trim() !== '');
      const ruleWording = (text: string) => names.reduce((remaining, name) => remaining.split(name).join(' '), text);
      outcome.recommendations.forEach((recommendation, index) => {
        if (recommendation.pathway === 'adult' || adultPathwayWording.test(ruleWording(`${recommendation.title} ${recommendation.reason}`))) {
          ctx.addIssue({ code: 'custom', path: ['recommendations', index], message: 'A child must not be given adult-pathway advice' });
        }
      });
    }
    if (outcome.pathway === 'adult') {
      outcome.recommendations.forEach((recommendation, index) => {
        if (recommendation.pathway === 'child') {
          ctx.addIssue({ code: 'custom', path: ['recommendations', index], message: 'An adult must not be given child-pathway advice' });
        }
      });
    }
    if (outcome.age.treatedAsChild !== (outcome.pathway === 'child')) {
      ctx.addIssue({ code: 'custom', path: ['age', 'treatedAsChild'], message: 'The age finding and the pathway disagree' });
    }
    for (const required of ['indicators-not-proof', 'does-not-replace-procedures']) {
      if (!outcome.notes.some((note) => note.id === required)) {
        ctx.addIssue({ code: 'custom', path: ['notes'], message: `The note "${required}" is missing` });
      }
    }
  });
export type Outcome = z.infer<typeof outcomeSchema>;
