import { arrowHeadPoints, round } from '../drawing';
import { circleBox, isClear, type Box } from './boxes';

/** A point on an arrow and the arrow's normal there (to the left of travel). */
export interface Station {
  point: [number, number];
  normal: [number, number];
}

export interface Arrow {
  d: string;
  head: Array<[number, number]>;
  /** Where the leg's number may go, best first: the middle of the arrow, then either side of it. */
  stations: Station[];
  /** Small boxes along the line, for labels to keep off where they can. */
  trace: Box[];
}

const headLength = 10;
const headHalfWidth = 5;
export const discRadius = 9;
/** Where along an arrow (0 is its start, 1 its end) its number may go, best first. */
const stationPositions = [0.5, 0.4, 0.6, 0.3, 0.7] as const;

export function arrowBetween(a: [number, number], b: [number, number], trimStart: number, trimEnd: number): Arrow {
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
export function numberStation(stations: readonly Station[], marks: readonly Box[]): Station {
  return stations.find((station) => isClear(circleBox(station.point, discRadius), marks)) ?? stations[0]!;
}

function r1(value: number): number {
  return Math.round(value * 10) / 10;
}
