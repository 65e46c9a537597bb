import type * as GeoJSON from 'geojson';
import { geoCircle, geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import { formatApproxDate, type ApproxDate } from '../case/approx-date';
import { transportLabels, type JourneyLeg, type Journey } from '../case/schemas';
import {
  arrowHeadPoints,
  estimateTextWidth,
  round,
  type LegendItem,
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

  // Markers and names for the countries on the route.
  const countries: JourneyMapCountry[] = [];
  const labelShapes: Shape[] = [];
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
    labelShapes.push(countryLabel(`label-${placement.nrmName}`, placement.nrmName, xy, r, true, width, labelShapes));
  }
  slots.forEach((slot, index) => {
    if (slot.placement.kind !== 'unknown' || !slot.xy) return;
    const [x, y] = slot.xy;
    const name = slot.place.trim() ? `${slot.place.trim()} (country not known)` : 'Country not known';
    shapes.push({
      kind: 'circle',
      key: `unknown-${index}`,
      style: 'unknown-place',
      title: name,
      cx: x,
      cy: y,
      r: 7,
      dash: 'dashed',
    });
    shapes.push({
      kind: 'text',
      key: `unknown-mark-${index}`,
      style: 'country-label',
      x,
      y: y + 4,
      text: '?',
      anchor: 'middle',
      fontSize: fontSizes.country,
      bold: true,
    });
    labelShapes.push(countryLabel(`unknown-label-${index}`, name, [x, y], 7, false, width, labelShapes));
  });

  // Legs: numbered arrows, bowed to the left of travel so a return leg does not hide the outward one.
  const mapLegs: JourneyMapLeg[] = [];
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
    const title = `Leg ${number}: ${placeText(leg.from, placements[index]!.from)} to ${placeText(leg.to, placements[index]!.to)}. ${label.join('. ')}`;
    shapes.push({
      kind: 'path',
      key: `leg-${number}`,
      style: 'leg-arrow',
      title,
      d: arrow.d,
      dash: dashed ? 'dashed' : 'solid',
    });
    shapes.push({ kind: 'polygon', key: `leg-${number}-head`, style: 'leg-arrow-head', points: arrow.head });
    shapes.push({
      kind: 'circle',
      key: `leg-${number}-disc`,
      style: 'leg-number-disc',
      cx: arrow.mid[0],
      cy: arrow.mid[1],
      r: 9,
      dash: dashed ? 'dashed' : 'solid',
    });
    shapes.push({
      kind: 'text',
      key: `leg-${number}-number`,
      style: 'leg-number',
      x: arrow.mid[0],
      y: round(arrow.mid[1] + fontSizes.number * 0.36),
      text: String(number),
      anchor: 'middle',
      fontSize: fontSizes.number,
      bold: true,
    });
    labelShapes.push(...legLabel(number, label, arrow.mid, arrow.normal, width, height, labelShapes));
    mapLegs.push({ number, from: { x: a[0], y: a[1] }, to: { x: b[0], y: b[1] }, dashed, notKnown, label });
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

interface Arrow {
  d: string;
  head: Array<[number, number]>;
  mid: [number, number];
  normal: [number, number];
}

const headLength = 10;
const headHalfWidth = 5;

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
    return { d, head: arrowHeadPoints(control, tip, headLength, headHalfWidth), mid: top, normal: [0, -1] };
  }
  const [nx, ny] = [dy / length, -dx / length];
  const bow = length * 0.18;
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
  const mid = blossom(p0, p1, p2, 0.5, 0.5);
  const d = `M${r1(start[0])},${r1(start[1])}Q${r1(control[0])},${r1(control[1])} ${r1(end[0])},${r1(end[1])}`;
  return {
    d,
    head: arrowHeadPoints(beforeTip, tip, headLength, headHalfWidth),
    mid: [round(mid[0]), round(mid[1])],
    normal: [nx, ny],
  };
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

