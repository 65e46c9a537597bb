import type { Migration } from './index';

/**
 * The strategy discussion or meeting for a case (reference 6.2, item 1): its kind, date, time, place, chair, who is
 * invited and notes, as one JSON part of the case row. Cases saved before this migration read as nothing arranged.
 */
export const migration005: Migration = {
  version: 5,
  name: 'strategy discussion or meeting details',
  sql: `
ALTER TABLE cases ADD COLUMN strategy_meeting TEXT NOT NULL
  DEFAULT '{"kind":null,"date":"","time":"","place":"","chair":"","invited":"","notes":""}'
  CHECK (json_valid(strategy_meeting));
`,
};
