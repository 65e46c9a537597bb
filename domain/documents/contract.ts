import { z } from 'zod';
import { idSchema } from '../case/schemas';
import { documentTypeSchema } from './catalogue';
import { documentAudienceSchema } from './model';

/** Schemas for the documents operations in domain/api.ts. */

/** A custom form's name: the file name of its PDF in `<data folder>/forms/`, without `.pdf` (lower-case words and hyphens). */
export const customFormNameSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'Choose a form from the list' });

export const agencyNameSchema = z.string().trim().min(1, { error: 'Enter the agency’s name' }).max(200, { error: 'The agency’s name must be 200 characters or fewer' });

export const documentRegisterEntrySchema = z.object({
  id: idSchema,
  caseId: idSchema,
  type: documentTypeSchema,
  title: z.string(),
  audience: documentAudienceSchema,
  agencyName: z.string().nullable(),
  customForm: z.string().nullable(),
  generatedAt: z.iso.datetime(),
  generatedBy: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  pageCount: z.number().int().positive(),
  byteLength: z.number().int().positive(),
  assessmentId: idSchema.nullable(),
  frameworkVersion: z.string().nullable(),
  /** Who this version left out and why, in the worker's words (decision 15); none for entries made before it was kept. */
  leftOut: z.array(z.object({ name: z.string(), why: z.string() })).default([]),
});
export type DocumentRegisterEntry = z.infer<typeof documentRegisterEntrySchema>;

export const documentAvailabilitySchema = z.object({
  type: documentTypeSchema,
  title: z.string(),
  description: z.string(),
  kind: z.enum(['form', 'model']),
  available: z.boolean(),
  reason: z.string(),
  missing: z.array(z.string()),
});

export const customFormProblemSchema = z.object({ field: z.string(), message: z.string() });

export const customFormSchema = z.object({
  name: customFormNameSchema,
  title: z.string(),
  /** False when the form cannot be used at all (see `errors`); unmapped fields and problems do not stop it. */
  valid: z.boolean(),
  /** Why the form cannot be used, when it cannot (missing mapping, mapping not valid JSON, PDF not readable). */
  errors: z.array(z.string()),
  /** Fields in the PDF that the mapping gives no value. */
  unmappedFields: z.array(z.string()),
  /** Mapping entries naming a field the PDF does not have, or a path the document view does not have. */
  unknownFields: z.array(z.string()),
  unknownPaths: z.array(z.string()),
  /** Values from a sample case that would not fit (not in a list, not a date in the form's format, too long). */
  problems: z.array(customFormProblemSchema),
});
export type CustomForm = z.infer<typeof customFormSchema>;

/** The worker's sharing choices for one document (decision 15). */
export const sharingChoicesShape = {
  /** Adults this audience includes or could pass information to: they are left out of the document. */
  reachesAdultIds: z.array(idSchema).max(100).optional(),
  /** Adults withheld from this one document, each with the worker's reason. */
  withhold: z
    .array(
      z
        .object({
          adultId: idSchema,
          reason: z.string().trim().min(1, { error: 'Say why you are withholding this adult from this document' }).max(500, { error: 'The reason must be 500 characters or fewer' }),
        })
        .strict(),
    )
    .max(100)
    .optional(),
};

export const sharingPreviewSchema = z.object({
  withheld: z.array(z.object({ adultId: idSchema, name: z.string(), because: z.enum(['do-not-share-with', 'audience-reaches-them', 'withheld-by-worker']), why: z.string() })),
  namedWithFlags: z.array(z.object({ adultId: idSchema, name: z.string(), flags: z.string() })),
  values: z.array(z.string()),
  chronologyEntries: z.number().int().nonnegative(),
  removedFromText: z.array(z.object({ where: z.string(), count: z.number().int().positive() })),
});

export const generateDocumentInputSchema = z
  .object({
    caseId: idSchema,
    type: documentTypeSchema,
    audience: documentAudienceSchema,
    agencyName: agencyNameSchema.optional(),
    ...sharingChoicesShape,
    /**
     * Fill an organisation's own form from `<data folder>/forms/` instead of Crossings' template. Its mapping reads the
     * same document view, with the same redaction for the audience; `type` must then be one of the form documents.
     */
    customForm: customFormNameSchema.optional(),
  })
  .strict()
  .refine((input) => input.audience !== 'named-agency' || input.agencyName !== undefined, { error: 'Enter the name of the agency the document is for', path: ['agencyName'] })
  .refine((input) => input.customForm === undefined || ['children-services-referral', 'nrm-preparation-pack', 'ictg-referral-summary'].includes(input.type), {
    error: 'An organisation’s own form can only replace one of the referral forms',
    path: ['customForm'],
  });

export const generateDocumentOutputSchema = z.object({
  entry: documentRegisterEntrySchema,
  fileName: z.string(),
  /** The PDF, base64-encoded. */
  pdfBase64: z.string(),
  /** Information gaps that left fields empty. */
  missing: z.array(z.string()),
  /** Values that did not fit a form (the rest of the form is still filled). */
  problems: z.array(customFormProblemSchema),
  /** How many connected adults this version leaves out (for the audit log, which never holds their names). */
  withheldAdultCount: z.number().int().nonnegative(),
});
