import type * as GeoJSON from 'geojson';
import { geoArea, geoBounds } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';

/** One country outline from Natural Earth 1:110m (world-atlas 2.0.2). */
export interface AtlasCountry {
  /** Natural Earth's short name, for example "Dem. Rep. Congo". */
  name: string;
  /** ISO 3166-1 numeric, or null where Natural Earth has none (Kosovo, Somaliland, N. Cyprus). */
  isoNumeric: string | null;
  feature: GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>;
  /** The biggest piece of land, used to frame the map without dragging in overseas territories. */
  mainland: GeoJSON.Polygon;
  /** Width and height of the mainland in degrees, to tell compact countries from vast ones. */
  mainlandSpan: { lon: number; lat: number };
}

export interface WorldAtlas {
  countries: readonly AtlasCountry[];
  byName: ReadonlyMap<string, AtlasCountry>;
}

let cached: WorldAtlas | null = null;

/** Decodes the topojson once per process; later calls are free. */
export function loadWorldAtlas(): WorldAtlas {
  if (cached) return cached;
  const topology = countries110m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries) as GeoJSON.FeatureCollection<
    GeoJSON.Polygon | GeoJSON.MultiPolygon,
    { name: string }
  >;
  const countries = collection.features.map((f): AtlasCountry => {
    const mainland = largestPolygon(f.geometry);
    const [[west, south], [east, north]] = geoBounds(mainland);
    return {
      name: f.properties.name,
      isoNumeric: f.id === undefined ? null : String(f.id),
      feature: f,
      mainland,
      mainlandSpan: { lon: east >= west ? east - west : east + 360 - west, lat: north - south },
    };
  });
  cached = { countries, byName: new Map(countries.map((c) => [c.name, c])) };
  return cached;
}

function largestPolygon(geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon): GeoJSON.Polygon {
  if (geometry.type === 'Polygon') return geometry;
  let best: GeoJSON.Polygon | null = null;
  let bestArea = -1;
  for (const coordinates of geometry.coordinates) {
    const polygon: GeoJSON.Polygon = { type: 'Polygon', coordinates };
    const area = geoArea(polygon);
    if (area > bestArea) {
      bestArea = area;
      best = polygon;
    }
  }
  // A MultiPolygon always has at least one part in Natural Earth data.
  return best ?? { type: 'Polygon', coordinates: [] };
}
