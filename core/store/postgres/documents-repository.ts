import type pg from 'pg';
import { documentRegisterEntrySchema, type DocumentRegisterEntry } from '../../../domain/documents/contract';
import { isoOf } from './case-rows';
import type { PgConnection } from './migrate';
import { requireTransaction } from './require-transaction';

interface Row {
  id: string;
  case_id: string;
  document_type: string;
  title: string;
  audience: string;
  agency_name: string | null;
  custom_form: string | null;
  generated_at: Date;
  generated_by: string;
  sha256: string;
  page_count: number;
  byte_length: number;
  assessment_id: string | null;
  framework_version: string | null;
  left_out: unknown;
}

/**
 * The register of generated documents in the team store, as the local store's DocumentsRepository. Append-only (the
 * database refuses changes and deletions). Each entry carries the audit log's head when it was made (count and last
 * hash), read from `crossings.audit_head`, which every worker may read: the whole log is not theirs to count.
 */
export class PgDocumentsRepository {
  constructor(private readonly db: PgConnection | pg.Pool) {}

  async add(entry: DocumentRegisterEntry): Promise<void> {
    requireTransaction(this.db, 'add');
    await this.db.query(
      `INSERT INTO crossings.generated_documents (id, case_id, document_type, title, audience, agency_name, custom_form,
        generated_at, generated_by, sha256, page_count, byte_length, assessment_id, framework_version, left_out, audit_count, audit_hash)
       SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, h.sequence, h.hash FROM crossings.audit_head h WHERE h.id = 1`,
      [
        entry.id,
        entry.caseId,
        entry.type,
        entry.title,
        entry.audience,
        entry.agencyName,
        entry.customForm,
        entry.generatedAt,
        entry.generatedBy,
        entry.sha256,
        entry.pageCount,
        entry.byteLength,
        entry.assessmentId,
        entry.frameworkVersion,
        entry.leftOut.length > 0 ? JSON.stringify(entry.leftOut) : null,
      ],
    );
  }

  async listForCase(caseId: string): Promise<DocumentRegisterEntry[]> {
    const { rows } = await this.db.query<Row>('SELECT * FROM crossings.generated_documents WHERE case_id = $1 ORDER BY generated_at DESC, row_order DESC', [
      caseId,
    ]);
    return rows.map((row) =>
      documentRegisterEntrySchema.parse({
        id: row.id,
        caseId: row.case_id,
        type: row.document_type,
        title: row.title,
        audience: row.audience,
        agencyName: row.agency_name,
        customForm: row.custom_form,
        generatedAt: isoOf(row.generated_at),
        generatedBy: row.generated_by,
        sha256: row.sha256,
        pageCount: row.page_count,
        byteLength: row.byte_length,
        assessmentId: row.assessment_id,
        frameworkVersion: row.framework_version,
        leftOut: row.left_out ?? [],
      }),
    );
  }
}
