import '../validation';
import { z } from 'zod';
import { formatIsoDate, isRealIsoDate } from '../case/approx-date';
import { idSchema } from '../case/schemas';
import { reasonableGroundsTargetDate, recoveryPeriodEarliestEnd } from './dates';

/**
 * The referrals made for a case, each followed through its decisions (issue 12; reference 1, 4.1, 5.3 and 11): the
 * NRM (reasonable grounds, the recovery and reflection period, conclusive grounds, reconsideration), the ICTG
 * service, children's services, and Duty to Notify for an adult who does not consent.
 */

export const referralKinds = ['nrm', 'ictg', 'childrens-services', 'duty-to-notify'] as const;
export type ReferralKind = (typeof referralKinds)[number];
export const referralKindLabels: Record<ReferralKind, string> = {
  nrm: 'NRM referral',
  ictg: 'Independent Child Trafficking Guardian referral',
  'childrens-services': 'Referral to children’s services',
  'duty-to-notify': 'Duty to Notify (an adult who does not consent to the NRM)',
};

export const decisionOutcomes = ['positive', 'negative'] as const;
export type DecisionOutcome = (typeof decisionOutcomes)[number];
export const decisionOutcomeLabels: Record<DecisionOutcome, string> = { positive: 'Positive', negative: 'Negative' };

const dayOf = (label: string) =>
  z
    .string({ error: `Enter ${label}` })
    .min(1, { error: `Enter ${label}` })
    .refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && isRealIsoDate(value), { error: `Enter ${label} as a real date` });

const decisionSchema = z.object({ outcome: z.enum(decisionOutcomes, { error: 'Choose positive or negative' }), decidedOn: dayOf('the date of the decision') });

export const referralSchema = z.object({
  id: idSchema,
  caseId: idSchema,
  kind: z.enum(referralKinds),
  sentOn: dayOf('the date it was sent'),
  sentBy: z.string().max(200),
  reference: z.string().max(100),
  reasonableGrounds: decisionSchema.nullable(),
  conclusiveGrounds: decisionSchema.nullable(),
  reconsideration: z.object({ requestedOn: dayOf('the date it was asked for'), notes: z.string().max(5_000) }).nullable(),
  withdrawnOn: dayOf('the date of the withdrawal').nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  revision: z.number().int().positive(),
});
export type Referral = z.infer<typeof referralSchema>;

/** One step in a referral's life, as the worker records it. */
export const referralChangeSchema = z.discriminatedUnion('step', [
  z.object({
    step: z.literal('sent'),
    kind: z.enum(referralKinds, { error: 'Choose which referral was sent' }),
    sentOn: dayOf('the date it was sent'),
    sentBy: z.string().trim().min(1, { error: 'Enter who sent it' }).max(200, { error: 'Who sent it must be 200 characters or fewer' }),
    reference: z.string().trim().max(100, { error: 'The reference must be 100 characters or fewer' }),
  }),
  z.object({ step: z.literal('reasonable-grounds'), outcome: decisionSchema.shape.outcome, decidedOn: dayOf('the date of the decision') }),
  z.object({ step: z.literal('conclusive-grounds'), outcome: decisionSchema.shape.outcome, decidedOn: dayOf('the date of the decision') }),
  z.object({
    step: z.literal('reconsideration'),
    requestedOn: dayOf('the date the reconsideration was asked for'),
    notes: z.string().max(5_000, { error: 'The notes must be 5,000 characters or fewer' }),
  }),
  z.object({ step: z.literal('withdrawn'), withdrawnOn: dayOf('the date of the withdrawal') }),
]);
export type ReferralChange = z.infer<typeof referralChangeSchema>;
export type ReferralStep = ReferralChange['step'];

export const referralStepLabels: Record<ReferralStep, string> = {
  sent: 'Referral sent',
  'reasonable-grounds': 'Reasonable grounds decision',
  'conclusive-grounds': 'Conclusive grounds decision',
  reconsideration: 'Reconsideration asked for',
  withdrawn: 'Withdrawn from the NRM',
};

/** Why a change cannot be made to this referral, in the worker's words; undefined when it can. */
export function referralChangeProblem(referral: Referral | null, change: ReferralChange): { path: string; message: string } | undefined {
  if (change.step === 'sent') {
    if (referral && referral.kind !== change.kind) return { path: 'change.kind', message: 'A referral cannot change what kind it is. Record the other referral as a new one.' };
    return undefined;
  }
  if (!referral) return { path: 'referralId', message: 'Record the referral as sent first.' };
  if (change.step !== 'withdrawn' && referral.kind !== 'nrm') return { path: 'change.step', message: 'Only an NRM referral has reasonable and conclusive grounds decisions.' };
  const on = change.step === 'reasonable-grounds' || change.step === 'conclusive-grounds' ? change.decidedOn : change.step === 'reconsideration' ? change.requestedOn : change.withdrawnOn;
  if (on < referral.sentOn) return { path: 'change', message: `This date is before the referral was sent (${formatIsoDate(referral.sentOn)}). Check the date.` };
  if (change.step === 'conclusive-grounds') {
    if (referral.reasonableGrounds?.outcome !== 'positive') return { path: 'change.step', message: 'A conclusive grounds decision follows a positive reasonable grounds decision. Record that first.' };
    if (change.decidedOn < referral.reasonableGrounds.decidedOn) return { path: 'change.decidedOn', message: 'The conclusive grounds decision cannot be before the reasonable grounds decision.' };
  }
  if (change.step === 'reconsideration') {
    const negative = referral.conclusiveGrounds?.outcome === 'negative' || referral.reasonableGrounds?.outcome === 'negative';
    if (!negative) return { path: 'change.step', message: 'A reconsideration is asked for after a negative decision.' };
  }
  return undefined;
}

