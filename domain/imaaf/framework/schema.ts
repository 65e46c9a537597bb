import { z } from 'zod';
import { AppError, toFieldIssues } from '../../errors';
import {
  indicatorCatalogue,
  indicatorCodeSchema,
  indicatorSchema,
  sourceIdSchema,
  type Indicator,
} from '../indicators';

/**
 * The shape every version of the IMAAF framework must have. The framework is data, not code, so an organisation
 * holding chapter six of the report can correct or replace it without a new release (reference 2.1, 2.2).
 */

const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const itemIdSchema = z.string().regex(kebab, { error: 'An item id must be lower-case words joined by hyphens' }).max(80);

/** tri: yes/no/unknown; ysn: yes/suspected/no/not assessed (reference, answer-type vocabulary). */
export const answerTypes = ['tri', 'ysn', 'approx-date', 'country', 'choice', 'multi-choice', 'text'] as const;
export type AnswerType = (typeof answerTypes)[number];

export const itemAbout = ['child', 'connected-adult', 'setting'] as const;
export type ItemAbout = (typeof itemAbout)[number];

/** Where an answer came from (reference 2.3: child / accompanying adult / document / agency check / observation). */
export const informationSources = ['child', 'adult', 'document', 'agency-check', 'observation'] as const;
export type InformationSource = (typeof informationSources)[number];
export const informationSourceSchema = z.enum(informationSources, { error: 'Choose where this information came from' });
export const informationSourceLabels: Record<InformationSource, string> = {
  child: 'The child',
  adult: 'An adult connected to the child',
  document: 'A document',
  'agency-check': 'A check with another agency',
  observation: 'What I saw',
};

/**
 * Roles let the rules find the items they depend on without hard-coding ids, so a corrected framework can rename
 * or move an item and keep the rule working.
 */
export const itemRoles = [
  'immediate-danger',
  'may-be-under-18',
  'asylum-claim',
  'interpreter-needed',
  'spoken-alone',
  'unsure-if-safeguarding-needed',
  'organisation-procedure-clear',
  'concern-about-handling',
  'home-country',
  'parents-whereabouts-known',
  'safe-family-member',
  'missing-episodes',
  'nrm-referral-made',
  'nrm-conclusive-decision',
  'private-fostering-notified',
  'exploitation-types',
  'exploitation-setting',
  'judgement-reasonable-grounds',
  'judgement-significant-harm',
  'adult-contact-restricted',
] as const;
export type ItemRole = (typeof itemRoles)[number];

export const ysnValues = ['yes', 'suspected', 'no', 'not-assessed'] as const;
export const triValues = ['yes', 'no'] as const;
/** The yes/suspected/no answers in the order they are offered; "Not known" is always offered after them. */
export const ysnLabels: Record<(typeof ysnValues)[number], string> = { yes: 'Yes', suspected: 'Suspected', no: 'No', 'not-assessed': 'Not assessed' };
const answerCodeLabels: Record<string, string> = { ...ysnLabels, unknown: 'Not known' };

/** A yes/no or yes/suspected/no answer in words, or undefined when the code is none of those. */
export function answerCodeLabel(code: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(answerCodeLabels, code) ? answerCodeLabels[code] : undefined;
}

const optionSchema = z.object({
  value: z.string().regex(kebab).max(80),
  label: z.string().min(1).max(200),
});
export type ItemOption = z.infer<typeof optionSchema>;

export const frameworkItemSchema = z.object({
  id: itemIdSchema,
  question: z.string().min(1).max(500),
  /** Practice guidance shown next to the question. */
  help: z.string().max(2000).default(''),
  answerType: z.enum(answerTypes),
  options: z.array(optionSchema).max(60).optional(),
  about: z.enum(itemAbout),
  allowedSources: z.array(informationSourceSchema).min(1),
  /** Reference ids the item is based on (reference section 13). */
  sources: z.array(sourceIdSchema).min(1),
  /** A tri or ysn item that records a trafficking indicator. */
  indicatorCode: indicatorCodeSchema.optional(),
  role: z.enum(itemRoles).optional(),
  /** Unanswered important items are listed as information gaps. */
  important: z.boolean().default(false),
  /** How a worker could close the gap if the answer is not known. */
  gapSuggestion: z.string().max(500).optional(),
  /**
   * When an unanswered or "not known" answer is worth listing as a gap: 'concern' only once an indicator is recorded
   * (an item about the exploitation itself), 'cross-border' only when the child's life may reach outside the UK.
   * Absent means always.
   */
  gapWhen: z.enum(['concern', 'cross-border']).optional(),
  /**
   * A follow-on question ("If you could not speak with the child alone, why not?"): asked only while an earlier
   * question in the same section has one of these answers; otherwise it is neither shown nor counted.
   */
  showWhen: z.object({ itemId: itemIdSchema, answerIn: z.array(z.string().max(80)).min(1).max(20) }).optional(),
});
export type FrameworkItem = z.infer<typeof frameworkItemSchema>;

