import type { ReactNode } from 'react';
import { triStateLabels } from '../../domain/case/schemas';
import { optionsFrom } from './optionsFrom';
import { Radios } from './Radios';

export const triStateOptions = optionsFrom(triStateLabels);

/** Yes, No or Not known, side by side. */
export function TriState(props: { path: string; label: string; hint?: ReactNode }) {
  return <Radios {...props} options={triStateOptions} inline small />;
}
