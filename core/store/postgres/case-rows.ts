import { approxDateSortKey } from '../../../domain/case/approx-date';
import { bestDateOfBirthText } from '../../../domain/case/vocabulary';
import {
  agencyInvolvementSchema,
  caseRecordSchema,
  childSchema,
  chronologyEntrySchema,
  connectedAdultSchema,
  homeSituationSchema,
  journeyLegSchema,
  journeySchema,
  strategyMeetingSchema,
  type CaseRecord,
  type CaseSummary,
  type ChronologyEntry,
} from '../../../domain/case/schemas';
import { displayName } from '../../../domain/case/search';
import { nrmAnswersSchema } from '../../../domain/nrm/answers';
import { caseSearchTerms } from '../cases-repository';

/** How case records map to and from the team store's rows (the same shapes as the local store, in PostgreSQL types). */

/** A timestamptz column as the ISO text the case model holds (pg gives a Date; inside JSON it is text). */
export function isoOf(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

/** The case's folded search terms: the local store's caseSearchTerms, so both stores find the same cases. */
export function searchTerms(record: Pick<CaseRecord, 'reference' | 'child'>): string[] {
  return [...caseSearchTerms(record)].filter((term) => term !== '');
}

/** The smallest string greater than every string starting with `prefix`, in code point order (COLLATE "C"). */
export function prefixUpperBound(prefix: string): string {
  const codePoints = [...prefix];
  const last = codePoints.pop()!;
  return codePoints.join('') + String.fromCodePoint(last.codePointAt(0)! + 1);
}

/** The case row's columns, in the order of `caseColumns`. */
export function caseValues(record: CaseRecord): unknown[] {
  const names = record.child.names.map((name) => `${name.given} ${name.family}`.trim()).filter((name) => name !== '');
  return [
    record.id,
    record.reference,
    record.status,
    record.jurisdiction,
    record.localAuthority,
    record.leadWorker,
    record.isExample,
    record.openedAt,
    record.updatedAt,
    record.revision,
    JSON.stringify(record.child),
    JSON.stringify(record.journey.entry),
    JSON.stringify(record.homeSituation),
    JSON.stringify(record.strategyMeeting),
    displayName(record.child.names),
    JSON.stringify(names.slice(1)),
    bestDateOfBirthText(record.child.dateOfBirth),
    JSON.stringify(record.nrm),
  ];
}

export const caseColumns = [
  'id',
  'reference',
  'status',
  'jurisdiction',
  'local_authority',
  'lead_worker',
  'is_example',
  'opened_at',
  'updated_at',
  'revision',
  'child',
  'journey_entry',
  'home_situation',
  'strategy_meeting',
  'child_name',
  'other_names',
  'date_of_birth',
  'nrm',
] as const;

export const summaryColumns = 'c.id, c.reference, c.status, c.jurisdiction, c.is_example, c.updated_at, c.child_name, c.other_names, c.date_of_birth';

export interface SummaryRow {
  id: string;
  reference: string;
  status: 'open' | 'closed';
  jurisdiction: CaseRecord['jurisdiction'];
  is_example: boolean;
  updated_at: Date;
  child_name: string;
  other_names: string[];
  date_of_birth: string;
}

export function toSummary(row: SummaryRow): CaseSummary {
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    jurisdiction: row.jurisdiction,
    childName: row.child_name,
    otherNames: row.other_names,
    dateOfBirth: row.date_of_birth,
    isExample: row.is_example,
    updatedAt: isoOf(row.updated_at),
  };
}

/** A chronology row, from its table (Date) or from to_jsonb inside a case read (text). */
export interface ChronologyRow {
  id: string;
  case_id: string;
  sequence: number;
  event_date: unknown;
  kind: string;
  summary: string;
  source: string;
  recorded_at: Date | string;
  recorded_by: string;
  corrects_id: string | null;
}

export function toChronologyEntry(row: ChronologyRow): ChronologyEntry {
  return chronologyEntrySchema.parse({
    id: row.id,
    caseId: row.case_id,
    sequence: row.sequence,
    eventDate: row.event_date ?? null,
    kind: row.kind,
    summary: row.summary,
    source: row.source,
    recordedAt: isoOf(row.recorded_at),
    recordedBy: row.recorded_by,
    correctsId: row.corrects_id,
  });
}

export function chronologyValues(entry: Omit<ChronologyEntry, 'sequence'>): unknown[] {
  return [
    entry.id,
    entry.caseId,
    entry.eventDate ? JSON.stringify(entry.eventDate) : null,
    approxDateSortKey(entry.eventDate),
    entry.kind,
    entry.summary,
    entry.source,
    entry.recordedAt,
    entry.recordedBy,
    entry.correctsId,
  ];
}

export interface CaseReadRow extends Omit<SummaryRow, 'other_names'> {
  local_authority: string | null;
  lead_worker: string;
  opened_at: Date;
  revision: number;
  child: unknown;
  journey_entry: unknown;
  home_situation: unknown;
  strategy_meeting: unknown;
  nrm: unknown;
  adults: unknown[];
  legs: unknown[];
  agencies: unknown[];
  chronology: ChronologyRow[];
}

/** A whole case from one read, checked like anything else crossing a boundary. */
export function toCaseRecord(row: CaseReadRow): CaseRecord {
  return caseRecordSchema.parse({
    id: row.id,
    reference: row.reference,
    status: row.status,
    jurisdiction: row.jurisdiction,
    localAuthority: row.local_authority,
    leadWorker: row.lead_worker,
    isExample: row.is_example,
    openedAt: isoOf(row.opened_at),
    updatedAt: isoOf(row.updated_at),
    revision: row.revision,
    child: childSchema.parse(row.child),
    connectedAdults: row.adults.map((adult) => connectedAdultSchema.parse(adult)),
    journey: journeySchema.parse({ legs: row.legs.map((leg) => journeyLegSchema.parse(leg)), entry: row.journey_entry }),
    homeSituation: homeSituationSchema.parse(row.home_situation),
    strategyMeeting: strategyMeetingSchema.parse(row.strategy_meeting),
    nrm: nrmAnswersSchema.parse(row.nrm),
    agencies: row.agencies.map((agency) => agencyInvolvementSchema.parse(agency)),
    chronology: row.chronology.map(toChronologyEntry),
  });
}
