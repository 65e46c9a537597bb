import type { Migration } from './index';

/**
 * Actions with owners (issue 15): each change to an action (accepted from a recommendation, recorded as not needed,
 * agreed at the strategy discussion, given a new owner or due date, done, reopened) is a new row; rows are never
 * changed, and go only with their case when it is deleted under the retention rule (as chronology entries do).
 */
export const migration010: Migration = {
  version: 10,
  name: 'plan actions with owners',
  sql: `
CREATE TABLE plan_action_entries (
  sequence INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  action_id TEXT NOT NULL,
  case_id TEXT NOT NULL REFERENCES cases (id),
  at TEXT NOT NULL,
  record TEXT NOT NULL CHECK (json_valid(record))
) STRICT;
CREATE INDEX plan_action_entries_case ON plan_action_entries (case_id, sequence);
CREATE TRIGGER plan_action_entries_refuse_update BEFORE UPDATE ON plan_action_entries
BEGIN
  SELECT RAISE(ABORT, 'action history is append-only: record a new change instead');
END;
CREATE TRIGGER plan_action_entries_refuse_delete BEFORE DELETE ON plan_action_entries
WHEN NOT EXISTS (SELECT 1 FROM cases WHERE id = OLD.case_id AND deleting = 1)
BEGIN
  SELECT RAISE(ABORT, 'action history is append-only: it cannot be deleted');
END;
`,
};
