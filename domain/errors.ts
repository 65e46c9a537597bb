import { z } from 'zod';

/**
 * Every operation answers with its output or with one of these errors. Messages are written for a social worker:
 * they say what happened and what to do, never a stack trace or a table name.
 */
export const errorCodes = [
  'VALIDATION', // the input does not fit: field-level issues say where
  'NOT_FOUND', // the case, entry or document asked for does not exist
  'CONFLICT', // someone (or another window) saved a newer version first
  'LOCKED', // the app is locked or the database is in use elsewhere
  'STORAGE', // the database could not be read or written
  'UNSUPPORTED', // the database was written by a newer version of Crossings, or a feature is not available here
  'UNAUTHORISED', // the caller is not the app's own page
  'INTERNAL', // anything else: a bug
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const fieldIssueSchema = z.object({
  /** Dotted path to the field, e.g. `child.names.0.family`. */
  path: z.string(),
  message: z.string(),
});
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

export const appErrorSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  issues: z.array(fieldIssueSchema).optional(),
});
export type AppErrorShape = z.infer<typeof appErrorSchema>;

/** Thrown by services; the dispatcher turns it into `{ code, message, issues }`. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues?: FieldIssue[];
  constructor(code: ErrorCode, message: string, issues?: FieldIssue[]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    if (issues) this.issues = issues;
  }
  toJSON(): AppErrorShape {
    return this.issues ? { code: this.code, message: this.message, issues: this.issues } : { code: this.code, message: this.message };
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

/** Turns zod's issues into field issues with paths a form can link to. */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}
