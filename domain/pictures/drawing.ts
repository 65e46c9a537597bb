/**
 * Plain drawing data shared by the three case pictures (journey map, relationship map, timeline).
 *
 * Coordinates are in the picture's own viewport: origin top left, x to the right, y downwards, units are
 * CSS pixels at 100% (1 unit = 1 pt is fine for PDF). A PDF renderer flips y (pdfY = height - y).
 * Shapes are listed in painting order: draw them first to last.
 * Every shape names a semantic style role; `pictureStyles` gives a default black-and-white-safe look for each role.
 */

export type Anchor = 'start' | 'middle' | 'end';
export type Dash = 'solid' | 'dashed' | 'dotted';

/** Fills that still read when printed in black and white. */
export type FillPattern =
  'none' | 'solid' | 'diagonal-hatch' | 'cross-hatch' | 'dots' | 'horizontal-lines' | 'vertical-lines';

export type StyleRole =
  // Journey map
  | 'sea'
  | 'country-other'
  | 'country-origin'
  | 'country-transit'
  | 'country-destination'
  | 'country-point-origin'
  | 'country-point-transit'
  | 'country-point-destination'
  | 'unknown-place'
  | 'country-label'
  | 'leg-arrow'
  | 'leg-arrow-head'
  | 'leg-number-disc'
  | 'leg-number'
  | 'leg-label'
  | 'label-leader'
  // Relationship map
  | 'ring'
  | 'child-node'
  | 'adult-node'
  | 'agency-node'
  | 'relationship-line'
  | 'agency-line'
  | 'node-label'
  | 'child-label'
  | 'line-label'
  | 'mark'
  | 'mark-warning'
  | 'mark-label'
  | 'mark-warning-label'
  // Timeline
  | 'axis'
  | 'axis-tick'
  | 'axis-label'
  | 'row-guide'
  | 'event-range'
  | 'event-point'
  | 'event-label'
  | 'event-corrected'
  | 'correction-link'
  | 'section-label';

interface ShapeBase {
  /** Stable within one picture; handy as a React key. Never contains a withheld person's id. */
  key: string;
  style: StyleRole;
  /** A pattern that overrides the role's default fill (for example the kind of timeline event). */
  pattern?: FillPattern;
  /** What the shape means, for hover text and screen readers. */
  title?: string;
}

export interface PathShape extends ShapeBase {
  kind: 'path';
  /** SVG path data using only M, L, Q and Z, which both SVG and pdf-lib's drawSvgPath understand. */
  d: string;
  dash: Dash;
}

export interface CircleShape extends ShapeBase {
  kind: 'circle';
  cx: number;
  cy: number;
  r: number;
  dash: Dash;
}

export interface LineShape extends ShapeBase {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  dash: Dash;
}

export interface RectShape extends ShapeBase {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  dash: Dash;
}

export interface PolygonShape extends ShapeBase {
  kind: 'polygon';
  points: Array<[number, number]>;
}

export interface TextShape extends ShapeBase {
  kind: 'text';
  /** y is the alphabetic baseline, the same in SVG (default) and pdf-lib's drawText. */
  x: number;
  y: number;
  text: string;
  anchor: Anchor;
  fontSize: number;
  bold: boolean;
}

export type Shape = PathShape | CircleShape | LineShape | RectShape | PolygonShape | TextShape;

export interface LegendItem {
  style: StyleRole;
  pattern?: FillPattern;
  dash?: Dash;
  label: string;
}

/** The same facts as the picture, as tables a screen reader or a plain-text document can use. */
export interface TextAlternative {
  summary: string;
  tables: Array<{ caption: string; columns: string[]; rows: string[][] }>;
  notes: string[];
}

export interface Picture {
  width: number;
  height: number;
  title: string;
  shapes: Shape[];
  legend: LegendItem[];
  textAlternative: TextAlternative;
}

export interface RoleStyle {
  /** Greys by default so a photocopy keeps the meaning; renderers may swap in colours. */
  stroke: string | null;
  fill: string | null;
  pattern: FillPattern;
  strokeWidth: number;
}

const ink = '#0b0c0c';
const midGrey = '#505a5f';
const lightGrey = '#b1b4b6';
const paleGrey = '#f3f2f1';
const white = '#ffffff';

