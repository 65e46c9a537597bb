import type { PgMigration } from './index';

/**
 * The audit log, as in the local store's migrations 004 and 006, for many writers at once:
 * - `audit_head` is the chain's one head row (the last entry's number and hash). A writer locks it
 *   (`crossings.lock_audit_head()`, FOR UPDATE) in its own transaction, hashes the next entry with the audit key in
 *   Crossings (core/store/audit-hash.ts, the same keyed hash as the local store) and inserts it; the insert trigger
 *   checks the entry follows the head and moves the head on. A second writer waits for the lock, so entries are never
 *   linked to the same predecessor. Nobody but the owner can write the head, and even the owner only forwards.
 * - `os_account` is the database role the entry was written by (the signed-in worker's own role), enforced by the
 *   trigger; `worker` is their name.
 * - `audit_chain.keyed_from` is 1: every entry in a team store is keyed.
 * - Row-level security: an entry about a case is read by whoever can read the case; one about no case by the role
 *   that wrote it; the whole log by members of crossings_auditor (to verify the chain).
 */
export const migration004: PgMigration = {
  version: 4,
  name: 'audit log with one locked head',
  sql: `
CREATE TABLE crossings.audit_events (
  sequence bigint PRIMARY KEY CHECK (sequence > 0),
  id crossings.record_id NOT NULL UNIQUE,
  at text NOT NULL CHECK (at ~ '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$'),
  os_account text NOT NULL,
  worker text NOT NULL,
  operation text NOT NULL,
  action text NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('success', 'failure')),
  case_id crossings.record_id,
  case_reference text,
  details jsonb NOT NULL CHECK (jsonb_typeof(details) = 'array'),
  previous_hash text NOT NULL CHECK (previous_hash ~ '^[0-9a-f]{64}$'),
  hash text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$')
);
CREATE INDEX audit_events_case ON crossings.audit_events (case_id, sequence);
CREATE TRIGGER audit_events_refuse_change BEFORE UPDATE OR DELETE ON crossings.audit_events
  FOR EACH ROW EXECUTE FUNCTION crossings.append_only('the audit log is append-only');
CREATE TRIGGER audit_events_refuse_truncate BEFORE TRUNCATE ON crossings.audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION crossings.append_only('the audit log is append-only');

CREATE TABLE crossings.audit_chain (
  id integer PRIMARY KEY CHECK (id = 1),
  keyed_from bigint NOT NULL CHECK (keyed_from > 0)
);
INSERT INTO crossings.audit_chain (id, keyed_from) VALUES (1, 1);
CREATE TRIGGER audit_chain_refuse_change BEFORE UPDATE OR DELETE ON crossings.audit_chain
  FOR EACH ROW EXECUTE FUNCTION crossings.append_only('where the audit seal starts cannot be changed');
CREATE TRIGGER audit_chain_refuse_truncate BEFORE TRUNCATE ON crossings.audit_chain
  FOR EACH STATEMENT EXECUTE FUNCTION crossings.append_only('where the audit seal starts cannot be changed');

CREATE TABLE crossings.audit_head (
  id integer PRIMARY KEY CHECK (id = 1),
  sequence bigint NOT NULL CHECK (sequence >= 0),
  hash text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$')
);
INSERT INTO crossings.audit_head (id, sequence, hash) VALUES (1, 0, repeat('0', 64));

CREATE FUNCTION crossings.audit_head_only_forwards() RETURNS trigger
  LANGUAGE plpgsql
  SET search_path = pg_catalog
  AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW.id = OLD.id AND NEW.sequence = OLD.sequence + 1 THEN
      RETURN NEW;
    END IF;
  END IF;
  PERFORM crossings.refuse('the audit log''s head only moves forward, one entry at a time');
  RETURN NULL;
END $$;
CREATE TRIGGER audit_head_only_forwards BEFORE UPDATE OR DELETE ON crossings.audit_head
  FOR EACH ROW EXECUTE FUNCTION crossings.audit_head_only_forwards();
CREATE TRIGGER audit_head_refuse_truncate BEFORE TRUNCATE ON crossings.audit_head
  FOR EACH STATEMENT EXECUTE FUNCTION crossings.append_only('the audit log''s head only moves forward, one entry at a time');

-- Locks the head for this transaction and answers it: the next entry is sequence + 1, pointing at hash.
CREATE FUNCTION crossings.lock_audit_head() RETURNS TABLE (sequence bigint, hash text)
  LANGUAGE sql VOLATILE SECURITY DEFINER
  SET search_path = pg_catalog
  AS $$ SELECT h.sequence, h.hash FROM crossings.audit_head h WHERE h.id = 1 FOR UPDATE $$;

CREATE FUNCTION crossings.audit_events_link() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog
  AS $$
DECLARE
  head crossings.audit_head%ROWTYPE;
BEGIN
  SELECT * INTO head FROM crossings.audit_head WHERE id = 1 FOR UPDATE;
  IF NEW.sequence <> head.sequence + 1 OR NEW.previous_hash <> head.hash THEN
    PERFORM crossings.refuse('an audit entry must follow on from the last one');
  END IF;
  IF NEW.os_account <> session_user THEN
    PERFORM crossings.refuse('an audit entry is written in the name of the role signed in');
  END IF;
  UPDATE crossings.audit_head SET sequence = NEW.sequence, hash = NEW.hash WHERE id = 1;
  RETURN NEW;
END $$;
CREATE TRIGGER audit_events_link BEFORE INSERT ON crossings.audit_events
  FOR EACH ROW EXECUTE FUNCTION crossings.audit_events_link();

ALTER TABLE crossings.audit_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_events_i_can_read ON crossings.audit_events FOR SELECT
  USING (
    pg_has_role(current_user, 'crossings_auditor', 'MEMBER')
    OR (case_id IS NOT NULL AND EXISTS (SELECT 1 FROM crossings.cases c WHERE c.id = case_id))
    OR (case_id IS NULL AND os_account = current_user)
  );
CREATE POLICY audit_events_i_write ON crossings.audit_events FOR INSERT WITH CHECK (os_account = current_user);

REVOKE EXECUTE ON FUNCTION crossings.lock_audit_head() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION crossings.lock_audit_head() TO crossings_worker;
GRANT SELECT, INSERT ON crossings.audit_events TO crossings_worker;
GRANT SELECT ON crossings.audit_events, crossings.audit_chain, crossings.audit_head TO crossings_auditor;
GRANT SELECT ON crossings.audit_chain, crossings.audit_head TO crossings_worker;
`,
};
