import type { Statement } from 'better-sqlite3-multiple-ciphers';
import { approxDateSearchTerms, approxDateSortKey } from '../../domain/case/approx-date';
import { bestDateOfBirthText } from '../../domain/case/vocabulary';
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
} from '../../domain/case/schemas';
import { nameInOrder } from '../../domain/case/names';
import { displayName, searchTokens } from '../../domain/case/search';
import { nrmAnswersSchema } from '../../domain/nrm/answers';
import type { Db } from './db';

interface CaseRow {
  id: string;
  reference: string;
  status: 'open' | 'closed';
  jurisdiction: CaseRecord['jurisdiction'];
  local_authority: string | null;
  lead_worker: string;
  is_example: number;
  opened_at: string;
  updated_at: string;
  revision: number;
  child: string;
  journey_entry: string;
  home_situation: string;
  strategy_meeting: string;
  nrm: string;
  child_name: string;
  other_names: string;
  date_of_birth: string;
}

interface ChronologyRow {
  id: string;
  case_id: string;
  sequence: number;
  event_date: string | null;
  kind: string;
  summary: string;
  source: string;
  recorded_at: string;
  recorded_by: string;
  corrects_id: string | null;
}

const allParts: ReadonlySet<string> = new Set(['connectedAdults', 'journey', 'agencies', 'child']);

const summaryColumns =
  'c.id, c.reference, c.status, c.jurisdiction, c.is_example, c.updated_at, c.child_name, c.other_names, c.date_of_birth';

/** The SQL for case records. Every statement is prepared once; callers wrap writes in a transaction. */
/** The parts of a case kept as rows of their own, each with an id unique across every case. */
export type CasePart = 'connectedAdults' | 'journeyLegs' | 'agencies';

export class CasesRepository {
  private readonly statements: {
    insertCase: Statement;
    updateCase: Statement;
    getCase: Statement<[string], CaseRow>;
    revisionOf: Statement<[string], { revision: number }>;
    deleteChildren: Statement[];
    insertAdult: Statement;
    insertLeg: Statement;
    insertAgency: Statement;
    insertTerm: Statement;
    partOwner: Record<CasePart, Statement<[string], { case_id: string }>>;
    adults: Statement<[string], { record: string }>;
    legs: Statement<[string], { record: string }>;
    agencies: Statement<[string], { record: string }>;
    chronology: Statement<[string], ChronologyRow>;
    insertChronology: Statement;
    nextSequence: Statement<[string], { next: number }>;
    chronologyEntry: Statement<[string], ChronologyRow>;
    listAll: Statement<[string, string, number], SummaryRow>;
    countAll: Statement<[string, string], { total: number }>;
    referencesForYear: Statement<[string], { reference: string }>;
    referenceTaken: Statement<[string, string], { id: string }>;
    exactTerm: Statement<[string], { case_id: string }>;
  };
  private readonly searchByPrefix = new Map<number, Statement>();

