import { geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { nrmLists } from '../../../domain/reference-data';
import type { TextShape } from '../../../domain/pictures/drawing';
import { layoutJourneyMap, projectOnJourneyMap, type JourneyMapLayout } from '../../../domain/pictures/journey-map';
import { overlaps, textBox } from '../../../domain/pictures/journey-map/boxes';
import {
  nrmCountriesDrawnAsPoints,
  nrmCountryNames,
  placeNrmCountry,
} from '../../../domain/pictures/nrm-countries-atlas';
import { loadWorldAtlas } from '../../../domain/pictures/world-atlas';
import { journeyFixtures, leg } from './fixtures';

const size = { width: 800, height: 500 };

function inView(layout: JourneyMapLayout, xy: [number, number] | null): boolean {
  return !!xy && xy[0] >= 0 && xy[0] <= layout.width && xy[1] >= 0 && xy[1] <= layout.height;
}

function pointOf(name: string): [number, number] {
  const placement = placeNrmCountry(name);
  if (placement.kind === 'unknown') throw new Error(`${name} did not resolve`);
  return [placement.point[0], placement.point[1]];
}

const fixtures = journeyFixtures();
const route = fixtures['three legs through China']!;

describe('journey map: a three-leg route', () => {
  const map = layoutJourneyMap(route, size);

  it('frames the countries on the route and leaves far-away ones off the map', () => {
    for (const name of ['Vietnam', 'China', 'France', 'United Kingdom']) {
      expect(inView(map, projectOnJourneyMap(map.frame, pointOf(name))), name).toBe(true);
    }
    expect(map.countries.map((c) => c.nrmName)).toEqual(['Vietnam', 'China', 'France', 'United Kingdom']);
    for (const country of map.countries) expect(inView(map, [country.x, country.y])).toBe(true);
    for (const far of ['Australia', 'Brazil', 'United States', 'South Africa']) {
      expect(inView(map, projectOnJourneyMap(map.frame, pointOf(far))), far).toBe(false);
    }
    // The Americas are clipped away entirely, not drawn off-canvas.
    expect(map.shapes.some((s) => s.key === 'country-076')).toBe(false);
  });

  it('marks origin, transit and destination with their own patterned styles', () => {
    const role = Object.fromEntries(map.countries.map((c) => [c.nrmName, c.role]));
    expect(role).toEqual({ Vietnam: 'origin', China: 'transit', France: 'transit', 'United Kingdom': 'destination' });
    const style = (key: string) => map.shapes.find((s) => s.key === key)?.style;
    expect(style('country-704')).toBe('country-origin');
    expect(style('country-156')).toBe('country-transit');
    expect(style('country-826')).toBe('country-destination');
    expect(style('country-356')).toBe('country-other');
    const patterns = map.legend.filter((item) => item.style.startsWith('country-')).map((item) => item.pattern);
    expect(new Set(patterns).size).toBe(patterns.length);
  });

  it('keeps the legs in order, each leaving where the last one arrived', () => {
    expect(map.legs.map((l) => l.number)).toEqual([1, 2, 3]);
    const at = (name: string) => map.countries.find((c) => c.nrmName === name)!;
    expect(map.legs[0]!.from).toEqual({ x: at('Vietnam').x, y: at('Vietnam').y });
    expect(map.legs[2]!.to).toEqual({ x: at('United Kingdom').x, y: at('United Kingdom').y });
    for (let i = 1; i < map.legs.length; i += 1) expect(map.legs[i]!.from).toEqual(map.legs[i - 1]!.to);
    const legKeys = map.shapes.filter((s) => /^leg-\d+$/.test(s.key)).map((s) => s.key);
    expect(legKeys).toEqual(['leg-1', 'leg-2', 'leg-3']);
    const numbers = map.shapes
      .filter((s) => s.kind === 'text' && s.style === 'leg-number')
      .map((s) => (s.kind === 'text' ? s.text : ''));
    expect(numbers).toEqual(['1', '2', '3']);
  });

  it('labels legs with approximate dates and transport in British English', () => {
    expect(map.legs[0]!.label).toEqual(['About March 2019 to April 2019', 'Lorry or van']);
    expect(map.legs[1]!.label).toEqual(['Left about 2019', 'Plane']);
    expect(map.legs[2]!.label).toEqual(['Arrived October 2019', 'Small boat']);
  });

  it('gives a text alternative with the same legs and countries', () => {
    const alt = map.textAlternative;
    expect(alt.summary).toBe('The journey has 3 legs, from Vietnam to United Kingdom, through China and France.');
    expect(alt.tables[0]!.rows.map((row) => row.slice(0, 3))).toEqual([
      ['1', 'Vietnam', 'China'],
      ['2', 'China', 'France'],
      ['3', 'France', 'United Kingdom'],
    ]);
    expect(alt.tables[1]!.rows[0]).toEqual(['Vietnam', 'Where the journey started']);
  });

  it('uses only path commands both SVG and pdf-lib understand', () => {
    for (const shape of map.shapes) if (shape.kind === 'path') expect(shape.d).toMatch(/^[MLQZ0-9.,\- e]*$/);
  });
});

describe('journey map: what is not known', () => {
  it('dashes legs with an unknown country or unknown transport, and only those', () => {
    const map = layoutJourneyMap(fixtures['countries not known']!, size);
    expect(map.legs.map((l) => l.dashed)).toEqual([true, true, true, false]);
    const dash = map.shapes.filter((s) => /^leg-\d+$/.test(s.key)).map((s) => (s.kind === 'path' ? s.dash : null));
    expect(dash).toEqual(['dashed', 'dashed', 'dashed', 'solid']);
    // The unknown country between Albania and Belgium is one place, marked with a question mark.
    expect(map.shapes.filter((s) => s.style === 'unknown-place')).toHaveLength(1);
    expect(map.legs[0]!.to).toEqual(map.legs[1]!.from);
    expect(map.textAlternative.tables[0]!.rows[0]![5]).toBe('Country they went to is not known');
    expect(map.textAlternative.tables[0]!.rows[2]![5]).toBe('How they travelled is not known');
  });

  it('draws a journey with no known country at all without failing', () => {
    const map = layoutJourneyMap({ legs: [leg(null, 'Unknown', { transport: 'unknown' })] }, size);
    expect(map.legs).toHaveLength(1);
    expect(map.legs[0]!.dashed).toBe(true);
    expect(map.textAlternative.summary).toContain('a country that is not known');
  });

  it('draws an empty journey as a plain world map', () => {
    const map = layoutJourneyMap({ legs: [] }, size);
    expect(map.legs).toEqual([]);
    expect(map.textAlternative.summary).toBe('No journey has been recorded.');
    expect(map.shapes.filter((s) => s.style === 'country-other').length).toBeGreaterThan(100);
  });
});

describe('journey map: labels kept clear', () => {
  const sizes = [size, { width: 960, height: 540 }, { width: 660, height: 420 }, { width: 480, height: 300 }];
  const texts = (map: JourneyMapLayout) => map.shapes.filter((s): s is TextShape => s.kind === 'text');

  for (const [name, journey] of Object.entries(fixtures)) {
    for (const { width, height } of sizes) {
      it(`${name}, ${width} by ${height}: no two labels overlap and none is cut off`, () => {
        const map = layoutJourneyMap(journey, { width, height });
        const shapes = texts(map);
        for (let i = 0; i < shapes.length; i += 1) {
          const box = textBox(shapes[i]!);
          expect(box.left >= 0 && box.right <= width && box.top >= 0 && box.bottom <= height, shapes[i]!.text).toBe(true);
          for (let j = i + 1; j < shapes.length; j += 1) {
            expect(overlaps(box, textBox(shapes[j]!)), `"${shapes[i]!.text}" and "${shapes[j]!.text}"`).toBe(false);
          }
        }
      });

      it(`${name}, ${width} by ${height}: leg labels keep off the country markers, and every country is named`, () => {
        const map = layoutJourneyMap(journey, { width, height });
        const markers = map.shapes.flatMap((s) =>
          s.kind === 'circle' && (s.key.startsWith('point-') || s.key.startsWith('unknown-'))
            ? [{ key: s.key, left: s.cx - s.r, right: s.cx + s.r, top: s.cy - s.r, bottom: s.cy + s.r }]
            : [],
        );
        expect(markers.length).toBeGreaterThan(0);
        for (const label of texts(map).filter((s) => s.style === 'leg-label')) {
          for (const marker of markers) expect(overlaps(textBox(label), marker), `${label.text} on ${marker.key}`).toBe(false);
        }
        const drawn = texts(map).map((s) => s.text);
        for (const country of map.countries) expect(drawn, country.nrmName).toContain(country.nrmName);
        for (const mapLeg of map.legs) {
          const lines = texts(map).filter((s) => s.key.startsWith(`leg-${mapLeg.number}-label-`));
          expect(
            lines.map((s) => s.text),
            `leg ${mapLeg.number}`,
          ).toEqual(mapLeg.labelOnMap ? mapLeg.label : []);
        }
      });
    }
  }

  it('drops a leg label that has no clear room, keeping its number on the arrow and its facts in the words', () => {
    const map = layoutJourneyMap(fixtures['back and forth between close countries']!, { width: 480, height: 300 });
    const dropped = map.legs.filter((mapLeg) => !mapLeg.labelOnMap);
    expect(dropped.length).toBeGreaterThan(0);
    for (const mapLeg of dropped) {
      const keys = map.shapes.map((s) => s.key);
      expect(keys.filter((key) => key.startsWith(`leg-${mapLeg.number}-label`))).toEqual([]);
      expect(keys).toContain(`leg-${mapLeg.number}-number`);
      const row = map.textAlternative.tables[0]!.rows[mapLeg.number - 1]!;
      expect(row[0]).toBe(String(mapLeg.number));
      expect(row.slice(3, 5)).toEqual(mapLeg.label);
    }
  });

  it('joins a name set away from its marker to it with a short leader line', () => {
    const map = layoutJourneyMap(fixtures['three legs through China']!, size);
    const leaders = map.shapes.filter((s) => s.kind === 'line' && s.style === 'label-leader');
    expect(leaders.map((s) => s.key)).toContain('label-France-leader');
    for (const leader of leaders) {
      if (leader.kind !== 'line') continue;
      const labelKey = leader.key.replace(/-leader$/, '');
      const lines = texts(map).filter((s) => s.key === labelKey || s.key.startsWith(`${labelKey}-`));
      expect(lines.length, leader.key).toBeGreaterThan(0);
      const gaps = lines
        .map(textBox)
        .map((box) =>
          Math.hypot(
            leader.x2 - Math.min(Math.max(leader.x2, box.left), box.right),
            leader.y2 - Math.min(Math.max(leader.y2, box.top), box.bottom),
          ),
        );
      expect(Math.min(...gaps), leader.key).toBeLessThan(2);
      const marker = map.shapes.find((s) => s.kind === 'circle' && s.key === `point-${labelKey.replace(/^label-/, '')}`);
      if (marker?.kind === 'circle') {
        expect(Math.hypot(leader.x1 - marker.cx, leader.y1 - marker.cy), leader.key).toBeCloseTo(marker.r + 1, 1);
      }
    }
  });

  it('draws the same picture for the same journey', () => {
    const journey = fixtures['back and forth between close countries']!;
    expect(layoutJourneyMap(journey, size)).toEqual(layoutJourneyMap(journey, size));
  });
});

describe('journey map: framing elsewhere in the world', () => {
  it('centres a Pacific route across the 180th meridian', () => {
    const map = layoutJourneyMap(
      { legs: [leg('Samoa', 'Fiji', { transport: 'air' }), leg('Fiji', 'United States', { transport: 'air' })] },
      size,
    );
    for (const country of map.countries) expect(inView(map, [country.x, country.y]), country.nrmName).toBe(true);
  });

  it('marks a country too small for the 1:110m atlas with a circle in its role', () => {
    const map = layoutJourneyMap(fixtures['a country drawn as a point']!, size);
    const malta = map.countries.find((c) => c.nrmName === 'Malta');
    expect(malta?.drawnAs).toBe('point');
    expect(map.shapes.find((s) => s.key === 'point-Malta')?.style).toBe('country-point-transit');
    expect(map.textAlternative.notes.join(' ')).toContain('Malta is too small');
  });
});

describe('NRM countries and the world atlas', () => {
  const atlas = loadWorldAtlas();

  it('finds every country on the NRM list', () => {
    expect(nrmLists.countries).toHaveLength(197);
    expect(nrmCountryNames).toHaveLength(196);
    for (const name of nrmCountryNames) expect(placeNrmCountry(name).kind, name).not.toBe('unknown');
    expect(placeNrmCountry('Unknown').kind).toBe('unknown');
    expect(placeNrmCountry(null).kind).toBe('unknown');
  });

  it('names only real 1:110m features, with matching ISO ids, and puts each point inside its country', () => {
    for (const name of nrmCountryNames) {
      const placement = placeNrmCountry(name);
      if (placement.kind !== 'shape') continue;
      const features = placement.atlasNames.map((atlasName) => atlas.byName.get(atlasName));
      expect(features.every(Boolean), name).toBe(true);
      if (features[0]?.isoNumeric) expect(placement.isoNumeric, name).toBe(features[0].isoNumeric);
      const [lon, lat] = placement.point;
      expect(
        features.some((f) => f && geoContains(f.feature, [lon, lat])),
        `${name} point`,
      ).toBe(true);
    }
  });

  it('lists the 29 countries drawn as points because they have no 1:110m outline', () => {
    expect(nrmCountriesDrawnAsPoints).toEqual([
      'Andorra',
      'Antigua and Barbuda',
      'Bahrain',
      'Barbados',
      'Cape Verde',
      'Comoros',
      'Dominica',
      'Grenada',
      'Kiribati',
      'Liechtenstein',
      'Maldives',
      'Malta',
      'Marshall Islands',
      'Mauritius',
      'Micronesia',
      'Monaco',
      'Nauru',
      'Palau',
      'Samoa',
      'San Marino',
      'Sao Tome and Principe',
      'Seychelles',
      'Singapore',
      'St Kitts and Nevis',
      'St Lucia',
      'St Vincent',
      'Tonga',
      'Tuvalu',
      'Vatican City',
    ]);
  });

  it('maps the names that differ between the NRM list and Natural Earth', () => {
    const names = (nrm: string) => {
      const placement = placeNrmCountry(nrm);
      return placement.kind === 'shape' ? placement.atlasNames : [];
    };
    expect(names('Congo (Democratic Republic)')).toEqual(['Dem. Rep. Congo']);
    expect(names('Ivory Coast')).toEqual(["Côte d'Ivoire"]);
    expect(names('Burma')).toEqual(['Myanmar']);
    expect(names('United States')).toEqual(['United States of America']);
    expect(names('Eswatini')).toEqual(['eSwatini']);
    expect(names('Kosovo')).toEqual(['Kosovo']);
  });

  it('draws a journey from every NRM country to the UK with that country on the map', () => {
    for (const name of nrmCountryNames) {
      const map = layoutJourneyMap({ legs: [leg(name, 'United Kingdom', { transport: 'air' })] }, size);
      const country = map.countries.find((c) => c.nrmName === name);
      expect(country && inView(map, [country.x, country.y]), name).toBe(true);
    }
  });
});