export const frameworkSectionSchema = z.object({
  id: itemIdSchema,
  title: z.string().min(1).max(200),
  intro: z.string().max(2000).default(''),
  /** 'per-connected-adult' sections are answered once for each adult on the case record. */
  repeat: z.enum(['once', 'per-connected-adult']),
  items: z.array(frameworkItemSchema).min(1).max(200),
});
export type FrameworkSection = z.infer<typeof frameworkSectionSchema>;

/** A pair of items where the child's account and an adult's account of the same thing should be compared. */
export const consistencyCheckSchema = z.object({
  id: itemIdSchema,
  topic: z.string().min(1).max(200),
  childItemId: itemIdSchema,
  adultItemId: itemIdSchema,
});
export type ConsistencyCheck = z.infer<typeof consistencyCheckSchema>;

export const frameworkSchema = z
  .object({
    id: itemIdSchema,
    version: z.string().regex(/^[0-9A-Za-z][0-9A-Za-z.+-]*$/, { error: 'Give the framework a version such as 2026.1' }).max(40),
    title: z.string().min(1).max(200),
    /** Where the framework comes from and how sure we are of it. */
    basis: z.string().min(1).max(4000),
    sections: z.array(frameworkSectionSchema).min(1).max(40),
    consistencyChecks: z.array(consistencyCheckSchema).max(100).default([]),
    /** Indicators a corrected version adds to the built-in catalogue. */
    extraIndicators: z.array(indicatorSchema).max(200).default([]),
  })
  .superRefine((framework, ctx) => {
    const known = new Set(indicatorCatalogue.map((indicator) => indicator.code));
    framework.extraIndicators.forEach((indicator, index) => {
      if (known.has(indicator.code)) {
        ctx.addIssue({ code: 'custom', path: ['extraIndicators', index, 'code'], message: `Indicator ${indicator.code} is already in the catalogue` });
      }
      known.add(indicator.code);
    });
    const ids = new Map<string, FrameworkItem & { repeat: 'once' | 'per-connected-adult' }>();
    const roles = new Set<string>();
    const sectionIds = new Set<string>();
    framework.sections.forEach((section, s) => {
      if (sectionIds.has(section.id)) ctx.addIssue({ code: 'custom', path: ['sections', s, 'id'], message: `Section id ${section.id} is used twice` });
      sectionIds.add(section.id);
      section.items.forEach((item, i) => {
        const path = ['sections', s, 'items', i];
        if (ids.has(item.id)) ctx.addIssue({ code: 'custom', path: [...path, 'id'], message: `Item id ${item.id} is used twice` });
        ids.set(item.id, { ...item, repeat: section.repeat });
        const needsOptions = item.answerType === 'choice' || item.answerType === 'multi-choice';
        if (needsOptions && (!item.options || item.options.length === 0)) {
          ctx.addIssue({ code: 'custom', path: [...path, 'options'], message: `Item ${item.id} needs options` });
        }
        if (!needsOptions && item.options) {
          ctx.addIssue({ code: 'custom', path: [...path, 'options'], message: `Item ${item.id} cannot have options` });
        }
        if (item.options) {
          const values = item.options.map((option) => option.value);
          // "Not known" is a separate flag on every answer, so an option cannot also claim the word.
          if (new Set(values).size !== values.length || values.includes('unknown')) {
            ctx.addIssue({ code: 'custom', path: [...path, 'options'], message: `Item ${item.id} has repeated options or an option called "unknown"` });
          }
        }
        if (item.indicatorCode !== undefined) {
          if (item.answerType !== 'tri' && item.answerType !== 'ysn') {
            ctx.addIssue({ code: 'custom', path: [...path, 'indicatorCode'], message: `Indicator item ${item.id} must be answered yes/no or yes/suspected/no` });
          }
          if (!known.has(item.indicatorCode)) {
            ctx.addIssue({ code: 'custom', path: [...path, 'indicatorCode'], message: `Indicator ${item.indicatorCode} is not in the catalogue` });
          }
        }
        const adultBlock = section.repeat === 'per-connected-adult';
        if (adultBlock !== (item.about === 'connected-adult')) {
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'about'],
            message: `Item ${item.id}: items about a connected adult belong in the per-adult section, and only there`,
          });
        }
        if (item.showWhen) {
          const earlier = section.items.slice(0, i).find((other) => other.id === item.showWhen?.itemId);
          if (!earlier || !['tri', 'ysn', 'choice'].includes(earlier.answerType)) {
            ctx.addIssue({
              code: 'custom',
              path: [...path, 'showWhen', 'itemId'],
              message: `Item ${item.id} can only follow a yes/no or choice question asked before it in the same section`,
            });
          }
        }
        if (item.role) {
          if (roles.has(item.role)) ctx.addIssue({ code: 'custom', path: [...path, 'role'], message: `Role ${item.role} is given to two items` });
          roles.add(item.role);
        }
      });
    });
    const danger = [...ids.values()].find((item) => item.role === 'immediate-danger');
    // Safety: without this question the 999 prompt could never fire.
    if (!danger || danger.answerType !== 'tri' || danger.repeat !== 'once') {
      ctx.addIssue({ code: 'custom', path: ['sections'], message: 'The framework must have a yes/no item with the role "immediate-danger"' });
    }
    framework.consistencyChecks.forEach((check, c) => {
      const childItem = ids.get(check.childItemId);
      const adultItem = ids.get(check.adultItemId);
      if (!childItem || childItem.repeat !== 'once') {
        ctx.addIssue({ code: 'custom', path: ['consistencyChecks', c, 'childItemId'], message: `${check.childItemId} is not an item about the child` });
      }
      if (!adultItem || adultItem.repeat !== 'per-connected-adult') {
        ctx.addIssue({ code: 'custom', path: ['consistencyChecks', c, 'adultItemId'], message: `${check.adultItemId} is not an item in the per-adult section` });
      }
      if (childItem && adultItem && childItem.answerType !== adultItem.answerType) {
        ctx.addIssue({ code: 'custom', path: ['consistencyChecks', c], message: `${check.childItemId} and ${check.adultItemId} are answered differently and cannot be compared` });
      }
    });
  });

