import pg from 'pg';
import type { CaseRecord, CaseSummary, ChronologyEntry } from '../../../domain/case/schemas';
import { AppError } from '../../../domain/errors';
import type { CasePart } from '../cases-repository';
import {
  caseColumns,
  caseValues,
  chronologyValues,
  isoOf,
  prefixUpperBound,
  searchTerms,
  summaryColumns,
  toCaseRecord,
  toChronologyEntry,
  toSummary,
  type CaseReadRow,
  type ChronologyRow,
  type SummaryRow,
} from './case-rows';
import { CaseSaveConflict } from './errors';
import type { PgConnection } from './migrate';
import { requireTransaction } from './require-transaction';

type Status = 'open' | 'closed' | 'all';

const allParts: ReadonlySet<string> = new Set(['connectedAdults', 'journey', 'agencies', 'child']);

const partTables = {
  connectedAdults: { table: 'crossings.connected_adults', items: (record: CaseRecord) => record.connectedAdults },
  journey: { table: 'crossings.journey_legs', items: (record: CaseRecord) => record.journey.legs },
  agencies: { table: 'crossings.agencies', items: (record: CaseRecord) => record.agencies },
} as const;

const readCase = `SELECT c.*,
  (SELECT COALESCE(jsonb_agg(p.record ORDER BY p.position), '[]') FROM crossings.connected_adults p WHERE p.case_id = c.id) AS adults,
  (SELECT COALESCE(jsonb_agg(p.record ORDER BY p.position), '[]') FROM crossings.journey_legs p WHERE p.case_id = c.id) AS legs,
  (SELECT COALESCE(jsonb_agg(p.record ORDER BY p.position), '[]') FROM crossings.agencies p WHERE p.case_id = c.id) AS agencies,
  (SELECT COALESCE(jsonb_agg(to_jsonb(e) ORDER BY e.sequence), '[]') FROM crossings.chronology_entries e WHERE e.case_id = c.id) AS chronology
  FROM crossings.cases c WHERE c.id = $1`;

const insertCase = `INSERT INTO crossings.cases (${caseColumns.join(', ')}, team_id, updated_by)
  VALUES (${caseColumns.map((_, index) => `$${index + 1}`).join(', ')}, $${caseColumns.length + 1}, $${caseColumns.length + 2})`;

// Everything but id, opened_at and is_example; the revision is the one the save started from, plus one, and the
// WHERE clause makes the save apply only if nobody saved in between (one statement: no window for a second writer).
const updatedColumns = caseColumns.filter((column) => !['id', 'opened_at', 'is_example', 'revision'].includes(column));
const updateCase = `UPDATE crossings.cases SET ${updatedColumns.map((column, index) => `${column} = $${index + 2}`).join(', ')},
  revision = $${updatedColumns.length + 2}::integer + 1, updated_by = $${updatedColumns.length + 3}
  WHERE id = $1 AND revision = $${updatedColumns.length + 2}::integer RETURNING revision`;

function updateValues(record: CaseRecord): unknown[] {
  const values = caseValues(record);
  return [record.id, ...updatedColumns.map((column) => values[caseColumns.indexOf(column)])];
}

/**
 * The SQL for case records in the team store: the operations the services use on the local store's
 * CasesRepository, asynchronous, parameterised, and seen through row-level security (a worker's own role reads and
 * writes only their teams' cases). Writes must run inside PgStore.transaction, on one connection.
 */
export class PgCasesRepository {
  constructor(private readonly db: PgConnection | pg.Pool) {}

  /** A new case in one of the worker's teams (row-level security refuses any other team). */
  async insert(record: CaseRecord, options: { teamId: string; by: string }): Promise<void> {
    requireTransaction(this.db, 'insert');
    await this.db.query(insertCase, [...caseValues(record), options.teamId, options.by]);
    for (const part of Object.keys(partTables) as (keyof typeof partTables)[]) await this.writePart(part, record);
    await this.writeTerms(record);
  }

  private async writeTerms(record: CaseRecord): Promise<void> {
    await this.db.query('INSERT INTO crossings.search_terms (case_id, term) SELECT $1::text, unnest($2::text[]) ON CONFLICT DO NOTHING', [
      record.id,
      searchTerms(record),
    ]);
  }

