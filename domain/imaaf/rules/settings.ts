import { z } from 'zod';
import { isRealIsoDate } from '../../case/approx-date';
import { shortText, triState } from '../../case/schemas';

/** What the rules need from outside the case: the worker's organisation and the day to work ages out for. */
export const imaafSettingsSchema = z.object({
  organisation: z.object({
    name: shortText('Organisation name'),
    procedureName: shortText('Safeguarding procedure name', 300),
    contact: shortText('Safeguarding contact', 500),
  }),
  /** Today's date (YYYY-MM-DD). Passed in so the rules stay pure and repeatable. */
  today: z.string().refine(isRealIsoDate, { error: 'Give today’s date as YYYY-MM-DD' }),
  /** Whether the ICTG service operates in this local authority (about two-thirds do) [C: S7, S14]. */
  ictgOperatesHere: triState.default('unknown'),
});
export type ImaafSettings = z.infer<typeof imaafSettingsSchema>;
export type ImaafSettingsInput = z.input<typeof imaafSettingsSchema>;
