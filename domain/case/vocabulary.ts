import { formatApproxDate, type ApproxDate } from './approx-date';
import { caseStatusLabels, relationshipLabels, triStateLabels, type CaseStatus, type Child, type TriState } from './schemas';

/**
 * The words a worker sees for the codes a case record keeps, and the rules that pick one value out of several.
 * Every layer (documents, the core, the renderer) reads them from here so that they cannot drift apart.
 */

type DatesOfBirth = Pick<Child['dateOfBirth'], 'claimed' | 'documented' | 'assessed'>;

/** The child's best-known date of birth: an age assessment outranks a document, and a document outranks the child's own account. */
export function bestDateOfBirth(dateOfBirth: DatesOfBirth): ApproxDate | null {
  return dateOfBirth.assessed ?? dateOfBirth.documented ?? dateOfBirth.claimed;
}

/** The best-known date of birth in words, or "Not known". */
export function bestDateOfBirthText(dateOfBirth: DatesOfBirth): string {
  return formatApproxDate(bestDateOfBirth(dateOfBirth));
}

/**
 * What goes in a form's date box. A box that needs a whole date (dd/mm/yyyy) gets a day only when one was given:
 * a month, a year, a season, a range or an age is written in words as the case records it ("about 15 years old on
 * 1 December 2026"), never turned into an invented day, and anything but an exact date is flagged an estimate.
 * `text` is an ISO date (yyyy-mm-dd) for the form to put in its own pattern, or those words (decision 19).
 */
export function dateForFormBox(value: ApproxDate | null): { text: string; approximate: boolean } {
  if (!value) return { text: '', approximate: false };
  if (value.kind === 'date') return { text: value.date, approximate: value.approximate };
  return { text: formatApproxDate(value), approximate: true };
}

/** "Yes", "No" or "Not known"; a question never answered reads as not known. */
export function triStateLabel(value: TriState | null | undefined): string {
  return value ? triStateLabels[value] : triStateLabels.unknown;
}

export function caseStatusLabel(status: CaseStatus): string {
  return caseStatusLabels[status];
}

/**
 * A relationship in words. The outcome carries relationships as plain strings, so a code this version does not know
 * reads as `whenMissing` rather than being shown raw.
 */
export function relationshipLabel(code: string | null | undefined, whenMissing = 'Not recorded'): string {
  if (!code) return whenMissing;
  return Object.prototype.hasOwnProperty.call(relationshipLabels, code) ? relationshipLabels[code as keyof typeof relationshipLabels] : whenMissing;
}
