import './validation';
import { z } from 'zod';

/**
 * Where a form's unsaved typing is kept. A case's forms use `case/<case id>/<form>`, with `/<item id>` (or `/new`)
 * for forms about one adult, agency, leg or chronology entry; forms not about a case have a plain name. Deleting a
 * case deletes every draft under its prefix, so these keys are built and read here and nowhere else.
 */

/** True for forms that keep one draft per item (an adult, an agency, a journey leg, a chronology entry). */
const caseDraftForms = {
  details: false,
  child: false,
  home: false,
  meeting: false,
  arrival: false,
  adult: true,
  agency: true,
  leg: true,
  chronology: true,
  /** One draft per section of the NRM questions (domain/nrm), by the section's id. */
  nrm: true,
  /** One draft per referral record, or `new`. */
  referral: true,
} as const;
type CaseDraftForm = keyof typeof caseDraftForms;
export type SingleCaseDraftForm = { [F in CaseDraftForm]: (typeof caseDraftForms)[F] extends false ? F : never }[CaseDraftForm];
export type ItemCaseDraftForm = Exclude<CaseDraftForm, SingleCaseDraftForm>;

/** The item a per-item form is about, or `new` for one not yet saved. */
export const NEW_ITEM = 'new';

export type CaseDraft = { caseId: string; form: SingleCaseDraftForm } | { caseId: string; form: ItemCaseDraftForm; itemId: string };

/** Drafts for forms that are not about one case. */
export const draftKeys = { newCase: 'new-case', settings: 'settings', aboutYou: 'about-you' } as const;

const CASE_PREFIX = 'case/';
const segment = /^[a-z0-9-]+$/i;

export const draftKeySchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[a-z0-9:/_-]+$/i, { error: 'This draft could not be identified' });

export function caseDraftKey(caseId: string, form: SingleCaseDraftForm): string;
export function caseDraftKey(caseId: string, form: ItemCaseDraftForm, itemId: string): string;
export function caseDraftKey(caseId: string, form: CaseDraftForm, itemId?: string): string {
  const parts = caseDraftForms[form] ? [caseId, form, itemId ?? ''] : [caseId, form];
  if (!parts.every((part) => segment.test(part))) throw new Error(`A draft key cannot be made from ${JSON.stringify(parts)}`);
  return CASE_PREFIX + parts.join('/');
}

/** Every draft key of one case starts with this (used to delete them with the case). */
export function caseDraftKeyPrefix(caseId: string): string {
  return `${CASE_PREFIX}${caseId}/`;
}

/** The case and form a key belongs to, or null when it is not a well-formed case draft key. */
export function parseCaseDraftKey(key: string): CaseDraft | null {
  if (!key.startsWith(CASE_PREFIX)) return null;
  const [caseId = '', form = '', itemId, ...rest] = key.slice(CASE_PREFIX.length).split('/');
  if (rest.length > 0 || !segment.test(caseId) || !Object.prototype.hasOwnProperty.call(caseDraftForms, form)) return null;
  const known = form as CaseDraftForm;
  if (caseDraftForms[known]) {
    return itemId !== undefined && segment.test(itemId) ? { caseId, form: known as ItemCaseDraftForm, itemId } : null;
  }
  return itemId === undefined ? { caseId, form: known as SingleCaseDraftForm } : null;
}
