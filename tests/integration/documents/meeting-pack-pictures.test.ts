import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocument, buildMeetingPack, redactForAudience, type BuiltDocument, type SharingChoices } from '../../../domain/documents';
import type { DocumentAudience, DocumentBlockInput, DocumentModelInput } from '../../../domain/documents/model';
import type { Picture } from '../../../domain/pictures/drawing';
import { generatePdf, type GeneratedPdf } from '../../../core/pdf/generate';
import { renderDocument } from '../../../core/pdf/layout';
import { GENERATED_AT, GENERATED_BY, documentInput, fullAssessment, fullCase, names } from './case-fixture';
import { normaliseExtracted, pdfPages, writeTemp } from './helpers';

/**
 * The strategy meeting pack with its two pictures: the relationship map and the journey map are vector drawings
 * whose labels poppler reads back, the adult withheld from the multi-agency audience is in neither picture nor
 * anywhere else in that version (but is in the internal record), and each picture page matches a stored 40 dpi
 * greyscale rendering. Regenerate the references with UPDATE_REFERENCE_IMAGES=1 after a deliberate change to the
 * pack's layout, and look at the PNGs written beside them.
 */

const run = promisify(execFile);
const referenceFolder = path.resolve(__dirname, '..', '..', 'fixtures', 'pictures');
const updateReferences = process.env.UPDATE_REFERENCE_IMAGES === '1';

const record = fullCase();
const assessment = fullAssessment(record);
/** Oleg Smirnov (added by the fixture) and “Anh”, the driver in the example case: both flagged “do not share with”. */
const withheldAdults = record.connectedAdults.filter((adult) => adult.doNotShareWith);
const sharedAdultCount = record.connectedAdults.length - withheldAdults.length;
/**
 * The multi-agency pack's audience marked as reaching both flagged adults, so they are left out (decision 15: without
 * the mark the strategy meeting is told who they are).
 */
const reachingFlagged: SharingChoices = { reachesAdultIds: withheldAdults.map((adult) => adult.id) };
/** Where the body of an A4 page ends, measured from the top as poppler does (the footer is below it). */
const BODY_BOTTOM_FROM_TOP = 841.89 - 84;
const captions = { journey: 'Map of the journey', relationships: 'Relationship map: the adults and agencies around the child' } as const;

interface Generated {
  built: Extract<BuiltDocument, { kind: 'model' }>;
  pdf: GeneratedPdf;
  pages: string[];
}

async function generate(audience: DocumentAudience, sharing?: SharingChoices): Promise<Generated> {
  const built = buildDocument('meeting-pack', { ...documentInput(record, audience, assessment), sharing });
  if (built.kind !== 'model') throw new Error('The meeting pack is a laid-out document');
  // generatedAt is fixed by the fixture, so the same case always gives the same bytes.
  const pdf = await generatePdf(built, { caseReference: record.reference, generatedAt: GENERATED_AT, generatedBy: GENERATED_BY });
  return { built, pdf, pages: await pdfPages(pdf.bytes) };
}

function pictureBlocks(model: DocumentModelInput): Array<Extract<DocumentBlockInput, { kind: 'picture' }>> {
  return model.blocks.filter((block): block is Extract<DocumentBlockInput, { kind: 'picture' }> => block.kind === 'picture');
}

/** One-based number of the page that starts with a picture's caption. */
function pageWith(generated: Generated, caption: string): number {
  const index = generated.pages.findIndex((page) => normaliseExtracted(page).includes(caption));
  expect(index, `no page has the caption “${caption}”`).toBeGreaterThanOrEqual(0);
  return index + 1;
}

interface Word {
  text: string;
  yMin: number;
  yMax: number;
}

