import { approxDateRange, approxDateSortKey, formatApproxDate, formatIsoDate } from '../case/approx-date';
import { chronologyKindLabels, type ChronologyEntry } from '../case/schemas';
import {
  arrowHeadPoints,
  estimateTextWidth,
  fitText,
  round,
  type FillPattern,
  type LegendItem,
  type Picture,
  type Shape,
} from './drawing';

export type ChronologyKind = ChronologyEntry['kind'];

export type TimelineEntry = Pick<
  ChronologyEntry,
  'id' | 'sequence' | 'eventDate' | 'kind' | 'summary' | 'source' | 'correctsId'
>;

export interface TimelineOptions {
  width: number;
  /** Only these kinds are drawn; leave out to draw every kind. An empty list draws none. */
  filterKinds?: readonly ChronologyKind[];
}

export interface TimelineRow {
  entryId: string;
  sequence: number;
  kind: ChronologyKind;
  /** Top of the row in the viewport. */
  y: number;
  /** Null when the date is not known: the entry is listed under "Date not known" with no bar. */
  range: { earliest: string; latest: string; x1: number; x2: number } | null;
  /** True when the date is one exact day, drawn as a diamond rather than a bar. */
  exactDay: boolean;
  correctedBySequences: number[];
  correctsSequence: number | null;
}

export interface TimelineLink {
  /** The later entry that corrects... */
  fromEntryId: string;
  /** ...this earlier one, which is never changed. */
  toEntryId: string;
}

export interface TimelineLayout extends Picture {
  rows: TimelineRow[];
  links: TimelineLink[];
  /** The first and last day on the axis, or null when nothing shown has a date. */
  axis: { start: string; end: string } | null;
}

/** Each kind keeps its own fill pattern so a black and white print still tells them apart. */
export const timelineKindPatterns: Record<ChronologyKind, FillPattern> = {
  journey: 'solid',
  exploitation: 'cross-hatch',
  'agency-contact': 'dots',
  'missing-episode': 'diagonal-hatch',
  disclosure: 'horizontal-lines',
  meeting: 'vertical-lines',
  other: 'none',
};

const layout = { side: 16, axisY: 34, firstRowY: 50, rowHeight: 40, barHeight: 10, label: 11, tick: 10 } as const;
const dayMs = 86_400_000;

/**
 * Lays out chronology entries on a time axis, one row each, in date order. An approximate date is a bar from
 * the earliest to the latest day it could mean; an exact day is a diamond. A correction points to what it corrects.
 */