  /**
   * Saves the case if it is still at `startedFrom`, the revision the worker's page opened; its new revision is
   * `startedFrom + 1`. Otherwise nothing is written and the save answers CONFLICT naming who saved since, and when.
   * Only the parts named in `changed` are rewritten.
   */
  async update(record: CaseRecord, changed: ReadonlySet<string> = allParts, options: { startedFrom: number; by: string }): Promise<number> {
    requireTransaction(this.db, 'update');
    const { rows } = await this.db.query<{ revision: number }>(updateCase, [...updateValues(record), options.startedFrom, options.by]);
    if (rows.length === 0) {
      const current = await this.db.query<{ updated_by: string; updated_at: Date }>('SELECT updated_by, updated_at FROM crossings.cases WHERE id = $1', [record.id]);
      const latest = current.rows[0];
      if (!latest) throw new AppError('NOT_FOUND', 'This case is no longer in your teams’ records: it may have been moved to another team or deleted.');
      throw new CaseSaveConflict(latest.updated_by, isoOf(latest.updated_at));
    }
    for (const part of Object.keys(partTables) as (keyof typeof partTables)[]) {
      if (!changed.has(part)) continue;
      await this.db.query(`DELETE FROM ${partTables[part].table} WHERE case_id = $1`, [record.id]);
      await this.writePart(part, record);
    }
    if (changed.has('child') || changed.has('reference')) {
      await this.db.query('DELETE FROM crossings.search_terms WHERE case_id = $1', [record.id]);
      await this.writeTerms(record);
    }
    return rows[0]!.revision;
  }

  private async writePart(part: keyof typeof partTables, record: CaseRecord): Promise<void> {
    const items = partTables[part].items(record);
    if (items.length === 0) return;
    await this.db.query(
      `INSERT INTO ${partTables[part].table} (id, case_id, position, record)
       SELECT item->>'id', $1::text, (ordinal - 1)::integer, item FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS t(item, ordinal)`,
      [record.id, JSON.stringify(items)],
    );
  }

  async revisionOf(id: string): Promise<number | undefined> {
    const { rows } = await this.db.query<{ revision: number }>('SELECT revision FROM crossings.cases WHERE id = $1', [id]);
    return rows[0]?.revision;
  }

  /** Across every team (references are unique in the whole store), answering only yes or no. */
  async isReferenceTaken(reference: string, exceptId: string): Promise<boolean> {
    const { rows } = await this.db.query<{ taken: boolean }>('SELECT crossings.reference_taken($1, $2) AS taken', [reference, exceptId]);
    return rows[0]?.taken ?? false;
  }

  /** References across every team starting with `prefix` (case-insensitive, as the local store's LIKE), for numbering. */
  async referencesStartingWith(prefix: string): Promise<string[]> {
    const { rows } = await this.db.query<{ reference: string }>('SELECT crossings.references_starting_with($1) AS reference', [prefix]);
    return rows.map((row) => row.reference);
  }

  async get(id: string): Promise<CaseRecord | undefined> {
    const { rows } = await this.db.query<CaseReadRow>(readCase, [id]);
    return rows[0] ? toCaseRecord(rows[0]) : undefined;
  }

  /** The team a case the worker can see is in. */
  async teamOf(id: string): Promise<string | undefined> {
    const { rows } = await this.db.query<{ team_id: string }>('SELECT team_id FROM crossings.cases WHERE id = $1', [id]);
    return rows[0]?.team_id;
  }

  async list(status: Status, limit: number): Promise<{ cases: CaseSummary[]; total: number }> {
    const rows = await this.db.query<SummaryRow>(
      `SELECT ${summaryColumns} FROM crossings.cases c WHERE (c.status = $1 OR $1 = 'all') ORDER BY c.updated_at DESC, c.reference LIMIT $2`,
      [status, limit],
    );
    const total = await this.db.query<{ total: number }>(`SELECT COUNT(*)::integer AS total FROM crossings.cases WHERE (status = $1 OR $1 = 'all')`, [status]);
    return { cases: rows.rows.map(toSummary), total: total.rows[0]?.total ?? 0 };
  }

