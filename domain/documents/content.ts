import { approxDateSortKey, formatApproxDate } from '../case/approx-date';
import { nameInOrder } from '../case/names';
import { relationshipLabel } from '../case/vocabulary';
import {
  ageStatusLabels,
  genderLabels,
  type CaseRecord,
  type ChronologyEntry,
  type ConnectedAdult,
  type PersonName,
  type StrategyMeeting,
} from '../case/schemas';
import { answerCodeLabel, defaultFramework, indexFramework, type Answer, type FrameworkItem } from '../imaaf';
import type { DocumentAssessment } from './catalogue';

/** Small helpers shared by the document builders. Pure; no redaction here (it happens before). */

export const NOT_RECORDED = 'Not recorded';

export const fullName = (name: PersonName | undefined) => (name ? nameInOrder(name) : '');

export function mainName(names: PersonName[]): string {
  const main = names.find((name) => name.type === 'main' && fullName(name) !== '') ?? names.find((name) => fullName(name) !== '');
  return fullName(main) || 'Name not known';
}

export function otherNames(names: PersonName[]): PersonName[] {
  const main = names.find((name) => name.type === 'main' && fullName(name) !== '') ?? names.find((name) => fullName(name) !== '');
  return names.filter((name) => name !== main && fullName(name) !== '');
}

// The builders still read it by its old name; the rule itself is domain/case/vocabulary.ts.

export function relationshipText(adult: ConnectedAdult): string {
  const byAdult = relationshipLabel(adult.relationshipClaimedByAdult, 'not recorded');
  const byChild = relationshipLabel(adult.relationshipClaimedByChild, 'not recorded');
  return byAdult === byChild ? byAdult : `The adult says: ${byAdult}. The child says: ${byChild}.`;
}

export function childDateOfBirthText(record: CaseRecord): string {
  const { claimed, documented, assessed } = record.child.dateOfBirth;
  const parts: string[] = [];
  if (claimed) parts.push(`${formatApproxDate(claimed)} (as the child says)`);
  if (documented) parts.push(`${formatApproxDate(documented)} (on a document)`);
  if (assessed) parts.push(`${formatApproxDate(assessed)} (assessed)`);
  return parts.join('; ');
}

export function ageStatusText(record: CaseRecord): string {
  return record.child.ageStatus ? ageStatusLabels[record.child.ageStatus] : '';
}

export const genderText = (record: CaseRecord) => (record.child.gender ? genderLabels[record.child.gender] : '');

/** A chronology in event order; entries without a date go last, in the order they were recorded. */
export function orderedChronology(entries: ChronologyEntry[]): ChronologyEntry[] {
  return [...entries].sort((a, b) => {
    const byDate = approxDateSortKey(a.eventDate).localeCompare(approxDateSortKey(b.eventDate));
    return byDate !== 0 ? byDate : a.sequence - b.sequence;
  });
}

const frameworkIndex = indexFramework(defaultFramework);

function itemFor(assessment: DocumentAssessment | null | undefined, itemId: string): FrameworkItem | undefined {
  if (assessment?.frameworkVersion && assessment.frameworkVersion !== defaultFramework.version) return undefined;
  return frameworkIndex.items.get(itemId);
}

/** An answer as words: option labels instead of codes, dates as a worker writes them, "Not known" for unknown. */
export function answerText(answer: Answer | undefined, item: FrameworkItem | undefined): string {
  if (!answer) return '';
  if (answer.unknown || answer.value === null) return 'Not known';
  const value = answer.value;
  const label = (code: string) => item?.options?.find((option) => option.value === code)?.label ?? code;
  if (Array.isArray(value)) return value.map(label).join(', ');
  if (typeof value === 'object') return formatApproxDate(value);
  if (item?.answerType === 'tri' || item?.answerType === 'ysn') {
    return answerCodeLabel(value) ?? value;
  }
  return label(value);
}

/** Reads answers by item id. The framework is data, so an id may be missing in another version: that reads as not recorded. */
export class Answers {
  constructor(private readonly assessment: DocumentAssessment | null | undefined) {}

  raw(itemId: string): Answer | undefined {
    return this.assessment?.answers?.items[itemId];
  }

  /** The stored value when it is a plain string (for yes/no items: 'yes', 'no', 'suspected', ...). */
  code(itemId: string): string {
    const answer = this.raw(itemId);
    if (!answer || answer.unknown) return answer ? 'unknown' : '';
    return typeof answer.value === 'string' ? answer.value : '';
  }

  list(itemId: string): string[] {
    const value = this.raw(itemId)?.value;
    return Array.isArray(value) ? value : [];
  }

  /** The answer alone, without the worker's note. */
  value(itemId: string): string {
    return answerText(this.raw(itemId), itemFor(this.assessment, itemId));
  }

  text(itemId: string): string {
    const answer = this.raw(itemId);
    const base = answerText(answer, itemFor(this.assessment, itemId));
    const note = answer?.note.trim() ?? '';
    return note && base ? `${base}. ${note}` : base || note;
  }

  /** The question the framework asks for the item, for labels. */
  question(itemId: string, fallback: string): string {
    return itemFor(this.assessment, itemId)?.question ?? fallback;
  }

  adult(adultId: string, itemId: string): string {
    const answer = this.assessment?.answers?.connectedAdults[adultId]?.[itemId];
    const base = answerText(answer, itemFor(this.assessment, itemId));
    const note = answer?.note.trim() ?? '';
    return note && base ? `${base}. ${note}` : base || note;
  }
}

/** yes / no / unknown from an answer code, for forms' radio buttons ('' when there is no answer). */
export function triFromCode(code: string): string {
  if (code === 'yes' || code === 'suspected') return 'yes';
  if (code === 'no') return 'no';
  if (code === 'unknown' || code === 'not-assessed') return 'unknown';
  return '';
}

export const joinNonEmpty = (parts: Array<string | undefined | null>, separator = '. ') => parts.filter((part): part is string => !!part && part.trim() !== '').join(separator);

/** "Thursday 3 December 2026 at 09:30" from the meeting's date and time; empty when no date is set. */
export function meetingWhenText(meeting: Pick<StrategyMeeting, 'date' | 'time'>): string {
  if (!meeting.date) return meeting.time ? `Time ${meeting.time}, date not set` : '';
  const date = new Date(`${meeting.date}T00:00:00Z`);
  const part = (options: Intl.DateTimeFormatOptions) => date.toLocaleDateString('en-GB', { ...options, timeZone: 'UTC' });
  // GOV.UK style, no comma: "Thursday 5 March 2026".
  const day = `${part({ weekday: 'long' })} ${part({ day: 'numeric' })} ${part({ month: 'long' })} ${part({ year: 'numeric' })}`;
  return meeting.time ? `${day} at ${meeting.time}` : day;
}
