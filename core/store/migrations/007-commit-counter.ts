import type { Migration } from './index';

/**
 * A count of the saves this case file holds, bumped by every write transaction (core/store/store.ts) and mirrored in a
 * small file beside it (core/store/commit-counter.ts), so saves acknowledged but lost with the write-ahead log are
 * noticed at the next start. `saved_at` is when the newest save it holds was made.
 */
export const migration007: Migration = {
  version: 7,
  name: 'commit counter',
  sql: `
CREATE TABLE commit_counter (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  commits INTEGER NOT NULL CHECK (commits >= 0),
  saved_at TEXT
);
INSERT INTO commit_counter (id, commits, saved_at) VALUES (1, 0, NULL);
`,
};
