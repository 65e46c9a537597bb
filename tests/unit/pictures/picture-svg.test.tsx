import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { layoutJourneyMap, layoutRelationshipMap, layoutTimeline } from '../../../domain/pictures';
import { PictureSvg, PictureTextAlternative } from '../../../renderer/components/pictures/PictureSvg';
import { paintFor, paler } from '../../../renderer/components/pictures/paint';
import { adult, agency, caseWith, day, entry, leg, month } from './fixtures';

const journey = layoutJourneyMap(
  { legs: [leg('Vietnam', 'Russia', { departed: month(2025, 9, true) }), leg('Russia', null), leg(null, 'United Kingdom')] },
  { width: 960, height: 540 },
);

describe('PictureSvg', () => {
  it('is one image named by its title, described by its summary, with a pattern for each patterned fill', () => {
    const html = renderToStaticMarkup(<PictureSvg picture={journey} describedBy="summary" />);
    expect(html).toMatch(/^<svg[^>]*role="img"/);
    expect(html).toMatch(/aria-labelledby="([^"]+)"[^>]*aria-describedby="summary"/);
    const labelledBy = /aria-labelledby="([^"]+)"/.exec(html)![1]!;
    expect(html).toContain(`<title id="${labelledBy}">Map of the journey</title>`);
    expect(html).toContain('viewBox="0 0 960 540"');
    const patterns = [...html.matchAll(/<pattern id="([^"]+)"/g)].map((match) => match[1]!);
    expect(patterns.some((id) => id.includes('cross-hatch'))).toBe(true);
    expect(patterns.some((id) => id.includes('diagonal-hatch'))).toBe(true);
    for (const id of patterns) expect(id).toMatch(/^[a-zA-Z0-9_-]+$/);
    // Every url(#…) points at a pattern defined in the same picture.
    for (const [, id] of html.matchAll(/url\(#([^)]+)\)/g)) expect(patterns).toContain(id);
  });

  it('puts nothing in style attributes, which the Content-Security-Policy would block', () => {
    const timeline = layoutTimeline(
      [entry('journey', month(2025, 3, true), 'Left home'), entry('exploitation', day('2025-06-01'), 'Made to work'), entry('other', null, 'Not dated')],
      { width: 960 },
    );
    const relationships = layoutRelationshipMap(caseWith([adult('Hoa', 'Lê', { doNotShareWith: true })], [agency('Kent Police')]), {
      width: 760,
      height: 560,
    });
    for (const picture of [journey, timeline, relationships]) {
      const html = renderToStaticMarkup(<PictureSvg picture={picture} />);
      expect(html).not.toContain('style=');
    }
  });

  it('draws dashed legs dashed and the unknown country as a dashed circle', () => {
    const html = renderToStaticMarkup(<PictureSvg picture={journey} />);
    const dashedPaths = [...html.matchAll(/<path [^>]*stroke-dasharray="[^"]+"[^>]*>/g)];
    expect(dashedPaths.length).toBeGreaterThanOrEqual(2);
    expect(html).toMatch(/<circle [^>]*stroke-dasharray/);
  });
});

describe('paint', () => {
  it('lays a pattern over a pale ground, keeps solid fills and leaves "none" white', () => {
    expect(paintFor({ style: 'country-origin' })).toMatchObject({ pattern: 'cross-hatch', fill: paler('#505a5f', 0.78) });
    expect(paintFor({ style: 'event-range', pattern: 'solid' })).toMatchObject({ pattern: null, fill: '#505a5f' });
    expect(paintFor({ style: 'event-range', pattern: 'none' })).toMatchObject({ pattern: null, fill: '#ffffff' });
    expect(paintFor({ style: 'leg-arrow' })).toMatchObject({ fill: null, stroke: '#0b0c0c' });
    expect(paler('#000000', 0.5)).toBe('#808080');
  });
});

describe('PictureTextAlternative', () => {
  it('gives each table a caption and header cells with scope, inside the page from the start', () => {
    const html = renderToStaticMarkup(<PictureTextAlternative alternative={journey.textAlternative} summaryId="s" />);
    expect(html).toContain('<p class="govuk-body" id="s">The journey has 3 legs');
    expect(html).toContain('<caption class="govuk-table__caption govuk-table__caption--s">Legs of the journey, in order</caption>');
    expect(html).toContain('<th scope="col" class="govuk-table__header">From</th>');
    expect((html.match(/<th scope="row"/g) ?? []).length).toBe(3 + journey.textAlternative.tables[1]!.rows.length);
  });

  it('can list the same facts instead, with clearer column names where asked', () => {
    const html = renderToStaticMarkup(
      <PictureTextAlternative alternative={journey.textAlternative} summaryId="s" as="list" columnLabels={{ From: 'Left from' }} />,
    );
    expect(html).not.toContain('<table');
    expect((html.match(/<li class="app-picture__list-item"/g) ?? []).length).toBe(3 + journey.textAlternative.tables[1]!.rows.length);
    expect(html).toContain('Leg 1');
    expect(html).toContain('<dt>Left from:</dt>');
  });
});
