import {
  LineCapStyle,
  LineJoinStyle,
  appendBezierCurve,
  clip,
  closePath,
  endPath,
  fill,
  lineTo,
  moveTo,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  setDashPattern,
  setFillingRgbColor,
  setLineCap,
  setLineJoin,
  setLineWidth,
  setStrokingRgbColor,
  stroke,
  type PDFFont,
  type PDFOperator,
  type PDFPage,
  type RGB,
} from 'pdf-lib';
import { pictureStyles, type Anchor, type Dash, type FillPattern, type LegendItem, type Picture, type Shape, type StyleRole } from '../../domain/pictures/drawing';
import type { TextToPrepare } from './fonts';

/**
 * Draws a case picture (journey map, relationship map, timeline) into a pdf-lib page as vector paths and text.
 *
 * The picture's drawing data has its origin at the top left with y downwards; PDF has it at the bottom left with
 * y upwards, so every point is flipped here. Nothing is rasterised: shapes become path operators, text is drawn
 * with the font passed in (embed DejaVu Sans through `DocumentFonts`), and fill patterns become hatching lines
 * clipped to their shape over a pale grey, so the picture still reads when printed in black and white.
 */

export interface DrawPictureOptions {
  /** Left edge of the box to draw into, in PDF points from the left of the page. */
  x: number;
  /** Bottom edge of the box, in PDF points from the bottom of the page. */
  y: number;
  width: number;
  height: number;
  /**
   * Used for all text when `drawText` is not given; must be an embedded font that covers the text (DejaVu Sans
   * covers Latin, Greek, Cyrillic, but not Arabic or Ge'ez).
   */
  font?: PDFFont;
  /** Used for bold labels; the regular font is used when left out. */
  boldFont?: PDFFont;
  /**
   * Draws each label instead of `font`: documents pass one that picks a font per character (see
   * core/pdf/text.ts), so Arabic and Ge'ez names print and uncovered characters are reported.
   */
  drawText?: PictureTextDrawer;
  /** Draw a thin grey frame round the picture. Defaults to true. */
  frame?: boolean;
}

/** One label of a picture, already placed on the page. */
export interface PictureLabel {
  text: string;
  /** Where the anchor point sits, in PDF points from the left of the page. */
  x: number;
  /** The alphabetic baseline, in PDF points from the bottom of the page. */
  y: number;
  /** Font size in PDF points (the picture's size times its scale). */
  size: number;
  /** Which part of the text sits at `x`. */
  anchor: Anchor;
  bold: boolean;
  color: RGB;
}

export type PictureTextDrawer = (page: PDFPage, label: PictureLabel) => void;

/** Where the picture landed: it keeps its proportions, centred across the box and at the top of it. */
export interface DrawnPicture {
  x: number;
  y: number;
  width: number;
  height: number;
  /** PDF points per picture unit. */
  scale: number;
}

/** Spacing and weight of the hatching, in PDF points, whatever the picture's scale. */
const hatch = { spacing: 3.2, lineWidth: 0.45, dotSpacing: 3, dotSize: 1.15 } as const;
const ink: Rgb = [11 / 255, 12 / 255, 12 / 255];
const kappa = 0.5522847498;

type Rgb = [number, number, number];
type DrawnPattern = Exclude<FillPattern, 'none' | 'solid'>;

interface Paint {
  fill: Rgb | null;
  pattern: DrawnPattern | null;
  stroke: Rgb | null;
  strokeWidth: number;
}

/** The texts a picture will print, with their weight, for `DocumentFonts.prepare` before drawing. */
export function pictureTexts(picture: Picture): TextToPrepare[] {
  return picture.shapes.flatMap((shape) =>
    shape.kind === 'text' ? [{ text: shape.text, weight: shape.bold ? ('bold' as const) : ('regular' as const) }] : [],
  );
}

