import { useId } from 'react';
import type { FillPattern, LegendItem, Picture, Shape } from '../../../domain/pictures';
import { Table } from '../Table';
import { dashArray, paintFor, patternInk } from './paint';
import '../../styles/pictures.scss';

type DrawnPattern = Exclude<FillPattern, 'none' | 'solid'>;

/** Ids are used in url(#…) references, so keep only characters that need no escaping. */
function safeId(raw: string): string {
  return raw.replace(/[^a-zA-Z0-9_-]/g, '');
}

function patternId(prefix: string, pattern: DrawnPattern, ground: string): string {
  return `${prefix}-${pattern}-${ground.replace('#', '')}`;
}

/** One tile of a black-and-white pattern over its ground colour. */
function PatternDef({ id, pattern, ground }: { id: string; pattern: DrawnPattern; ground: string }) {
  const ink = { stroke: patternInk, strokeWidth: 1 };
  switch (pattern) {
    case 'diagonal-hatch':
      return (
        <pattern id={id} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width={6} height={6} fill={ground} />
          <line x1={3} y1={0} x2={3} y2={6} {...ink} />
        </pattern>
      );
    case 'cross-hatch':
      return (
        <pattern id={id} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width={6} height={6} fill={ground} />
          <line x1={3} y1={0} x2={3} y2={6} {...ink} />
          <line x1={0} y1={3} x2={6} y2={3} {...ink} />
        </pattern>
      );
    case 'dots':
      return (
        <pattern id={id} width={5} height={5} patternUnits="userSpaceOnUse">
          <rect width={5} height={5} fill={ground} />
          <circle cx={2.5} cy={2.5} r={1.1} fill={patternInk} />
        </pattern>
      );
    case 'horizontal-lines':
      return (
        <pattern id={id} width={5} height={5} patternUnits="userSpaceOnUse">
          <rect width={5} height={5} fill={ground} />
          <line x1={0} y1={2.5} x2={5} y2={2.5} {...ink} />
        </pattern>
      );
    case 'vertical-lines':
      return (
        <pattern id={id} width={5} height={5} patternUnits="userSpaceOnUse">
          <rect width={5} height={5} fill={ground} />
          <line x1={2.5} y1={0} x2={2.5} y2={5} {...ink} />
        </pattern>
      );
  }
}

/** Every pattern and ground colour the shapes and legend use, so each gets one definition. */
function patternsUsed(shapes: readonly Pick<Shape, 'style' | 'pattern'>[]): Array<{ pattern: DrawnPattern; ground: string }> {
  const found = new Map<string, { pattern: DrawnPattern; ground: string }>();
  for (const shape of shapes) {
    const paint = paintFor(shape);
    if (paint.pattern && paint.fill) found.set(`${paint.pattern}|${paint.fill}`, { pattern: paint.pattern, ground: paint.fill });
  }
  return [...found.values()];
}

function fillAttribute(prefix: string, shape: Pick<Shape, 'style' | 'pattern'>): string {
  const paint = paintFor(shape);
  if (!paint.fill) return 'none';
  return paint.pattern ? `url(#${patternId(prefix, paint.pattern, paint.fill)})` : paint.fill;
}