/** The referral after a change. */
export function applyReferralChange(referral: Referral, change: ReferralChange): Referral {
  switch (change.step) {
    case 'sent':
      return { ...referral, sentOn: change.sentOn, sentBy: change.sentBy, reference: change.reference };
    case 'reasonable-grounds':
      return { ...referral, reasonableGrounds: { outcome: change.outcome, decidedOn: change.decidedOn } };
    case 'conclusive-grounds':
      return { ...referral, conclusiveGrounds: { outcome: change.outcome, decidedOn: change.decidedOn } };
    case 'reconsideration':
      return { ...referral, reconsideration: { requestedOn: change.requestedOn, notes: change.notes } };
    case 'withdrawn':
      return { ...referral, withdrawnOn: change.withdrawnOn };
  }
}

/** The chronology entry a change writes: the date it happened and what happened, in words. */
export function referralChronologyEntry(referral: Referral, change: ReferralChange): { eventDate: string; summary: string } {
  const name = referralKindLabels[referral.kind];
  const reference = referral.reference ? `, reference ${referral.reference}` : '';
  switch (change.step) {
    case 'sent':
      return { eventDate: change.sentOn, summary: `${name} sent by ${change.sentBy}${change.reference ? `, reference ${change.reference}` : ''}.` };
    case 'reasonable-grounds': {
      const recovery =
        change.outcome === 'positive'
          ? ` The recovery and reflection period lasts at least 30 days: it ends on ${formatIsoDate(recoveryPeriodEarliestEnd(change.decidedOn))} at the earliest.`
          : '';
      return { eventDate: change.decidedOn, summary: `${decisionOutcomeLabels[change.outcome]} reasonable grounds decision on the ${name}${reference}.${recovery}` };
    }
    case 'conclusive-grounds':
      return { eventDate: change.decidedOn, summary: `${decisionOutcomeLabels[change.outcome]} conclusive grounds decision on the ${name}${reference}.` };
    case 'reconsideration':
      return { eventDate: change.requestedOn, summary: `Reconsideration of the decision on the ${name}${reference} asked for.${change.notes ? ` ${change.notes}` : ''}` };
    case 'withdrawn':
      return { eventDate: change.withdrawnOn, summary: `Withdrawn from the NRM (${name}${reference}). Any Home Office funded support ends.` };
  }
}

export interface ReferralStanding {
  /** Where the referral stands, in one sentence. */
  stands: string;
  /** What is due next, or empty when nothing is awaited. */
  next: string;
  /** A date for what is due, when there is one. */
  dueOn: string | null;
  /** Still waiting on a decision (an NRM referral without a conclusive decision, not withdrawn). */
  open: boolean;
}

/** Where a referral stands and what is due next (reference 11: RG aim 5 working days; recovery period 30+ days; CG no target). */
export function referralStanding(referral: Referral): ReferralStanding {
  const sent = `Sent on ${formatIsoDate(referral.sentOn)}${referral.sentBy ? ` by ${referral.sentBy}` : ''}${referral.reference ? `, reference ${referral.reference}` : ''}.`;
  if (referral.withdrawnOn) return { stands: `${sent} Withdrawn on ${formatIsoDate(referral.withdrawnOn)}.`, next: '', dueOn: null, open: false };
  if (referral.kind !== 'nrm') return { stands: sent, next: '', dueOn: null, open: false };
  const rg = referral.reasonableGrounds;
  const cg = referral.conclusiveGrounds;
  const reconsideration = referral.reconsideration ? ` Reconsideration asked for on ${formatIsoDate(referral.reconsideration.requestedOn)}.` : '';
  if (cg) {
    return {
      stands: `${sent} ${decisionOutcomeLabels[cg.outcome]} conclusive grounds decision on ${formatIsoDate(cg.decidedOn)}.${reconsideration}`,
      next: cg.outcome === 'negative' && !referral.reconsideration ? 'A reconsideration of the decision can be asked for.' : '',
      dueOn: null,
      open: false,
    };
  }
  if (!rg) {
    const due = reasonableGroundsTargetDate(referral.sentOn);
    return { stands: `${sent} Waiting for the reasonable grounds decision.`, next: `Reasonable grounds decision: the Home Office aims to decide within 5 working days, by ${formatIsoDate(due)}.`, dueOn: due, open: true };
  }
  if (rg.outcome === 'negative') {
    return {
      stands: `${sent} Negative reasonable grounds decision on ${formatIsoDate(rg.decidedOn)}.${reconsideration}`,
      next: referral.reconsideration ? 'Waiting for the outcome of the reconsideration.' : 'A reconsideration of the decision can be asked for.',
      dueOn: null,
      open: Boolean(referral.reconsideration),
    };
  }
  const end = recoveryPeriodEarliestEnd(rg.decidedOn);
  return {
    stands: `${sent} Positive reasonable grounds decision on ${formatIsoDate(rg.decidedOn)}. Recovery and reflection period: at least 30 days, ending on ${formatIsoDate(end)} at the earliest.`,
    next: `Conclusive grounds decision: there is no target time. It is made once there is enough information, after the recovery period; a decision is not guaranteed when the period ends (${formatIsoDate(end)} at the earliest).`,
    dueOn: end,
    open: true,
  };
}
