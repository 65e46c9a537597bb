import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync, gzipSync, inflateSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleCase } from '../../domain/case/example';
import { layoutJourneyMap, layoutRelationshipMap, type Picture } from '../../domain/pictures';
import { drawPicture, fitPicture, pictureTexts } from '../../core/pdf/draw-picture';
import { DocumentFonts } from '../../core/pdf/fonts';

/**
 * The case pictures drawn into a PDF as vectors: poppler reads the words back, the content is path operators
 * (no images), and a 50 dpi greyscale rendering matches a stored reference within a small tolerance.
 * Regenerate the references with UPDATE_REFERENCE_IMAGES=1 after a deliberate change, and look at the PNGs.
 */

const run = promisify(execFile);
const folder = mkdtempSync(path.join(tmpdir(), 'crossings-pictures-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const referenceFolder = path.resolve(__dirname, '..', 'fixtures', 'pictures');
const updateReferences = process.env.UPDATE_REFERENCE_IMAGES === '1';

let counter = 0;
function fictionalCase() {
  return exampleCase(() => `00000000-0000-4000-8000-${String((counter += 1)).padStart(12, '0')}`, 'EX-PICTURES').sections;
}

const pageSize = { width: 520, height: 310 } as const;
const margin = 10;

async function picturePdf(pictures: Picture[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  // Fixed dates so the same drawing gives the same bytes.
  doc.setCreationDate(new Date('2026-01-01T00:00:00Z'));
  doc.setModificationDate(new Date('2026-01-01T00:00:00Z'));
  const fonts = await DocumentFonts.forDocument(doc, pictures.flatMap(pictureTexts));
  for (const picture of pictures) {
    const page = doc.addPage([pageSize.width, pageSize.height]);
    drawPicture(page, picture, {
      x: margin,
      y: margin,
      width: pageSize.width - 2 * margin,
      height: pageSize.height - 2 * margin,
      font: fonts.pdfFont('dejavu-sans'),
      boldFont: fonts.pdfFont('dejavu-sans-bold'),
    });
  }
  return doc.save();
}

function writeTemp(bytes: Uint8Array, name: string): string {
  counter += 1;
  const file = path.join(folder, `${name}-${counter}.pdf`);
  writeFileSync(file, bytes);
  return file;
}

/** Every stream in the file, inflated where it is Flate-encoded, as Latin-1 text. */
function allStreams(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes);
  const text = buffer.toString('latin1');
  const parts: string[] = [];
  const pattern = /\bstream\r?\n/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text))) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    const raw = buffer.subarray(start, end);
    try {
      parts.push(inflateSync(raw).toString('latin1'));
    } catch {
      parts.push(raw.toString('latin1'));
    }
    pattern.lastIndex = end;
  }
  return parts.join('\n');
}