  constructor(private readonly db: Db) {
    this.statements = {
      insertCase: db.prepare(`INSERT INTO cases (id, reference, status, jurisdiction, local_authority, lead_worker, is_example,
        opened_at, updated_at, revision, child, journey_entry, home_situation, strategy_meeting, nrm, child_name, other_names, date_of_birth)
        VALUES (@id, @reference, @status, @jurisdiction, @local_authority, @lead_worker, @is_example, @opened_at, @updated_at,
        @revision, @child, @journey_entry, @home_situation, @strategy_meeting, @nrm, @child_name, @other_names, @date_of_birth)`),
      updateCase: db.prepare(`UPDATE cases SET reference = @reference, status = @status, jurisdiction = @jurisdiction,
        local_authority = @local_authority, lead_worker = @lead_worker, updated_at = @updated_at, revision = @revision,
        child = @child, journey_entry = @journey_entry, home_situation = @home_situation, strategy_meeting = @strategy_meeting, nrm = @nrm, child_name = @child_name,
        other_names = @other_names, date_of_birth = @date_of_birth WHERE id = @id`),
      getCase: db.prepare('SELECT * FROM cases WHERE id = ?'),
      revisionOf: db.prepare('SELECT revision FROM cases WHERE id = ?'),
      deleteChildren: ['connected_adults', 'journey_legs', 'agencies', 'search_terms'].map((table) =>
        db.prepare(`DELETE FROM ${table} WHERE case_id = ?`),
      ),
      insertAdult: db.prepare('INSERT INTO connected_adults (id, case_id, position, record) VALUES (?, ?, ?, ?)'),
      insertLeg: db.prepare('INSERT INTO journey_legs (id, case_id, position, record) VALUES (?, ?, ?, ?)'),
      insertAgency: db.prepare('INSERT INTO agencies (id, case_id, position, record) VALUES (?, ?, ?, ?)'),
      insertTerm: db.prepare('INSERT OR IGNORE INTO search_terms (case_id, term) VALUES (?, ?)'),
      partOwner: {
        connectedAdults: db.prepare('SELECT case_id FROM connected_adults WHERE id = ?'),
        journeyLegs: db.prepare('SELECT case_id FROM journey_legs WHERE id = ?'),
        agencies: db.prepare('SELECT case_id FROM agencies WHERE id = ?'),
      },
      adults: db.prepare('SELECT record FROM connected_adults WHERE case_id = ? ORDER BY position'),
      legs: db.prepare('SELECT record FROM journey_legs WHERE case_id = ? ORDER BY position'),
      agencies: db.prepare('SELECT record FROM agencies WHERE case_id = ? ORDER BY position'),
      chronology: db.prepare('SELECT * FROM chronology_entries WHERE case_id = ? ORDER BY sequence'),
      insertChronology: db.prepare(`INSERT INTO chronology_entries (id, case_id, sequence, event_date, event_sort, kind, summary,
        source, recorded_at, recorded_by, corrects_id) VALUES (@id, @case_id, @sequence, @event_date, @event_sort, @kind, @summary,
        @source, @recorded_at, @recorded_by, @corrects_id)`),
      nextSequence: db.prepare('SELECT COALESCE(MAX(sequence), 0) + 1 AS next FROM chronology_entries WHERE case_id = ?'),
      chronologyEntry: db.prepare('SELECT * FROM chronology_entries WHERE id = ?'),
      listAll: db.prepare(`SELECT ${summaryColumns} FROM cases c WHERE (c.status = ? OR ? = 'all')
        ORDER BY c.updated_at DESC, c.reference LIMIT ?`),
      countAll: db.prepare(`SELECT COUNT(*) AS total FROM cases WHERE (status = ? OR ? = 'all')`),
      referencesForYear: db.prepare(`SELECT reference FROM cases WHERE reference LIKE ? ORDER BY reference DESC`),
      referenceTaken: db.prepare('SELECT id FROM cases WHERE reference = ? AND id != ?'),
      exactTerm: db.prepare('SELECT case_id FROM search_terms WHERE term = ?'),
    };
  }

  insert(record: CaseRecord): void {
    this.statements.insertCase.run(this.toRow(record));
    this.writeParts(record);
  }

  /** Rewrites the case row, and only those parts that changed (a save is one transaction, kept short). */
  update(record: CaseRecord, changed: ReadonlySet<string> = allParts): void {
    this.statements.updateCase.run(this.toRow(record));
    const [adults, legs, agencies, terms] = this.statements.deleteChildren as [Statement, Statement, Statement, Statement];
    if (changed.has('connectedAdults')) {
      adults.run(record.id);
      this.writeAdults(record);
    }
    if (changed.has('journey')) {
      legs.run(record.id);
      this.writeLegs(record);
    }
    if (changed.has('agencies')) {
      agencies.run(record.id);
      this.writeAgencies(record);
    }
    if (changed.has('child') || changed.has('reference')) {
      terms.run(record.id);
      this.writeTerms(record);
    }
  }

  revisionOf(id: string): number | undefined {
    return this.statements.revisionOf.get(id)?.revision;
  }

  isReferenceTaken(reference: string, exceptId: string): boolean {
    return this.statements.referenceTaken.get(reference, exceptId) !== undefined;
  }

  referencesStartingWith(prefix: string): string[] {
    return this.statements.referencesForYear.all(`${prefix}%`).map((row) => row.reference);
  }

