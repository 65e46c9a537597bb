import { readFileSync } from 'node:fs';
import { serialiseSubsetWithoutTimers } from './subset';
import { woffToSfnt } from './woff';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as fontkitNamespace from '@pdf-lib/fontkit';
import type { Font as FontkitFont } from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';

// The UMD build arrives as a default export under Node's ESM loader and as a namespace under bundlers.
const fontkit: typeof fontkitNamespace =
  (fontkitNamespace as unknown as { default?: typeof fontkitNamespace }).default ?? fontkitNamespace;

export type FontWeight = 'regular' | 'bold';
export type FontScript = 'latin' | 'arabic' | 'ethiopic';

export const fontFaceIds = [
  'dejavu-sans',
  'dejavu-sans-bold',
  'noto-naskh-arabic',
  'noto-naskh-arabic-bold',
  'noto-sans-ethiopic',
  'noto-sans-ethiopic-bold',
] as const;
export type FontFaceId = (typeof fontFaceIds)[number];

export interface BundledFontFace {
  id: FontFaceId;
  script: FontScript;
  weight: FontWeight;
  /** Fixed subset name so the same input gives the same PDF bytes (pdf-lib would add a pseudo-random suffix). */
  pdfName: string;
  filePath: string;
  bytes: Uint8Array;
  parsed: FontkitFont;
}

export interface BundledFontLibrary {
  faces: ReadonlyMap<FontFaceId, BundledFontFace>;
  face(id: FontFaceId): BundledFontFace;
}

/** Unicode replacement character, drawn from DejaVu Sans where no bundled font has a glyph. */
export const PLACEHOLDER_CHARACTER = '\uFFFD';

/** Where to resolve packages from: this file under CommonJS (tsx, Electron's build) or ES modules (vitest). */
function moduleLocation(): string {
  if (typeof __filename === 'string' && __filename !== '') return __filename;
  const url = (import.meta as { url?: string }).url;
  return url ?? path.join(process.cwd(), 'package.json');
}

const requireFromHere = createRequire(moduleLocation());

/** Resolves the root folder of an installed package, even when its `exports` hide package.json. */
function packageRoot(packageName: string): string {
  const entry = requireFromHere.resolve(packageName);
  let folder = path.dirname(entry);
  const marker = path.join('node_modules', ...packageName.split('/'));
  while (!folder.endsWith(marker)) {
    const parent = path.dirname(folder);
    if (parent === folder) throw new Error(`Could not find the installed package ${packageName}`);
    folder = parent;
  }
  return folder;
}

