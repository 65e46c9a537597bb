import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { readPath } from '../../domain/paths';
import { fillForm, type FillFormOptions, type FormFillResult } from './forms';
import type { FormFieldValue } from './form-fields';

/** A dotted path into the case/assessment view, e.g. `child.names.0.given`. */
export const dataPathSchema = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_-]*(\.([A-Za-z_][A-Za-z0-9_-]*|\d+))*$/, { error: 'A data path is names and list positions joined by dots, e.g. child.names.0.given' });

export const fieldMappingSchema = z
  .object({
    /** One path, or several whose values are joined (e.g. given and family name). */
    path: z.union([dataPathSchema, z.array(dataPathSchema).min(1).max(20)]),
    label: z.string().min(1).max(300),
    /** How joined paths or list values are separated. */
    separator: z.string().max(10).default(' '),
    /** Translates data values to the form's own words, e.g. `female` to `Female`. */
    values: z.record(z.string(), z.union([z.string(), z.boolean()])).optional(),
    /** For a checkbox: tick it when the data equals this (booleans tick on true without it). */
    checkedWhen: z.string().optional(),
    /** For a date box: the pattern the form expects, e.g. dd/mm/yyyy. */
    dateFormat: z.string().max(20).optional(),
    /**
     * For a date box: when the case holds no exact day (a month, a season, a range, an age), the approximate date is
     * written in words rather than given an invented day (decision 19). Other text that is not a date is still reported.
     */
    approximateWords: z.boolean().optional(),
  })
  .strict();
export type FieldMapping = z.infer<typeof fieldMappingSchema>;

export const templateMappingSchema = z
  .object({
    template: z.string().regex(/^[a-z0-9-]+\.pdf$/, { error: 'The template is a PDF file name in templates/' }),
    title: z.string().min(1).max(300),
    description: z.string().max(2_000).optional(),
    fields: z.record(z.string().min(1).max(300), fieldMappingSchema),
  })
  .strict();
export type TemplateMapping = z.infer<typeof templateMappingSchema>;

export function loadTemplateMapping(filePath: string): TemplateMapping {
  return templateMappingSchema.parse(JSON.parse(readFileSync(filePath, 'utf8')));
}

export interface MappedValues {
  values: Record<string, FormFieldValue>;
  /** Paths that led to nothing (or to something that is not text, a number, a yes/no or a list of text). */
  unresolvedPaths: string[];
}

function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** Turns a case/assessment view into field values through a mapping. */
export function valuesFromMapping(mapping: TemplateMapping, view: unknown): MappedValues {
  const values: Record<string, FormFieldValue> = {};
  const unresolvedPaths: string[] = [];
  for (const [fieldName, entry] of Object.entries(mapping.fields)) {
    const paths = Array.isArray(entry.path) ? entry.path : [entry.path];
    const parts: string[] = [];
    let flag: boolean | undefined;
    for (const path of paths) {
      const raw = readPath(view, path);
      if (typeof raw === 'boolean') {
        flag = raw;
        continue;
      }
      const items = Array.isArray(raw) ? raw.map(scalarText) : [scalarText(raw)];
      if (items.length === 0 || items.some((item) => item === undefined)) {
        if (!(Array.isArray(raw) && raw.length === 0)) unresolvedPaths.push(path);
        continue;
      }
      parts.push(...(items as string[]).filter((item) => item.trim() !== ''));
    }
    if (flag !== undefined && parts.length === 0) {
      const translated = entry.values?.[String(flag)];
      values[fieldName] = translated ?? flag;
      continue;
    }
    if (parts.length === 0) continue;
    const joined = parts.map((part) => entry.values?.[part] ?? part);
    if (entry.checkedWhen !== undefined) {
      values[fieldName] = joined.some((part) => part === entry.checkedWhen);
      continue;
    }
    values[fieldName] = joined.length === 1 && typeof joined[0] === 'boolean' ? joined[0] : joined.map(String).join(entry.separator);
  }
  return { values, unresolvedPaths };
}

export interface MappedFillResult extends FormFillResult {
  unresolvedPaths: string[];
}

/** Fills a template through its mapping: labels title the continuation sheets and date patterns are checked. */
export async function fillTemplateFromMapping(
  templateBytes: Uint8Array,
  mapping: TemplateMapping,
  view: unknown,
  options: Omit<FillFormOptions, 'labels' | 'dateFormats' | 'approximateWordFields'> = {},
): Promise<MappedFillResult> {
  const { values, unresolvedPaths } = valuesFromMapping(mapping, view);
  const labels = Object.fromEntries(Object.entries(mapping.fields).map(([name, entry]) => [name, entry.label]));
  const dateFormats = Object.fromEntries(
    Object.entries(mapping.fields).flatMap(([name, entry]) => (entry.dateFormat ? [[name, entry.dateFormat]] : [])),
  );
  const approximateWordFields = Object.entries(mapping.fields).flatMap(([name, entry]) => (entry.approximateWords ? [name] : []));
  const result = await fillForm(templateBytes, values, { ...options, labels, dateFormats, approximateWordFields });
  return { ...result, unresolvedPaths };
}
