import type { ReactNode } from 'react';
import type { Option } from './optionsFrom';
import { Radios } from './Radios';

export const triStateOptions = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'unknown', label: 'Not known' },
] as const satisfies readonly Option<'yes' | 'no' | 'unknown'>[];

/** Yes, No or Not known, side by side. */
export function TriState(props: { path: string; label: string; hint?: ReactNode }) {
  return <Radios {...props} options={triStateOptions} inline small />;
}