export function layoutTimeline(chronology: readonly TimelineEntry[], options: TimelineOptions): TimelineLayout {
  const { width } = options;
  const wanted = options.filterKinds ? new Set(options.filterKinds) : null;
  const visible = chronology.filter((entry) => !wanted || wanted.has(entry.kind));
  const bySequence = (a: TimelineEntry, b: TimelineEntry) => a.sequence - b.sequence;

  // Corrections are looked up in the whole chronology, so a hidden correction still marks what it corrected.
  const byId = new Map(chronology.map((entry) => [entry.id, entry]));
  const correctedBy = new Map<string, TimelineEntry[]>();
  for (const entry of chronology) {
    if (!entry.correctsId || !byId.has(entry.correctsId)) continue;
    correctedBy.set(entry.correctsId, [...(correctedBy.get(entry.correctsId) ?? []), entry]);
  }

  const dated = visible
    .filter((entry) => entry.eventDate)
    .map((entry) => ({ entry, range: approxDateRange(entry.eventDate!), key: approxDateSortKey(entry.eventDate) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.entry.sequence - b.entry.sequence));
  const undated = visible.filter((entry) => !entry.eventDate).sort(bySequence);

  const plotLeft = layout.side;
  const plotRight = Math.max(plotLeft + 1, width - layout.side);
  let axis: TimelineLayout['axis'] = null;
  let toX: (iso: string, endOfDay?: boolean) => number = () => plotLeft;
  if (dated.length > 0) {
    let start = Math.min(...dated.map((d) => Date.parse(d.range.earliest)));
    let end = Math.max(...dated.map((d) => Date.parse(d.range.latest))) + dayMs;
    // A single day would make an empty axis: show a month either side.
    if (end - start < 60 * dayMs) {
      start -= 30 * dayMs;
      end += 30 * dayMs;
    }
    const pad = (end - start) * 0.02;
    const domainStart = start - pad;
    const domainEnd = end + pad;
    axis = { start: isoDay(domainStart), end: isoDay(domainEnd) };
    toX = (iso: string, endOfDay = false) =>
      plotLeft +
      ((Date.parse(iso) + (endOfDay ? dayMs : 0) - domainStart) / (domainEnd - domainStart)) * (plotRight - plotLeft);
  }

  const shapes: Shape[] = [];
  const rows: TimelineRow[] = [];
  const rowShapes: Shape[] = [];
  const rowY = new Map<string, { y: number; x: number }>();
  let y: number = layout.firstRowY;

  const correctionWords = (entry: TimelineEntry) => {
    const corrects = entry.correctsId ? byId.get(entry.correctsId) : undefined;
    const by = [...(correctedBy.get(entry.id) ?? [])].sort(bySequence);
    return {
      corrects: corrects ? corrects.sequence : null,
      by: by.map((e) => e.sequence),
      text: [
        corrects ? `Corrects entry ${corrects.sequence}` : '',
        by.length > 0 ? `Corrected by entry ${by.map((e) => e.sequence).join(', ')}` : '',
      ]
        .filter(Boolean)
        .join('. '),
    };
  };

  for (const { entry, range } of dated) {
    const x1 = round(toX(range.earliest));
    const x2 = round(toX(range.latest, true));
    const exactDay = range.earliest === range.latest;
    const correction = correctionWords(entry);
    const corrected = correction.by.length > 0;
    const barTop = y + 4;
    const title = entryTitle(entry, correction.text);
    if (exactDay) {
      const cx = round((x1 + x2) / 2);
      const cy = barTop + layout.barHeight / 2;
      const r = layout.barHeight / 2 + 1;
      rowShapes.push({
        kind: 'polygon',
        key: `entry-${entry.sequence}-point`,
        style: corrected ? 'event-corrected' : 'event-point',
        title,
        points: [
          [cx, cy - r],
          [cx + r, cy],
          [cx, cy + r],
          [cx - r, cy],
        ],
      });
    } else {
      rowShapes.push({
        kind: 'rect',
        key: `entry-${entry.sequence}-range`,
        style: corrected ? 'event-corrected' : 'event-range',
        pattern: corrected ? 'none' : timelineKindPatterns[entry.kind],
        title,
        x: x1,
        y: barTop,
        width: round(Math.max(2, x2 - x1)),
        height: layout.barHeight,
        dash: corrected ? 'dashed' : 'solid',
      });
    }
    // The label starts under the bar but moves left when the bar is near the right edge, so more of it shows.
    const fullWidth = estimateTextWidth(labelText(entry, correction.text), layout.label);
    const labelX = Math.max(plotLeft, Math.min(x1, plotRight - fullWidth));
    rowShapes.push(rowLabel(entry, correction.text, labelX, barTop + layout.barHeight + 14, plotRight - labelX));
    rowY.set(entry.id, { y: barTop + layout.barHeight / 2, x: x1 });
    rows.push({
      entryId: entry.id,
      sequence: entry.sequence,
      kind: entry.kind,
      y,
      range: { earliest: range.earliest, latest: range.latest, x1, x2 },
      exactDay,
      correctedBySequences: correction.by,
      correctsSequence: correction.corrects,
    });
    y += layout.rowHeight;
  }
  const datedBottom = y;

  if (undated.length > 0) {
    y += 8;
    rowShapes.push({
      kind: 'text',
      key: 'undated-heading',
      style: 'section-label',
      x: plotLeft,
      y: y + 14,
      text: 'Date not known',
      anchor: 'start',
      fontSize: 12,
      bold: true,
    });
    y += 22;
    for (const entry of undated) {
      const correction = correctionWords(entry);
      rowShapes.push({
        kind: 'rect',
        key: `entry-${entry.sequence}-undated`,
        style: correction.by.length > 0 ? 'event-corrected' : 'event-range',
        pattern: correction.by.length > 0 ? 'none' : timelineKindPatterns[entry.kind],
        title: entryTitle(entry, correction.text),
        x: plotLeft,
        y: y + 4,
        width: layout.barHeight,
        height: layout.barHeight,
        dash: 'dotted',
      });
      rowShapes.push(
        rowLabel(
          entry,
          correction.text,
          plotLeft + layout.barHeight + 6,
          y + 4 + layout.barHeight - 1,
          plotRight - plotLeft - layout.barHeight - 6,
        ),
      );
      rowY.set(entry.id, { y: y + 4 + layout.barHeight / 2, x: plotLeft });
      rows.push({
        entryId: entry.id,
        sequence: entry.sequence,
        kind: entry.kind,
        y,
        range: null,
        exactDay: false,
        correctedBySequences: correction.by,
        correctsSequence: correction.corrects,
      });
      y += layout.rowHeight - 12;
    }
  }
  const height = Math.max(y + 8, layout.firstRowY + 20);

  // Axis with ticks on whole months, years or decades, and faint guides down through the rows.
  if (axis) {
    shapes.push({
      kind: 'line',
      key: 'axis',
      style: 'axis',
      x1: plotLeft,
      y1: layout.axisY,
      x2: plotRight,
      y2: layout.axisY,
      dash: 'solid',
    });
    for (const tick of axisTicks(axis.start, axis.end, plotRight - plotLeft)) {
      const x = round(toX(tick.iso));
      if (x < plotLeft || x > plotRight) continue;
      shapes.push({
        kind: 'line',
        key: `tick-${tick.iso}`,
        style: 'axis-tick',
        x1: x,
        y1: layout.axisY - 4,
        x2: x,
        y2: layout.axisY + 4,
        dash: 'solid',
      });
      shapes.push({
        kind: 'line',
        key: `guide-${tick.iso}`,
        style: 'row-guide',
        x1: x,
        y1: layout.axisY + 4,
        x2: x,
        y2: datedBottom,
        dash: 'solid',
      });
      shapes.push({
        kind: 'text',
        key: `tick-label-${tick.iso}`,
        style: 'axis-label',
        x,
        y: layout.axisY - 8,
        text: tick.label,
        anchor: 'middle',
        fontSize: layout.tick,
        bold: false,
      });
    }
  }
  shapes.push(...rowShapes);

  // Corrections: a dotted curve from the correcting entry back to the entry it corrects, both shown.
  const links: TimelineLink[] = [];
  for (const entry of visible) {
    if (!entry.correctsId) continue;
    const from = rowY.get(entry.id);
    const to = rowY.get(entry.correctsId);
    if (!from || !to) continue;
    links.push({ fromEntryId: entry.id, toEntryId: entry.correctsId });
    const bulge = Math.max(plotLeft - 10, Math.min(from.x, to.x) - 14 - Math.abs(from.y - to.y) * 0.08);
    const start: [number, number] = [from.x - 2, from.y];
    const tip: [number, number] = [to.x - 3, to.y];
    const control: [number, number] = [bulge, (from.y + to.y) / 2];
    const sequenceFrom = byId.get(entry.id)?.sequence;
    const sequenceTo = byId.get(entry.correctsId)?.sequence;
    shapes.push({
      kind: 'path',
      key: `correction-${sequenceFrom}-${sequenceTo}`,
      style: 'correction-link',
      title: `Entry ${sequenceFrom} corrects entry ${sequenceTo}`,
      d: `M${round(start[0])},${round(start[1])}Q${round(control[0])},${round(control[1])} ${round(tip[0])},${round(tip[1])}`,
      dash: 'dotted',
    });
    shapes.push({
      kind: 'polygon',
      key: `correction-${sequenceFrom}-${sequenceTo}-head`,
      style: 'correction-link',
      points: arrowHeadPoints(control, tip, 7, 3.5),
    });
  }

  const kindsShown = [...new Set(visible.map((entry) => entry.kind))];
  return {
    width,
    height: round(height),
    title: 'Timeline of events',
    shapes,
    legend: timelineLegend(kindsShown),
    textAlternative: timelineTextAlternative(
      dated.map((d) => d.entry),
      undated,
      chronology.length,
      options.filterKinds,
      correctionWords,
    ),
    rows,
    links,
    axis,
  };
}

/** "3. About March 2019 · Journey (corrected by entry 7): Left home with her uncle". */
function labelText(entry: TimelineEntry, correctionText: string): string {
  const correction = correctionText
    ? ` (${correctionText.charAt(0).toLowerCase()}${correctionText.slice(1).replace('. C', '; c')})`
    : '';
  return `${entry.sequence}. ${capitalise(formatApproxDate(entry.eventDate))} · ${chronologyKindLabels[entry.kind]}${correction}: ${entry.summary}`;
}

function rowLabel(entry: TimelineEntry, correctionText: string, x: number, y: number, maxWidth: number): Shape {
  return {
    kind: 'text',
    key: `entry-${entry.sequence}-label`,
    style: 'event-label',
    x: round(x),
    y: round(y),
    text: fitText(labelText(entry, correctionText), layout.label, maxWidth),
    anchor: 'start',
    fontSize: layout.label,
    bold: false,
  };
}

function entryTitle(entry: TimelineEntry, correctionText: string): string {
  const when = entry.eventDate ? rangeWords(entry.eventDate) : 'Date not known';
  return [`Entry ${entry.sequence}`, chronologyKindLabels[entry.kind], when, correctionText].filter(Boolean).join('. ');
}

function rangeWords(eventDate: NonNullable<TimelineEntry['eventDate']>): string {
  const { earliest, latest } = approxDateRange(eventDate);
  if (earliest === latest) return formatIsoDate(earliest);
  return `Between ${formatIsoDate(earliest)} and ${formatIsoDate(latest)}`;
}

const shortMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Ticks on the first of a month, every 1, 2, 3 or 6 months, or every 1, 2, 5, 10 or 20 years: whichever fits. */
export function axisTicks(startIso: string, endIso: string, plotWidth: number): Array<{ iso: string; label: string }> {
  const [sy, sm] = startIso.split('-').map(Number) as [number, number];
  const [ey, em] = endIso.split('-').map(Number) as [number, number];
  const months = (ey - sy) * 12 + (em - sm) + 1;
  const maxTicks = Math.max(2, Math.floor(plotWidth / 70));
  const steps = [1, 2, 3, 6, 12, 24, 60, 120, 240];
  const step = steps.find((s) => months / s <= maxTicks) ?? 240;
  const ticks: Array<{ iso: string; label: string }> = [];
  let index = sy * 12 + (sm - 1);
  const last = ey * 12 + (em - 1);
  // Start on a month that is a whole step from January (or from a round year), so ticks land on tidy dates.
  while (index % step !== 0) index += 1;
  for (; index <= last; index += step) {
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
    if (iso < startIso) continue;
    ticks.push({ iso, label: step >= 12 ? String(year) : `${shortMonths[month - 1]} ${year}` });
  }
  return ticks;
}

function timelineLegend(kinds: readonly ChronologyKind[]): LegendItem[] {
  return [
    ...kinds.map((kind): LegendItem => ({
      style: 'event-range',
      pattern: timelineKindPatterns[kind],
      label: chronologyKindLabels[kind],
    })),
    { style: 'event-range', label: 'Bar: the date is approximate, so the event happened somewhere in this span' },
    { style: 'event-point', label: 'Diamond: the exact day is known' },
    { style: 'event-corrected', dash: 'dashed', label: 'Corrected by a later entry (the original is kept)' },
    { style: 'correction-link', dash: 'dotted', label: 'Arrow from a correction to the entry it corrects' },
  ];
}

function timelineTextAlternative(
  dated: readonly TimelineEntry[],
  undated: readonly TimelineEntry[],
  total: number,
  filterKinds: readonly ChronologyKind[] | undefined,
  correctionWords: (entry: TimelineEntry) => { text: string },
): Picture['textAlternative'] {
  const shown = dated.length + undated.length;
  const filterText = filterKinds
    ? ` Showing only: ${filterKinds.map((kind) => chronologyKindLabels[kind].toLowerCase()).join(', ') || 'nothing'}.`
    : '';
  const first = dated[0]?.eventDate;
  const last = dated[dated.length - 1]?.eventDate;
  const span = first && last ? ` Dated entries run from ${formatApproxDate(first)} to ${formatApproxDate(last)}.` : '';
  const row = (entry: TimelineEntry) => [
    String(entry.sequence),
    capitalise(formatApproxDate(entry.eventDate)),
    entry.eventDate ? rangeWords(entry.eventDate) : 'Not known',
    chronologyKindLabels[entry.kind],
    entry.summary,
    entry.source.trim() || 'Not recorded',
    correctionWords(entry).text || 'None',
  ];
  return {
    summary: `${shown} of ${total} ${total === 1 ? 'entry' : 'entries'} shown, in date order.${filterText}${span}`,
    tables: [
      {
        caption: 'Events in date order',
        columns: ['Entry', 'When', 'Could be', 'Kind', 'What happened', 'Source', 'Correction'],
        rows: [...dated, ...undated].map(row),
      },
    ],
    notes:
      undated.length > 0
        ? [
            `${undated.length} ${undated.length === 1 ? 'entry has' : 'entries have'} no date and ${undated.length === 1 ? 'is' : 'are'} listed last.`,
          ]
        : [],
  };
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
