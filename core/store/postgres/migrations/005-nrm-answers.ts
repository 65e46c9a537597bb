import type { PgMigration } from './index';

/**
 * The NRM answers on the case (the local store's migration 009, decision 18): one JSON part of the case row, cases
 * saved before read as nothing answered. A worker may change it like the case's other parts. The referral records and
 * the actions with owners come with the services' move to the team store.
 */
export const migration005: PgMigration = {
  version: 5,
  name: 'NRM answers',
  sql: `
ALTER TABLE crossings.cases ADD COLUMN nrm jsonb NOT NULL DEFAULT '{"answers":{},"accepted":{}}'
  CHECK (jsonb_typeof(nrm) = 'object');
GRANT UPDATE (nrm) ON crossings.cases TO crossings_worker;
`,
};
