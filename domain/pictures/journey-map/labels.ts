import { round, type LineShape, type StyleRole, type TextShape } from '../drawing';
import { discRadius, type Station } from './arrows';
import { bestPlace, clamp, textBox, textWidth, unionBox, type Box, type Room } from './boxes';

export const fontSizes = { country: 12, leg: 11, number: 11 } as const;

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
export function legLabel(
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
export function countryLabel(
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
