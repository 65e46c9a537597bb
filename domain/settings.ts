import './validation';
import { z } from 'zod';
import { shortText, triState } from './case/schemas';
import { defaultRetentionRule, retentionRuleSchema } from './retention';

export const DEFAULT_IDLE_MINUTES = 10;

/** The organisation's own settings: its safeguarding procedure comes first in every outcome. */
export const appSettingsSchema = z.object({
  organisation: z.object({
    name: shortText('Organisation name'),
    procedureName: shortText('Safeguarding procedure', 300),
    contact: shortText('Safeguarding lead or contact', 500),
  }),
  /** Whether the Independent Child Trafficking Guardian service operates in this area (England and Wales). */
  ictgOperatesHere: triState,
  /** When closed cases are due for review (added later: settings saved before it take the default). */
  retention: retentionRuleSchema.default(defaultRetentionRule),
  /** Lock the app after this many minutes without use (a warning comes a minute before). */
  lock: z
    .object({
      idleMinutes: z
        .number({ error: 'Enter a number of minutes' })
        .int({ error: 'Enter a whole number of minutes' })
        .min(2, { error: 'Enter 2 minutes or more' })
        .max(120, { error: 'Enter 120 minutes or fewer' }),
    })
    .default({ idleMinutes: DEFAULT_IDLE_MINUTES }),
});
export type AppSettings = z.infer<typeof appSettingsSchema>;

export const defaultAppSettings: AppSettings = {
  organisation: { name: '', procedureName: '', contact: '' },
  ictgOperatesHere: 'unknown',
  retention: defaultRetentionRule,
  lock: { idleMinutes: DEFAULT_IDLE_MINUTES },
};