/** The box a picture takes inside an area, keeping its proportions. */
export function fitPicture(picture: Pick<Picture, 'width' | 'height'>, box: Pick<DrawPictureOptions, 'x' | 'y' | 'width' | 'height'>): DrawnPicture {
  const scale = Math.max(0, Math.min(box.width / picture.width, box.height / picture.height));
  const width = picture.width * scale;
  const height = picture.height * scale;
  return { x: box.x + (box.width - width) / 2, y: box.y + box.height - height, width, height, scale };
}

/** Draws the picture's shapes, first to last, into the page. Returns where it was drawn. */
export function drawPicture(page: PDFPage, picture: Picture, options: DrawPictureOptions): DrawnPicture {
  const placed = fitPicture(picture, options);
  const top = placed.y + placed.height;
  const s = placed.scale;
  const toPage = (px: number, py: number): [number, number] => [num(placed.x + px * s), num(top - py * s)];

  // Everything stays inside the picture's box, as it does on screen.
  page.pushOperators(
    pushGraphicsState(),
    ...rectangle(placed.x, placed.y, placed.width, placed.height),
    clip(),
    endPath(),
    setLineJoin(LineJoinStyle.Round),
  );
  for (const shape of picture.shapes) {
    if (shape.kind === 'text') drawTextShape(page, shape, toPage, s, options);
    else page.pushOperators(...shapeOperators(shape, toPage, s));
  }
  page.pushOperators(popGraphicsState());
  if (options.frame ?? true) {
    page.pushOperators(
      pushGraphicsState(),
      setStrokingRgbColor(0.69, 0.71, 0.71),
      setLineWidth(0.5),
      ...rectangle(placed.x, placed.y, placed.width, placed.height),
      stroke(),
      popGraphicsState(),
    );
  }
  return placed;
}

function paintFor(shape: Pick<Shape, 'style' | 'pattern'>): Paint {
  const role = pictureStyles[shape.style];
  const pattern = shape.pattern ?? role.pattern;
  const strokeColour = role.stroke ? hexToRgb(role.stroke) : null;
  const base = { stroke: strokeColour, strokeWidth: role.strokeWidth };
  if (!role.fill) return { ...base, fill: null, pattern: null };
  if (pattern === 'solid') return { ...base, fill: hexToRgb(role.fill), pattern: null };
  if (pattern === 'none') return { ...base, fill: role.pattern === 'none' ? hexToRgb(role.fill) : [1, 1, 1], pattern: null };
  // A pattern goes over a pale version of the role's grey, as on screen.
  const [r, g, b] = hexToRgb(role.fill);
  const pale = (c: number) => Math.round((c + (1 - c) * 0.78) * 1000) / 1000;
  return { ...base, fill: [pale(r), pale(g), pale(b)], pattern };
}

function hexToRgb(hex: string): Rgb {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return [channel(value >> 16), channel(value >> 8), channel(value)];
}

/** Three decimals is finer than any printer's grey steps and keeps the content stream short. */
function channel(value: number): number {
  return Math.round(((value & 0xff) / 255) * 1000) / 1000;
}

function num(value: number): number {
  return Math.round(value * 100) / 100;
}

function rectangle(x: number, y: number, width: number, height: number): PDFOperator[] {
  return [moveTo(num(x), num(y)), lineTo(num(x + width), num(y)), lineTo(num(x + width), num(y + height)), lineTo(num(x), num(y + height)), closePath()];
}

interface Outline {
  operators: PDFOperator[];
  /** Bounds in page points, for laying hatching over the shape. */
  box: { minX: number; minY: number; maxX: number; maxY: number };
  closed: boolean;
}

type ToPage = (px: number, py: number) => [number, number];

