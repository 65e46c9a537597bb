import type { Migration } from './index';

/**
 * The audit seal (docs/decisions/0014-audit-chain-threat-model.md):
 * - `audit_chain.keyed_from` is the first entry hashed with the audit key. Entries before it were written by earlier
 *   versions with plain SHA-256 and stay checkable that way; it is set once, here, to the entry after the last one,
 *   and the sealed anchor file repeats it, so moving it later is seen.
 * - `generated_documents.audit_count` and `audit_hash` carry the audit log's head when each document was made, so a
 *   cut or rewritten log no longer matches the register.
 */
export const migration006: Migration = {
  version: 6,
  name: 'audit seal: where keyed hashing starts, and the head in the document register',
  sql: `
CREATE TABLE audit_chain (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  keyed_from INTEGER NOT NULL CHECK (keyed_from > 0)
);
INSERT INTO audit_chain (id, keyed_from) SELECT 1, COALESCE(MAX(sequence), 0) + 1 FROM audit_events;
CREATE TRIGGER audit_chain_refuse_update BEFORE UPDATE ON audit_chain
BEGIN
  SELECT RAISE(ABORT, 'where the audit seal starts cannot be changed');
END;
CREATE TRIGGER audit_chain_refuse_delete BEFORE DELETE ON audit_chain
BEGIN
  SELECT RAISE(ABORT, 'where the audit seal starts cannot be changed');
END;
ALTER TABLE generated_documents ADD COLUMN audit_count INTEGER CHECK (audit_count IS NULL OR audit_count >= 0);
ALTER TABLE generated_documents ADD COLUMN audit_hash TEXT CHECK (audit_hash IS NULL OR length(audit_hash) = 64);
`,
};
