import type { Migration } from './index';

/**
 * Who each generated document left out and why, kept with its register entry: an adult withheld by their "do not
 * share with" flag, by the worker marking the audience as reaching them, or by the worker for this one document with
 * their reason. The register is the case's own record (never printed in a document for another audience), so the
 * names and the worker's reasons stay with it; the audit log keeps only the counts. Entries made before read as none.
 */
export const migration008: Migration = {
  version: 8,
  name: 'document left out',
  sql: `
ALTER TABLE generated_documents ADD COLUMN left_out TEXT CHECK (left_out IS NULL OR json_valid(left_out));
`,
};