function resolveDejaVuFolder(): string {
  // dejavu-fonts-ttf has no entry point, so resolve its package.json instead.
  return path.join(path.dirname(requireFromHere.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
}

interface FaceSource {
  id: FontFaceId;
  script: FontScript;
  weight: FontWeight;
  pdfName: string;
  filePath: () => string;
}

const faceSources: FaceSource[] = [
  { id: 'dejavu-sans', script: 'latin', weight: 'regular', pdfName: 'CRSSNS+DejaVuSans', filePath: () => path.join(resolveDejaVuFolder(), 'DejaVuSans.ttf') },
  { id: 'dejavu-sans-bold', script: 'latin', weight: 'bold', pdfName: 'CRSSNB+DejaVuSans-Bold', filePath: () => path.join(resolveDejaVuFolder(), 'DejaVuSans-Bold.ttf') },
  { id: 'noto-naskh-arabic', script: 'arabic', weight: 'regular', pdfName: 'CRSSAR+NotoNaskhArabic-Regular', filePath: () => path.join(packageRoot('@embedpdf/fonts-arabic'), 'fonts', 'NotoNaskhArabic-Regular.ttf') },
  { id: 'noto-naskh-arabic-bold', script: 'arabic', weight: 'bold', pdfName: 'CRSSAB+NotoNaskhArabic-Bold', filePath: () => path.join(packageRoot('@embedpdf/fonts-arabic'), 'fonts', 'NotoNaskhArabic-Bold.ttf') },
  // Fontsource splits Noto Sans Ethiopic into unicode-range subsets; only the "ethiopic" subset holds Ge'ez glyphs (Latin comes from DejaVu). WOFF, not WOFF2: pdf-lib draws WOFF2 blank.
  { id: 'noto-sans-ethiopic', script: 'ethiopic', weight: 'regular', pdfName: 'CRSSET+NotoSansEthiopic-Regular', filePath: () => requireFromHere.resolve('@fontsource/noto-sans-ethiopic/files/noto-sans-ethiopic-ethiopic-400-normal.woff') },
  { id: 'noto-sans-ethiopic-bold', script: 'ethiopic', weight: 'bold', pdfName: 'CRSSEB+NotoSansEthiopic-Bold', filePath: () => requireFromHere.resolve('@fontsource/noto-sans-ethiopic/files/noto-sans-ethiopic-ethiopic-700-normal.woff') },
];

let cachedLibrary: BundledFontLibrary | undefined;

/**
 * fontkit caches one Glyph per id with the code points of its first request. Subsetting asks for composite
 * components without code points, so a later "C" (after "Ç" in an earlier document) would keep none and
 * pdf-lib would write no ToUnicode entry for it. Since the parsed font is shared, fill them in when known.
 */
function keepCodePointsOnCachedGlyphs(font: FontkitFont): void {
  const original = font.getGlyph.bind(font);
  const getGlyph = (id: number, codePoints?: number[]) => {
    const glyph = original(id, codePoints);
    if (codePoints && codePoints.length > 0 && glyph.codePoints.length === 0) {
      Object.defineProperty(glyph, 'codePoints', { value: codePoints, configurable: true, writable: true });
    }
    return glyph;
  };
  Object.defineProperty(font, 'getGlyph', { value: getGlyph, configurable: true });
}

/**
 * Latin, Greek, Cyrillic and Ge'ez need no contextual shaping once text is NFC-composed, so their glyphs are
 * looked up one character at a time. fontkit's full layout (which pdf-lib runs for every string it draws or
 * measures) costs several times more and its positioning output is ignored by pdf-lib anyway.
 */
function useDirectGlyphMapping(font: FontkitFont): void {
  const layout = (text: string) => ({
    glyphs: Array.from(text, (character) => font.glyphForCodePoint(character.codePointAt(0) ?? 0)),
  });
  Object.defineProperty(font, 'layout', { value: layout, configurable: true });
}

/** Reads and parses the bundled fonts once per process; never looks at system fonts. */
export function loadBundledFonts(): BundledFontLibrary {
  if (cachedLibrary) return cachedLibrary;
  const faces = new Map<FontFaceId, BundledFontFace>();
  for (const source of faceSources) {
    const filePath = source.filePath();
    const bytes = woffToSfnt(new Uint8Array(readFileSync(filePath)));
    const parsed = fontkit.create(bytes);
    keepCodePointsOnCachedGlyphs(parsed);
    if (source.script !== 'arabic') useDirectGlyphMapping(parsed);
    faces.set(source.id, { ...source, filePath, bytes, parsed });
  }
  cachedLibrary = {
    faces,
    face(id) {
      const found = faces.get(id);
      if (!found) throw new Error(`Font ${id} is not bundled`);
      return found;
    },
  };
  return cachedLibrary;
}

/** A fontkit stand-in for pdf-lib that hands back the already-parsed font for bundled bytes. */
function cachingFontkit(library: BundledFontLibrary): typeof fontkit {
  const byBytes = new Map<Uint8Array, FontkitFont>();
  for (const face of library.faces.values()) byBytes.set(face.bytes, face.parsed);
  return { ...fontkit, create: (bytes: Uint8Array, postscriptName?: string) => byBytes.get(bytes) ?? fontkit.create(bytes, postscriptName) };
}

const ARABIC_RANGES: Array<[number, number]> = [
  [0x0600, 0x06ff],
  [0x0750, 0x077f],
  [0x0870, 0x08ff],
  [0xfb50, 0xfdff],
  [0xfe70, 0xfeff],
];
const ETHIOPIC_RANGES: Array<[number, number]> = [
  [0x1200, 0x139f],
  [0x2d80, 0x2ddf],
  [0xab00, 0xab2f],
  [0x1e7e0, 0x1e7ff],
];
const inRanges = (codePoint: number, ranges: Array<[number, number]>) =>
  ranges.some(([low, high]) => codePoint >= low && codePoint <= high);

export function scriptOf(codePoint: number): FontScript | 'common' {
  if (inRanges(codePoint, ARABIC_RANGES)) return 'arabic';
  if (inRanges(codePoint, ETHIOPIC_RANGES)) return 'ethiopic';
  const character = String.fromCodePoint(codePoint);
  if (/[\p{Script=Common}\p{Script=Inherited}]/u.test(character)) return 'common';
  return 'latin';
}

const scriptFace: Record<FontScript, Record<FontWeight, FontFaceId>> = {
  latin: { regular: 'dejavu-sans', bold: 'dejavu-sans-bold' },
  arabic: { regular: 'noto-naskh-arabic', bold: 'noto-naskh-arabic-bold' },
  ethiopic: { regular: 'noto-sans-ethiopic', bold: 'noto-sans-ethiopic-bold' },
};

/** Order in which fonts are tried for a character; the other weight comes last so a bold gap still prints. */
function fallbackChain(weight: FontWeight): FontFaceId[] {
  const other: FontWeight = weight === 'bold' ? 'regular' : 'bold';
  return [
    scriptFace.latin[weight],
    scriptFace.arabic[weight],
    scriptFace.ethiopic[weight],
    scriptFace.latin[other],
    scriptFace.arabic[other],
    scriptFace.ethiopic[other],
  ];
}

/**
 * pdf-lib draws glyphs at their advance widths and ignores GPOS positions, so running the positioning
 * features (kerning, mark placement) only costs time. Substitutions (Arabic joining forms) stay on.
 */
const POSITIONING_OFF = { kern: false, mark: false, mkmk: false, curs: false, dist: false, abvm: false, blwm: false };

/** Choices depend only on the bundled fonts, so they are shared by every document in the process. */
const faceChoiceCache = new Map<number, FaceChoice>();
/** Small numbers for the cache key: one number per character, weight and previous face, no string to build. */
const faceIndex = new Map<FontFaceId, number>(fontFaceIds.map((id, index) => [id, index + 1]));

export type FaceChoice = { kind: 'face'; face: FontFaceId } | { kind: 'ignorable' } | { kind: 'missing' };

/**
 * The fonts of one PDF document: chooses a bundled face per character and embeds (subset) the faces used.
 * Characters no bundled font covers are printed as a placeholder and listed in `missingCharacters`.
 */
export class DocumentFonts {
  readonly library: BundledFontLibrary;
  readonly missingCharacters = new Set<string>();
  private readonly doc: PDFDocument;
  private readonly embedded = new Map<FontFaceId, PDFFont>();

  private constructor(doc: PDFDocument, library: BundledFontLibrary) {
    this.doc = doc;
    this.library = library;
  }

  /** Embeds DejaVu Sans (always: it draws placeholders and page furniture) and whatever else `texts` need. */
  static async forDocument(doc: PDFDocument, texts: Iterable<TextToPrepare>, library = loadBundledFonts()): Promise<DocumentFonts> {
    doc.registerFontkit(cachingFontkit(library));
    const fonts = new DocumentFonts(doc, library);
    await fonts.prepare(texts);
    return fonts;
  }

  /** Embeds the faces the given texts will need (plain strings are regular weight). */
  async prepare(texts: Iterable<TextToPrepare>): Promise<void> {
    const needed = new Set<FontFaceId>(['dejavu-sans']);
    for (const item of texts) {
      const { text, weight } = typeof item === 'string' ? { text: item, weight: 'regular' as const } : item;
      let previous: FontFaceId | undefined;
      for (const character of text.normalize('NFC')) {
        const choice = this.chooseFace(character.codePointAt(0) ?? 0, weight, previous);
        if (choice.kind === 'face') {
          needed.add(choice.face);
          previous = choice.face;
        }
      }
    }
    for (const id of fontFaceIds) {
      if (needed.has(id)) await this.embed(id);
    }
  }

  private async embed(id: FontFaceId): Promise<PDFFont> {
    const existing = this.embedded.get(id);
    if (existing) return existing;
    const face = this.library.face(id);
    const font = await this.doc.embedFont(face.bytes, { subset: true, customName: face.pdfName, features: POSITIONING_OFF });
    serialiseSubsetWithoutTimers(font);
    this.embedded.set(id, font);
    return font;
  }

  isEmbedded(id: FontFaceId): boolean {
    return this.embedded.has(id);
  }

  /** The embedded pdf-lib font for a face; DejaVu Sans if that face was never prepared. */
  pdfFont(id: FontFaceId): PDFFont {
    const font = this.embedded.get(id) ?? this.embedded.get('dejavu-sans');
    if (!font) throw new Error('DocumentFonts used before it was prepared');
    return font;
  }

  covers(id: FontFaceId, codePoint: number): boolean {
    return this.library.face(id).parsed.hasGlyphForCodePoint(codePoint);
  }

  /**
   * Picks the face for one character: the script's own font first, the neighbouring run's font for spaces,
   * digits and marks (so an Arabic phrase stays one shaped run), then the fallback chain.
   */
  chooseFace(codePoint: number, weight: FontWeight, previous: FontFaceId | undefined): FaceChoice {
    const key = codePoint * 64 + (weight === 'bold' ? 32 : 0) + (previous ? (faceIndex.get(previous) ?? 0) : 0);
    let choice = faceChoiceCache.get(key);
    if (!choice) {
      choice = this.chooseFaceUncached(codePoint, weight, previous);
      if (faceChoiceCache.size > 100_000) faceChoiceCache.clear();
      faceChoiceCache.set(key, choice);
    }
    return choice;
  }

  private chooseFaceUncached(codePoint: number, weight: FontWeight, previous: FontFaceId | undefined): FaceChoice {
    const script = scriptOf(codePoint);
    if (script === 'common' && previous && this.covers(previous, codePoint)) return { kind: 'face', face: previous };
    if (script !== 'common') {
      const own = scriptFace[script][weight];
      if (this.covers(own, codePoint)) return { kind: 'face', face: own };
    }
    for (const id of fallbackChain(weight)) {
      if (this.covers(id, codePoint)) return { kind: 'face', face: id };
    }
    if (/\p{Default_Ignorable_Code_Point}/u.test(String.fromCodePoint(codePoint))) return { kind: 'ignorable' };
    return { kind: 'missing' };
  }

  /** Like chooseFace, but only among faces embedded in this document; records what cannot be printed. */
  resolve(codePoint: number, weight: FontWeight, previous: FontFaceId | undefined): FaceChoice {
    const choice = this.chooseFace(codePoint, weight, previous);
    if (choice.kind === 'face' && !this.embedded.has(choice.face)) {
      // A face that was not prepared: try the embedded ones before giving up on the character.
      for (const id of fallbackChain(weight)) {
        if (this.embedded.has(id) && this.covers(id, codePoint)) return { kind: 'face', face: id };
      }
      this.missingCharacters.add(String.fromCodePoint(codePoint));
      return { kind: 'missing' };
    }
    if (choice.kind === 'missing') this.missingCharacters.add(String.fromCodePoint(codePoint));
    return choice;
  }

  /** Missing characters as a sorted list of strings, each with its code point, e.g. `😀 (U+1F600)`. */
  missingCharacterReport(): MissingCharacter[] {
    return [...this.missingCharacters]
      .map((character) => ({ character, codePoint: `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}` }))
      .sort((a, b) => a.codePoint.localeCompare(b.codePoint));
  }
}

export type TextToPrepare = string | { text: string; weight: FontWeight };

export interface MissingCharacter {
  character: string;
  codePoint: string;
}
