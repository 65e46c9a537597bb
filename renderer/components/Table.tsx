import type { Key, ReactNode } from 'react';

export interface TableRow {
  key: Key;
  cells: readonly ReactNode[];
}

/** A column heading, or one only screen readers hear (over a column of actions). */
export type TableColumn = string | { hidden: string };

/**
 * A GOV.UK table with a caption and column headings. With `rowHeaders` the first cell of each row heads its row, as in
 * a picture's text alternative.
 */
export function Table({ caption, captionSize, captionHidden, columns, rows, rowHeaders, empty, className }: {
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
}) {
  const captionClass = `govuk-table__caption${captionSize ? ` govuk-table__caption--${captionSize}` : ''}${captionHidden ? ' govuk-visually-hidden' : ''}`;
  return (
    <table className={`govuk-table${className ? ` ${className}` : ''}`}>
      <caption className={captionClass}>{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {columns.map((column, index) => (
            <th scope="col" className="govuk-table__header" key={index}>
              {typeof column === 'string' ? column : <span className="govuk-visually-hidden">{column.hidden}</span>}
            </th>
          ))}
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
          rows.map((row) => (
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
