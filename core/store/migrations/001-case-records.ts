import type { Migration } from './index';

export const migration001: Migration = {
  version: 1,
  name: 'case records, chronology, search terms and drafts',
  sql: `
CREATE TABLE cases (
  id TEXT PRIMARY KEY,
  reference TEXT NOT NULL COLLATE NOCASE UNIQUE,
  status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
  jurisdiction TEXT NOT NULL CHECK (jurisdiction IN ('England', 'Wales', 'Scotland', 'Northern Ireland')),
  local_authority TEXT,
  lead_worker TEXT NOT NULL,
  is_example INTEGER NOT NULL CHECK (is_example IN (0, 1)),
  opened_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  revision INTEGER NOT NULL CHECK (revision >= 0),
  child TEXT NOT NULL CHECK (json_valid(child)),
  journey_entry TEXT NOT NULL CHECK (json_valid(journey_entry)),
  home_situation TEXT NOT NULL CHECK (json_valid(home_situation)),
  child_name TEXT NOT NULL,
  other_names TEXT NOT NULL CHECK (json_valid(other_names)),
  date_of_birth TEXT NOT NULL
) STRICT;
CREATE INDEX cases_updated_at ON cases (updated_at DESC);

CREATE TABLE connected_adults (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  record TEXT NOT NULL CHECK (json_valid(record))
) STRICT;
CREATE INDEX connected_adults_case ON connected_adults (case_id, position);

CREATE TABLE journey_legs (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  record TEXT NOT NULL CHECK (json_valid(record))
) STRICT;
CREATE INDEX journey_legs_case ON journey_legs (case_id, position);

CREATE TABLE agencies (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  record TEXT NOT NULL CHECK (json_valid(record))
) STRICT;
CREATE INDEX agencies_case ON agencies (case_id, position);

-- Evidence: entries are only ever added. A correction is a new entry pointing at the one it corrects.
CREATE TABLE chronology_entries (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases (id),
  sequence INTEGER NOT NULL CHECK (sequence > 0),
  event_date TEXT CHECK (event_date IS NULL OR json_valid(event_date)),
  event_sort TEXT NOT NULL,
  kind TEXT NOT NULL,
  summary TEXT NOT NULL,
  source TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  corrects_id TEXT REFERENCES chronology_entries (id),
  UNIQUE (case_id, sequence)
) STRICT;
CREATE TRIGGER chronology_entries_refuse_update BEFORE UPDATE ON chronology_entries
BEGIN
  SELECT RAISE(ABORT, 'chronology entries are append-only: add a correction instead');
END;
CREATE TRIGGER chronology_entries_refuse_delete BEFORE DELETE ON chronology_entries
BEGIN
  SELECT RAISE(ABORT, 'chronology entries are append-only: they cannot be deleted');
END;

-- Folded words and dates each case can be found by (names and aliases, reference, dates of birth).
CREATE TABLE search_terms (
  case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  term TEXT NOT NULL,
  PRIMARY KEY (term, case_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX search_terms_case ON search_terms (case_id);

-- What a worker has typed but not yet saved, so a crash or a closed window loses nothing.
CREATE TABLE drafts (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL CHECK (json_valid(value)),
  saved_at TEXT NOT NULL
) STRICT;
`,
};
