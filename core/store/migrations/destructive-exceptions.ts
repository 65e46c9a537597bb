/**
 * Reviewed exceptions to the rule that migrations only add (checked by core/store/schema-guard.ts in `npm run
 * schema:check`). A table or column that a migration drops or renames takes the records in it with it, so each entry
 * here names the migration, the table (and the column, when only a column goes) and, in words a reviewer can check,
 * why losing it is safe and where its records went. An entry that matches nothing a migration removes is refused too.
 *
 * No migration so far removes a table or column (004 drops and recreates triggers only, which hold no records).
 */
export interface DestructiveException {
  /** The migration's number, as in its `version`. */
  migration: number;
  table: string;
  /** Left out when the whole table goes. */
  column?: string;
  /** Why it is safe to lose, and where the records it held went. */
  reason: string;
}

export const destructiveExceptions: readonly DestructiveException[] = [];
