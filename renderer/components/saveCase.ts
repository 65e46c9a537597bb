import type { CaseRecord, CaseSections } from '../../domain/case/schemas';
import { invoke } from '../api';

/** Saves some sections of a case against the revision the page was opened at. */
export function saveCase(record: CaseRecord, changes: Partial<CaseSections>) {
  return invoke('cases.update', { id: record.id, revision: record.revision, changes });
}
