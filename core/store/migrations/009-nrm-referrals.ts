import type { Migration } from './index';

/**
 * The NRM referral on the case (issue 12): the answers to the 2026 online form's questions, as one JSON part of the
 * case row (cases saved before read as nothing answered), and the referrals made for the case (NRM, ICTG, children's
 * services, Duty to Notify), each one row with its decisions. What happened to a referral is also a chronology entry.
 */
export const migration009: Migration = {
  version: 9,
  name: 'NRM answers and referral records',
  sql: `
ALTER TABLE cases ADD COLUMN nrm TEXT NOT NULL DEFAULT '{"answers":{},"accepted":{}}' CHECK (json_valid(nrm));

CREATE TABLE referrals (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('nrm', 'ictg', 'childrens-services', 'duty-to-notify')),
  record TEXT NOT NULL CHECK (json_valid(record)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  revision INTEGER NOT NULL CHECK (revision > 0)
) STRICT;
CREATE INDEX referrals_case ON referrals (case_id, created_at);
`,
};
