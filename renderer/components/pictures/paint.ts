import { pictureStyles, type Dash, type FillPattern, type Shape } from '../../../domain/pictures';

/** How one shape is painted on screen: plain fill, or a pale ground with a black-and-white pattern over it. */
export interface ShapePaint {
  fill: string | null;
  /** The ground colour under a pattern, so the shape still reads as a tone where the pattern is too fine to see. */
  pattern: Exclude<FillPattern, 'none' | 'solid'> | null;
  stroke: string | null;
  strokeWidth: number;
}

export const patternInk = '#0b0c0c';

/** Mixes a #rrggbb colour towards white; 0 keeps it, 1 gives white. */
export function paler(hex: string, amount: number): string {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  const channel = (shift: number) => {
    const c = (value >> shift) & 0xff;
    return Math.round(c + (255 - c) * amount);
  };
  return `#${[16, 8, 0].map((shift) => channel(shift).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The look of a shape from its role and its pattern override. A pattern is drawn in ink over a pale version of
 * the role's fill; "none" leaves a white (or empty) inside; "solid" fills with the role's grey.
 */
export function paintFor(shape: Pick<Shape, 'style' | 'pattern'>): ShapePaint {
  const role = pictureStyles[shape.style];
  const pattern = shape.pattern ?? role.pattern;
  const stroke = role.stroke;
  const strokeWidth = role.strokeWidth;
  if (!role.fill) return { fill: null, pattern: null, stroke, strokeWidth };
  if (pattern === 'solid') return { fill: role.fill, pattern: null, stroke, strokeWidth };
  if (pattern === 'none') return { fill: role.pattern === 'none' ? role.fill : '#ffffff', pattern: null, stroke, strokeWidth };
  return { fill: paler(role.fill, 0.78), pattern, stroke, strokeWidth };
}

export function dashArray(dash: Dash | undefined, strokeWidth: number): string | undefined {
  const w = Math.max(1, strokeWidth);
  if (dash === 'dashed') return `${6 * w} ${4 * w}`;
  if (dash === 'dotted') return `${w} ${2.5 * w}`;
  return undefined;
}
