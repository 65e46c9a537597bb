import { z } from 'zod';
import { pictureStyles, type Picture, type StyleRole } from '../pictures/drawing';

/**
 * The generic document model: plain data that `core/pdf/` turns into PDF pages.
 * Redactions are applied before a model is built, so anything in here may be printed.
 */

/** Long narrative answers (the NRM form allows 15,000 characters per box); a little headroom for joined answers. */
export const DOCUMENT_TEXT_MAX = 60_000;

const documentText = z.string().max(DOCUMENT_TEXT_MAX, { error: 'This text is too long to print' });
const shortDocumentText = z.string().max(500, { error: 'This text is too long for a heading or label' });

/** Who the document is for decides what was redacted; it is printed so a reader knows which version they hold. */
export const documentAudiences = [
  'internal',
  'strategy-meeting',
  'nrm-first-responder',
  'children-services',
  'ictg',
  'police',
  'named-agency',
] as const;
export const documentAudienceLabels: Record<(typeof documentAudiences)[number], string> = {
  internal: 'Internal case record',
  'strategy-meeting': 'Multi-agency strategy discussion or meeting',
  'nrm-first-responder': 'Home Office: National Referral Mechanism',
  'children-services': 'Children’s services',
  ictg: 'Independent Child Trafficking Guardian service',
  police: 'Police',
  'named-agency': 'A named agency',
};
/**
 * The agencies that must check a suspected adult (decision 15): their versions name every connected adult, with the
 * "do not inform" and "do not share with" flags printed beside them. Every other audience leaves out an adult marked
 * "do not share with".
 */
export const professionalAudiences: readonly (typeof documentAudiences)[number][] = ['strategy-meeting', 'nrm-first-responder', 'children-services', 'ictg', 'police'];
export const isProfessionalAudience = (audience: (typeof documentAudiences)[number]) => professionalAudiences.includes(audience);

export const documentAudienceSchema = z.enum(documentAudiences, { error: 'Choose who the document is for' });
export type DocumentAudience = z.infer<typeof documentAudienceSchema>;

/** An optional id lets a renderer report the page a block starts on (for "continued on page N"). */
const blockId = z.string().min(1).max(100).optional();

export const headingBlockSchema = z.object({
  kind: z.literal('heading'),
  id: blockId,
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  text: shortDocumentText,
});

/** Line breaks in `text` start new paragraphs; a blank line adds space between them. */
export const paragraphBlockSchema = z.object({
  kind: z.literal('paragraph'),
  id: blockId,
  text: documentText,
  emphasis: z.enum(['normal', 'bold']).default('normal'),
});

export const documentFieldSchema = z.object({
  label: shortDocumentText,
  value: documentText,
});
export type DocumentField = z.infer<typeof documentFieldSchema>;

export const fieldsBlockSchema = z.object({
  kind: z.literal('fields'),
  id: blockId,
  fields: z.array(documentFieldSchema).max(500),
});

export const tableColumnSchema = z.object({
  header: shortDocumentText,
  /** Relative width; columns share the page width in proportion. */
  weight: z.number().positive().max(100).default(1),
});
export type TableColumn = z.infer<typeof tableColumnSchema>;

/** The header row is repeated at the top of every page the table runs onto. */
export const tableBlockSchema = z
  .object({
    kind: z.literal('table'),
    id: blockId,
    caption: shortDocumentText.optional(),
    columns: z.array(tableColumnSchema).min(1).max(12),
    rows: z.array(z.array(documentText)).max(5_000),
  })
  .refine((table) => table.rows.every((row) => row.length === table.columns.length), {
    error: 'Every table row must have one cell per column',
  });

export const noteBlockSchema = z.object({
  kind: z.literal('note'),
  id: blockId,
  tone: z.enum(['information', 'warning']).default('information'),
  title: shortDocumentText.optional(),
  text: documentText,
});

export const pageBreakBlockSchema = z.object({ kind: z.literal('page-break'), id: blockId });

/*
 * A case picture (journey map, relationship map, timeline) as the plain drawing data domain/pictures makes.
 * The schema mirrors `Picture` so a model that crossed a process boundary is checked before it is drawn.
 */
