import type { Migration } from './index';

export const migration002: Migration = {
  version: 2,
  name: 'IMAAF assessments and settings',
  sql: `
CREATE TABLE assessments (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases (id),
  framework_id TEXT NOT NULL,
  framework_version TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'completed')),
  started_at TEXT NOT NULL,
  completed_at TEXT,
  record TEXT NOT NULL CHECK (json_valid(record))
) STRICT;
CREATE INDEX assessments_case ON assessments (case_id, started_at);
-- One assessment in progress per case; completed ones are kept as they are.
CREATE UNIQUE INDEX assessments_one_draft_per_case ON assessments (case_id) WHERE status = 'draft';
-- A completed assessment is a snapshot: the database itself refuses to change or delete it.
CREATE TRIGGER assessments_completed_refuse_update BEFORE UPDATE ON assessments WHEN OLD.status = 'completed'
BEGIN
  SELECT RAISE(ABORT, 'a completed assessment is a snapshot and cannot be changed');
END;
CREATE TRIGGER assessments_completed_refuse_delete BEFORE DELETE ON assessments WHEN OLD.status = 'completed'
BEGIN
  SELECT RAISE(ABORT, 'a completed assessment is a snapshot and cannot be deleted');
END;

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL CHECK (json_valid(value))
) STRICT;
`,
};