/** Default look for each role: black, greys and patterns, so nothing depends on colour alone. */
export const pictureStyles: Record<StyleRole, RoleStyle> = {
  sea: { stroke: null, fill: white, pattern: 'none', strokeWidth: 0 },
  'country-other': { stroke: lightGrey, fill: paleGrey, pattern: 'solid', strokeWidth: 0.5 },
  'country-origin': { stroke: ink, fill: midGrey, pattern: 'cross-hatch', strokeWidth: 1 },
  'country-transit': { stroke: ink, fill: midGrey, pattern: 'dots', strokeWidth: 1 },
  'country-destination': { stroke: ink, fill: midGrey, pattern: 'diagonal-hatch', strokeWidth: 1 },
  'country-point-origin': { stroke: ink, fill: midGrey, pattern: 'cross-hatch', strokeWidth: 1.5 },
  'country-point-transit': { stroke: ink, fill: midGrey, pattern: 'dots', strokeWidth: 1.5 },
  'country-point-destination': { stroke: ink, fill: midGrey, pattern: 'diagonal-hatch', strokeWidth: 1.5 },
  'unknown-place': { stroke: ink, fill: white, pattern: 'none', strokeWidth: 1.5 },
  'country-label': { stroke: null, fill: ink, pattern: 'solid', strokeWidth: 0 },
  'leg-arrow': { stroke: ink, fill: null, pattern: 'none', strokeWidth: 2 },
  'leg-arrow-head': { stroke: ink, fill: ink, pattern: 'solid', strokeWidth: 1 },
  'leg-number-disc': { stroke: ink, fill: white, pattern: 'solid', strokeWidth: 1.5 },
  'leg-number': { stroke: null, fill: ink, pattern: 'solid', strokeWidth: 0 },
  'leg-label': { stroke: null, fill: ink, pattern: 'solid', strokeWidth: 0 },
  'label-leader': { stroke: midGrey, fill: null, pattern: 'none', strokeWidth: 1 },
  ring: { stroke: lightGrey, fill: null, pattern: 'none', strokeWidth: 1 },
  'child-node': { stroke: ink, fill: midGrey, pattern: 'solid', strokeWidth: 2 },
  'adult-node': { stroke: ink, fill: white, pattern: 'solid', strokeWidth: 1.5 },
  'agency-node': { stroke: midGrey, fill: paleGrey, pattern: 'solid', strokeWidth: 1 },
  'relationship-line': { stroke: ink, fill: null, pattern: 'none', strokeWidth: 1.5 },
  'agency-line': { stroke: lightGrey, fill: null, pattern: 'none', strokeWidth: 1 },
  'node-label': { stroke: null, fill: ink, pattern: 'solid', strokeWidth: 0 },
  'child-label': { stroke: null, fill: white, pattern: 'solid', strokeWidth: 0 },
  'line-label': { stroke: null, fill: midGrey, pattern: 'solid', strokeWidth: 0 },
  mark: { stroke: ink, fill: white, pattern: 'solid', strokeWidth: 1 },
  'mark-warning': { stroke: ink, fill: ink, pattern: 'solid', strokeWidth: 1 },
  'mark-label': { stroke: null, fill: ink, pattern: 'solid', strokeWidth: 0 },
  'mark-warning-label': { stroke: null, fill: white, pattern: 'solid', strokeWidth: 0 },
  axis: { stroke: ink, fill: null, pattern: 'none', strokeWidth: 1 },
  'axis-tick': { stroke: ink, fill: null, pattern: 'none', strokeWidth: 1 },
  'axis-label': { stroke: null, fill: ink, pattern: 'solid', strokeWidth: 0 },
  'row-guide': { stroke: paleGrey, fill: null, pattern: 'none', strokeWidth: 1 },
  'event-range': { stroke: ink, fill: midGrey, pattern: 'solid', strokeWidth: 1 },
  'event-point': { stroke: ink, fill: ink, pattern: 'solid', strokeWidth: 1 },
  'event-label': { stroke: null, fill: ink, pattern: 'solid', strokeWidth: 0 },
  'event-corrected': { stroke: midGrey, fill: white, pattern: 'none', strokeWidth: 1 },
  'correction-link': { stroke: ink, fill: null, pattern: 'none', strokeWidth: 1 },
  'section-label': { stroke: null, fill: ink, pattern: 'solid', strokeWidth: 0 },
};

/** Rough width of a line of text, to keep labels inside the viewport without a font engine. */
export function estimateTextWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.55;
}

/** Cuts a label to fit a width, ending with an ellipsis so a reader knows there is more in the table. */
export function fitText(text: string, fontSize: number, maxWidth: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const maxChars = Math.max(1, Math.floor(maxWidth / (fontSize * 0.55)));
  if (flat.length <= maxChars) return flat;
  return `${flat.slice(0, Math.max(0, maxChars - 1)).trimEnd()}…`;
}

/** Two decimals is below a printer's dot and keeps the drawing data small. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** A filled triangle whose point is at `tip`, aimed along the line from `from`. */
export function arrowHeadPoints(
  from: readonly [number, number],
  tip: readonly [number, number],
  length = 10,
  halfWidth = 5,
): Array<[number, number]> {
  const dx = tip[0] - from[0];
  const dy = tip[1] - from[1];
  const size = Math.hypot(dx, dy) || 1;
  const [ux, uy] = [dx / size, dy / size];
  const base: [number, number] = [tip[0] - ux * length, tip[1] - uy * length];
  return [
    [round(tip[0]), round(tip[1])],
    [round(base[0] - uy * halfWidth), round(base[1] + ux * halfWidth)],
    [round(base[0] + uy * halfWidth), round(base[1] - ux * halfWidth)],
  ];
}
