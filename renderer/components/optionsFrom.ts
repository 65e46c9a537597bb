export interface Option<V extends string> {
  value: V;
  label: string;
  hint?: string;
}

/** The options for radios, checkboxes or a select, in the order a label map lists them. */
export function optionsFrom<V extends string>(labels: Record<V, string>): Option<V>[] {
  return (Object.keys(labels) as V[]).map((value) => ({ value, label: labels[value] }));
}
