import { estimateTextWidth, fitText } from './drawing';

/** A circle a name is written in: its radius and the name's font size. */
export interface NameCircle {
  radius: number;
  fontSize: number;
}

const LINE_HEIGHT = 1.2;
/** Space kept between the glyphs and the circle's edge. */
const INSET = 3;

/** Baseline of line `index` of `count`, from the centre of the circle. */
export function lineBaselineInCircle(index: number, count: number, circle: NameCircle): number {
  return (index - (count - 1) / 2) * circle.fontSize * LINE_HEIGHT + circle.fontSize * 0.35;
}

/** How wide line `index` of `count` may be and stay inside the circle (its glyphs' box, corners included). */
export function lineWidthInCircle(index: number, count: number, circle: NameCircle): number {
  const baseline = lineBaselineInCircle(index, count, circle);
  const farthest = Math.max(Math.abs(baseline - circle.fontSize * 0.8), Math.abs(baseline + circle.fontSize * 0.2));
  const inner = circle.radius - INSET;
  return farthest >= inner ? 0 : 2 * Math.sqrt(inner * inner - farthest * farthest);
}

/** As many whole words from the start of `words` as fit in `width`. */
function wordsThatFit(words: readonly string[], width: number, fontSize: number): number {
  let taken = 0;
  while (taken < words.length && estimateTextWidth(words.slice(0, taken + 1).join(' '), fontSize) <= width) taken += 1;
  return taken;
}

/**
 * A name wrapped on up to three lines inside a circle, each line as wide as the circle allows at its height. A name
 * too long even then is shortened with an ellipsis; the whole name belongs in the shape's title and the text
 * alternative.
 */
export function nameLinesInCircle(name: string, circle: NameCircle): string[] {
  const words = name.replace(/\s+/g, ' ').trim().split(' ').filter((word) => word !== '');
  for (let count = 1; count <= 3; count += 1) {
    const lines: string[] = [];
    let rest = [...words];
    for (let index = 0; index < count && rest.length > 0; index += 1) {
      const taken = wordsThatFit(rest, lineWidthInCircle(index, count, circle), circle.fontSize);
      if (taken === 0) break;
      lines.push(rest.slice(0, taken).join(' '));
      rest = rest.slice(taken);
    }
    if (rest.length === 0 && lines.length > 0) return lines;
  }
  // Too long for three lines: fill the first two and shorten the rest onto the third.
  const lines: string[] = [];
  let rest = [...words];
  for (let index = 0; index < 3 && rest.length > 0; index += 1) {
    const width = lineWidthInCircle(index, 3, circle);
    if (index === 2) {
      lines.push(fitText(rest.join(' '), circle.fontSize, width));
      break;
    }
    const taken = wordsThatFit(rest, width, circle.fontSize);
    if (taken === 0) {
      // One word wider than the line: as many of its letters as fit here, the rest on the next line.
      const [word = '', ...others] = rest;
      const letters = Math.max(1, Math.floor(width / (circle.fontSize * 0.55)));
      lines.push(word.slice(0, letters));
      rest = [word.slice(letters), ...others];
    } else {
      lines.push(rest.slice(0, taken).join(' '));
      rest = rest.slice(taken);
    }
  }
  return lines;
}