interface Greymap {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** Reads a binary PGM (P5, 8-bit) as pdftoppm -gray writes it. */
function parsePgm(bytes: Buffer): Greymap {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('Not a binary PGM');
  const [, width, height, max] = header.map(Number) as [number, number, number, number];
  if (max !== 255) throw new Error(`Unexpected PGM depth ${max}`);
  const offset = header[0].length;
  return { width, height, pixels: new Uint8Array(bytes.subarray(offset, offset + width * height)) };
}

/** Renders each page at 50 dpi in grey levels; returns the PGM bytes of each page. */
async function renderGrey(bytes: Uint8Array, name: string): Promise<Buffer[]> {
  const file = writeTemp(bytes, name);
  const prefix = path.join(folder, `${name}-${counter}-grey`);
  await run('pdftoppm', ['-r', '50', '-gray', file, prefix]);
  const pages = readdirSync(folder)
    .filter((entry) => entry.startsWith(path.basename(prefix)) && entry.endsWith('.pgm'))
    .sort();
  return pages.map((entry) => readFileSync(path.join(folder, entry)));
}

async function renderPng(bytes: Uint8Array, name: string, page: number): Promise<Buffer> {
  const file = writeTemp(bytes, name);
  const prefix = path.join(folder, `${name}-${counter}-png`);
  await run('pdftoppm', ['-r', '50', '-png', '-singlefile', '-f', String(page), '-l', String(page), file, prefix]);
  return readFileSync(`${prefix}.png`);
}

function meanAbsoluteDifference(a: Greymap, b: Greymap): number {
  let total = 0;
  for (let i = 0; i < a.pixels.length; i += 1) total += Math.abs(a.pixels[i]! - b.pixels[i]!);
  return total / a.pixels.length;
}

function mean(map: Greymap): number {
  let total = 0;
  for (const value of map.pixels) total += value;
  return total / map.pixels.length;
}

describe('case pictures in a PDF', () => {
  const sections = fictionalCase();
  const journey = layoutJourneyMap(sections.journey, { width: 960, height: 540 });
  const relationships = layoutRelationshipMap(
    { child: sections.child, connectedAdults: sections.connectedAdults, agencies: sections.agencies },
    { width: 760, height: 560 },
  );
  let bytes: Uint8Array;

  beforeAll(async () => {
    bytes = await picturePdf([journey, relationships]);
  });

  it('prints the country names and the adults’ names as real text', async () => {
    const file = writeTemp(bytes, 'text');
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-']);
    const [journeyPage, relationshipPage] = stdout.split('\f');
    for (const country of ['Vietnam', 'Russia', 'France', 'United Kingdom']) expect(journeyPage).toContain(country);
    expect(journeyPage).toContain('Plane');
    // The child's name wraps inside her circle as the width there allows (decision 19): “Thị Mai” over “Trần”.
    for (const name of ['Thị Hoa Lê', 'Anh', 'Thị Mai', 'Trần', 'Kent Police', 'Do not share']) expect(relationshipPage).toContain(name);
  });

  it('draws with path operators, dashed where the drawing is dashed, and embeds no image', async () => {
    const content = allStreams(bytes);
    expect(content).not.toMatch(/\/Subtype\s*\/Image/);
    expect(content).not.toMatch(/\bDo\b/);
    // Moves, lines, curves, fills, strokes and clips: the map is vector paths.
    for (const operator of [' m\n', ' l\n', ' c\n', '\nf\n', '\nS\n', '\nW\n']) expect(content).toContain(operator);
    expect((content.match(/ l\n/g) ?? []).length).toBeGreaterThan(2000);
    // The relationship lines with no evidence seen are dashed.
    expect(content).toMatch(/\[\s*\d+(\.\d+)?\s+\d+(\.\d+)?\s*\]\s*0\s+d/);
    const file = writeTemp(bytes, 'images');
    const { stdout } = await run('pdfimages', ['-list', file]);
    expect(stdout.trim().split('\n').length).toBe(2); // the two header lines, no image rows
  });

  it('fits the picture in the box without changing its proportions', () => {
    const box = fitPicture(journey, { x: 10, y: 10, width: 500, height: 500 });
    expect(box.width / box.height).toBeCloseTo(960 / 540, 5);
    expect(box.width).toBeCloseTo(500, 5);
    expect(box.y + box.height).toBeCloseTo(510, 5);
  });

  it('matches the stored 50 dpi reference rendering', async () => {
    const pages = await renderGrey(bytes, 'reference');
    expect(pages).toHaveLength(2);
    const names = ['journey-map', 'relationship-map'];
    if (updateReferences) mkdirSync(referenceFolder, { recursive: true });
    for (const [index, name] of names.entries()) {
      const actual = parsePgm(pages[index]!);
      // Something is drawn: a blank page is white (255) throughout.
      expect(mean(actual)).toBeLessThan(253);
      const referenceFile = path.join(referenceFolder, `${name}.pgm.gz`);
      if (updateReferences) {
        writeFileSync(referenceFile, gzipSync(pages[index]!, { level: 9 }));
        writeFileSync(path.join(referenceFolder, `${name}.png`), await renderPng(bytes, name, index + 1));
      }
      expect(existsSync(referenceFile), `${referenceFile} is missing: run with UPDATE_REFERENCE_IMAGES=1`).toBe(true);
      const expected = parsePgm(gunzipSync(readFileSync(referenceFile)));
      expect([actual.width, actual.height]).toEqual([expected.width, expected.height]);
      expect(meanAbsoluteDifference(actual, expected)).toBeLessThan(1.5);
    }
  });
});