function ShapeElement({ shape, prefix }: { shape: Shape; prefix: string }) {
  const paint = paintFor(shape);
  const title = shape.title ? <title>{shape.title}</title> : null;
  if (shape.kind === 'text') {
    return (
      <text
        x={shape.x}
        y={shape.y}
        textAnchor={shape.anchor}
        fontSize={shape.fontSize}
        fontWeight={shape.bold ? 700 : 400}
        fill={paint.fill ?? patternInk}
        className="app-picture__text"
      >
        {shape.text}
      </text>
    );
  }
  const stroke = {
    stroke: paint.stroke ?? 'none',
    strokeWidth: paint.stroke ? paint.strokeWidth : undefined,
    strokeDasharray: 'dash' in shape ? dashArray(shape.dash, paint.strokeWidth) : undefined,
    strokeLinejoin: 'round' as const,
    strokeLinecap: 'dash' in shape && shape.dash === 'dotted' ? ('round' as const) : undefined,
  };
  const fill = fillAttribute(prefix, shape);
  switch (shape.kind) {
    case 'path':
      return (
        <path d={shape.d} fill={fill} {...stroke}>
          {title}
        </path>
      );
    case 'circle':
      return (
        <circle cx={shape.cx} cy={shape.cy} r={shape.r} fill={fill} {...stroke}>
          {title}
        </circle>
      );
    case 'line':
      return (
        <line x1={shape.x1} y1={shape.y1} x2={shape.x2} y2={shape.y2} {...stroke}>
          {title}
        </line>
      );
    case 'rect':
      return (
        <rect x={shape.x} y={shape.y} width={shape.width} height={shape.height} fill={fill} {...stroke}>
          {title}
        </rect>
      );
    case 'polygon':
      return (
        <polygon points={shape.points.map(([x, y]) => `${x},${y}`).join(' ')} fill={fill} {...stroke}>
          {title}
        </polygon>
      );
  }
}

export interface PictureSvgProps {
  picture: Picture;
  /** The accessible name; defaults to the picture's own title. */
  label?: string;
  /** Id of the text that describes the picture in words (its summary). */
  describedBy?: string;
  className?: string;
}

/**
 * Draws any picture's drawing data as inline SVG, as one image with a name for screen readers.
 * Patterns carry the meaning as well as tone, so a black and white print still reads.
 */
export function PictureSvg({ picture, label, describedBy, className }: PictureSvgProps) {
  const prefix = `picture-${safeId(useId())}`;
  const titleId = `${prefix}-title`;
  const legendShapes = picture.legend.map((item) => ({ style: item.style, pattern: item.pattern }));
  return (
    <svg
      className={`app-picture__svg${className ? ` ${className}` : ''}`}
      role="img"
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      viewBox={`0 0 ${picture.width} ${picture.height}`}
      width={picture.width}
      height={picture.height}
      xmlns="http://www.w3.org/2000/svg"
      data-picture-prefix={prefix}
    >
      <title id={titleId}>{label ?? picture.title}</title>
      <defs>
        {patternsUsed([...picture.shapes, ...legendShapes]).map(({ pattern, ground }) => (
          <PatternDef key={`${pattern}-${ground}`} id={patternId(prefix, pattern, ground)} pattern={pattern} ground={ground} />
        ))}
      </defs>
      {picture.shapes.map((shape) => (
        <ShapeElement key={shape.key} shape={shape} prefix={prefix} />
      ))}
    </svg>
  );
}

const lineRoles = new Set(['leg-arrow', 'relationship-line', 'agency-line', 'correction-link', 'axis', 'axis-tick', 'row-guide']);

/** A small sample of one legend entry, drawn with the same paint as the picture. */
function Swatch({ item }: { item: LegendItem }) {
  const prefix = `legend-${safeId(useId())}`;
  const paint = paintFor(item);
  const dash = dashArray(item.dash, paint.strokeWidth);
  const patterns = patternsUsed([item]);
  return (
    <svg className="app-picture-legend__swatch" viewBox="0 0 32 20" width={32} height={20} aria-hidden="true" focusable="false">
      <defs>
        {patterns.map(({ pattern, ground }) => (
          <PatternDef key={pattern} id={patternId(prefix, pattern, ground)} pattern={pattern} ground={ground} />
        ))}
      </defs>
      {lineRoles.has(item.style) ? (
        <line x1={2} y1={10} x2={30} y2={10} stroke={paint.stroke ?? patternInk} strokeWidth={Math.max(1.5, paint.strokeWidth)} strokeDasharray={dash} />
      ) : (
        <rect
          x={3}
          y={3}
          width={26}
          height={14}
          rx={item.style.endsWith('node') ? 7 : 0}
          fill={fillAttribute(prefix, item)}
          stroke={paint.stroke ?? patternInk}
          strokeWidth={Math.max(1, paint.strokeWidth)}
          strokeDasharray={dash}
        />
      )}
    </svg>
  );
}

