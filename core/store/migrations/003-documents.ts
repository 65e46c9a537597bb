import type { Migration } from './index';

/**
 * The register of generated documents: what was produced, for whom, when, by whom, and the SHA-256 of the bytes, so
 * a copy that turns up later can be matched to the register. The PDF itself is not kept. Entries are only ever added.
 */
export const migration003: Migration = {
  version: 3,
  name: 'register of generated documents',
  sql: `
CREATE TABLE generated_documents (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases (id),
  document_type TEXT NOT NULL,
  title TEXT NOT NULL,
  audience TEXT NOT NULL,
  agency_name TEXT,
  custom_form TEXT,
  generated_at TEXT NOT NULL,
  generated_by TEXT NOT NULL,
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  page_count INTEGER NOT NULL CHECK (page_count > 0),
  byte_length INTEGER NOT NULL CHECK (byte_length > 0),
  assessment_id TEXT,
  framework_version TEXT
) STRICT;
CREATE INDEX generated_documents_case ON generated_documents (case_id, generated_at DESC);
CREATE TRIGGER generated_documents_refuse_update BEFORE UPDATE ON generated_documents
BEGIN
  SELECT RAISE(ABORT, 'the document register is append-only');
END;
CREATE TRIGGER generated_documents_refuse_delete BEFORE DELETE ON generated_documents
BEGIN
  SELECT RAISE(ABORT, 'the document register is append-only');
END;
`,
};