/** Builds a shape's outline as path operators in page coordinates (y flipped). */
function outline(shape: Exclude<Shape, { kind: 'text' }>, toPage: ToPage, s: number): Outline {
  const ops: PDFOperator[] = [];
  const box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  const grow = ([x, y]: [number, number]) => {
    box.minX = Math.min(box.minX, x);
    box.maxX = Math.max(box.maxX, x);
    box.minY = Math.min(box.minY, y);
    box.maxY = Math.max(box.maxY, y);
    return [x, y] as [number, number];
  };
  const move = (p: [number, number]) => ops.push(moveTo(...grow(p)));
  const line = (p: [number, number]) => ops.push(lineTo(...grow(p)));
  const cubic = (c1: [number, number], c2: [number, number], p: [number, number]) => {
    grow(c1);
    grow(c2);
    ops.push(appendBezierCurve(c1[0], c1[1], c2[0], c2[1], ...grow(p)));
  };
  switch (shape.kind) {
    case 'path':
      return { operators: svgPathOperators(shape.d, toPage, grow), box, closed: /z/i.test(shape.d) };
    case 'circle': {
      const [cx, cy] = toPage(shape.cx, shape.cy);
      const r = shape.r * s;
      const k = r * kappa;
      move([num(cx + r), cy]);
      cubic([num(cx + r), num(cy + k)], [num(cx + k), num(cy + r)], [cx, num(cy + r)]);
      cubic([num(cx - k), num(cy + r)], [num(cx - r), num(cy + k)], [num(cx - r), cy]);
      cubic([num(cx - r), num(cy - k)], [num(cx - k), num(cy - r)], [cx, num(cy - r)]);
      cubic([num(cx + k), num(cy - r)], [num(cx + r), num(cy - k)], [num(cx + r), cy]);
      ops.push(closePath());
      return { operators: ops, box, closed: true };
    }
    case 'rect': {
      move(toPage(shape.x, shape.y));
      line(toPage(shape.x + shape.width, shape.y));
      line(toPage(shape.x + shape.width, shape.y + shape.height));
      line(toPage(shape.x, shape.y + shape.height));
      ops.push(closePath());
      return { operators: ops, box, closed: true };
    }
    case 'line':
      move(toPage(shape.x1, shape.y1));
      line(toPage(shape.x2, shape.y2));
      return { operators: ops, box, closed: false };
    case 'polygon':
      shape.points.forEach(([x, y], index) => (index === 0 ? move(toPage(x, y)) : line(toPage(x, y))));
      ops.push(closePath());
      return { operators: ops, box, closed: true };
  }
}

/**
 * SVG path data to PDF path operators. The pictures use M, L, Q and Z; H, V and C (and relative forms) are
 * understood too. Quadratic curves become the equivalent cubic, which PDF draws exactly.
 */
