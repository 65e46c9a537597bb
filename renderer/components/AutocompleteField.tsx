import type { ReactNode } from 'react';
import { Combobox } from './Combobox';
import { useField } from './FormProvider';

/** One value from a list (a country, a language), by its path in the form. */
export function AutocompleteField({ path, label, hint, options }: { path: string; label: string; hint?: ReactNode; options: readonly string[] }) {
  const field = useField<string | null>(path);
  return <Combobox id={field.id} label={label} hint={hint} options={options} error={field.error} value={field.value ?? null} onChoose={field.set} />;
}
