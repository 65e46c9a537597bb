import type { CaseRecord } from '../../domain/case/schemas';
import { AppError } from '../../domain/errors';
import type { Store } from '../store/store';

/** The case asked for, or NOT_FOUND in the worker's words. */
export function requireCase(store: Store, id: string): CaseRecord {
  const record = store.cases.get(id);
  if (!record) throw new AppError('NOT_FOUND', 'This case could not be found. It may have been deleted.');
  return record;
}
