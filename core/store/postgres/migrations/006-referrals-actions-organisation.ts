import type { PgMigration } from './index';

/**
 * What the local store's migrations 008, 009 and 010 added, for the team store, and the organisation's name:
 * - `generated_documents.left_out`: who each generated document left out and why (local 008); entries made before read
 *   as none. `assessments` and `generated_documents` also get `row_order`, the order rows were added in, so that
 *   listings tie-break as the local store's `rowid DESC` does.
 * - `referrals` (local 009): the referrals made for each case, one row each, saved at the next revision only.
 * - `plan_action_entries` (local 010): each change to a plan action is a new row, never changed; a DELETE is let
 *   through only while the case is being deleted under the retention rule, as for the chronology.
 * - `organisation`: one row naming the organisation whose team records these are ("Team records: <name>" in the
 *   header), kept by IT or the owner; workers may only read it.
 * Referrals and action entries are seen and written only with their case (row-level security through `cases`).
 */
export const migration006: PgMigration = {
  version: 6,
  name: 'referrals, plan actions, document left out and the organisation',
  sql: `
ALTER TABLE crossings.generated_documents ADD COLUMN left_out jsonb
  CHECK (left_out IS NULL OR jsonb_typeof(left_out) = 'array');
ALTER TABLE crossings.generated_documents ADD COLUMN row_order bigint GENERATED ALWAYS AS IDENTITY;
ALTER TABLE crossings.assessments ADD COLUMN row_order bigint GENERATED ALWAYS AS IDENTITY;

CREATE TABLE crossings.referrals (
  id crossings.record_id PRIMARY KEY,
  case_id crossings.record_id NOT NULL REFERENCES crossings.cases (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('nrm', 'ictg', 'childrens-services', 'duty-to-notify')),
  record jsonb NOT NULL CHECK (jsonb_typeof(record) = 'object'),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  revision integer NOT NULL CHECK (revision > 0)
);
CREATE INDEX referrals_case ON crossings.referrals (case_id, created_at);

-- Evidence: each change to an action is a new row. A change is recorded in the name of the role signed in.
CREATE TABLE crossings.plan_action_entries (
  sequence bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id crossings.record_id NOT NULL UNIQUE,
  action_id crossings.record_id NOT NULL,
  case_id crossings.record_id NOT NULL REFERENCES crossings.cases (id),
  at timestamptz NOT NULL,
  record jsonb NOT NULL CHECK (jsonb_typeof(record) = 'object'),
  recorded_by_role text NOT NULL DEFAULT session_user CHECK (recorded_by_role = session_user)
);
CREATE INDEX plan_action_entries_case ON crossings.plan_action_entries (case_id, sequence);
CREATE TRIGGER plan_action_entries_refuse_update BEFORE UPDATE ON crossings.plan_action_entries
  FOR EACH ROW EXECUTE FUNCTION crossings.append_only('action history is append-only: record a new change instead');
CREATE TRIGGER plan_action_entries_refuse_delete BEFORE DELETE ON crossings.plan_action_entries
  FOR EACH ROW EXECUTE FUNCTION crossings.append_only('action history is append-only: it cannot be deleted', 'unless-case-deleting');
CREATE TRIGGER plan_action_entries_refuse_truncate BEFORE TRUNCATE ON crossings.plan_action_entries
  FOR EACH STATEMENT EXECUTE FUNCTION crossings.append_only('action history is append-only: it cannot be deleted');

CREATE TABLE crossings.organisation (
  id integer PRIMARY KEY CHECK (id = 1),
  name text NOT NULL CHECK (btrim(name) <> '')
);

ALTER TABLE crossings.referrals ENABLE ROW LEVEL SECURITY;
CREATE POLICY referrals_of_my_cases ON crossings.referrals
  USING (EXISTS (SELECT 1 FROM crossings.cases c WHERE c.id = case_id));
ALTER TABLE crossings.plan_action_entries ENABLE ROW LEVEL SECURITY;
CREATE POLICY entries_of_my_cases ON crossings.plan_action_entries
  USING (EXISTS (SELECT 1 FROM crossings.cases c WHERE c.id = case_id));

-- A referral stays with the case it was made for: only its record, time and revision change.
GRANT SELECT, INSERT, DELETE ON crossings.referrals TO crossings_worker;
GRANT UPDATE (record, updated_at, revision) ON crossings.referrals TO crossings_worker;
GRANT SELECT, INSERT, DELETE ON crossings.plan_action_entries TO crossings_worker;
GRANT SELECT ON crossings.organisation TO crossings_worker;
`,
};