async function words(bytes: Uint8Array, page: number): Promise<Word[]> {
  const file = writeTemp(bytes, 'bbox');
  const { stdout } = await run('pdftotext', ['-f', String(page), '-l', String(page), '-bbox', '-enc', 'UTF-8', file, '-'], { maxBuffer: 20 * 1024 * 1024 });
  return [...stdout.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((match) => ({
    text: match[3]!,
    yMin: Number(match[1]),
    yMax: Number(match[2]),
  }));
}

/**
 * The text inside the drawing only: between the caption (above the picture) and the key's heading (below it),
 * cropped with pdftotext, so a label found here is the picture's own and not the text alternative's.
 */
async function pictureText(bytes: Uint8Array, page: number, caption: string): Promise<string> {
  const onPage = await words(bytes, page);
  const captionWords = caption.split(' ');
  const start = onPage.findIndex((word, index) => captionWords.every((part, offset) => onPage[index + offset]?.text === part));
  expect(start, `caption “${caption}” on page ${page}`).toBeGreaterThanOrEqual(0);
  const captionBottom = Math.max(...onPage.slice(start, start + captionWords.length).map((word) => word.yMax));
  // The key may have been carried to the next page; the body then ends above the footer.
  const bottom = onPage.find((word) => word.text === 'Key' && word.yMin > captionBottom)?.yMin ?? BODY_BOTTOM_FROM_TOP;
  const file = writeTemp(bytes, 'crop');
  const top = Math.ceil(captionBottom) + 1;
  const height = Math.floor(bottom) - top - 1;
  const { stdout } = await run('pdftotext', ['-f', String(page), '-l', String(page), '-x', '0', '-y', String(top), '-W', '596', '-H', String(height), '-enc', 'UTF-8', file, '-']);
  return normaliseExtracted(stdout);
}

/** The page's content streams, decoded, as Latin-1 text. */
async function pageContent(bytes: Uint8Array, page: number): Promise<{ content: string; xObjects: PDFDict | undefined }> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const node = doc.getPage(page - 1).node;
  const contents = node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => doc.context.lookup(ref)) : [contents];
  const content = streams
    .map((stream) => (stream instanceof PDFRawStream ? Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1') : ''))
    .join('\n');
  return { content, xObjects: node.Resources()?.lookupMaybe(PDFName.of('XObject'), PDFDict) };
}

interface Greymap {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** A binary 8-bit PGM (P5) as pdftoppm -gray writes it. */
function readPgm(bytes: Buffer): Greymap {
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('Expected an 8-bit binary PGM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, pixels: new Uint8Array(bytes.subarray(header[0].length, header[0].length + width * height)) };
}

async function renderPage(bytes: Uint8Array, page: number, format: '-gray' | '-png'): Promise<Buffer> {
  const file = writeTemp(bytes, 'render');
  const prefix = file.replace(/\.pdf$/, format === '-png' ? '-png' : '-grey');
  await run('pdftoppm', ['-r', '40', format, '-singlefile', '-f', String(page), '-l', String(page), file, prefix]);
  return readFileSync(`${prefix}.${format === '-png' ? 'png' : 'pgm'}`);
}

function meanDifference(a: Greymap, b: Greymap): number {
  let total = 0;
  for (let index = 0; index < a.pixels.length; index += 1) total += Math.abs(a.pixels[index]! - b.pixels[index]!);
  return total / a.pixels.length;
}

describe('the strategy meeting pack with the journey map and the relationship map', () => {
  let shared: Generated;
  let internal: Generated;

  beforeAll(async () => {
    shared = await generate('strategy-meeting', reachingFlagged);
    internal = await generate('internal');
  });

  it('puts both pictures in the model, the journey map after the route table, each with its text alternative switched on', () => {
    const blocks = shared.built.model.blocks;
    const pictures = pictureBlocks(shared.built.model);
    expect(pictures.map((block) => block.caption)).toEqual([captions.relationships, captions.journey]);
    expect(pictures.every((block) => block.printTextAlternative !== false)).toBe(true);
    const routeTable = blocks.findIndex((block) => block.kind === 'table' && block.caption === 'The route, leg by leg');
    const journeyMap = blocks.findIndex((block) => block.kind === 'picture' && block.caption === captions.journey);
    expect(routeTable).toBeGreaterThan(0);
    expect(journeyMap).toBeGreaterThan(routeTable);
  });

  it('leaves the withheld adults out of the multi-agency relationship map’s drawing data', () => {
    expect(withheldAdults.map((adult) => adult.names[0]?.given)).toEqual(['Anh', 'Олег']);
    const relationships = pictureBlocks(shared.built.model).find((block) => block.caption === captions.relationships)!;
    const picture = relationships.picture as Picture;
    const data = JSON.stringify(picture);
    for (const value of [...withheldAdults.map((adult) => adult.id), 'Олег', 'Смирнов', 'Oleg', 'Smirnov', 'Anh', '[name withheld]']) expect(data).not.toContain(value);
    // Not drawn under another name either: one node per shared adult.
    expect(picture.shapes.filter((shape) => shape.style === 'adult-node')).toHaveLength(sharedAdultCount);
    expect(picture.textAlternative.tables[0]!.rows).toHaveLength(sharedAdultCount);
    const internalMap = pictureBlocks(internal.built.model).find((block) => block.caption === captions.relationships)!;
    expect(JSON.stringify(internalMap.picture)).toContain(names.withheldCyrillic);
    expect((internalMap.picture as Picture).shapes.filter((shape) => shape.style === 'adult-node')).toHaveLength(record.connectedAdults.length);
  });

  it('also leaves out an adult the audience must not see when the record handed over still holds them', () => {
    const redaction = redactForAudience(record, assessment, 'strategy-meeting', reachingFlagged);
    // A record that was not filtered: only the ids tell the picture who to leave out.
    const leaky = { ...redaction, caseRecord: { ...redaction.caseRecord, connectedAdults: record.connectedAdults } };
    const { model } = buildMeetingPack(documentInput(record, 'strategy-meeting', assessment), leaky);
    const relationships = pictureBlocks(model).find((block) => block.caption === captions.relationships)!;
    const picture = relationships.picture as Picture;
    expect(picture.textAlternative.tables[0]!.rows).toHaveLength(sharedAdultCount);
    expect(picture.shapes.filter((shape) => shape.style === 'adult-node')).toHaveLength(sharedAdultCount);
  });

  it('draws the journey map as vector paths with no image', async () => {
    const page = pageWith(shared, captions.journey);
    const { content, xObjects } = await pageContent(shared.pdf.bytes, page);
    expect(xObjects?.keys() ?? []).toEqual([]);
    expect(content).not.toMatch(/\sDo\b/);
    expect(content).not.toMatch(/\bBI\b[\s\S]*\bID\b/);
    for (const operator of [' m\n', ' l\n', ' c\n', '\nf\n', '\nS\n', '\nW\n']) expect(content).toContain(operator);
    // Country outlines: thousands of line segments, not a picture of a map.
    expect((content.match(/ l\n/g) ?? []).length).toBeGreaterThan(1000);
    const file = writeTemp(shared.pdf.bytes, 'images');
    const { stdout } = await run('pdfimages', ['-list', '-f', String(page), '-l', String(page), file]);
    expect(stdout.trim().split('\n')).toHaveLength(2); // the header lines only
  });

  it('prints the journey’s country names in the map, and the map in words after it', async () => {
    const page = pageWith(shared, captions.journey);
    const inMap = await pictureText(shared.pdf.bytes, page, captions.journey);
    for (const country of ['Vietnam', 'Russia', 'France', 'United Kingdom']) expect(inMap).toContain(country);
    const text = normaliseExtracted(shared.pages.slice(page - 1, page + 1).join('\n'));
    expect(text).toContain('The journey has 3 legs, from Vietnam to United Kingdom, through Russia and France.');
    expect(text).toContain('Legs of the journey, in order');
    expect(text).toContain('Countries on the journey');
    expect(text).toContain('Where the journey started');
  });

  it('prints the shared adults’ names in the relationship map, in their own scripts', async () => {
    const page = pageWith(shared, captions.relationships);
    const inMap = await pictureText(shared.pdf.bytes, page, captions.relationships);
    for (const name of ['Thị Hoa Lê', names.greekAdult, names.arabicAdult, 'Kent Police']) expect(inMap).toContain(name);
    for (const value of ['Олег', 'Anh', '[name withheld]']) expect(inMap).not.toContain(value);
    expect(shared.pdf.missingCharacters).toEqual([]);
  });

  it('leaves the withheld adult’s name out of the whole multi-agency pack, and prints it in the internal record’s map', async () => {
    const text = normaliseExtracted(shared.pages.join('\n'));
    for (const value of [names.withheldCyrillic, 'Олег', 'Смирнов', names.withheldLatin, 'Smirnov']) expect(text).not.toContain(value);
    // The same checks against the internal record, so they can fail.
    expect(normaliseExtracted(internal.pages.join('\n'))).toContain(names.withheldCyrillic);
    const page = pageWith(internal, captions.relationships);
    expect(await pictureText(internal.pdf.bytes, page, captions.relationships)).toContain(names.withheldCyrillic);
  });

  it.each([
    ['relationship map', 'meeting-pack-relationship-map-page', captions.relationships],
    ['journey map', 'meeting-pack-journey-map-page', captions.journey],
  ])('renders the %s page like the stored 40 dpi reference', async (_label, name, caption) => {
    const page = pageWith(shared, caption);
    const grey = await renderPage(shared.pdf.bytes, page, '-gray');
    const actual = readPgm(grey);
    const referenceFile = path.join(referenceFolder, `${name}.pgm.gz`);
    if (updateReferences) {
      mkdirSync(referenceFolder, { recursive: true });
      writeFileSync(referenceFile, gzipSync(grey, { level: 9 }));
      writeFileSync(path.join(referenceFolder, `${name}.png`), await renderPage(shared.pdf.bytes, page, '-png'));
    }
    expect(existsSync(referenceFile), `${referenceFile} is missing: run with UPDATE_REFERENCE_IMAGES=1`).toBe(true);
    const expected = readPgm(gunzipSync(readFileSync(referenceFile)));
    expect([actual.width, actual.height]).toEqual([expected.width, expected.height]);
    // The picture is drawn: its page is far darker than a page of text alone would be.
    const darkPixels = actual.pixels.filter((value) => value < 200).length;
    expect(darkPixels / actual.pixels.length).toBeGreaterThan(0.02);
    expect(meanDifference(actual, expected)).toBeLessThan(1.5);
  });
});

describe('picture labels and the fonts of a document', () => {
  const picture: Picture = {
    width: 300,
    height: 100,
    title: 'Labels in several scripts',
    shapes: [
      { kind: 'rect', key: 'ground', style: 'sea', x: 0, y: 0, width: 300, height: 100, dash: 'solid' },
      { kind: 'circle', key: 'node', style: 'adult-node', cx: 40, cy: 50, r: 16, dash: 'dashed' },
      { kind: 'text', key: 'geez', style: 'node-label', x: 70, y: 30, text: 'ሰላም ተስፋይ', anchor: 'start', fontSize: 12, bold: true },
      { kind: 'text', key: 'arabic', style: 'node-label', x: 290, y: 55, text: 'فاطمة الزهراء', anchor: 'end', fontSize: 12, bold: false },
      { kind: 'text', key: 'other', style: 'node-label', x: 150, y: 90, text: 'Cherokee \u13A0', anchor: 'middle', fontSize: 12, bold: false },
    ],
    legend: [{ style: 'adult-node', label: 'Adult connected to the child' }],
    textAlternative: { summary: 'Three labels.', tables: [{ caption: 'Labels', columns: ['Label'], rows: [['ሰላም ተስፋይ'], ['فاطمة الزهراء']] }], notes: [] },
  };
  const model = (printTextAlternative: boolean): DocumentModelInput => ({
    title: 'Picture test',
    audience: 'internal',
    caseReference: 'CR-TEST-1',
    generatedAt: GENERATED_AT,
    generatedBy: GENERATED_BY,
    blocks: [{ kind: 'picture', caption: 'Labels', picture, printTextAlternative }],
  });

  it('prints Ge’ez and Arabic labels with their own fonts and reports only the character no font has', async () => {
    const rendered = await renderDocument(model(false));
    expect(rendered.missingCharacters.map((missing) => missing.codePoint)).toEqual(['U+13A0']);
    const text = normaliseExtracted((await pdfPages(rendered.bytes)).join('\n'));
    expect(text).toContain('ሰላም ተስፋይ');
    expect(text).toContain(names.arabicAdult);
    expect(text).toContain('Adult connected to the child');
    // With the text alternative switched off, its summary is not printed.
    expect(text).not.toContain('Three labels.');
    const file = writeTemp(rendered.bytes, 'fonts');
    const { stdout } = await run('pdffonts', [file]);
    expect(stdout).toMatch(/Ethiopic/i);
    expect(stdout).toMatch(/Arabic/i);
  });

  it('prints the text alternative after the picture by default', async () => {
    const input = model(true);
    const [block] = input.blocks;
    if (block?.kind === 'picture') delete block.printTextAlternative;
    const text = normaliseExtracted((await pdfPages((await renderDocument(input)).bytes)).join('\n'));
    expect(text).toContain('Three labels.');
  });
});