function svgPathOperators(d: string, toPage: ToPage, grow: (p: [number, number]) => [number, number]): PDFOperator[] {
  const ops: PDFOperator[] = [];
  const tokens = d.match(/[a-zA-Z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g) ?? [];
  let index = 0;
  let command = '';
  let [x, y] = [0, 0];
  let [startX, startY] = [0, 0];
  const next = () => Number(tokens[index++]);
  const page = (px: number, py: number) => grow(toPage(px, py));
  while (index < tokens.length) {
    const token = tokens[index]!;
    if (/^[a-zA-Z]$/.test(token)) {
      command = token;
      index += 1;
      if (command === 'Z' || command === 'z') {
        ops.push(closePath());
        [x, y] = [startX, startY];
        continue;
      }
    }
    const relative = command === command.toLowerCase();
    const [ox, oy] = relative ? [x, y] : [0, 0];
    switch (command.toUpperCase()) {
      case 'M': {
        [x, y] = [ox + next(), oy + next()];
        [startX, startY] = [x, y];
        ops.push(moveTo(...page(x, y)));
        // Further pairs after a moveto are linetos.
        command = relative ? 'l' : 'L';
        break;
      }
      case 'L':
        [x, y] = [ox + next(), oy + next()];
        ops.push(lineTo(...page(x, y)));
        break;
      case 'H':
        x = (relative ? x : 0) + next();
        ops.push(lineTo(...page(x, y)));
        break;
      case 'V':
        y = (relative ? y : 0) + next();
        ops.push(lineTo(...page(x, y)));
        break;
      case 'Q': {
        const [qx, qy] = [ox + next(), oy + next()];
        const [ex, ey] = [ox + next(), oy + next()];
        const c1 = page(x + ((qx - x) * 2) / 3, y + ((qy - y) * 2) / 3);
        const c2 = page(ex + ((qx - ex) * 2) / 3, ey + ((qy - ey) * 2) / 3);
        const end = page(ex, ey);
        ops.push(appendBezierCurve(num(c1[0]), num(c1[1]), num(c2[0]), num(c2[1]), ...end));
        [x, y] = [ex, ey];
        break;
      }
      case 'C': {
        const c1 = page(ox + next(), oy + next());
        const c2 = page(ox + next(), oy + next());
        [x, y] = [ox + next(), oy + next()];
        ops.push(appendBezierCurve(c1[0], c1[1], c2[0], c2[1], ...page(x, y)));
        break;
      }
      default:
        // An instruction the pictures never use (arcs): skip its numbers rather than draw something wrong.
        index += 1;
    }
  }
  return ops;
}

function dashFor(dash: Dash | undefined, strokeWidth: number, s: number): number[] {
  const w = Math.max(1, strokeWidth);
  if (dash === 'dashed') return [num(6 * w * s), num(4 * w * s)];
  if (dash === 'dotted') return [num(w * s), num(2.5 * w * s)];
  return [];
}

function shapeOperators(shape: Exclude<Shape, { kind: 'text' }>, toPage: ToPage, s: number): PDFOperator[] {
  const paint = paintFor(shape);
  const path = outline(shape, toPage, s);
  if (path.operators.length === 0) return [];
  const ops: PDFOperator[] = [pushGraphicsState()];
  if (paint.fill && path.closed) {
    ops.push(setFillingRgbColor(...paint.fill), ...path.operators, fill());
    if (paint.pattern) {
      ops.push(pushGraphicsState(), ...path.operators, clip(), endPath(), ...hatchOperators(paint.pattern, path.box), popGraphicsState());
    }
  }
  if (paint.stroke && paint.strokeWidth > 0) {
    const dash = 'dash' in shape ? shape.dash : 'solid';
    ops.push(
      setStrokingRgbColor(...paint.stroke),
      setLineWidth(num(paint.strokeWidth * s)),
      setDashPattern(dashFor(dash, paint.strokeWidth, s), 0),
      setLineCap(dash === 'dotted' ? LineCapStyle.Round : LineCapStyle.Butt),
      ...path.operators,
      stroke(),
    );
  }
  ops.push(popGraphicsState());
  return ops;
}

/** Lines (or dots) on a page-wide grid, so neighbouring shapes' patterns line up; the caller clips them. */
function hatchOperators(pattern: DrawnPattern, box: Outline['box']): PDFOperator[] {
  const ops: PDFOperator[] = [setStrokingRgbColor(...ink), setLineWidth(hatch.lineWidth), setDashPattern([], 0)];
  const { minX, minY, maxX, maxY } = box;
  if (!Number.isFinite(minX) || maxX - minX <= 0 || maxY - minY <= 0) return [];
  const segment = (x1: number, y1: number, x2: number, y2: number) => ops.push(moveTo(num(x1), num(y1)), lineTo(num(x2), num(y2)));
  const diagonalStep = hatch.spacing * Math.SQRT2;
  const rising = () => {
    // Lines where x - y is a multiple of the step.
    for (let k = Math.floor((minX - maxY) / diagonalStep); k * diagonalStep <= maxX - minY; k += 1) {
      const c = k * diagonalStep;
      segment(minY + c, minY, maxY + c, maxY);
    }
  };
  const falling = () => {
    // Lines where x + y is a multiple of the step.
    for (let k = Math.floor((minX + minY) / diagonalStep); k * diagonalStep <= maxX + maxY; k += 1) {
      const c = k * diagonalStep;
      segment(c - minY, minY, c - maxY, maxY);
    }
  };
  switch (pattern) {
    case 'diagonal-hatch':
      rising();
      break;
    case 'cross-hatch':
      rising();
      falling();
      break;
    case 'horizontal-lines':
      for (let k = Math.floor(minY / hatch.spacing); k * hatch.spacing <= maxY; k += 1) segment(minX, k * hatch.spacing, maxX, k * hatch.spacing);
      break;
    case 'vertical-lines':
      for (let k = Math.floor(minX / hatch.spacing); k * hatch.spacing <= maxX; k += 1) segment(k * hatch.spacing, minY, k * hatch.spacing, maxY);
      break;
    case 'dots': {
      // One dashed line per row: dashes of no length with round caps paint dots, a few operators per row
      // rather than per dot. Rows are offset by half a step so the dots sit on a diamond grid.
      const step = hatch.dotSpacing;
      ops.push(setLineWidth(hatch.dotSize), setLineCap(LineCapStyle.Round), setDashPattern([0, step], 0));
      for (let j = Math.floor(minY / step); j * step <= maxY; j += 1) {
        const offset = j % 2 === 0 ? 0 : step / 2;
        const first = Math.floor(minX / step) * step + offset - step;
        segment(first, j * step, maxX + step, j * step);
      }
      break;
    }
  }
  ops.push(stroke());
  return ops;
}

function drawTextShape(
  page: PDFPage,
  shape: Extract<Shape, { kind: 'text' }>,
  toPage: ToPage,
  s: number,
  options: DrawPictureOptions,
): void {
  const text = shape.text.normalize('NFC');
  if (text.trim() === '') return;
  const size = shape.fontSize * s;
  const [x, y] = toPage(shape.x, shape.y);
  const colour = paintFor(shape).fill ?? ink;
  if (options.drawText) {
    options.drawText(page, { text, x, y, size: num(size), anchor: shape.anchor, bold: shape.bold, color: rgb(...colour) });
    return;
  }
  const font = shape.bold ? (options.boldFont ?? options.font) : options.font;
  if (!font) throw new Error('drawPicture needs a font or a drawText callback for the picture’s labels');
  const width = font.widthOfTextAtSize(text, size);
  const left = shape.anchor === 'start' ? x : shape.anchor === 'middle' ? x - width / 2 : x - width;
  page.drawText(text, { x: num(left), y, size: num(size), font, color: rgb(...colour) });
}

/** Roles drawn as a line in the key (the others as a filled box), as the app's legend does. */
const lineRoles = new Set<StyleRole>(['leg-arrow', 'relationship-line', 'agency-line', 'correction-link', 'axis', 'axis-tick', 'row-guide']);

/** Size of a key swatch in picture units; draw it into a box of the same proportions. */
export const SWATCH_SIZE = { width: 32, height: 20 } as const;

/** A small sample of one legend entry as a picture of its own, painted exactly as the picture paints that role. */
export function swatchPicture(item: LegendItem): Picture {
  const dash = item.dash ?? 'solid';
  const base = { key: 'swatch', style: item.style, ...(item.pattern ? { pattern: item.pattern } : {}) };
  const shape: Shape = lineRoles.has(item.style)
    ? { ...base, kind: 'line', x1: 2, y1: 10, x2: 30, y2: 10, dash }
    : item.style.endsWith('node')
      ? { ...base, kind: 'circle', cx: 16, cy: 10, r: 8, dash }
      : { ...base, kind: 'rect', x: 3, y: 3, width: 26, height: 14, dash };
  return { ...SWATCH_SIZE, title: item.label, shapes: [shape], legend: [], textAlternative: { summary: item.label, tables: [], notes: [] } };
}
