import './validation';
import { z } from 'zod';
import { shortText, triState } from './case/schemas';

/** The organisation's own settings: its safeguarding procedure comes first in every outcome. */
export const appSettingsSchema = z.object({
  organisation: z.object({
    name: shortText('Organisation name'),
    procedureName: shortText('Safeguarding procedure', 300),
    contact: shortText('Safeguarding lead or contact', 500),
  }),
  /** Whether the Independent Child Trafficking Guardian service operates in this area (England and Wales). */
  ictgOperatesHere: triState,
});
export type AppSettings = z.infer<typeof appSettingsSchema>;

export const defaultAppSettings: AppSettings = {
  organisation: { name: '', procedureName: '', contact: '' },
  ictgOperatesHere: 'unknown',
};
