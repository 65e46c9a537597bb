import { geoPath } from 'd3-geo';
import { round, type LegendItem, type Picture, type Shape, type StyleRole, type TextShape } from './drawing';
import { arrowBetween, discRadius, numberStation, type Arrow, type Station } from './journey-map/arrows';
import { circleBox, clamp, pointsBox, textBox, type Room } from './journey-map/boxes';
import { fitFrame, makeProjection, type JourneyMapFrame } from './journey-map/frame';
import { countryLabel, fontSizes, legLabel } from './journey-map/labels';
import {
  capitalise,
  formatLegDates,
  legTransport,
  legUnknowns,
  placeText,
  roleWords,
  type CountryRole,
  type JourneyForMap,
  type KnownPlacement,
} from './journey-map/route';
import { journeyTextAlternative } from './journey-map/text-alternative';
import { placeNrmCountry, type CountryPlacement } from './nrm-countries-atlas';
import { loadWorldAtlas } from './world-atlas';

export type { CountryRole, JourneyForMap, MapLeg } from './journey-map/route';
export { projectOnJourneyMap, type JourneyMapFrame } from './journey-map/frame';

export interface JourneyMapOptions {
  width: number;
  height: number;
  /** Space kept clear around the countries on the route; defaults to 8% of the shorter side. */
  margin?: number;
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

export const journeyMapLegend: readonly LegendItem[] = [
  { style: 'country-origin', pattern: 'cross-hatch', label: 'Where the journey started' },
  { style: 'country-transit', pattern: 'dots', label: 'Country they passed through' },
  { style: 'country-destination', pattern: 'diagonal-hatch', label: 'Where the journey ended' },
  { style: 'country-other', pattern: 'solid', label: 'Other countries' },
  { style: 'leg-arrow', dash: 'solid', label: 'Leg of the journey, numbered in order' },
  { style: 'leg-arrow', dash: 'dashed', label: 'Leg where the country or the way they travelled is not known' },
  { style: 'unknown-place', dash: 'dashed', label: 'Country not known' },
];

interface Slot {
  placement: CountryPlacement;
  place: string;
  xy: [number, number] | null;
}

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

function roundPair(xy: [number, number] | null): [number, number] | null {
  return xy ? [round(xy[0]), round(xy[1])] : null;
}
