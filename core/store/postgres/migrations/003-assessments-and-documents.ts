import type { PgMigration } from './index';

/**
 * IMAAF assessments and the register of generated documents, as in the local store's migrations 002, 003 and 006:
 * a completed assessment is a snapshot the database refuses to change or delete, and the register is append-only.
 * Both are seen and written only with their case (row-level security through `crossings.cases`).
 */
export const migration003: PgMigration = {
  version: 3,
  name: 'IMAAF assessments and the register of generated documents',
  sql: `
CREATE TABLE crossings.assessments (
  id crossings.record_id PRIMARY KEY,
  case_id crossings.record_id NOT NULL REFERENCES crossings.cases (id),
  framework_id text NOT NULL,
  framework_version text NOT NULL,
  status text NOT NULL CHECK (status IN ('draft', 'completed')),
  started_at timestamptz NOT NULL,
  completed_at timestamptz,
  record jsonb NOT NULL CHECK (jsonb_typeof(record) = 'object'),
  CHECK ((status = 'completed') = (completed_at IS NOT NULL))
);
CREATE INDEX assessments_case ON crossings.assessments (case_id, started_at);
-- One assessment in progress per case; completed ones are kept as they are.
CREATE UNIQUE INDEX assessments_one_draft_per_case ON crossings.assessments (case_id) WHERE status = 'draft';

CREATE FUNCTION crossings.completed_assessment_is_a_snapshot() RETURNS trigger
  LANGUAGE plpgsql
  SET search_path = pg_catalog
  AS $$
BEGIN
  IF OLD.status <> 'completed' THEN
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  IF TG_OP = 'DELETE' THEN
    IF EXISTS (SELECT 1 FROM crossings.cases WHERE id = OLD.case_id AND deleting) THEN
      RETURN OLD;
    END IF;
    PERFORM crossings.refuse('a completed assessment is a snapshot and cannot be deleted');
  END IF;
  PERFORM crossings.refuse('a completed assessment is a snapshot and cannot be changed');
  RETURN NULL;
END $$;
CREATE TRIGGER assessments_completed_is_a_snapshot BEFORE UPDATE OR DELETE ON crossings.assessments
  FOR EACH ROW EXECUTE FUNCTION crossings.completed_assessment_is_a_snapshot();
CREATE TRIGGER assessments_refuse_truncate BEFORE TRUNCATE ON crossings.assessments
  FOR EACH STATEMENT EXECUTE FUNCTION crossings.append_only('a completed assessment is a snapshot and cannot be deleted');

CREATE TABLE crossings.generated_documents (
  id crossings.record_id PRIMARY KEY,
  case_id crossings.record_id NOT NULL REFERENCES crossings.cases (id),
  document_type text NOT NULL,
  title text NOT NULL,
  audience text NOT NULL,
  agency_name text,
  custom_form text,
  generated_at timestamptz NOT NULL,
  generated_by text NOT NULL,
  generated_by_role text NOT NULL DEFAULT session_user CHECK (generated_by_role = session_user),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  page_count integer NOT NULL CHECK (page_count > 0),
  byte_length integer NOT NULL CHECK (byte_length > 0),
  assessment_id crossings.record_id,
  framework_version text,
  audit_count bigint CHECK (audit_count IS NULL OR audit_count >= 0),
  audit_hash text CHECK (audit_hash IS NULL OR audit_hash ~ '^[0-9a-f]{64}$')
);
CREATE INDEX generated_documents_case ON crossings.generated_documents (case_id, generated_at DESC);
CREATE INDEX generated_documents_sha256 ON crossings.generated_documents (sha256);
CREATE TRIGGER generated_documents_refuse_update BEFORE UPDATE ON crossings.generated_documents
  FOR EACH ROW EXECUTE FUNCTION crossings.append_only('the document register is append-only');
CREATE TRIGGER generated_documents_refuse_delete BEFORE DELETE ON crossings.generated_documents
  FOR EACH ROW EXECUTE FUNCTION crossings.append_only('the document register is append-only', 'unless-case-deleting');
CREATE TRIGGER generated_documents_refuse_truncate BEFORE TRUNCATE ON crossings.generated_documents
  FOR EACH STATEMENT EXECUTE FUNCTION crossings.append_only('the document register is append-only');

ALTER TABLE crossings.assessments ENABLE ROW LEVEL SECURITY;
CREATE POLICY assessments_of_my_cases ON crossings.assessments
  USING (EXISTS (SELECT 1 FROM crossings.cases c WHERE c.id = case_id));
ALTER TABLE crossings.generated_documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY documents_of_my_cases ON crossings.generated_documents
  USING (EXISTS (SELECT 1 FROM crossings.cases c WHERE c.id = case_id));

GRANT SELECT, INSERT, UPDATE, DELETE ON crossings.assessments TO crossings_worker;
GRANT SELECT, INSERT, DELETE ON crossings.generated_documents TO crossings_worker;
`,
};
