import type { Statement } from 'better-sqlite3-multiple-ciphers';
import { documentRegisterEntrySchema, type DocumentRegisterEntry } from '../../domain/documents/contract';
import type { Db } from './db';

interface Row {
  id: string;
  case_id: string;
  document_type: string;
  title: string;
  audience: string;
  agency_name: string | null;
  custom_form: string | null;
  generated_at: string;
  generated_by: string;
  sha256: string;
  page_count: number;
  byte_length: number;
  assessment_id: string | null;
  framework_version: string | null;
  left_out: string | null;
}

/**
 * The register of generated documents. Append-only: the database refuses changes and deletions. Each entry carries
 * the audit log's head when it was made (count and last hash), one of the anchors audit verify checks the log against.
 */
export class DocumentsRepository {
  private readonly insertStatement: Statement<[Row]>;
  private readonly listStatement: Statement<[string], Row>;

  constructor(db: Db) {
    this.insertStatement = db.prepare(`INSERT INTO generated_documents (id, case_id, document_type, title, audience, agency_name, custom_form,
      generated_at, generated_by, sha256, page_count, byte_length, assessment_id, framework_version, left_out, audit_count, audit_hash)
      VALUES (@id, @case_id, @document_type, @title, @audience, @agency_name, @custom_form, @generated_at, @generated_by, @sha256,
      @page_count, @byte_length, @assessment_id, @framework_version, @left_out,
      (SELECT COALESCE(MAX(sequence), 0) FROM audit_events), COALESCE((SELECT hash FROM audit_events ORDER BY sequence DESC LIMIT 1), '${'0'.repeat(64)}'))`);
    this.listStatement = db.prepare('SELECT * FROM generated_documents WHERE case_id = ? ORDER BY generated_at DESC, rowid DESC');
  }

  add(entry: DocumentRegisterEntry): void {
    this.insertStatement.run({
      id: entry.id,
      case_id: entry.caseId,
      document_type: entry.type,
      title: entry.title,
      audience: entry.audience,
      agency_name: entry.agencyName,
      custom_form: entry.customForm,
      generated_at: entry.generatedAt,
      generated_by: entry.generatedBy,
      sha256: entry.sha256,
      page_count: entry.pageCount,
      byte_length: entry.byteLength,
      assessment_id: entry.assessmentId,
      framework_version: entry.frameworkVersion,
      left_out: entry.leftOut.length > 0 ? JSON.stringify(entry.leftOut) : null,
    });
  }

  listForCase(caseId: string): DocumentRegisterEntry[] {
    return this.listStatement.all(caseId).map((row) =>
      documentRegisterEntrySchema.parse({
        id: row.id,
        caseId: row.case_id,
        type: row.document_type,
        title: row.title,
        audience: row.audience,
        agencyName: row.agency_name,
        customForm: row.custom_form,
        generatedAt: row.generated_at,
        generatedBy: row.generated_by,
        sha256: row.sha256,
        pageCount: row.page_count,
        byteLength: row.byte_length,
        assessmentId: row.assessment_id,
        frameworkVersion: row.framework_version,
        leftOut: row.left_out ? JSON.parse(row.left_out) : [],
      }),
    );
  }
}
