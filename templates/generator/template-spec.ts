export type Translation = Record<string, string | boolean>;
interface Common {
  name: string;
  label: string;
  path: string | string[];
  separator?: string;
  values?: Translation;
  /** Two half-width items sit side by side. */
  half?: boolean;
}
export type Item =
  | (Common & { kind: 'text'; lines?: number; date?: boolean; approximateWords?: boolean })
  | (Common & { kind: 'radio'; options: readonly string[] })
  | (Common & { kind: 'checkbox'; checkedWhen?: string })
  | (Common & { kind: 'dropdown'; options: readonly string[] })
  | { kind: 'note'; text: string };
export interface Section {
  title: string;
  items: Item[];
}
export interface TemplateSpec {
  file: string;
  title: string;
  description: string;
  sections: Section[];
}

export const yesNoUnsure = ['Yes', 'No', 'Not sure'] as const;
export const yesNo = ['Yes', 'No'] as const;
export const triToYesNoUnsure: Translation = { yes: 'Yes', no: 'No', unknown: 'Not sure' };
export const triToYesNo: Translation = { yes: 'Yes', no: 'No' };
export const genderOptions = ['Female', 'Male', 'They do not identify as male or female'] as const;
export const genderValues: Translation = { female: 'Female', male: 'Male', other: 'They do not identify as male or female' };

export const text = (name: string, label: string, dataPath: string | string[], extra: Partial<Extract<Item, { kind: 'text' }>> = {}): Item => ({ kind: 'text', name, label, path: dataPath, ...extra });
export const long = (name: string, label: string, dataPath: string | string[], lines = 6): Item => text(name, label, dataPath, { lines });
export const radio = (name: string, label: string, dataPath: string, options: readonly string[], values?: Translation): Item => ({ kind: 'radio', name, label, path: dataPath, options, ...(values ? { values } : {}) });
export const note = (value: string): Item => ({ kind: 'note', text: value });
