import { formatApproxDate, approxDateSortKey, type ApproxDate } from './approx-date';
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
 * One calendar day for a form's date box (yyyy-mm-dd): a month or a year becomes its first day, an age on a date the
 * middle of the days it could mean, and anything but an exact date is flagged an estimate.
 */
export function dateForFormBox(value: ApproxDate | null): { iso: string; approximate: boolean } {
  if (!value) return { iso: '', approximate: false };
  switch (value.kind) {
    case 'date':
      return { iso: value.date, approximate: value.approximate };
    case 'month':
      return { iso: `${value.year}-${String(value.month).padStart(2, '0')}-01`, approximate: true };
    case 'year':
      return { iso: `${value.year}-01-01`, approximate: true };
    case 'age':
      return { iso: approxDateSortKey(value), approximate: true };
  }
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
