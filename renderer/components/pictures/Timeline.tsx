import { useId, useMemo, useState } from 'react';
import { chronologyKindLabels, chronologyKinds } from '../../../domain/case/schemas';
import { layoutTimeline, type ChronologyKind, type TimelineEntry } from '../../../domain/pictures';
import { FormGroup } from '../FormGroup';
import { PictureLegend, PictureSvg, PictureTextAlternative } from './PictureSvg';

export const timelineWidth = 960;
/** Taller than this, the timeline scrolls inside its own box so the entries below stay near. */
const scrollAbove = 640;

/**
 * The chronology on a time axis, with checkboxes to show only some kinds of event, then the same entries as a table.
 * The filter changes the picture and its table only: the full chronology is always listed on the page.
 */
export function Timeline({ entries }: { entries: readonly TimelineEntry[] }) {
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const summaryId = `timeline-summary-${id}`;
  const kindsPresent = useMemo(() => chronologyKinds.filter((kind) => entries.some((entry) => entry.kind === kind)), [entries]);
  const [hidden, setHidden] = useState<ReadonlySet<ChronologyKind>>(() => new Set());
  /** Null shows every kind; otherwise the kinds still ticked, joined, so the layout is only redone when they change. */
  const filterKey = hidden.size === 0 ? null : kindsPresent.filter((kind) => !hidden.has(kind)).join('|');
  const layout = useMemo(
    () =>
      layoutTimeline(entries, {
        width: timelineWidth,
        filterKinds: filterKey === null ? undefined : (filterKey.split('|').filter(Boolean) as ChronologyKind[]),
      }),
    [entries, filterKey],
  );
  const counts = useMemo(() => {
    const map = new Map<ChronologyKind, number>();
    for (const entry of entries) map.set(entry.kind, (map.get(entry.kind) ?? 0) + 1);
    return map;
  }, [entries]);
  const toggle = (kind: ChronologyKind, show: boolean) =>
    setHidden((previous) => {
      const next = new Set(previous);
      if (show) next.delete(kind);
      else next.add(kind);
      return next;
    });

  const svg = <PictureSvg picture={layout} describedBy={summaryId} />;
  return (
    <div className="app-picture app-picture--timeline">
      {kindsPresent.length > 1 ? (
        <FormGroup
          id={`timeline-kind-${id}`}
          as="fieldset"
          label="Kinds of event to show on the timeline"
          labelSize="s"
          hint="The list of entries below the timeline always shows everything."
          hintId={`timeline-filter-hint-${id}`}
        >
          <div className="govuk-checkboxes govuk-checkboxes--small app-picture__filter">
            {kindsPresent.map((kind) => (
              <div className="govuk-checkboxes__item" key={kind}>
                <input
                  className="govuk-checkboxes__input"
                  id={`timeline-kind-${id}-${kind}`}
                  type="checkbox"
                  checked={!hidden.has(kind)}
                  onChange={(event) => toggle(kind, event.target.checked)}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={`timeline-kind-${id}-${kind}`}>
                  {chronologyKindLabels[kind]} ({counts.get(kind) ?? 0})
                </label>
              </div>
            ))}
          </div>
        </FormGroup>
      ) : null}
      <p className="govuk-body-s app-picture__status" role="status" aria-live="polite">
        Showing {layout.rows.length} of {entries.length} {entries.length === 1 ? 'entry' : 'entries'} on the timeline.
      </p>
      {layout.height > scrollAbove ? (
        // A box that scrolls must take focus, or keyboard users cannot scroll it (axe: scrollable-region-focusable).
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        <div className="app-picture__frame app-picture__scroll" role="region" aria-label="Timeline of events, scrolls" tabIndex={0}>
          {svg}
        </div>
      ) : (
        <div className="app-picture__frame">{svg}</div>
      )}
      <PictureLegend items={layout.legend} />
      <PictureTextAlternative alternative={layout.textAlternative} summaryId={summaryId} />
    </div>
  );
}
