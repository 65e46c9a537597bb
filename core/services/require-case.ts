import type { CaseRecord } from '../../domain/case/schemas';
import { AppError } from '../../domain/errors';
import type { RecordsStore } from '../store/records';

/** The case asked for, or NOT_FOUND in the worker's words. */
export async function requireCase(store: RecordsStore, id: string): Promise<CaseRecord> {
  const record = await store.cases.get(id);
  if (!record) throw new AppError('NOT_FOUND', 'This case could not be found. It may have been deleted.');
  return record;
}
