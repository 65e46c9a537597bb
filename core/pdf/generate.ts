import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BuiltDocument } from '../../domain/documents';
import type { DocumentModelInput } from '../../domain/documents/model';
import type { ContinuedField, FieldProblem } from './forms';
import type { MissingCharacter } from './fonts';
import { renderDocument } from './layout';
import type { PageChrome } from './page-chrome';
import { fillTemplateFromMapping, loadTemplateMapping, type TemplateMapping } from './mapping';

/**
 * The second step of a document: content (already redacted by domain/documents) to PDF bytes. A document model is
 * laid out; a form view fills a template through its mapping and is flattened, so the values cannot be edited and
 * nothing is left in form fields for a reader to uncover.
 */

export interface GeneratedPdf {
  bytes: Uint8Array;
  pageCount: number;
  sha256: string;
  missingCharacters: MissingCharacter[];
  /** Form documents only: values that did not fit the form, fields given no value, and text carried to continuation sheets. */
  problems: FieldProblem[];
  unmappedFields: string[];
  unresolvedPaths: string[];
  continuedFields: ContinuedField[];
}

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Where Crossings' own templates are: CROSSINGS_TEMPLATES_DIR, the source tree, or the packaged app's resources. */
export function templatesFolder(): string {
  const configured = process.env.CROSSINGS_TEMPLATES_DIR?.trim();
  if (configured) return path.resolve(configured);
  const candidates = [path.join(process.cwd(), 'templates')];
  if (typeof __dirname === 'string') {
    let folder = __dirname;
    for (let depth = 0; depth < 5; depth += 1) {
      candidates.push(path.join(folder, 'templates'));
      folder = path.dirname(folder);
    }
  }
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  if (resources) candidates.push(path.join(resources, 'templates'));
  return candidates.find((folder) => existsSync(path.join(folder, 'children-services-referral.mapping.json'))) ?? candidates[0]!;
}

const templateCache = new Map<string, { bytes: Uint8Array; mapping: TemplateMapping }>();

/** Reads a template and its mapping once per process (they are part of the app and do not change while it runs). */
export function loadBuiltInTemplate(file: string): { bytes: Uint8Array; mapping: TemplateMapping } {
  const cached = templateCache.get(file);
  if (cached) return cached;
  const folder = templatesFolder();
  const loaded = {
    bytes: new Uint8Array(readFileSync(path.join(folder, file))),
    mapping: loadTemplateMapping(path.join(folder, file.replace(/\.pdf$/, '.mapping.json'))),
  };
  templateCache.set(file, loaded);
  return loaded;
}

export async function renderModelToPdf(model: DocumentModelInput): Promise<GeneratedPdf> {
  const rendered = await renderDocument(model);
  return {
    bytes: rendered.bytes,
    pageCount: rendered.pageCount,
    sha256: sha256Hex(rendered.bytes),
    missingCharacters: rendered.missingCharacters,
    problems: [],
    unmappedFields: [],
    unresolvedPaths: [],
    continuedFields: [],
  };
}

/** What a filled form's pages carry (as every document's do), and how: 'full' for Crossings' templates, 'compact' for an organisation's own form. */
export type FillDetails = Omit<PageChrome, 'headerPrefix'> & { stampPages: 'full' | 'compact' };

export async function fillTemplateToPdf(templateBytes: Uint8Array, mapping: TemplateMapping, view: unknown, details: FillDetails): Promise<GeneratedPdf> {
  const result = await fillTemplateFromMapping(templateBytes, mapping, view, {
    flatten: true,
    title: details.title,
    stampPages: details.stampPages,
    continuation: {
      documentTitle: details.title,
      caseReference: details.caseReference,
      generatedAt: details.generatedAt,
      generatedBy: details.generatedBy,
      frameworkVersion: details.frameworkVersion,
      ageDisputedTreatedAsChild: details.ageDisputedTreatedAsChild,
      indicatorsNote: details.indicatorsNote,
    },
  });
  return {
    bytes: result.bytes,
    pageCount: result.pageCount,
    sha256: sha256Hex(result.bytes),
    missingCharacters: result.missingCharacters,
    problems: result.problems,
    unmappedFields: result.unmappedFields,
    unresolvedPaths: result.unresolvedPaths,
    continuedFields: result.continuedFields,
  };
}

export interface GenerateContext {
  caseReference: string;
  generatedAt: string;
  generatedBy: string;
  /** A custom form to fill instead of the built-in template (bring-your-own form). */
  customForm?: { bytes: Uint8Array; mapping: TemplateMapping } | undefined;
}

/** Turns built content into a PDF: lays out a model, or fills and flattens a template. */
export async function generatePdf(built: BuiltDocument, context: GenerateContext, templateFile?: string): Promise<GeneratedPdf> {
  if (built.kind === 'model') return renderModelToPdf(built.model);
  const template = context.customForm ?? (templateFile ? loadBuiltInTemplate(templateFile) : undefined);
  if (!template) throw new Error(`No template for ${built.type}`);
  return fillTemplateToPdf(template.bytes, template.mapping, built.view, {
    title: context.customForm ? template.mapping.title : built.title,
    caseReference: context.caseReference,
    generatedAt: context.generatedAt,
    generatedBy: context.generatedBy,
    frameworkVersion: built.frameworkVersion,
    ageDisputedTreatedAsChild: built.ageDisputedTreatedAsChild,
    indicatorsNote: true,
    stampPages: context.customForm ? 'compact' : 'full',
  });
}
