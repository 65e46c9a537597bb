import { estimateTextWidth, type TextShape } from '../drawing';

/** A rectangle in picture units: what a label, a marker or a piece of arrow covers. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Bold DejaVu Sans is about a fifth wider than the regular weight `estimateTextWidth` is measured on. */
export function textWidth(text: string, fontSize: number, bold: boolean): number {
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
export function pointsBox(points: ReadonlyArray<readonly [number, number]>): Box {
  return unionBox(points.map(([x, y]) => ({ left: x, right: x, top: y, bottom: y })));
}

/** The smallest box holding all of the given boxes. */
export function unionBox(boxes: readonly Box[]): Box {
  return {
    left: Math.min(...boxes.map((box) => box.left)),
    right: Math.max(...boxes.map((box) => box.right)),
    top: Math.min(...boxes.map((box) => box.top)),
    bottom: Math.max(...boxes.map((box) => box.bottom)),
  };
}

/** The square a circle (a country marker or a leg's number disc) covers. */
export function circleBox(centre: readonly [number, number], r: number): Box {
  return { left: centre[0] - r, right: centre[0] + r, top: centre[1] - r, bottom: centre[1] + r };
}

/** True when two boxes share some area (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** True when a box covers none of the boxes already drawn. */
export function isClear(box: Box, taken: readonly Box[]): boolean {
  return !taken.some((other) => overlaps(box, other));
}

/**
 * What a label must keep clear of: `marks` (country markers, leg numbers, arrow heads) and `labels` always,
 * the labels with `labelSpacing` to spare; `route` (the arrows) where it can.
 */
export interface Room {
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
export function bestPlace<T>(candidates: readonly T[], boxesOf: (candidate: T) => Box[], room: Room): T | undefined {
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

export function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
