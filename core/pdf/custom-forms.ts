import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { CustomForm } from '../../domain/documents/contract';
import { customFormNameSchema } from '../../domain/documents/contract';
import type { FormView } from '../../domain/documents';
import { fillForm } from './forms';
import { templateMappingSchema, valuesFromMapping, type TemplateMapping } from './mapping';

/**
 * Bring your own form: an organisation places a fillable PDF and its mapping in `<data folder>/forms/`
 * (`kent-marf.pdf` with `kent-marf.mapping.json`). The mapping has the same shape as Crossings' own
 * (templates/*.mapping.json) and its paths read the same document view, so the same redaction applies.
 */

export const CUSTOM_FORMS_FOLDER = 'forms';

export function customFormsFolder(dataFolder: string): string {
  return path.join(dataFolder, CUSTOM_FORMS_FOLDER);
}

/** True when a dotted path exists in the view's shape (list positions are accepted wherever the view has a list). */
export function pathExistsInView(view: unknown, dataPath: string): boolean {
  let current: unknown = view;
  for (const part of dataPath.split('.')) {
    if (Array.isArray(current)) {
      if (!/^\d+$/.test(part)) return false;
      // Any position is a valid place to read; use the first item's shape when there is one.
      current = current[0] ?? '';
      continue;
    }
    if (current === null || typeof current !== 'object' || !Object.prototype.hasOwnProperty.call(current, part)) return false;
    current = (current as Record<string, unknown>)[part];
  }
  return true;
}

export interface LoadedCustomForm {
  bytes: Uint8Array;
  mapping: TemplateMapping;
}

/** Reads one custom form; throws a plain-language Error when it cannot be used. */
export function loadCustomForm(dataFolder: string, name: string): LoadedCustomForm {
  const safeName = customFormNameSchema.parse(name);
  const folder = customFormsFolder(dataFolder);
  const pdfPath = path.join(folder, `${safeName}.pdf`);
  const mappingPath = path.join(folder, `${safeName}.mapping.json`);
  if (!existsSync(pdfPath)) throw new Error(`There is no form called ${safeName}.pdf in ${folder}.`);
  if (!existsSync(mappingPath)) throw new Error(`${safeName}.pdf has no mapping: add ${safeName}.mapping.json next to it.`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(mappingPath, 'utf8'));
  } catch (error) {
    throw new Error(`${safeName}.mapping.json is not valid JSON (${error instanceof Error ? error.message : String(error)}).`, { cause: error });
  }
  const parsed = templateMappingSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 3).map((issue) => `${issue.path.join('.') || 'the file'}: ${issue.message}`);
    throw new Error(`${safeName}.mapping.json does not have the expected shape: ${first.join('; ')}.`);
  }
  return { bytes: new Uint8Array(readFileSync(pdfPath)), mapping: parsed.data };
}

/**
 * Lists the custom forms and checks each one against a sample view: fields the mapping leaves empty, mapping entries
 * naming fields or paths that do not exist, and sample values that would not fit the form.
 */
export async function listCustomForms(dataFolder: string, sampleView: FormView): Promise<CustomForm[]> {
  const folder = customFormsFolder(dataFolder);
  if (!existsSync(folder)) return [];
  const names = readdirSync(folder)
    .filter((file) => file.toLowerCase().endsWith('.pdf'))
    .map((file) => file.slice(0, -4))
    .sort();
  const forms: CustomForm[] = [];
  for (const name of names) {
    const base: CustomForm = { name, title: name, valid: false, errors: [], unmappedFields: [], unknownFields: [], unknownPaths: [], problems: [] };
    if (!customFormNameSchema.safeParse(name).success) {
      forms.push({ ...base, name: name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'form', title: name, errors: [`Rename ${name}.pdf (and its mapping) using lower-case letters, numbers and hyphens only.`] });
      continue;
    }
    let loaded: LoadedCustomForm;
    try {
      loaded = loadCustomForm(dataFolder, name);
    } catch (error) {
      forms.push({ ...base, errors: [error instanceof Error ? error.message : String(error)] });
      continue;
    }
    let fieldNames: string[];
    try {
      const doc = await PDFDocument.load(loaded.bytes, { updateMetadata: false });
      fieldNames = doc.getForm().getFields().map((field) => field.getName());
    } catch (error) {
      forms.push({ ...base, title: loaded.mapping.title, errors: [`${name}.pdf could not be read as a PDF (${error instanceof Error ? error.message : String(error)}).`] });
      continue;
    }
    if (fieldNames.length === 0) {
      forms.push({ ...base, title: loaded.mapping.title, errors: [`${name}.pdf has no fillable fields.`] });
      continue;
    }
    const mapped = Object.keys(loaded.mapping.fields);
    const unknownPaths = [
      ...new Set(Object.values(loaded.mapping.fields).flatMap((entry) => (Array.isArray(entry.path) ? entry.path : [entry.path])).filter((dataPath) => !pathExistsInView(sampleView, dataPath))),
    ];
    const { values } = valuesFromMapping(loaded.mapping, sampleView);
    const result = await fillForm(loaded.bytes, values, {});
    forms.push({
      ...base,
      title: loaded.mapping.title,
      valid: true,
      unmappedFields: fieldNames.filter((field) => !mapped.includes(field)),
      unknownFields: mapped.filter((field) => !fieldNames.includes(field)),
      unknownPaths,
      problems: result.problems.filter((problem) => problem.kind !== 'unknown-field').map((problem) => ({ field: problem.field, message: problem.message })),
    });
  }
  return forms;
}
