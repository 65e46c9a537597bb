import type { NameOrder } from './schemas';

/** The parts of a name and the order they are given in; a name saved before the order was asked reads given first. */
export interface OrderedName {
  given: string;
  family: string;
  order?: NameOrder | undefined;
}

/**
 * A name written the way the person gives it: "Anna Kowalska", or "Nguyễn Văn An" for a family-name-first name.
 * Every page, document and picture prints names through this one function so the order can never drift.
 * Search does not depend on it: it matches the words of a name in any order (domain/case/search.ts).
 */
export function nameInOrder(name: OrderedName): string {
  const given = name.given.trim();
  const family = name.family.trim();
  const parts = name.order === 'family-first' ? [family, given] : [given, family];
  return parts.filter((part) => part !== '').join(' ');
}
