import { describe, expect, it } from 'vitest';
import { layoutTimeline } from '../../../domain/pictures/timeline';
import { day, entry, month, year } from './fixtures';

describe('timeline', () => {
  const left = entry('journey', month(2019, 3, true), 'Left home with her uncle by lorry');
  const work = entry('exploitation', year(2020, true), 'Worked in a nail bar without pay');
  const found = entry('agency-contact', day('2021-06-04'), 'Found by police at Dover docks');
  const fix = entry('journey', month(2019, 5), 'She now says she left in May, not March', left.id);
  const missing = entry('missing-episode', null, 'Missing from placement for two days');
  const chronology = [left, work, found, fix, missing];
  const width = 800;

  it('draws approximate dates as ranges from the earliest to the latest day', () => {
    const timeline = layoutTimeline(chronology, { width });
    const row = timeline.rows.find((r) => r.entryId === left.id)!;
    expect(row.range).toMatchObject({ earliest: '2019-02-01', latest: '2019-04-30' });
    expect(row.exactDay).toBe(false);
    const yearRow = timeline.rows.find((r) => r.entryId === work.id)!;
    expect(yearRow.range).toMatchObject({ earliest: '2019-01-01', latest: '2021-12-31' });
    expect(yearRow.range!.x2 - yearRow.range!.x1).toBeGreaterThan(row.range!.x2 - row.range!.x1);
    const bar = timeline.shapes.find((s) => s.key === `entry-${work.sequence}-range`);
    expect(bar).toMatchObject({ kind: 'rect', x: yearRow.range!.x1, pattern: 'cross-hatch' });
  });

  it('draws an exact day as a diamond, in date order with everything else', () => {
    const timeline = layoutTimeline(chronology, { width });
    const row = timeline.rows.find((r) => r.entryId === found.id)!;
    expect(row.exactDay).toBe(true);
    expect(timeline.shapes.find((s) => s.key === `entry-${found.sequence}-point`)?.kind).toBe('polygon');
    expect(timeline.rows.map((r) => r.entryId)).toEqual([left.id, fix.id, work.id, found.id, missing.id]);
    const ys = timeline.rows.map((r) => r.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
  });

  it('lists entries with no date under "Date not known", with no bar on the axis', () => {
    const timeline = layoutTimeline(chronology, { width });
    const row = timeline.rows.find((r) => r.entryId === missing.id)!;
    expect(row.range).toBeNull();
    expect(timeline.shapes.some((s) => s.kind === 'text' && s.text === 'Date not known')).toBe(true);
    expect(timeline.textAlternative.notes).toEqual(['1 entry has no date and is listed last.']);
  });

  it('links a correction to the entry it corrects and marks the original as corrected', () => {
    const timeline = layoutTimeline(chronology, { width });
    expect(timeline.links).toEqual([{ fromEntryId: fix.id, toEntryId: left.id }]);
    const original = timeline.rows.find((r) => r.entryId === left.id)!;
    expect(original.correctedBySequences).toEqual([fix.sequence]);
    expect(timeline.rows.find((r) => r.entryId === fix.id)!.correctsSequence).toBe(left.sequence);
    expect(timeline.shapes.find((s) => s.key === `entry-${left.sequence}-range`)?.style).toBe('event-corrected');
    expect(timeline.shapes.some((s) => s.style === 'correction-link' && s.kind === 'path')).toBe(true);
    const altRow = timeline.textAlternative.tables[0]!.rows.find((r) => r[0] === String(left.sequence))!;
    expect(altRow[6]).toBe(`Corrected by entry ${fix.sequence}`);
  });

  it('filters by kind, still saying an original was corrected when the correction is filtered out', () => {
    const onlyExploitation = layoutTimeline(chronology, { width, filterKinds: ['exploitation', 'missing-episode'] });
    expect(onlyExploitation.rows.map((r) => r.entryId)).toEqual([work.id, missing.id]);
    expect(onlyExploitation.textAlternative.summary).toContain('2 of 5 entries shown');
    expect(onlyExploitation.textAlternative.summary).toContain('Showing only: exploitation, missing episode.');

    const journeyOnly = layoutTimeline(
      [...chronology, entry('journey', day('2019-07-01'), 'Crossed into France', left.id)],
      { width, filterKinds: ['exploitation'] },
    );
    expect(journeyOnly.links).toEqual([]);

    const agencyOnly = layoutTimeline(chronology, { width, filterKinds: ['agency-contact'] });
    expect(agencyOnly.rows).toHaveLength(1);
    expect(layoutTimeline(chronology, { width, filterKinds: [] }).rows).toHaveLength(0);
  });

  it('keeps the mark on a corrected entry when its correction is hidden by the filter', () => {
    const exploitationFix = entry('other', year(2020), 'The work was at a car wash, not a nail bar', work.id);
    const timeline = layoutTimeline([...chronology, exploitationFix], { width, filterKinds: ['exploitation'] });
    expect(timeline.rows[0]!.correctedBySequences).toEqual([exploitationFix.sequence]);
    expect(timeline.links).toEqual([]);
  });

  it('puts ticks and bars inside the width given', () => {
    const timeline = layoutTimeline(chronology, { width });
    for (const row of timeline.rows) {
      if (!row.range) continue;
      expect(row.range.x1).toBeGreaterThanOrEqual(0);
      expect(row.range.x2).toBeLessThanOrEqual(width);
    }
    const ticks = timeline.shapes.filter((s) => s.style === 'axis-label').map((s) => (s.kind === 'text' ? s.text : ''));
    expect(ticks.length).toBeGreaterThan(2);
    expect(ticks[0]).toMatch(/^(Jan|Jul) 2019$|^2019$/);
    expect(timeline.height).toBeGreaterThan(timeline.rows.at(-1)!.y);
  });

  it('draws an empty chronology without failing', () => {
    const timeline = layoutTimeline([], { width });
    expect(timeline.rows).toEqual([]);
    expect(timeline.axis).toBeNull();
    expect(timeline.textAlternative.summary).toBe('0 of 0 entries shown, in date order.');
  });
});
