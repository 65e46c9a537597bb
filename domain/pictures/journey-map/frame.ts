import type * as GeoJSON from 'geojson';
import { geoCircle, geoNaturalEarth1, type GeoProjection } from 'd3-geo';
import { round } from '../drawing';
import { loadWorldAtlas } from '../world-atlas';
import type { KnownPlacement } from './route';

/** Enough to rebuild the projection (see `projectOnJourneyMap`), for hit-testing or for tests. */
export interface JourneyMapFrame {
  rotateLongitude: number;
  scale: number;
  translate: [number, number];
}

/** Rebuilds the map's projection from its frame: [longitude, latitude] to viewport [x, y]. */
export function projectOnJourneyMap(frame: JourneyMapFrame, lonLat: [number, number]): [number, number] | null {
  return makeProjection(frame)(lonLat);
}

export function makeProjection(frame: JourneyMapFrame): GeoProjection {
  return geoNaturalEarth1().rotate([frame.rotateLongitude, 0]).scale(frame.scale).translate(frame.translate);
}

/** Frames the route: compact countries whole, vast ones (Russia, China, USA...) by a circle round their point. */
export function fitFrame(placements: KnownPlacement[], width: number, height: number, margin: number): JourneyMapFrame {
  const atlas = loadWorldAtlas();
  const geometries: GeoJSON.Geometry[] = [];
  for (const placement of placements) {
    const centre: [number, number] = [placement.point[0], placement.point[1]];
    geometries.push(geoCircle().center(centre).radius(3)());
    const main = placement.atlasNames[0] ? atlas.byName.get(placement.atlasNames[0]) : undefined;
    if (main && main.mainlandSpan.lon <= 40 && main.mainlandSpan.lat <= 30) geometries.push(main.mainland);
    else if (main) geometries.push(geoCircle().center(centre).radius(8)());
  }
  const rotateLongitude = -meanLongitude(placements.map((p) => p.point[0]));
  const object: GeoJSON.GeometryCollection | { type: 'Sphere' } =
    geometries.length > 0 ? { type: 'GeometryCollection', geometries } : { type: 'Sphere' };
  const projection = geoNaturalEarth1()
    .rotate([rotateLongitude, 0])
    .fitExtent(
      [
        [margin, margin],
        [Math.max(margin + 1, width - margin), Math.max(margin + 1, height - margin)],
      ],
      object,
    );
  const [tx, ty] = projection.translate();
  return {
    rotateLongitude: round(rotateLongitude),
    scale: round(projection.scale()),
    translate: [round(tx), round(ty)],
  };
}

/** The average of longitudes on a circle, so a route across the Pacific is centred in the Pacific. */
function meanLongitude(longitudes: number[]): number {
  if (longitudes.length === 0) return 0;
  let x = 0;
  let y = 0;
  for (const lon of longitudes) {
    x += Math.cos((lon * Math.PI) / 180);
    y += Math.sin((lon * Math.PI) / 180);
  }
  if (Math.abs(x) < 1e-9 && Math.abs(y) < 1e-9) return longitudes[0] ?? 0;
  return (Math.atan2(y, x) * 180) / Math.PI;
}
