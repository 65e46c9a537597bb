import { rgb } from 'pdf-lib';
import type { TextStyle } from './text';

/** A4 in PDF points. */
export const A4: [number, number] = [595.28, 841.89];

export const MARGIN_X = 50;
export const BODY_TOP = A4[1] - 64;
export const BODY_TOP_WITH_BANNER = A4[1] - 92;
export const BODY_BOTTOM = 84;
export const BODY_WIDTH = A4[0] - 2 * MARGIN_X;

export const INK = rgb(0.07, 0.07, 0.07);
export const MUTED = rgb(0.3, 0.3, 0.3);
export const RULE = rgb(0.55, 0.55, 0.55);
export const HEADER_FILL = rgb(0.9, 0.9, 0.9);
export const BANNER_FILL = rgb(1, 0.87, 0.87);
export const BANNER_INK = rgb(0.55, 0, 0);
export const NOTE_FILL = rgb(0.93, 0.95, 1);
export const NOTE_BAR = rgb(0.11, 0.27, 0.6);
export const WARNING_FILL = rgb(1, 0.96, 0.86);
export const WARNING_BAR = rgb(0.7, 0.45, 0);

export const bodyStyle: TextStyle = { size: 10, weight: 'regular' };
export const labelStyle: TextStyle = { size: 9.5, weight: 'bold' };
export const cellStyle: TextStyle = { size: 9, weight: 'regular' };
export const cellHeaderStyle: TextStyle = { size: 9, weight: 'bold' };
export const chromeStyle: TextStyle = { size: 7.5, weight: 'regular' };
export const markingStyle: TextStyle = { size: 10, weight: 'bold' };
export const headingStyles: Record<1 | 2 | 3, TextStyle> = {
  1: { size: 16, weight: 'bold' },
  2: { size: 13, weight: 'bold' },
  3: { size: 11, weight: 'bold' },
};
export const legendStyle: TextStyle = { size: 8.5, weight: 'regular' };
export const leadingFor = (style: TextStyle) => style.size * 1.35;
/** A picture is never taller than this, so its caption and some of its key share its page. */
export const PICTURE_MAX_HEIGHT = A4[1] * 0.6;
export const LEGEND_HEADING = 'Key';
export const CELL_PADDING = 3;