/** The key to the picture's shapes and patterns, as a plain list. */
export function PictureLegend({ items, heading = 'Key' }: { items: readonly LegendItem[]; heading?: string }) {
  const headingId = `legend-${safeId(useId())}`;
  return (
    <div className="app-picture-legend">
      <p className="govuk-body-s govuk-!-font-weight-bold govuk-!-margin-bottom-1" id={headingId}>
        {heading}
      </p>
      <ul className="govuk-body-s app-picture-legend__list" aria-labelledby={headingId}>
        {items.map((item) => (
          <li className="app-picture-legend__item" key={`${item.style}-${item.pattern ?? ''}-${item.dash ?? ''}-${item.label}`}>
            <Swatch item={item} />
            <span>{item.label}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

export interface TextAlternativeProps {
  alternative: Picture['textAlternative'];
  /** Id for the summary paragraph, so the picture can point to it with aria-describedby. */
  summaryId: string;
  /** Tables read best for many columns; a list avoids a second table where the page already has one. */
  as?: 'table' | 'list';
  /** Clearer column headings where the picture's own would read badly on their own. */
  columnLabels?: Readonly<Record<string, string>>;
  openLabel?: string;
}

/** The same facts as the picture in words: a summary, then tables (or lists) inside a details element. */
export function PictureTextAlternative({ alternative, summaryId, as = 'table', columnLabels = {}, openLabel }: TextAlternativeProps) {
  const heading = (column: string) => columnLabels[column] ?? column;
  return (
    <div className="app-picture__alternative">
      <p className="govuk-body" id={summaryId}>
        {alternative.summary}
      </p>
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">{openLabel ?? (as === 'table' ? 'Show as a table' : 'Show as a list')}</span>
        </summary>
        <div className="govuk-details__text">
          {alternative.tables.map((table) =>
            as === 'table' ? (
              <Table
                key={table.caption}
                className="app-picture__table"
                caption={table.caption}
                captionSize="s"
                columns={table.columns.map(heading)}
                rows={table.rows.map((row, rowIndex) => ({ key: rowIndex, cells: row }))}
                rowHeaders
                empty="None recorded"
              />
            ) : (
              <AlternativeList key={table.caption} table={table} heading={heading} />
            ),
          )}
          {alternative.notes.length > 0 ? (
            <ul className="govuk-list govuk-list--bullet govuk-body-s">
              {alternative.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          ) : null}
        </div>
      </details>
    </div>
  );
}

function AlternativeList({
  table,
  heading,
}: {
  table: Picture['textAlternative']['tables'][number];
  heading: (column: string) => string;
}) {
  const captionId = `alternative-${safeId(useId())}`;
  return (
    <>
      <h3 className="govuk-heading-s govuk-!-margin-bottom-2" id={captionId}>
        {table.caption}
      </h3>
      {table.rows.length === 0 ? (
        <p className="govuk-body">None recorded.</p>
      ) : (
        <ol className="govuk-list app-picture__list" aria-labelledby={captionId}>
          {table.rows.map((row, rowIndex) => (
            <li className="app-picture__list-item" key={rowIndex}>
              <span className="govuk-!-font-weight-bold">
                {/^\d+$/.test(row[0] ?? '') ? `${heading(table.columns[0] ?? '')} ${row[0]}` : row[0]}
              </span>
              <dl className="app-picture__facts">
                {row.slice(1).map((cell, cellIndex) => (
                  <div key={cellIndex}>
                    <dt>{heading(table.columns[cellIndex + 1] ?? '')}:</dt> <dd>{cell}</dd>
                  </div>
                ))}
              </dl>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
