import type { Picture } from '../../../domain/pictures/drawing';

/** A throwaway SVG of a picture, for looking at layouts while developing; not the app's renderer. */
export function toSvg(picture: Picture): string {
  const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = picture.shapes
    .map((s) => {
      const dash = 'dash' in s && s.dash === 'dashed' ? ' stroke-dasharray="6 3"' : 'dash' in s && s.dash === 'dotted' ? ' stroke-dasharray="1 3"' : '';
      const fill = s.style.includes('origin') ? '#d88' : s.style.includes('transit') ? '#dd8' : s.style.includes('destination') ? '#88d' : s.style === 'country-other' ? '#eee' : s.style === 'sea' ? '#eef6ff' : s.style === 'child-node' || s.style === 'mark-warning' ? '#333' : s.style === 'agency-node' || s.style === 'event-range' ? '#bbb' : s.style.includes('head') || s.style === 'event-point' || s.style === 'correction-link' && s.kind === 'polygon' ? '#000' : 'none';
      switch (s.kind) {
        case 'rect':
          return `<rect x="${s.x}" y="${s.y}" width="${s.width}" height="${s.height}" fill="${fill === 'none' ? '#fff' : fill}" stroke="${s.style === 'sea' ? 'none' : '#000'}"${dash}/>`;
        case 'path':
          return `<path d="${s.d}" fill="${s.style.startsWith('country') ? fill : 'none'}" stroke="#333" stroke-width="${s.style === 'leg-arrow' ? 2 : 0.5}"${dash}/>`;
        case 'circle':
          return `<circle cx="${s.cx}" cy="${s.cy}" r="${s.r}" fill="${s.style === 'ring' ? 'none' : fill === 'none' ? '#fff' : fill}" stroke="#000"${dash}/>`;
        case 'line':
          return `<line x1="${s.x1}" y1="${s.y1}" x2="${s.x2}" y2="${s.y2}" stroke="${s.style === 'row-guide' ? '#eee' : '#000'}"${dash}/>`;
        case 'polygon':
          return `<polygon points="${s.points.map((p) => p.join(',')).join(' ')}" fill="${fill === 'none' ? '#fff' : fill}" stroke="#000"/>`;
        case 'text':
          return `<text x="${s.x}" y="${s.y}" font-size="${s.fontSize}" text-anchor="${s.anchor}" font-family="sans-serif"${s.bold ? ' font-weight="bold"' : ''} fill="${s.style === 'child-label' || s.style === 'mark-warning-label' ? '#fff' : '#000'}">${esc(s.text)}</text>`;
      }
    })
    .join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${picture.width}" height="${picture.height}">${body}</svg>`;
}
