import { describe, expect, it } from 'vitest';
import { sortRows, type TableRow } from '../../../renderer/components/Table';

const row = (key: string, values?: string[]): TableRow => ({ key, cells: [key], ...(values ? { sortValues: values } : {}) });

describe('a sortable table', () => {
  const rows = [
    row('b', ['Meeting pack', '2026-03-20T10:00:00.000Z']),
    row('a', ['ICTG referral summary', '2026-03-21T09:00:00.000Z']),
    row('none'),
    row('c', ['children’s services referral', '2026-03-19T16:30:00.000Z']),
  ];

  it('sorts by one column either way, ignoring case, and keeps rows with nothing to sort by last', () => {
    expect(sortRows(rows, 0, 'ascending').map((each) => each.key)).toEqual(['c', 'a', 'b', 'none']);
    expect(sortRows(rows, 1, 'descending').map((each) => each.key)).toEqual(['a', 'b', 'c', 'none']);
  });

  it('leaves the rows it was given as they were', () => {
    sortRows(rows, 1, 'ascending');
    expect(rows.map((each) => each.key)).toEqual(['b', 'a', 'none', 'c']);
  });
});
