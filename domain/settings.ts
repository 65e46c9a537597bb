import './validation';
import { z } from 'zod';
import { shortText, triState } from './case/schemas';
import { nrmLists } from './reference-data';
import { defaultRetentionRule, retentionRuleSchema } from './retention';

export const DEFAULT_IDLE_MINUTES = 10;

const optionalEmail = (label: string) =>
  shortText(label, 200).refine((value) => value.trim() === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()), {
    error: `Enter ${label.toLowerCase()} in the right form, like name@example.gov.uk`,
  });

/**
 * The details of the worker who makes referrals from this computer, as the referral forms ask for them (the NRM form's
 * first responder section, the children's services referral's referrer section). Their own work contact details,
 * never the child's, so they are printed for every audience.
 */
export const referrerSettingsSchema = z.object({
  /** The worker's own full name: every record, audit entry and document made on this computer names them by it. */
  name: shortText('Your full name', 200).default(''),
  role: shortText('Your role'),
  team: shortText('Your team and organisation', 300),
  /** The first responder organisation exactly as the NRM form lists it, so it can be chosen there. */
  nrmOrganisation: z
    .string()
    .refine((value) => nrmLists.organisations.includes(value), { error: 'Choose your organisation from the NRM form’s list' })
    .nullable(),
  phone: shortText('Your work phone number', 50),
  email: optionalEmail('Your work email address'),
  alternativeEmail: optionalEmail('A second email address'),
  address: shortText('Your office address', 500),
});
export type ReferrerSettings = z.infer<typeof referrerSettingsSchema>;

const required = (label: string, max = 200) =>
  shortText(label, max).refine((value) => value.trim() !== '', { error: `Enter ${label.charAt(0).toLowerCase()}${label.slice(1)}` });

/**
 * Who the worker is, as first start asks it: every chronology entry, assessment, document, register entry and audit
 * event made on this computer names them, and referral forms print the name and role. The organisation is the NRM
 * form's list entry when it has one; the team line says the rest in the worker's words.
 */
export const workerDetailsSchema = z.object({
  name: required('Your full name'),
  role: required('Your role'),
  team: required('Your team and organisation', 300),
  nrmOrganisation: referrerSettingsSchema.shape.nrmOrganisation,
});
export type WorkerDetails = z.infer<typeof workerDetailsSchema>;

/** What first start still has to ask on this computer: the worker's own details, and the PIN that unlocks Crossings. */
export const firstStartSchema = z.object({ needsWorker: z.boolean(), needsPin: z.boolean() });
export type FirstStart = z.infer<typeof firstStartSchema>;

export const emptyReferrerSettings: ReferrerSettings = { name: '', role: '', team: '', nrmOrganisation: null, phone: '', email: '', alternativeEmail: '', address: '' };

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
  /** Added later: settings saved before it read as no details given. */
  referrer: referrerSettingsSchema.default(emptyReferrerSettings),
});
export type AppSettings = z.infer<typeof appSettingsSchema>;

/** The parts of the settings as the Settings page names them. */
export const settingsSectionLabels: Record<keyof AppSettings, string> = {
  organisation: 'Your organisation’s safeguarding procedure',
  ictgOperatesHere: 'Whether the Independent Child Trafficking Guardian service operates in your area',
  retention: 'Keeping closed cases',
  lock: 'Locking when not in use',
  referrer: 'Your details for referral forms',
};

export const defaultAppSettings: AppSettings = {
  organisation: { name: '', procedureName: '', contact: '' },
  ictgOperatesHere: 'unknown',
  retention: defaultRetentionRule,
  lock: { idleMinutes: DEFAULT_IDLE_MINUTES },
  referrer: emptyReferrerSettings,
};

/**
 * Reading what was saved is forgiving where saving is strict: a referrer detail that a later release would refuse
 * (the NRM form's list renames a council, say) is dropped on its own, so it can never take the organisation's
 * procedure, retention rule and lock time down with it.
 */
const { shape: referrerShape } = referrerSettingsSchema;
const storedReferrerSchema = z
  .object({
    name: referrerShape.name.catch(''),
    role: referrerShape.role.catch(''),
    team: referrerShape.team.catch(''),
    nrmOrganisation: referrerShape.nrmOrganisation.catch(null),
    phone: referrerShape.phone.catch(''),
    email: referrerShape.email.catch(''),
    alternativeEmail: referrerShape.alternativeEmail.catch(''),
    address: referrerShape.address.catch(''),
  })
  .catch(emptyReferrerSettings);

const storedAppSettingsSchema = appSettingsSchema.extend({ referrer: storedReferrerSchema.default(emptyReferrerSettings) });

/** The settings as saved, or the defaults when nothing usable was saved. */
export function readSavedSettings(saved: unknown): AppSettings {
  const parsed = storedAppSettingsSchema.safeParse(saved);
  return parsed.success ? parsed.data : defaultAppSettings;
}

/** The PIN that unlocks a locked Crossings window on this computer: 6 to 12 digits. */
/** A PIN as typed, made comparable: full-width digits become plain ones and surrounding spaces go. */
export function pinAsTyped(pin: string): string {
  return pin.normalize('NFKC').trim();
}

export const unlockPinSchema = z
  .string()
  .trim()
  .regex(/^\d*$/, { error: 'Use numbers only for your PIN' })
  .min(6, { error: 'Your PIN must be at least 6 numbers long' })
  .max(12, { error: 'Your PIN must be 12 numbers or fewer' });