export type Framework = z.infer<typeof frameworkSchema>;
export type FrameworkInput = z.input<typeof frameworkSchema>;

/**
 * Loads a framework given as data (for example JSON read from a file an organisation supplies).
 * Throws a VALIDATION AppError with field paths when it does not fit.
 */
export function loadFramework(json: unknown): Framework {
  const result = frameworkSchema.safeParse(json);
  if (!result.success) {
    throw new AppError(
      'VALIDATION',
      'This version of the IMAAF framework could not be loaded because it is not complete or not in the expected form. The details list what to correct.',
      toFieldIssues(result.error),
    );
  }
  return result.data;
}

/** Everything the rules need to look items up quickly; built once per framework object. */
export interface FrameworkIndex {
  framework: Framework;
  items: Map<string, FrameworkItem>;
  onceItems: FrameworkItem[];
  adultItems: FrameworkItem[];
  byRole: Map<ItemRole, FrameworkItem>;
  indicators: Map<string, Indicator>;
}

const indexCache = new WeakMap<Framework, FrameworkIndex>();

export function indexFramework(framework: Framework): FrameworkIndex {
  const cached = indexCache.get(framework);
  if (cached) return cached;
  const items = new Map<string, FrameworkItem>();
  const onceItems: FrameworkItem[] = [];
  const adultItems: FrameworkItem[] = [];
  const byRole = new Map<ItemRole, FrameworkItem>();
  for (const section of framework.sections) {
    for (const item of section.items) {
      items.set(item.id, item);
      (section.repeat === 'once' ? onceItems : adultItems).push(item);
      if (item.role) byRole.set(item.role, item);
    }
  }
  const indicators = new Map<string, Indicator>();
  for (const indicator of [...indicatorCatalogue, ...framework.extraIndicators]) indicators.set(indicator.code, indicator);
  const index: FrameworkIndex = { framework, items, onceItems, adultItems, byRole, indicators };
  indexCache.set(framework, index);
  return index;
}
