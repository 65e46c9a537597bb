import type * as GeoJSON from 'geojson';
import { geoCircle, geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import { formatApproxDate, type ApproxDate } from '../case/approx-date';
import { transportLabels, type JourneyLeg, type Journey } from '../case/schemas';
import {
  arrowHeadPoints,
  estimateTextWidth,
  round,
  type LegendItem,
  type LineShape,
  type Picture,
  type Shape,
  type StyleRole,
  type TextShape,
} from './drawing';
import { placeNrmCountry, type CountryPlacement } from './nrm-countries-atlas';
import { loadWorldAtlas } from './world-atlas';

export type CountryRole = 'origin' | 'transit' | 'destination' | 'other';

/** The parts of a leg the map draws. Who travelled with the child is left out on purpose: the map may be shared. */
export type MapLeg = Pick<JourneyLeg, 'from' | 'to' | 'departed' | 'arrived' | 'transport'>;

export interface JourneyForMap {
  legs: readonly MapLeg[];
  entry?: Pick<Journey['entry'], 'port' | 'date'>;
}

export interface JourneyMapOptions {
  width: number;
  height: number;
  /** Space kept clear around the countries on the route; defaults to 8% of the shorter side. */
  margin?: number;
}

/** Enough to rebuild the projection (see `projectOnJourneyMap`), for hit-testing or for tests. */
export interface JourneyMapFrame {
  rotateLongitude: number;
  scale: number;
  translate: [number, number];
}

export interface JourneyMapCountry {
  nrmName: string;
  /** The strongest role, used for shading: origin, then destination, then transit. */
  role: Exclude<CountryRole, 'other'>;
  roles: Array<Exclude<CountryRole, 'other'>>;
  drawnAs: 'shape' | 'point';
  x: number;
  y: number;
}

export interface JourneyMapLeg {
  number: number;
  from: { x: number; y: number };
  to: { x: number; y: number };
  dashed: boolean;
  /** What is not known about this leg, in words; empty when the leg is fully known. */
  notKnown: string[];
  label: string[];
  /** False when there was no clear room for the label on the map; the text alternative still gives it. */
  labelOnMap: boolean;
}

export interface JourneyMapLayout extends Picture {
  frame: JourneyMapFrame;
  countries: JourneyMapCountry[];
  legs: JourneyMapLeg[];
}

const roleWords: Record<Exclude<CountryRole, 'other'>, string> = {
  origin: 'Where the journey started',
  transit: 'Passed through',
  destination: 'Where the journey ended',
};

export const journeyMapLegend: readonly LegendItem[] = [
  { style: 'country-origin', pattern: 'cross-hatch', label: 'Where the journey started' },
  { style: 'country-transit', pattern: 'dots', label: 'Country they passed through' },
  { style: 'country-destination', pattern: 'diagonal-hatch', label: 'Where the journey ended' },
  { style: 'country-other', pattern: 'solid', label: 'Other countries' },
  { style: 'leg-arrow', dash: 'solid', label: 'Leg of the journey, numbered in order' },
  { style: 'leg-arrow', dash: 'dashed', label: 'Leg where the country or the way they travelled is not known' },
  { style: 'unknown-place', dash: 'dashed', label: 'Country not known' },
];

/** Rebuilds the map's projection from its frame: [longitude, latitude] to viewport [x, y]. */
export function projectOnJourneyMap(frame: JourneyMapFrame, lonLat: [number, number]): [number, number] | null {
  return makeProjection(frame)(lonLat);
}

function makeProjection(frame: JourneyMapFrame): GeoProjection {
  return geoNaturalEarth1().rotate([frame.rotateLongitude, 0]).scale(frame.scale).translate(frame.translate);
}

type KnownPlacement = Exclude<CountryPlacement, { kind: 'unknown' }>;

interface Slot {
  placement: CountryPlacement;
  place: string;
  xy: [number, number] | null;
}

const fontSizes = { country: 12, leg: 11, number: 11 } as const;

/**
 * Lays out the journey on a world map framed to the countries the child passed through.
 * Pure: the same journey and size always give the same drawing data.
 */
export function layoutJourneyMap(journey: JourneyForMap, options: JourneyMapOptions): JourneyMapLayout {
  const { width, height } = options;
  const margin = options.margin ?? Math.max(16, Math.round(Math.min(width, height) * 0.08));
  const atlas = loadWorldAtlas();
  const legs = journey.legs;

  // Roles, in the order countries first appear on the route (that order is kept for the text alternative).
  const involved = new Map<string, { placement: KnownPlacement; roles: Set<Exclude<CountryRole, 'other'>> }>();
  const noteRole = (placement: CountryPlacement, role: Exclude<CountryRole, 'other'>) => {
    if (placement.kind === 'unknown') return;
    const entry = involved.get(placement.nrmName) ?? { placement, roles: new Set() };
    entry.roles.add(role);
    involved.set(placement.nrmName, entry);
  };
  const placements = legs.map((leg) => ({
    from: placeNrmCountry(leg.from.country),
    to: placeNrmCountry(leg.to.country),
  }));
  placements.forEach(({ from, to }, index) => {
    noteRole(from, index === 0 ? 'origin' : 'transit');
    noteRole(to, index === placements.length - 1 ? 'destination' : 'transit');
  });
  const primaryRole = (roles: Set<Exclude<CountryRole, 'other'>>) =>
    roles.has('origin') ? 'origin' : roles.has('destination') ? 'destination' : 'transit';

  const frame = fitFrame(
    [...involved.values()].map((entry) => entry.placement),
    width,
    height,
    margin,
  );
  const projection = makeProjection(frame).clipExtent([
    [0, 0],
    [width, height],
  ]);
  const path = geoPath(projection).digits(1);

  const shapes: Shape[] = [{ kind: 'rect', key: 'sea', style: 'sea', x: 0, y: 0, width, height, dash: 'solid' }];

  const roleByAtlasName = new Map<string, { role: Exclude<CountryRole, 'other'>; nrmName: string }>();
  for (const { placement, roles } of involved.values()) {
    for (const atlasName of placement.atlasNames)
      roleByAtlasName.set(atlasName, { role: primaryRole(roles), nrmName: placement.nrmName });
  }
  // Countries on the route are drawn last so their borders sit on top of their neighbours'.
  const routeShapes: Shape[] = [];
  for (const country of atlas.countries) {
    const d = path(country.feature);
    if (!d) continue;
    const onRoute = roleByAtlasName.get(country.name);
    const shape: Shape = {
      kind: 'path',
      key: `country-${country.isoNumeric ?? country.name}`,
      style: onRoute ? (`country-${onRoute.role}` as StyleRole) : 'country-other',
      title: onRoute ? `${onRoute.nrmName}: ${roleWords[onRoute.role].toLowerCase()}` : country.name,
      d,
      dash: 'solid',
    };
    (onRoute ? routeShapes : shapes).push(shape);
  }
  shapes.push(...routeShapes);

  // One slot per end of each leg; an unknown country shares its slot with the previous leg's unknown end.
  const slots: Slot[] = [];
  const legSlots: Array<{ from: number; to: number }> = [];
  legs.forEach((leg, index) => {
    const placement = placements[index]!;
    const previous = legSlots[index - 1];
    const previousSlot = previous ? slots[previous.to] : undefined;
    let fromIndex: number;
    if (placement.from.kind === 'unknown' && previousSlot && previousSlot.placement.kind === 'unknown' && previous) {
      fromIndex = previous.to;
    } else {
      fromIndex = slots.push({ placement: placement.from, place: leg.from.place, xy: null }) - 1;
    }
    const toIndex = slots.push({ placement: placement.to, place: leg.to.place, xy: null }) - 1;
    legSlots.push({ from: fromIndex, to: toIndex });
  });
  for (const slot of slots) {
    if (slot.placement.kind !== 'unknown') slot.xy = roundPair(projection([...slot.placement.point]));
  }
  placeUnknownSlots(slots, width, height, margin);

  // Markers for the countries on the route. Everything written on the map keeps clear of them.
  const countries: JourneyMapCountry[] = [];
  const room: Room = { width, height, marks: [], labels: [], route: [] };
  const names: Array<{ key: string; text: string; xy: [number, number]; r: number; bold: boolean }> = [];
  for (const { placement, roles } of involved.values()) {
    const xy = roundPair(projection([...placement.point]));
    if (!xy) continue;
    const role = primaryRole(roles);
    const r = placement.kind === 'point' ? 6 : 3.5;
    countries.push({
      nrmName: placement.nrmName,
      role,
      roles: [...roles],
      drawnAs: placement.kind,
      x: xy[0],
      y: xy[1],
    });
    shapes.push({
      kind: 'circle',
      key: `point-${placement.nrmName}`,
      style: `country-point-${role}` as StyleRole,
      title: `${placement.nrmName}: ${roleWords[role].toLowerCase()}`,
      cx: xy[0],
      cy: xy[1],
      r,
      dash: 'solid',
    });
    room.marks.push(circleBox(xy, r));
    names.push({ key: `label-${placement.nrmName}`, text: placement.nrmName, xy, r, bold: true });
  }
  slots.forEach((slot, index) => {
    if (slot.placement.kind !== 'unknown' || !slot.xy) return;
    const [x, y] = slot.xy;
    const name = slot.place.trim() ? `${slot.place.trim()} (country not known)` : 'Country not known';
    const mark: TextShape = {
      kind: 'text',
      key: `unknown-mark-${index}`,
      style: 'country-label',
      x,
      y: y + 4,
      text: '?',
      anchor: 'middle',
      fontSize: fontSizes.country,
      bold: true,
    };
    shapes.push(
      { kind: 'circle', key: `unknown-${index}`, style: 'unknown-place', title: name, cx: x, cy: y, r: 7, dash: 'dashed' },
      mark,
    );
    room.marks.push(circleBox(slot.xy, 7), textBox(mark));
    names.push({ key: `unknown-label-${index}`, text: name, xy: slot.xy, r: 7, bold: false });
  });

  // Legs: numbered arrows, bowed to the left of travel so a return leg does not hide the outward one.
  // The numbers go on first, so the names and the leg labels keep clear of them.
  const drawnLegs: Array<{ mapLeg: Omit<JourneyMapLeg, 'labelOnMap'>; arrow: Arrow; numbered: Station }> = [];
  legs.forEach((leg, index) => {
    const ends = legSlots[index]!;
    const a = slots[ends.from]?.xy;
    const b = slots[ends.to]?.xy;
    if (!a || !b) return;
    const number = index + 1;
    const notKnown = legUnknowns(leg, placements[index]!);
    const dashed = notKnown.length > 0;
    const label = [capitalise(formatLegDates(leg.departed, leg.arrived)), legTransport(leg)];
    const arrow = arrowBetween(a, b, trimFor(slots[ends.from]!), trimFor(slots[ends.to]!));
    const numbered = numberStation(arrow.stations, room.marks);
    const [x, y] = numbered.point;
    const title = `Leg ${number}: ${placeText(leg.from, placements[index]!.from)} to ${placeText(leg.to, placements[index]!.to)}. ${label.join('. ')}`;
    shapes.push(
      { kind: 'path', key: `leg-${number}`, style: 'leg-arrow', title, d: arrow.d, dash: dashed ? 'dashed' : 'solid' },
      { kind: 'polygon', key: `leg-${number}-head`, style: 'leg-arrow-head', points: arrow.head },
      {
        kind: 'circle',
        key: `leg-${number}-disc`,
        style: 'leg-number-disc',
        cx: x,
        cy: y,
        r: discRadius,
        dash: dashed ? 'dashed' : 'solid',
      },
      {
        kind: 'text',
        key: `leg-${number}-number`,
        style: 'leg-number',
        x,
        y: round(y + fontSizes.number * 0.36),
        text: String(number),
        anchor: 'middle',
        fontSize: fontSizes.number,
        bold: true,
      },
    );
    room.marks.push(circleBox(numbered.point, discRadius), pointsBox(arrow.head));
    room.route.push(...arrow.trace);
    drawnLegs.push({
      mapLeg: { number, from: { x: a[0], y: a[1] }, to: { x: b[0], y: b[1] }, dashed, notKnown, label },
      arrow,
      numbered,
    });
  });

  // Country names come before leg labels: a name is always drawn, moved further out if it must be.
  const labelShapes: Shape[] = [];
  for (const name of names) {
    const { text, leader } = countryLabel(name.key, name.text, name.xy, name.r, name.bold, room);
    room.labels.push(textBox(text));
    if (leader) shapes.push(leader);
    labelShapes.push(text);
  }
  // A leg label with no clear room is left off; its dates and transport stay in the title and the text alternative.
  const mapLegs: JourneyMapLeg[] = drawnLegs.map(({ mapLeg, arrow, numbered }) => {
    const label = legLabel(mapLeg.number, mapLeg.label, arrow.stations, numbered, room);
    if (label) {
      room.labels.push(...label.lines.map(textBox));
      if (label.leader) shapes.push(label.leader);
      labelShapes.push(...label.lines);
    }
    return { ...mapLeg, labelOnMap: label !== null };
  });
  shapes.push(...labelShapes);

  return {
    width,
    height,
    title: 'Map of the journey',
    shapes,
    legend: [...journeyMapLegend],
    textAlternative: journeyTextAlternative(journey, placements, involved, primaryRole),
    frame,
    countries,
    legs: mapLegs,
  };
}

/** Frames the route: compact countries whole, vast ones (Russia, China, USA...) by a circle round their point. */
function fitFrame(placements: KnownPlacement[], width: number, height: number, margin: number): JourneyMapFrame {
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

/** Puts places in unknown countries between the known places either side, nudged off the straight line. */
function placeUnknownSlots(slots: Slot[], width: number, height: number, margin: number): void {
  let index = 0;
  while (index < slots.length) {
    if (slots[index]!.xy) {
      index += 1;
      continue;
    }
    const start = index;
    while (index < slots.length && !slots[index]!.xy) index += 1;
    const run = slots.slice(start, index);
    const before = slots[start - 1]?.xy ?? null;
    const after = slots[index]?.xy ?? null;
    run.forEach((slot, k) => {
      let x: number;
      let y: number;
      if (before && after) {
        const t = (k + 1) / (run.length + 1);
        const dx = after[0] - before[0];
        const dy = after[1] - before[1];
        const length = Math.hypot(dx, dy);
        const [nx, ny] = length < 1 ? [0, -1] : [dy / length, -dx / length];
        const offset = length < 1 ? 50 * (k + 1) : 40;
        x = before[0] + dx * t + nx * offset;
        y = before[1] + dy * t + ny * offset;
      } else if (before || after) {
        const anchor = (before ?? after)!;
        const towardsCentre = [width / 2 - anchor[0], height / 2 - anchor[1]] as const;
        const length = Math.hypot(towardsCentre[0], towardsCentre[1]);
        const [ux, uy] = length < 1 ? [1, 0] : [towardsCentre[0] / length, towardsCentre[1] / length];
        const step = 60 * (before ? k + 1 : run.length - k);
        x = anchor[0] + ux * step;
        y = anchor[1] + uy * step;
      } else {
        x = (width * (k + 1)) / (run.length + 1);
        y = height / 2;
      }
      const inset = margin / 2;
      slot.xy = [round(clamp(x, inset, width - inset)), round(clamp(y, inset, height - inset))];
    });
  }
}

function trimFor(slot: Slot): number {
  if (slot.placement.kind === 'unknown') return 9;
  return slot.placement.kind === 'point' ? 8 : 5;
}

/** A point on an arrow and the arrow's normal there (to the left of travel). */
interface Station {
  point: [number, number];
  normal: [number, number];
}

interface Arrow {
  d: string;
  head: Array<[number, number]>;
  /** Where the leg's number may go, best first: the middle of the arrow, then either side of it. */
  stations: Station[];
  /** Small boxes along the line, for labels to keep off where they can. */
  trace: Box[];
}

const headLength = 10;
const headHalfWidth = 5;
const discRadius = 9;
/** Where along an arrow (0 is its start, 1 its end) its number may go, best first. */
const stationPositions = [0.5, 0.4, 0.6, 0.3, 0.7] as const;

function arrowBetween(a: [number, number], b: [number, number], trimStart: number, trimEnd: number): Arrow {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length = Math.hypot(dx, dy);
  if (length < trimStart + trimEnd + headLength + 4) {
    // Same place, or nearly: a small loop above the point, so the leg is still seen and numbered.
    const [x, y] = a;
    const top: [number, number] = [x, y - 44];
    const tip: [number, number] = [x + 3, y - trimEnd];
    const control: [number, number] = [x + 30, y - 44];
    const d = `M${r1(x - 3)},${r1(y - trimStart)}Q${r1(x - 30)},${r1(y - 44)} ${r1(top[0])},${r1(top[1])}Q${r1(control[0])},${r1(control[1])} ${r1(tip[0])},${r1(tip[1])}`;
    const head = arrowHeadPoints(control, tip, headLength, headHalfWidth);
    const start: [number, number] = [x - 3, y - trimStart];
    const trace = [...traceCurve(start, [x - 30, y - 44], top, 0, 1), ...traceCurve(top, control, tip, 0, 1)];
    return { d, head, stations: [{ point: top, normal: [0, -1] }], trace };
  }
  const [nx, ny] = [dy / length, -dx / length];
  // Short legs bow more, so a leg and its way back are far enough apart for both numbers.
  const bow = Math.max(length * 0.18, Math.min(length * 0.45, 20));
  const p0 = a;
  const p1: [number, number] = [(a[0] + b[0]) / 2 + nx * bow, (a[1] + b[1]) / 2 + ny * bow];
  const p2 = b;
  const t0 = Math.min(0.3, trimStart / length);
  const tTip = Math.max(t0 + 0.05, 1 - trimEnd / length);
  const tEnd = Math.max(t0 + 0.05, tTip - (headLength * 0.7) / length);
  const start = blossom(p0, p1, p2, t0, t0);
  const control = blossom(p0, p1, p2, t0, tEnd);
  const end = blossom(p0, p1, p2, tEnd, tEnd);
  const tip = blossom(p0, p1, p2, tTip, tTip);
  const beforeTip = blossom(p0, p1, p2, tEnd, tTip);
  const d = `M${r1(start[0])},${r1(start[1])}Q${r1(control[0])},${r1(control[1])} ${r1(end[0])},${r1(end[1])}`;
  const head = arrowHeadPoints(beforeTip, tip, headLength, headHalfWidth);
  return {
    d,
    head,
    stations: stationPositions.map((t) => stationAt(p0, p1, p2, t)),
    trace: traceCurve(p0, p1, p2, t0, tTip),
  };
}

/** Small boxes along a quadratic Bézier from t = `from` to t = `to`, close enough that no label slips between. */
function traceCurve(p0: [number, number], p1: [number, number], p2: [number, number], from: number, to: number): Box[] {
  const reach = Math.hypot(p1[0] - p0[0], p1[1] - p0[1]) + Math.hypot(p2[0] - p1[0], p2[1] - p1[1]);
  const steps = Math.max(1, Math.ceil((reach * (to - from)) / 4));
  return Array.from({ length: steps + 1 }, (_, i) => {
    const t = from + ((to - from) * i) / steps;
    return circleBox(blossom(p0, p1, p2, t, t), 1.5);
  });
}

/** The point at t on a quadratic Bézier, with the normal to the left of its direction there. */
function stationAt(p0: [number, number], p1: [number, number], p2: [number, number], t: number): Station {
  const [x, y] = blossom(p0, p1, p2, t, t);
  const tx = (1 - t) * (p1[0] - p0[0]) + t * (p2[0] - p1[0]);
  const ty = (1 - t) * (p1[1] - p0[1]) + t * (p2[1] - p1[1]);
  const length = Math.hypot(tx, ty) || 1;
  return { point: [round(x), round(y)], normal: [ty / length, -tx / length] };
}

/** Polar form of a quadratic Bézier: b(t, t) is the curve at t; b(t0, t1) is the control point of the piece between. */
function blossom(
  p0: [number, number],
  p1: [number, number],
  p2: [number, number],
  u: number,
  v: number,
): [number, number] {
  const w0 = (1 - u) * (1 - v);
  const w1 = (1 - u) * v + u * (1 - v);
  const w2 = u * v;
  return [w0 * p0[0] + w1 * p1[0] + w2 * p2[0], w0 * p0[1] + w1 * p1[1] + w2 * p2[1]];
}

/** The first point along the arrow where the number's disc is clear of what is drawn; the middle when none is. */
function numberStation(stations: readonly Station[], marks: readonly Box[]): Station {
  return stations.find((station) => isClear(circleBox(station.point, discRadius), marks)) ?? stations[0]!;
}

/** A place for a block of text: beside `at`, `gap` away on the side `direction` points to. */
interface Spot {
  at: [number, number];
  direction: [number, number];
  gap: number;
}

/** Where a leg's label may go, best first: either side of its number and further out, then beside the rest of its arrow. */
function legLabelSpots(stations: readonly Station[], numbered: Station): Spot[] {
  const sides = (station: Station, gaps: readonly number[]): Spot[] =>
    gaps.flatMap((gap) => [
      { at: station.point, direction: station.normal, gap },
      { at: station.point, direction: [-station.normal[0], -station.normal[1]], gap },
    ]);
  return [
    ...sides(numbered, [14, 40, 70]),
    ...stations.filter((station) => station !== numbered).flatMap((station) => sides(station, [14, 40])),
  ];
}

/**
 * A leg's label at the first clear spot, with a leader line back to the arrow when it is not right beside its number;
 * null when every spot would cover a label, a number or a marker.
 */
function legLabel(
  number: number,
  lines: readonly string[],
  stations: readonly Station[],
  numbered: Station,
  room: Room,
): { lines: TextShape[]; leader: LineShape | null } | null {
  const keyed = lines.map((text, i) => ({ key: `leg-${number}-label-${i}`, text }));
  const blocks = legLabelSpots(stations, numbered).flatMap((spot) => {
    const block = besideBlock(keyed, 'leg-label', spot, fontSizes.leg, false, room);
    return stayedNear(spot, block) ? [{ spot, block }] : [];
  });
  const clear = bestPlace(blocks, ({ block }) => block.map(textBox), room);
  if (!clear) return null;
  // The leader starts at the edge of the number's disc, or on the line when the label is beside the rest of the arrow.
  const from = clear.spot.at === numbered.point ? discRadius : 1;
  const leader = leaderLine(`leg-${number}-label-leader`, clear.spot.at, from, unionBox(clear.block.map(textBox)));
  return { lines: clear.block, leader };
}

/** Eight directions: down, up, right, left, then the diagonals. */
const compass: ReadonlyArray<[number, number]> = [
  [0, 1],
  [0, -1],
  [1, 0],
  [-1, 0],
  [Math.SQRT1_2, Math.SQRT1_2],
  [-Math.SQRT1_2, Math.SQRT1_2],
  [Math.SQRT1_2, -Math.SQRT1_2],
  [-Math.SQRT1_2, -Math.SQRT1_2],
];

/** Where a country's name may go, best first: below, above, right and left of its marker, then rings further out. */
function countryLabelSpots(at: [number, number], r: number): Spot[] {
  const beside: Spot[] = [
    { at, direction: [0, 1], gap: r },
    { at, direction: [0, -1], gap: r + 1 },
    { at, direction: [1, 0], gap: r + 4 },
    { at, direction: [-1, 0], gap: r + 4 },
  ];
  const further = [14, 28, 44, 62, 82, 104, 128, 154].flatMap((step) =>
    compass.map((direction): Spot => ({ at, direction, gap: r + step })),
  );
  return [...beside, ...further];
}

/** A country's name at the first clear spot, with a leader line when it is away from its marker; never left off. */
function countryLabel(
  key: string,
  text: string,
  xy: [number, number],
  r: number,
  bold: boolean,
  room: Room,
): { text: TextShape; leader: LineShape | null } {
  const blocks = countryLabelSpots(xy, r).map((spot) => ({
    spot,
    block: besideBlock([{ key, text }], 'country-label', spot, fontSizes.country, bold, room),
  }));
  const shapes = blocks.flatMap(({ spot, block }) => (stayedNear(spot, block) ? block : []));
  const clear = bestPlace(shapes, (shape) => [textBox(shape)], room);
  if (!clear) return { text: blocks[0]!.block[0]!, leader: null };
  return { text: clear, leader: leaderLine(`${key}-leader`, xy, r, textBox(clear)) };
}

/** A short line from a marker to its name, when the name had to be set away from it. */
function leaderLine(key: string, centre: [number, number], r: number, box: Box): LineShape | null {
  const [cx, cy] = centre;
  const nearest = [clamp(cx, box.left, box.right), clamp(cy, box.top, box.bottom)] as const;
  const length = Math.hypot(nearest[0] - cx, nearest[1] - cy);
  if (length < r + 8) return null;
  const [ux, uy] = [(nearest[0] - cx) / length, (nearest[1] - cy) / length];
  return {
    kind: 'line',
    key,
    style: 'label-leader',
    x1: round(cx + ux * (r + 1)),
    y1: round(cy + uy * (r + 1)),
    x2: round(nearest[0] - ux),
    y2: round(nearest[1] - uy),
    dash: 'solid',
  };
}

/**
 * Lines of text beside a spot: above it the block grows upwards, below it downwards, beside it it is centred.
 * The block moves as one (never line by line) to stay inside the picture.
 */
function besideBlock(
  lines: ReadonlyArray<{ key: string; text: string }>,
  style: StyleRole,
  spot: Spot,
  fontSize: number,
  bold: boolean,
  { width, height }: Room,
): TextShape[] {
  const [dx, dy] = spot.direction;
  const x = spot.at[0] + dx * spot.gap;
  const y = spot.at[1] + dy * spot.gap;
  const anchor = dx > 0.35 ? 'start' : dx < -0.35 ? 'end' : 'middle';
  const lineHeight = fontSize * 1.25;
  const blockHeight = lineHeight * lines.length;
  const top = clamp(dy < -0.35 ? y - blockHeight : dy > 0.35 ? y : y - blockHeight / 2, 2, Math.max(2, height - blockHeight - 2));
  const widest = Math.max(...lines.map((line) => textWidth(line.text, fontSize, bold)));
  const left = anchor === 'start' ? x : anchor === 'middle' ? x - widest / 2 : x - widest;
  const shift = clamp(left, 2, Math.max(2, width - widest - 2)) - left;
  return lines.map((line, i) => ({
    kind: 'text',
    key: line.key,
    style,
    x: round(x + shift),
    y: round(top + lineHeight * (i + 1) - fontSize * 0.25),
    text: line.text,
    anchor,
    fontSize,
    bold,
  }));
}

/** False when keeping a block inside the picture pushed it well away from its spot, so it would look lost. */
function stayedNear(spot: Spot, block: readonly TextShape[]): boolean {
  const box = unionBox(block.map(textBox));
  const [x, y] = spot.at;
  return Math.hypot(x - clamp(x, box.left, box.right), y - clamp(y, box.top, box.bottom)) <= spot.gap + 4;
}

/** A rectangle in picture units: what a label, a marker or a piece of arrow covers. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Bold DejaVu Sans is about a fifth wider than the regular weight `estimateTextWidth` is measured on. */
function textWidth(text: string, fontSize: number, bold: boolean): number {
  return estimateTextWidth(text, fontSize) * (bold ? 1.2 : 1);
}

/** The room a line of text takes, with 1 unit spare all round so neighbouring labels never touch. */
export function textBox(shape: TextShape): Box {
  const width = textWidth(shape.text, shape.fontSize, shape.bold);
  const left = shape.anchor === 'start' ? shape.x : shape.anchor === 'middle' ? shape.x - width / 2 : shape.x - width;
  return {
    left: left - 1,
    right: left + width + 1,
    top: shape.y - shape.fontSize * 0.8 - 1,
    bottom: shape.y + shape.fontSize * 0.25 + 1,
  };
}

/** The box round a set of points, such as an arrow's head. */
function pointsBox(points: ReadonlyArray<readonly [number, number]>): Box {
  return unionBox(points.map(([x, y]) => ({ left: x, right: x, top: y, bottom: y })));
}

/** The smallest box holding all of the given boxes. */
function unionBox(boxes: readonly Box[]): Box {
  return {
    left: Math.min(...boxes.map((box) => box.left)),
    right: Math.max(...boxes.map((box) => box.right)),
    top: Math.min(...boxes.map((box) => box.top)),
    bottom: Math.max(...boxes.map((box) => box.bottom)),
  };
}

/** The square a circle (a country marker or a leg's number disc) covers. */
function circleBox(centre: readonly [number, number], r: number): Box {
  return { left: centre[0] - r, right: centre[0] + r, top: centre[1] - r, bottom: centre[1] + r };
}

/** True when two boxes share some area (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** True when a box covers none of the boxes already drawn. */
function isClear(box: Box, taken: readonly Box[]): boolean {
  return !taken.some((other) => overlaps(box, other));
}

/**
 * What a label must keep clear of: `marks` (country markers, leg numbers, arrow heads) and `labels` always,
 * the labels with `labelSpacing` to spare; `route` (the arrows) where it can.
 */
interface Room {
  width: number;
  height: number;
  marks: Box[];
  labels: Box[];
  route: Box[];
}

/** Extra room kept round a label, on top of `textBox`'s, so that two labels never read as one. */
const labelSpacing = 3;

/**
 * The first candidate clear of the marks, the labels and the arrows; else the one crossing the fewest pieces of
 * arrow; undefined when every candidate covers a mark or a label.
 */
function bestPlace<T>(candidates: readonly T[], boxesOf: (candidate: T) => Box[], room: Room): T | undefined {
  let best: T | undefined;
  let fewest = Infinity;
  for (const candidate of candidates) {
    const boxes = boxesOf(candidate);
    if (!boxes.every((box) => isClear(box, room.marks) && isClear(grow(box, labelSpacing), room.labels))) continue;
    const crossings = boxes.reduce((sum, box) => sum + room.route.filter((piece) => overlaps(box, piece)).length, 0);
    if (crossings === 0) return candidate;
    if (crossings < fewest) [best, fewest] = [candidate, crossings];
  }
  return best;
}

/** A box made larger by `by` on every side. */
function grow(box: Box, by: number): Box {
  return { left: box.left - by, right: box.right + by, top: box.top - by, bottom: box.bottom + by };
}

function legUnknowns(leg: MapLeg, placement: { from: CountryPlacement; to: CountryPlacement }): string[] {
  const notKnown: string[] = [];
  if (placement.from.kind === 'unknown') notKnown.push('Country they left from is not known');
  if (placement.to.kind === 'unknown') notKnown.push('Country they went to is not known');
  if (leg.transport === 'unknown') notKnown.push('How they travelled is not known');
  return notKnown;
}

/** "about March 2019 to June 2019", "Left about 2018", "Dates not known". */
export function formatLegDates(departed: ApproxDate | null, arrived: ApproxDate | null): string {
  if (departed && arrived) {
    const left = formatApproxDate(departed);
    const got = formatApproxDate(arrived);
    return left === got ? left : `${left} to ${got}`;
  }
  if (departed) return `Left ${formatApproxDate(departed)}`;
  if (arrived) return `Arrived ${formatApproxDate(arrived)}`;
  return 'Dates not known';
}

function legTransport(leg: MapLeg): string {
  return leg.transport === 'unknown' ? 'Way they travelled not known' : transportLabels[leg.transport];
}

function placeText(place: MapLeg['from'], placement: CountryPlacement): string {
  const town = place.place.trim();
  if (placement.kind === 'unknown') return town ? `${town} (country not known)` : 'Country not known';
  return town ? `${town}, ${placement.nrmName}` : placement.nrmName;
}

function journeyTextAlternative(
  journey: JourneyForMap,
  placements: Array<{ from: CountryPlacement; to: CountryPlacement }>,
  involved: Map<string, { placement: KnownPlacement; roles: Set<Exclude<CountryRole, 'other'>> }>,
  primaryRole: (roles: Set<Exclude<CountryRole, 'other'>>) => Exclude<CountryRole, 'other'>,
): Picture['textAlternative'] {
  const legs = journey.legs;
  const rows = legs.map((leg, index) => {
    const placement = placements[index]!;
    return [
      String(index + 1),
      placeText(leg.from, placement.from),
      placeText(leg.to, placement.to),
      capitalise(formatLegDates(leg.departed, leg.arrived)),
      legTransport(leg),
      legUnknowns(leg, placement).join('. ') || 'Nothing',
    ];
  });
  const first = placements[0]?.from;
  const last = placements[placements.length - 1]?.to;
  const through = [...involved.values()]
    .filter(({ placement, roles }) => roles.has('transit') && placement !== first && placement !== last)
    .map(({ placement }) => placement.nrmName)
    .filter((name) => name !== (first?.nrmName ?? '') && name !== (last?.nrmName ?? ''));
  let summary: string;
  if (legs.length === 0) summary = 'No journey has been recorded.';
  else {
    const start = first && first.kind !== 'unknown' ? first.nrmName : 'a country that is not known';
    const end = last && last.kind !== 'unknown' ? last.nrmName : 'a country that is not known';
    summary = `The journey has ${legs.length} ${legs.length === 1 ? 'leg' : 'legs'}, from ${start} to ${end}`;
    summary += through.length > 0 ? `, through ${listWords(through)}.` : '.';
  }
  const notes: string[] = [];
  for (const { placement } of involved.values()) {
    if (placement.kind === 'point')
      notes.push(`${placement.nrmName} is too small to show as a shape on this map, so it is marked with a circle.`);
  }
  if (journey.entry && (journey.entry.port.trim() || journey.entry.date)) {
    const port = journey.entry.port.trim() || 'port not known';
    notes.push(`Arrived in the UK: ${port}, ${formatApproxDate(journey.entry.date)}.`);
  }
  return {
    summary,
    tables: [
      {
        caption: 'Legs of the journey, in order',
        columns: ['Leg', 'From', 'To', 'When', 'How they travelled', 'Not known'],
        rows,
      },
      {
        caption: 'Countries on the journey',
        columns: ['Country', 'Part of the journey'],
        rows: [...involved.values()].map(({ placement, roles }) => [
          placement.nrmName,
          [primaryRole(roles), ...[...roles].filter((role) => role !== primaryRole(roles))]
            .map((role) => roleWords[role])
            .join('; '),
        ]),
      },
    ],
    notes,
  };
}

function listWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

function roundPair(xy: [number, number] | null): [number, number] | null {
  return xy ? [round(xy[0]), round(xy[1])] : null;
}

function r1(value: number): number {
  return Math.round(value * 10) / 10;
}