  get(id: string): CaseRecord | undefined {
    const row = this.statements.getCase.get(id);
    if (!row) return undefined;
    const journeyEntry = JSON.parse(row.journey_entry) as unknown;
    const record = {
      id: row.id,
      reference: row.reference,
      status: row.status,
      jurisdiction: row.jurisdiction,
      localAuthority: row.local_authority,
      leadWorker: row.lead_worker,
      isExample: row.is_example === 1,
      openedAt: row.opened_at,
      updatedAt: row.updated_at,
      revision: row.revision,
      child: childSchema.parse(JSON.parse(row.child)),
      connectedAdults: this.statements.adults.all(id).map((r) => connectedAdultSchema.parse(JSON.parse(r.record))),
      journey: journeySchema.parse({
        legs: this.statements.legs.all(id).map((r) => journeyLegSchema.parse(JSON.parse(r.record))),
        entry: journeyEntry,
      }),
      homeSituation: homeSituationSchema.parse(JSON.parse(row.home_situation)),
      strategyMeeting: strategyMeetingSchema.parse(JSON.parse(row.strategy_meeting)),
      nrm: nrmAnswersSchema.parse(JSON.parse(row.nrm)),
      agencies: this.statements.agencies.all(id).map((r) => agencyInvolvementSchema.parse(JSON.parse(r.record))),
      chronology: this.statements.chronology.all(id).map(toChronologyEntry),
    };
    // What comes out of the database is checked like anything else crossing a boundary.
    return caseRecordSchema.parse(record);
  }

  list(status: 'open' | 'closed' | 'all', limit: number): { cases: CaseSummary[]; total: number } {
    const rows = this.statements.listAll.all(status, status, limit);
    const total = this.statements.countAll.get(status, status)?.total ?? 0;
    return { cases: rows.map(toSummary), total };
  }

  /** Cases where every word of the query starts some name, alias or reference word, or the date matches a birth date. */
  search(
    prefixes: string[],
    exactTerms: string[],
    status: 'open' | 'closed' | 'all',
    limit: number,
  ): { cases: CaseSummary[]; total: number } {
    const clauses: string[] = [];
    const params: (string | number)[] = [];
    for (const prefix of prefixes) {
      clauses.push('SELECT case_id FROM search_terms WHERE term >= ? AND term < ?');
      params.push(prefix, prefixUpperBound(prefix));
    }
    const matchSql = clauses.join(' INTERSECT ');
    const exactSql = exactTerms.map(() => 'SELECT case_id FROM search_terms WHERE term = ?').join(' UNION ');
    const idsSql = [matchSql, exactSql].filter((sql) => sql !== '').join(' UNION ');
    if (idsSql === '') return { cases: [], total: 0 };
    const key = prefixes.length * 100 + exactTerms.length;
    let statement = this.searchByPrefix.get(key);
    if (!statement) {
      // DISTINCT: one word alone (no INTERSECT or UNION to merge them) can match several terms of the same case.
      statement = this.db.prepare(`WITH ids AS (SELECT DISTINCT case_id FROM (${idsSql}))
        SELECT ${summaryColumns}, COUNT(*) OVER () AS total FROM cases c JOIN ids ON ids.case_id = c.id
        WHERE (c.status = ? OR ? = 'all') ORDER BY c.updated_at DESC, c.reference LIMIT ?`);
      this.searchByPrefix.set(key, statement);
    }
    const rows = statement.all(...params, ...exactTerms, status, status, limit) as (SummaryRow & { total: number })[];
    return { cases: rows.map(toSummary), total: rows[0]?.total ?? 0 };
  }

  /** Case ids holding each exact term, for possible-duplicate checks. */
  casesWithTerm(term: string): string[] {
    return this.statements.exactTerm.all(term).map((row) => row.case_id);
  }

  summary(id: string): CaseSummary | undefined {
    const row = this.db.prepare(`SELECT ${summaryColumns} FROM cases c WHERE c.id = ?`).get(id) as SummaryRow | undefined;
    return row ? toSummary(row) : undefined;
  }

  addChronologyEntry(entry: Omit<ChronologyEntry, 'sequence'>): ChronologyEntry {
    const sequence = this.statements.nextSequence.get(entry.caseId)?.next ?? 1;
    this.statements.insertChronology.run({
      id: entry.id,
      case_id: entry.caseId,
      sequence,
      event_date: entry.eventDate ? JSON.stringify(entry.eventDate) : null,
      event_sort: approxDateSortKey(entry.eventDate),
      kind: entry.kind,
      summary: entry.summary,
      source: entry.source,
      recorded_at: entry.recordedAt,
      recorded_by: entry.recordedBy,
      corrects_id: entry.correctsId,
    });
    return { ...entry, sequence };
  }