/** Places a leg's label beside its number, trying the other side and further out when it would cover another label. */
function legLabel(
  number: number,
  lines: string[],
  mid: [number, number],
  normal: [number, number],
  width: number,
  height: number,
  placed: readonly Shape[],
): Shape[] {
  const size = fontSizes.leg;
  const taken = placed.flatMap((shape) => (shape.kind === 'text' ? [textBox(shape)] : []));
  const candidates: Array<[number, number, number]> = [
    [normal[0], normal[1], 14],
    [-normal[0], -normal[1], 14],
    [normal[0], normal[1], 40],
    [-normal[0], -normal[1], 40],
    [normal[0], normal[1], 70],
  ];
  let best: TextShape[] | null = null;
  for (const [nx, ny, gap] of candidates) {
    const x = mid[0] + nx * gap;
    const y = mid[1] + ny * gap;
    const anchor = nx > 0.35 ? 'start' : nx < -0.35 ? 'end' : 'middle';
    const lineHeight = size * 1.25;
    const blockHeight = lineHeight * lines.length;
    // Above the arrow the block grows upwards, below it grows downwards, beside it it is centred.
    let top = ny < -0.35 ? y - blockHeight : ny > 0.35 ? y : y - blockHeight / 2;
    top = clamp(top, 2, Math.max(2, height - blockHeight - 2));
    const shapes = lines.map((line, i) =>
      clampedText(
        `leg-${number}-label-${i}`,
        'leg-label',
        line,
        x,
        top + lineHeight * (i + 1) - size * 0.25,
        anchor,
        size,
        false,
        width,
      ),
    );
    best ??= shapes;
    if (!shapes.some((shape) => taken.some((box) => overlaps(textBox(shape), box)))) return shapes;
  }
  return best ?? [];
}

/** A country's name below its marker, or above, right or left of it when that spot is taken. */
function countryLabel(
  key: string,
  text: string,
  xy: [number, number],
  r: number,
  bold: boolean,
  width: number,
  placed: readonly Shape[],
): TextShape {
  const size = fontSizes.country;
  const [x, y] = xy;
  const taken = placed.flatMap((shape) => (shape.kind === 'text' ? [textBox(shape)] : []));
  const candidates: TextShape[] = [
    clampedText(key, 'country-label', text, x, y + r + size, 'middle', size, bold, width),
    clampedText(key, 'country-label', text, x, y - r - 4, 'middle', size, bold, width),
    clampedText(key, 'country-label', text, x + r + 4, y + size * 0.35, 'start', size, bold, width),
    clampedText(key, 'country-label', text, x - r - 4, y + size * 0.35, 'end', size, bold, width),
  ];
  return candidates.find((shape) => !taken.some((box) => overlaps(textBox(shape), box))) ?? candidates[0]!;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function textBox(shape: TextShape): Box {
  const textWidth = estimateTextWidth(shape.text, shape.fontSize);
  const left =
    shape.anchor === 'start' ? shape.x : shape.anchor === 'middle' ? shape.x - textWidth / 2 : shape.x - textWidth;
  return {
    left,
    right: left + textWidth,
    top: shape.y - shape.fontSize * 0.8,
    bottom: shape.y + shape.fontSize * 0.25,
  };
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function clampedText(
  key: string,
  style: StyleRole,
  text: string,
  x: number,
  y: number,
  anchor: 'start' | 'middle' | 'end',
  fontSize: number,
  bold: boolean,
  width: number,
): TextShape {
  const textWidth = estimateTextWidth(text, fontSize);
  const left = anchor === 'start' ? x : anchor === 'middle' ? x - textWidth / 2 : x - textWidth;
  const shift = left < 2 ? 2 - left : left + textWidth > width - 2 ? width - 2 - (left + textWidth) : 0;
  return { kind: 'text', key, style, x: round(x + shift), y: round(y), text, anchor, fontSize, bold };
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
