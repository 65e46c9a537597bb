import type { PgMigration } from './index';

/**
 * Case records, their parts and the chronology, as in the local store's migrations 001, 004 and 005, with:
 * - `team_id`: the team the case belongs to. Workers cannot change it themselves (no UPDATE privilege on the
 *   column); `crossings.move_case` moves a case for a manager of the team it leaves, and every move is kept in the
 *   append-only `case_team_moves`.
 * - `updated_by` and `updated_by_role`: who saved the case last, so a save on a stale revision can say who and when.
 * - `search_terms`: the case's folded search terms (domain/case/search.ts, the same rows as the local store's), with
 *   the case's team copied in by a trigger so row-level security filters them without a join. Searched by btree
 *   range (`term >= prefix AND term < next`), in code point order (COLLATE "C"), because those comparisons are
 *   leakproof and so can use the index under row-level security; LIKE (and so a pg_trgm index) cannot (decision 20).
 * - row-level security: a role sees and writes the cases of the teams it is a member of, and the parts and chronology
 *   of those cases only.
 */
export const migration002: PgMigration = {
  version: 2,
  name: 'case records, chronology and search, by team',
  sql: `
CREATE FUNCTION crossings.refuse(message text) RETURNS void
  LANGUAGE plpgsql
  AS $$ BEGIN RAISE EXCEPTION USING MESSAGE = message, ERRCODE = 'restrict_violation'; END $$;

-- Evidence is only ever added: UPDATE, DELETE and TRUNCATE are refused, with TG_ARGV[0] as the reason. A DELETE is let
-- through only while the row's case is being deleted under the retention rule (cases.deleting, set in that transaction).
CREATE FUNCTION crossings.append_only() RETURNS trigger
  LANGUAGE plpgsql
  SET search_path = pg_catalog
  AS $$
BEGIN
  IF TG_LEVEL = 'ROW' AND TG_OP = 'DELETE' AND TG_NARGS > 1 AND TG_ARGV[1] = 'unless-case-deleting' THEN
    IF EXISTS (SELECT 1 FROM crossings.cases WHERE id = OLD.case_id AND deleting) THEN
      RETURN OLD;
    END IF;
  END IF;
  PERFORM crossings.refuse(TG_ARGV[0]);
  RETURN NULL;
END $$;

CREATE TABLE crossings.cases (
  id crossings.record_id PRIMARY KEY,
  team_id crossings.record_id NOT NULL REFERENCES crossings.teams (id),
  reference text NOT NULL CHECK (btrim(reference) <> ''),
  status text NOT NULL CHECK (status IN ('open', 'closed')),
  jurisdiction text NOT NULL CHECK (jurisdiction IN ('England', 'Wales', 'Scotland', 'Northern Ireland')),
  local_authority text,
  lead_worker text NOT NULL,
  is_example boolean NOT NULL,
  opened_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by text NOT NULL,
  updated_by_role text NOT NULL DEFAULT session_user,
  revision integer NOT NULL CHECK (revision >= 0),
  child jsonb NOT NULL CHECK (jsonb_typeof(child) = 'object'),
  journey_entry jsonb NOT NULL CHECK (jsonb_typeof(journey_entry) = 'object'),
  home_situation jsonb NOT NULL CHECK (jsonb_typeof(home_situation) = 'object'),
  strategy_meeting jsonb NOT NULL
    DEFAULT '{"kind":null,"date":"","time":"","place":"","chair":"","invited":"","notes":""}'
    CHECK (jsonb_typeof(strategy_meeting) = 'object'),
  child_name text NOT NULL,
  other_names jsonb NOT NULL CHECK (jsonb_typeof(other_names) = 'array'),
  date_of_birth text NOT NULL,
  closed_at timestamptz,
  review_due text,
  deleting boolean NOT NULL DEFAULT false
);
-- The local store's reference is UNIQUE COLLATE NOCASE: the same here, across every team.
CREATE UNIQUE INDEX cases_reference ON crossings.cases (lower(reference));
CREATE INDEX cases_updated_at ON crossings.cases (updated_at DESC, reference);
CREATE INDEX cases_team ON crossings.cases (team_id, updated_at DESC);
CREATE INDEX cases_review_due ON crossings.cases (review_due) WHERE review_due IS NOT NULL;

-- Who saved last is the signed-in role, whatever the statement says.
CREATE FUNCTION crossings.cases_stamp() RETURNS trigger
  LANGUAGE plpgsql
  SET search_path = pg_catalog
  AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.deleting THEN
    PERFORM crossings.refuse('this case is being deleted');
  END IF;
  NEW.updated_by_role := session_user;
  RETURN NEW;
END $$;
CREATE TRIGGER cases_stamp BEFORE INSERT OR UPDATE ON crossings.cases FOR EACH ROW EXECUTE FUNCTION crossings.cases_stamp();

CREATE TABLE crossings.connected_adults (
  id crossings.record_id PRIMARY KEY,
  case_id crossings.record_id NOT NULL REFERENCES crossings.cases (id) ON DELETE CASCADE,
  position integer NOT NULL CHECK (position >= 0),
  record jsonb NOT NULL CHECK (jsonb_typeof(record) = 'object')
);
CREATE INDEX connected_adults_case ON crossings.connected_adults (case_id, position);

CREATE TABLE crossings.journey_legs (
  id crossings.record_id PRIMARY KEY,
  case_id crossings.record_id NOT NULL REFERENCES crossings.cases (id) ON DELETE CASCADE,
  position integer NOT NULL CHECK (position >= 0),
  record jsonb NOT NULL CHECK (jsonb_typeof(record) = 'object')
);
CREATE INDEX journey_legs_case ON crossings.journey_legs (case_id, position);

CREATE TABLE crossings.agencies (
  id crossings.record_id PRIMARY KEY,
  case_id crossings.record_id NOT NULL REFERENCES crossings.cases (id) ON DELETE CASCADE,
  position integer NOT NULL CHECK (position >= 0),
  record jsonb NOT NULL CHECK (jsonb_typeof(record) = 'object')
);
CREATE INDEX agencies_case ON crossings.agencies (case_id, position);

-- Evidence: entries are only ever added. A correction is a new entry pointing at the one it corrects.
CREATE TABLE crossings.chronology_entries (
  id crossings.record_id PRIMARY KEY,
  case_id crossings.record_id NOT NULL REFERENCES crossings.cases (id),
  sequence integer NOT NULL CHECK (sequence > 0),
  event_date jsonb CHECK (event_date IS NULL OR jsonb_typeof(event_date) = 'object'),
  event_sort text NOT NULL,
  kind text NOT NULL,
  summary text NOT NULL,
  source text NOT NULL,
  recorded_at timestamptz NOT NULL,
  recorded_by text NOT NULL,
  recorded_by_role text NOT NULL DEFAULT session_user CHECK (recorded_by_role = session_user),
  corrects_id crossings.record_id REFERENCES crossings.chronology_entries (id),
  UNIQUE (case_id, sequence)
);
CREATE TRIGGER chronology_entries_refuse_update BEFORE UPDATE ON crossings.chronology_entries
  FOR EACH ROW EXECUTE FUNCTION crossings.append_only('chronology entries are append-only: add a correction instead');
CREATE TRIGGER chronology_entries_refuse_delete BEFORE DELETE ON crossings.chronology_entries
  FOR EACH ROW EXECUTE FUNCTION crossings.append_only('chronology entries are append-only: they cannot be deleted', 'unless-case-deleting');
CREATE TRIGGER chronology_entries_refuse_truncate BEFORE TRUNCATE ON crossings.chronology_entries
  FOR EACH STATEMENT EXECUTE FUNCTION crossings.append_only('chronology entries are append-only: they cannot be deleted');

-- Folded words and dates each case can be found by (names and aliases, reference, dates of birth).
CREATE TABLE crossings.search_terms (
  case_id crossings.record_id NOT NULL REFERENCES crossings.cases (id) ON DELETE CASCADE,
  team_id crossings.record_id NOT NULL,
  term text COLLATE "C" NOT NULL CHECK (term <> ''),
  PRIMARY KEY (term, case_id)
);
CREATE INDEX search_terms_case ON crossings.search_terms (case_id, term);
-- The team is always the case's own, whatever the statement says.
CREATE FUNCTION crossings.search_terms_team() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog
  AS $$
BEGIN
  SELECT c.team_id INTO NEW.team_id FROM crossings.cases c WHERE c.id = NEW.case_id;
  RETURN NEW;
END $$;
CREATE TRIGGER search_terms_team BEFORE INSERT OR UPDATE ON crossings.search_terms
  FOR EACH ROW EXECUTE FUNCTION crossings.search_terms_team();

-- Every move of a case between teams, written by crossings.move_case and never changed.
CREATE TABLE crossings.case_team_moves (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id crossings.record_id NOT NULL,
  from_team crossings.record_id NOT NULL REFERENCES crossings.teams (id),
  to_team crossings.record_id NOT NULL REFERENCES crossings.teams (id),
  moved_at timestamptz NOT NULL DEFAULT now(),
  moved_by_role text NOT NULL DEFAULT session_user,
  moved_by text NOT NULL,
  CHECK (from_team <> to_team)
);
CREATE INDEX case_team_moves_case ON crossings.case_team_moves (case_id, moved_at);
CREATE TRIGGER case_team_moves_refuse_update BEFORE UPDATE OR DELETE ON crossings.case_team_moves
  FOR EACH ROW EXECUTE FUNCTION crossings.append_only('the record of a case moving between teams cannot be changed');
CREATE TRIGGER case_team_moves_refuse_truncate BEFORE TRUNCATE ON crossings.case_team_moves
  FOR EACH STATEMENT EXECUTE FUNCTION crossings.append_only('the record of a case moving between teams cannot be changed');

-- Moves a case to another team, for a manager of the team it is in. Answers the two teams' names.
CREATE FUNCTION crossings.move_case(moving text, destination text, worker text)
  RETURNS TABLE (from_team text, from_name text, to_team text, to_name text)
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog
  AS $$
DECLARE
  current_team text;
BEGIN
  SELECT c.team_id INTO current_team FROM crossings.cases c WHERE c.id = moving FOR UPDATE;
  IF current_team IS NULL OR NOT crossings.i_manage(current_team) THEN
    RAISE EXCEPTION USING MESSAGE = 'only a manager of the case''s team can move it', ERRCODE = 'insufficient_privilege';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM crossings.teams t WHERE t.id = destination) THEN
    RAISE EXCEPTION USING MESSAGE = 'there is no such team', ERRCODE = 'foreign_key_violation';
  END IF;
  IF current_team = destination THEN
    RAISE EXCEPTION USING MESSAGE = 'the case is already in that team', ERRCODE = 'check_violation';
  END IF;
  UPDATE crossings.cases SET team_id = destination WHERE id = moving;
  UPDATE crossings.search_terms SET team_id = destination WHERE case_id = moving;
  INSERT INTO crossings.case_team_moves (case_id, from_team, to_team, moved_by_role, moved_by)
    VALUES (moving, current_team, destination, session_user, worker);
  RETURN QUERY SELECT current_team, (SELECT name FROM crossings.teams WHERE id = current_team),
    destination, (SELECT name FROM crossings.teams WHERE id = destination);
END $$;
REVOKE EXECUTE ON FUNCTION crossings.move_case(text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION crossings.move_case(text, text, text) TO crossings_worker;

-- Whether a reference or a part's id is taken anywhere (references are unique across teams; part ids across cases):
-- answers yes or no, or the owning case's id, never anything a worker could not otherwise see of another team's case.
CREATE FUNCTION crossings.reference_taken(wanted text, except_id text) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = pg_catalog
  AS $$ SELECT EXISTS (SELECT 1 FROM crossings.cases WHERE lower(reference) = lower(wanted) AND id <> except_id) $$;
CREATE FUNCTION crossings.references_starting_with(prefix text) RETURNS SETOF text
  LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = pg_catalog
  AS $$ SELECT reference FROM crossings.cases WHERE starts_with(lower(reference), lower(prefix)) ORDER BY reference DESC $$;
CREATE FUNCTION crossings.case_of_part(part text, part_id text) RETURNS text
  LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = pg_catalog
  AS $$
    SELECT case_id::text FROM crossings.connected_adults WHERE part = 'connectedAdults' AND id = part_id
    UNION ALL SELECT case_id::text FROM crossings.journey_legs WHERE part = 'journeyLegs' AND id = part_id
    UNION ALL SELECT case_id::text FROM crossings.agencies WHERE part = 'agencies' AND id = part_id
    LIMIT 1
  $$;
REVOKE EXECUTE ON FUNCTION crossings.reference_taken(text, text), crossings.references_starting_with(text),
  crossings.case_of_part(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION crossings.reference_taken(text, text), crossings.references_starting_with(text),
  crossings.case_of_part(text, text) TO crossings_worker;

ALTER TABLE crossings.cases ENABLE ROW LEVEL SECURITY;
CREATE POLICY cases_of_my_teams ON crossings.cases
  USING (team_id = ANY ((SELECT crossings.my_teams())::text[]))
  WITH CHECK (team_id = ANY ((SELECT crossings.my_teams())::text[]));

ALTER TABLE crossings.connected_adults ENABLE ROW LEVEL SECURITY;
CREATE POLICY parts_of_my_cases ON crossings.connected_adults
  USING (EXISTS (SELECT 1 FROM crossings.cases c WHERE c.id = case_id));
ALTER TABLE crossings.journey_legs ENABLE ROW LEVEL SECURITY;
CREATE POLICY parts_of_my_cases ON crossings.journey_legs
  USING (EXISTS (SELECT 1 FROM crossings.cases c WHERE c.id = case_id));
ALTER TABLE crossings.agencies ENABLE ROW LEVEL SECURITY;
CREATE POLICY parts_of_my_cases ON crossings.agencies
  USING (EXISTS (SELECT 1 FROM crossings.cases c WHERE c.id = case_id));
ALTER TABLE crossings.search_terms ENABLE ROW LEVEL SECURITY;
CREATE POLICY terms_of_my_teams ON crossings.search_terms
  USING (team_id = ANY ((SELECT crossings.my_teams())::text[]));
ALTER TABLE crossings.chronology_entries ENABLE ROW LEVEL SECURITY;
CREATE POLICY entries_of_my_cases ON crossings.chronology_entries
  USING (EXISTS (SELECT 1 FROM crossings.cases c WHERE c.id = case_id));
ALTER TABLE crossings.case_team_moves ENABLE ROW LEVEL SECURITY;
CREATE POLICY moves_i_can_see ON crossings.case_team_moves FOR SELECT
  USING (EXISTS (SELECT 1 FROM crossings.cases c WHERE c.id = case_id) OR from_team = ANY ((SELECT crossings.my_teams())::text[]));

-- A worker may change everything about a case but the team it is in (crossings.move_case does that).
GRANT SELECT, INSERT, DELETE ON crossings.cases TO crossings_worker;
GRANT UPDATE (reference, status, jurisdiction, local_authority, lead_worker, updated_at, updated_by, updated_by_role,
  revision, child, journey_entry, home_situation, strategy_meeting, child_name, other_names, date_of_birth,
  closed_at, review_due, deleting) ON crossings.cases TO crossings_worker;
GRANT SELECT, INSERT, UPDATE, DELETE ON crossings.connected_adults, crossings.journey_legs, crossings.agencies TO crossings_worker;
GRANT SELECT, INSERT, DELETE ON crossings.chronology_entries, crossings.search_terms TO crossings_worker;
GRANT SELECT ON crossings.case_team_moves TO crossings_worker;
`,
};