  chronologyEntry(id: string): ChronologyEntry | undefined {
    const row = this.statements.chronologyEntry.get(id);
    return row ? toChronologyEntry(row) : undefined;
  }

  private writeParts(record: CaseRecord): void {
    this.writeAdults(record);
    this.writeLegs(record);
    this.writeAgencies(record);
    this.writeTerms(record);
  }

  /** The case a connected adult, journey leg or agency with this id belongs to, if any. */
  ownerOf(part: CasePart, id: string): string | undefined {
    return this.statements.partOwner[part].get(id)?.case_id;
  }

  private writeAdults(record: CaseRecord): void {
    record.connectedAdults.forEach((adult, index) => this.statements.insertAdult.run(adult.id, record.id, index, JSON.stringify(adult)));
  }

  private writeLegs(record: CaseRecord): void {
    record.journey.legs.forEach((leg, index) => this.statements.insertLeg.run(leg.id, record.id, index, JSON.stringify(leg)));
  }

  private writeAgencies(record: CaseRecord): void {
    record.agencies.forEach((agency, index) => this.statements.insertAgency.run(agency.id, record.id, index, JSON.stringify(agency)));
  }

  private writeTerms(record: CaseRecord): void {
    for (const term of caseSearchTerms(record)) this.statements.insertTerm.run(record.id, term);
  }

  private toRow(record: CaseRecord) {
    const names = record.child.names.map((name) => nameInOrder(name)).filter((name) => name !== '');
    return {
      id: record.id,
      reference: record.reference,
      status: record.status,
      jurisdiction: record.jurisdiction,
      local_authority: record.localAuthority,
      lead_worker: record.leadWorker,
      is_example: record.isExample ? 1 : 0,
      opened_at: record.openedAt,
      updated_at: record.updatedAt,
      revision: record.revision,
      child: JSON.stringify(record.child),
      journey_entry: JSON.stringify(record.journey.entry),
      home_situation: JSON.stringify(record.homeSituation),
      strategy_meeting: JSON.stringify(record.strategyMeeting),
      nrm: JSON.stringify(record.nrm),
      child_name: displayName(record.child.names),
      other_names: JSON.stringify(names.slice(1)),
      date_of_birth: bestDateOfBirthText(record.child.dateOfBirth),
    };
  }
}

interface SummaryRow {
  id: string;
  reference: string;
  status: 'open' | 'closed';
  jurisdiction: CaseRecord['jurisdiction'];
  is_example: number;
  updated_at: string;
  child_name: string;
  other_names: string;
  date_of_birth: string;
}

function toSummary(row: SummaryRow): CaseSummary {
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    jurisdiction: row.jurisdiction,
    childName: row.child_name,
    otherNames: JSON.parse(row.other_names) as string[],
    dateOfBirth: row.date_of_birth,
    isExample: row.is_example === 1,
    updatedAt: row.updated_at,
  };
}

function toChronologyEntry(row: ChronologyRow): ChronologyEntry {
  return chronologyEntrySchema.parse({
    id: row.id,
    caseId: row.case_id,
    sequence: row.sequence,
    eventDate: row.event_date ? JSON.parse(row.event_date) : null,
    kind: row.kind,
    summary: row.summary,
    source: row.source,
    recordedAt: row.recorded_at,
    recordedBy: row.recorded_by,
    correctsId: row.corrects_id,
  });
}

/** Every word of every name and alias, the reference's words, and each date of birth as year, month and day. */
export function caseSearchTerms(record: Pick<CaseRecord, 'reference' | 'child'>): Set<string> {
  const terms = new Set<string>();
  for (const name of record.child.names) {
    for (const token of searchTokens(`${name.given} ${name.family}`)) terms.add(token);
  }
  for (const token of searchTokens(record.reference)) terms.add(token);
  terms.add(record.reference.toLowerCase());
  for (const date of [record.child.dateOfBirth.claimed, record.child.dateOfBirth.documented, record.child.dateOfBirth.assessed]) {
    if (date) for (const term of approxDateSearchTerms(date)) terms.add(term);
  }
  return terms;
}

/** The smallest string greater than every string starting with `prefix` (binary order matches code point order). */
function prefixUpperBound(prefix: string): string {
  const codePoints = [...prefix];
  const last = codePoints.pop()!;
  return codePoints.join('') + String.fromCodePoint(last.codePointAt(0)! + 1);
}
