import { useState, type Key, type ReactNode } from 'react';

export interface TableRow {
  key: Key;
  cells: readonly ReactNode[];
  /** For a sortable table: what each cell sorts by (an ISO date for a date, the words otherwise). */
  sortValues?: readonly string[];
}

export type SortDirection = 'ascending' | 'descending';

/** The rows in order of one column's sort values; rows without them keep their place at the end. */
export function sortRows(rows: readonly TableRow[], column: number, direction: SortDirection): TableRow[] {
  const collator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const [x, y] = [a.sortValues?.[column], b.sortValues?.[column]];
    if (x === undefined || y === undefined) return x === undefined ? (y === undefined ? 0 : 1) : -1;
    return sign * collator.compare(x, y);
  });
}

/** A column heading, or one only screen readers hear (over a column of actions). */
export type TableColumn = string | { hidden: string };

/**
 * A GOV.UK table with a caption and column headings. With `rowHeaders` the first cell of each row heads its row, as in
 * a picture's text alternative.
 */
export function Table({ caption, captionSize, captionHidden, columns, rows, rowHeaders, empty, className, sortable }: {
  caption: ReactNode;
  captionSize?: 's' | 'm';
  /** The caption is for screen readers when the page's heading already says what the table is. */
  captionHidden?: boolean;
  columns: readonly TableColumn[];
  rows: readonly TableRow[];
  rowHeaders?: boolean;
  /** One row that says so when there are no rows; without it the body is left empty. */
  empty?: ReactNode;
  className?: string;
  /** MOJ's sortable table: each named column's heading is a button that sorts by it (rows give `sortValues`). */
  sortable?: boolean;
}) {
  const [sort, setSort] = useState<{ column: number; direction: SortDirection } | null>(null);
  const shown = sortable && sort ? sortRows(rows, sort.column, sort.direction) : rows;
  const captionClass = `govuk-table__caption${captionSize ? ` govuk-table__caption--${captionSize}` : ''}${captionHidden ? ' govuk-visually-hidden' : ''}`;
  return (
    <table className={`govuk-table${className ? ` ${className}` : ''}`}>
      <caption className={captionClass}>{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {columns.map((column, index) =>
            sortable && typeof column === 'string' ? (
              <th scope="col" className="govuk-table__header" key={index} aria-sort={sort?.column === index ? sort.direction : 'none'}>
                <button
                  type="button"
                  onClick={() => setSort({ column: index, direction: sort?.column === index && sort.direction === 'ascending' ? 'descending' : 'ascending' })}
                >
                  {column}
                  <span aria-hidden="true" className="app-sort-arrow">
                    {sort?.column === index ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ▲▼'}
                  </span>
                </button>
              </th>
            ) : (
              <th scope="col" className="govuk-table__header" key={index}>
                {typeof column === 'string' ? column : <span className="govuk-visually-hidden">{column.hidden}</span>}
              </th>
            ),
          )}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.length === 0 && empty !== undefined ? (
          <tr className="govuk-table__row">
            <td className="govuk-table__cell" colSpan={columns.length}>
              {empty}
            </td>
          </tr>
        ) : (
          shown.map((row) => (
            <tr className="govuk-table__row" key={row.key}>
              {row.cells.map((cell, index) =>
                rowHeaders && index === 0 ? (
                  <th scope="row" className="govuk-table__header" key={index}>
                    {cell}
                  </th>
                ) : (
                  <td className="govuk-table__cell" key={index}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