  /**
   * As the local store: cases where every word of the query starts some name, alias or reference word, or any exact
   * term (a date of birth) matches. Each word is a btree range on the folded terms, which PostgreSQL can use under
   * row-level security (the comparisons are leakproof).
   */
  async search(prefixes: string[], exactTerms: string[], status: Status, limit: number): Promise<{ cases: CaseSummary[]; total: number }> {
    if (prefixes.length === 0 && exactTerms.length === 0) return { cases: [], total: 0 };
    const params: unknown[] = [status, limit];
    const next = (value: string) => {
      params.push(value);
      return `$${params.length}::text`;
    };
    // The first word's terms, kept where each other word starts some term of the same case (index on case_id, term).
    const [first, ...others] = prefixes;
    const matchSql =
      first === undefined
        ? ''
        : `SELECT t.case_id FROM crossings.search_terms t WHERE t.term >= ${next(first)} AND t.term < ${next(prefixUpperBound(first))}` +
          others
            .map((word) => ` AND EXISTS (SELECT 1 FROM crossings.search_terms o WHERE o.case_id = t.case_id AND o.term >= ${next(word)} AND o.term < ${next(prefixUpperBound(word))})`)
            .join('');
    const exactSql = exactTerms.map((term) => `SELECT case_id FROM crossings.search_terms WHERE term = ${next(term)}`).join(' UNION ');
    const idsSql = [matchSql, exactSql].filter((sql) => sql !== '').map((sql) => `(${sql})`).join(' UNION ');
    const { rows } = await this.db.query<SummaryRow & { total: number }>(
      `WITH ids AS (SELECT DISTINCT case_id FROM (${idsSql}) AS matched)
       SELECT ${summaryColumns}, (COUNT(*) OVER ())::integer AS total FROM crossings.cases c JOIN ids ON ids.case_id = c.id
       WHERE (c.status = $1 OR $1 = 'all') ORDER BY c.updated_at DESC, c.reference LIMIT $2`,
      params,
    );
    return { cases: rows.map(toSummary), total: rows[0]?.total ?? 0 };
  }

  /** Ids of the cases (that the worker can see) holding this exact term, for possible-duplicate checks. */
  async casesWithTerm(term: string): Promise<string[]> {
    const { rows } = await this.db.query<{ case_id: string }>('SELECT case_id FROM crossings.search_terms WHERE term = $1', [term]);
    return rows.map((row) => row.case_id);
  }

  async summary(id: string): Promise<CaseSummary | undefined> {
    const { rows } = await this.db.query<SummaryRow>(`SELECT ${summaryColumns} FROM crossings.cases c WHERE c.id = $1`, [id]);
    return rows[0] ? toSummary(rows[0]) : undefined;
  }

  /** The next entry in the case's chronology; the case row is locked so two entries never take one number. */
  async addChronologyEntry(entry: Omit<ChronologyEntry, 'sequence'>): Promise<ChronologyEntry> {
    requireTransaction(this.db, 'addChronologyEntry');
    const locked = await this.db.query('SELECT 1 FROM crossings.cases WHERE id = $1 FOR NO KEY UPDATE', [entry.caseId]);
    if (locked.rowCount === 0) throw new AppError('NOT_FOUND', 'This case is no longer in your teams’ records: it may have been moved to another team or deleted.');
    const { rows } = await this.db.query<{ sequence: number }>(
      `INSERT INTO crossings.chronology_entries (id, case_id, sequence, event_date, event_sort, kind, summary, source, recorded_at,
        recorded_by, corrects_id)
       SELECT $1::text, $2::text, COALESCE(MAX(sequence), 0) + 1, $3::jsonb, $4::text, $5::text, $6::text, $7::text, $8::timestamptz,
         $9::text, $10::text FROM crossings.chronology_entries WHERE case_id = $2::text
       RETURNING sequence`,
      chronologyValues(entry),
    );
    return { ...entry, sequence: rows[0]!.sequence };
  }

  async chronologyEntry(id: string): Promise<ChronologyEntry | undefined> {
    const { rows } = await this.db.query<ChronologyRow>('SELECT * FROM crossings.chronology_entries WHERE id = $1', [id]);
    return rows[0] ? toChronologyEntry(rows[0]) : undefined;
  }

  /** The case a connected adult, journey leg or agency with this id belongs to, in any team (ids are unique across cases). */
  async ownerOf(part: CasePart, id: string): Promise<string | undefined> {
    const { rows } = await this.db.query<{ case_id: string | null }>('SELECT crossings.case_of_part($1, $2) AS case_id', [part, id]);
    return rows[0]?.case_id ?? undefined;
  }

  /**
   * Moves a case to another team, for a manager of the team it is in; the database keeps the move in
   * `case_team_moves`, and the caller writes the audit entry in the same transaction. Answers the two teams.
   */
  async moveToTeam(caseId: string, teamId: string, by: string): Promise<{ from: { id: string; name: string }; to: { id: string; name: string } }> {
    requireTransaction(this.db, 'moveToTeam');
    const { rows } = await this.db.query<{ from_team: string; from_name: string; to_team: string; to_name: string }>(
      'SELECT * FROM crossings.move_case($1, $2, $3)',
      [caseId, teamId, by],
    );
    const row = rows[0]!;
    return { from: { id: row.from_team, name: row.from_name }, to: { id: row.to_team, name: row.to_name } };
  }
}
