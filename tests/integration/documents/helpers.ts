import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { inflateSync } from 'node:zlib';
import { PDFContentStream, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { afterAll } from 'vitest';

const run = promisify(execFile);
const folder = mkdtempSync(path.join(tmpdir(), 'crossings-documents-'));
// Registered on each test file that imports these helpers.
afterAll(() => rmSync(folder, { recursive: true, force: true }));
let counter = 0;

export function writeTemp(bytes: Uint8Array, name = 'document'): string {
  counter += 1;
  const file = path.join(folder, `${name}-${counter}.pdf`);
  writeFileSync(file, bytes);
  return file;
}

/** Text as poppler extracts it; pages are separated by form feeds. */
export async function pdfText(bytes: Uint8Array, options: { firstPage?: number; lastPage?: number } = {}): Promise<string> {
  const file = writeTemp(bytes, 'text');
  const args = [];
  if (options.firstPage) args.push('-f', String(options.firstPage));
  if (options.lastPage) args.push('-l', String(options.lastPage));
  const { stdout } = await run('pdftotext', [...args, '-enc', 'UTF-8', file, '-'], { maxBuffer: 20 * 1024 * 1024 });
  return stdout;
}

export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  return (await pdfText(bytes)).split('\f').filter((page, index, all) => index < all.length - 1 || page.trim() !== '');
}

/** qpdf --check output; exit code 0 means no errors, 3 means warnings. */
export async function qpdfCheck(bytes: Uint8Array): Promise<{ code: number; output: string }> {
  const file = writeTemp(bytes, 'check');
  try {
    const { stdout, stderr } = await run('qpdf', ['--check', file]);
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

/** Strips bidi controls poppler adds around right-to-left text and collapses whitespace. */
export function normaliseExtracted(text: string): string {
  return text.replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
}

export const squash = (text: string) => text.replace(/\s+/g, '');

/** Every stream's bytes after decompression (FlateDecode inflated; other filters kept as stored). */
export async function decodedStreams(bytes: Uint8Array): Promise<Buffer[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const out: Buffer[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (object instanceof PDFContentStream) {
      out.push(Buffer.from(object.getUnencodedContents()));
    } else if (object instanceof PDFRawStream) {
      const raw = Buffer.from(object.getContents());
      const filter = object.dict.lookup(PDFName.of('Filter'));
      const flate = filter === PDFName.of('FlateDecode') || (filter?.toString() ?? '').includes('FlateDecode');
      if (flate) {
        try {
          out.push(inflateSync(raw));
        } catch {
          out.push(raw);
        }
      } else {
        out.push(raw);
      }
    }
  }
  return out;
}

