import type { Migration } from './index';

/**
 * The audit log, retention dates and case deletion.
 *
 * - `audit_events` records who did what to which case, and when. It is append-only (triggers refuse UPDATE and
 *   DELETE) and hash-chained: each row holds the SHA-256 of the row before it, so a row changed or removed behind
 *   the app's back breaks the chain at that point (see core/store/audit-repository.ts). It has no foreign key to
 *   `cases`, because the record of a deleted case's history (references only, never content) must outlive the case.
 * - `cases.closed_at` and `cases.review_due` hold when a case was closed and when it is due for a retention review.
 * - `cases.deleting` is set to 1 only inside the transaction that deletes a case (and the case row goes in the same
 *   transaction). The append-only triggers on the chronology, completed assessments and the document register are
 *   recreated to let rows go only while their case is marked that way; every other DELETE is still refused.
 */
export const migration004: Migration = {
  version: 4,
  name: 'audit log, retention review dates and case deletion',
  sql: `
CREATE TABLE audit_events (
  sequence INTEGER PRIMARY KEY CHECK (sequence > 0),
  id TEXT NOT NULL UNIQUE,
  at TEXT NOT NULL,
  os_account TEXT NOT NULL,
  worker TEXT NOT NULL,
  operation TEXT NOT NULL,
  action TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('success', 'failure')),
  case_id TEXT,
  case_reference TEXT,
  details TEXT NOT NULL CHECK (json_valid(details)),
  previous_hash TEXT NOT NULL CHECK (length(previous_hash) = 64),
  hash TEXT NOT NULL CHECK (length(hash) = 64)
) STRICT;
CREATE INDEX audit_events_case ON audit_events (case_id, sequence);
CREATE TRIGGER audit_events_refuse_update BEFORE UPDATE ON audit_events
BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_events_refuse_delete BEFORE DELETE ON audit_events
BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;

ALTER TABLE cases ADD COLUMN closed_at TEXT;
ALTER TABLE cases ADD COLUMN review_due TEXT;
ALTER TABLE cases ADD COLUMN deleting INTEGER NOT NULL DEFAULT 0 CHECK (deleting IN (0, 1));
CREATE INDEX cases_review_due ON cases (review_due) WHERE review_due IS NOT NULL;

DROP TRIGGER chronology_entries_refuse_delete;
CREATE TRIGGER chronology_entries_refuse_delete BEFORE DELETE ON chronology_entries
WHEN NOT EXISTS (SELECT 1 FROM cases WHERE id = OLD.case_id AND deleting = 1)
BEGIN
  SELECT RAISE(ABORT, 'chronology entries are append-only: they cannot be deleted');
END;

DROP TRIGGER assessments_completed_refuse_delete;
CREATE TRIGGER assessments_completed_refuse_delete BEFORE DELETE ON assessments
WHEN OLD.status = 'completed' AND NOT EXISTS (SELECT 1 FROM cases WHERE id = OLD.case_id AND deleting = 1)
BEGIN
  SELECT RAISE(ABORT, 'a completed assessment is a snapshot and cannot be deleted');
END;

DROP TRIGGER generated_documents_refuse_delete;
CREATE TRIGGER generated_documents_refuse_delete BEFORE DELETE ON generated_documents
WHEN NOT EXISTS (SELECT 1 FROM cases WHERE id = OLD.case_id AND deleting = 1)
BEGIN
  SELECT RAISE(ABORT, 'the document register is append-only');
END;

-- A case marked for deletion must be gone by the end of the same transaction: nothing may unmark it, and a marked
-- case cannot otherwise be changed.
CREATE TRIGGER cases_deleting_is_final BEFORE UPDATE ON cases WHEN OLD.deleting = 1
BEGIN
  SELECT RAISE(ABORT, 'this case is being deleted');
END;
`,
};