const pictureNumber = z.number();
const styleRoleSchema = z.custom<StyleRole>((value) => typeof value === 'string' && Object.prototype.hasOwnProperty.call(pictureStyles, value), {
  error: 'Unknown picture style',
});
const fillPatternSchema = z.enum(['none', 'solid', 'diagonal-hatch', 'cross-hatch', 'dots', 'horizontal-lines', 'vertical-lines']);
const dashSchema = z.enum(['solid', 'dashed', 'dotted']);
const pictureLabel = z.string().max(2_000);
const shapeBase = {
  key: z.string().max(200),
  style: styleRoleSchema,
  pattern: fillPatternSchema.optional(),
  title: pictureLabel.optional(),
};
const point = z.tuple([pictureNumber, pictureNumber]);
export const pictureShapeSchema = z.discriminatedUnion('kind', [
  /** Country outlines can be long; M, L, Q and Z only, as domain/pictures/drawing.ts says. */
  z.object({ kind: z.literal('path'), ...shapeBase, d: z.string().max(500_000), dash: dashSchema }),
  z.object({ kind: z.literal('circle'), ...shapeBase, cx: pictureNumber, cy: pictureNumber, r: pictureNumber.nonnegative(), dash: dashSchema }),
  z.object({ kind: z.literal('line'), ...shapeBase, x1: pictureNumber, y1: pictureNumber, x2: pictureNumber, y2: pictureNumber, dash: dashSchema }),
  z.object({ kind: z.literal('rect'), ...shapeBase, x: pictureNumber, y: pictureNumber, width: pictureNumber.nonnegative(), height: pictureNumber.nonnegative(), dash: dashSchema }),
  z.object({ kind: z.literal('polygon'), ...shapeBase, points: z.array(point).max(100_000) }),
  z.object({
    kind: z.literal('text'),
    ...shapeBase,
    x: pictureNumber,
    y: pictureNumber,
    text: pictureLabel,
    anchor: z.enum(['start', 'middle', 'end']),
    fontSize: pictureNumber.positive().max(200),
    bold: z.boolean(),
  }),
]);

export const pictureSchema = z.object({
  width: pictureNumber.positive().max(10_000),
  height: pictureNumber.positive().max(10_000),
  title: shortDocumentText,
  shapes: z.array(pictureShapeSchema).max(50_000),
  legend: z.array(z.object({ style: styleRoleSchema, pattern: fillPatternSchema.optional(), dash: dashSchema.optional(), label: shortDocumentText })).max(100),
  textAlternative: z.object({
    summary: documentText,
    tables: z
      .array(
        z
          .object({ caption: shortDocumentText, columns: z.array(shortDocumentText).min(1).max(12), rows: z.array(z.array(documentText)).max(5_000) })
          .refine((table) => table.rows.every((row) => row.length === table.columns.length), { error: 'Every table row must have one cell per column' }),
      )
      .max(20),
    notes: z.array(documentText).max(200),
  }),
}) satisfies z.ZodType<Picture>;

/**
 * A picture drawn as vector paths, with its caption above it, its key below it and, unless turned off, its text
 * alternative (summary, tables and notes) after it, so the facts can be read without seeing the drawing.
 */
export const pictureBlockSchema = z.object({
  kind: z.literal('picture'),
  id: blockId,
  caption: shortDocumentText,
  picture: pictureSchema,
  printTextAlternative: z.boolean().default(true),
});

export const documentBlockSchema = z.discriminatedUnion('kind', [
  headingBlockSchema,
  paragraphBlockSchema,
  fieldsBlockSchema,
  tableBlockSchema,
  noteBlockSchema,
  pageBreakBlockSchema,
  pictureBlockSchema,
]);
export type DocumentBlock = z.infer<typeof documentBlockSchema>;
export type DocumentBlockInput = z.input<typeof documentBlockSchema>;

export const documentFlagsSchema = z.object({
  /** MSA 2015 s.51: while age is disputed the person is treated as a child; every page says so. */
  ageDisputedTreatedAsChild: z.boolean().default(false),
});

export const documentModelSchema = z.object({
  title: shortDocumentText.refine((title) => title.trim() !== '', { error: 'The document needs a title' }),
  audience: documentAudienceSchema,
  /** For the 'named-agency' audience: the agency's name, printed as who the document was prepared for. */
  audienceName: z.string().trim().min(1).max(200).optional(),
  caseReference: z.string().trim().min(1).max(40),
  generatedAt: z.iso.datetime({ offset: true }),
  /** The worker's display name, printed in the footer and never written into PDF metadata. */
  generatedBy: z.string().trim().min(1).max(200),
  /** The IMAAF framework version the assessment used, when the document reports one. */
  frameworkVersion: z.string().trim().min(1).max(40).optional(),
  flags: documentFlagsSchema.default({ ageDisputedTreatedAsChild: false }),
  blocks: z.array(documentBlockSchema).max(10_000),
});
export type DocumentModel = z.infer<typeof documentModelSchema>;
export type DocumentModelInput = z.input<typeof documentModelSchema>;

/** The note printed on every page of a document that reports indicators. */
export const INDICATORS_NOTE = 'Indicators are not proof: they are reasons to ask, record and refer.';
export const AGE_DISPUTED_BANNER = 'Age disputed: treated as a child';
export const PROTECTIVE_MARKING = 'OFFICIAL-SENSITIVE';
