import type { RecordsStore } from '../store/records';

/** `REF-2`, `REF-3`, ...: the first reference after `taken` that no case in these records uses yet. */
export async function freeReference(store: RecordsStore, taken: string): Promise<string> {
  for (let n = 2; ; n += 1) {
    const candidate = `${taken}-${n}`;
    if (!(await store.cases.isReferenceTaken(candidate, ''))) return candidate;
  }
}
