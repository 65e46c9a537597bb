import './validation';
import { z } from 'zod';
import { chronologyEntrySchema, idSchema } from './case/schemas';
import { nrmAnswerValueSchema } from './nrm/answers';
import { referralChangeSchema, referralSchema } from './nrm/referrals';
import { actionChangeSchema, planActionSchema } from './plan/actions';

/**
 * The operations about the work on a case after its assessment: the NRM questions and referrals (decision 18) and the
 * actions with owners (decision 17). Part of the one operation contract in `domain/api.ts`.
 */
export const caseWorkOperations = {
  /** What the case already knows for each NRM question, and where it came from (domain/nrm/prefill.ts). */
  'nrm.prefill': {
    input: z.object({ caseId: idSchema }).strict(),
    output: z.object({ prefill: z.record(z.string(), z.object({ value: nrmAnswerValueSchema, source: z.string() })) }),
  },
  'referrals.list': {
    input: z.object({ caseId: idSchema }).strict(),
    output: z.object({ referrals: z.array(referralSchema) }),
  },
  /**
   * Records one step of a referral (sent, a decision, a reconsideration, a withdrawal): a new referral when
   * `referralId` is null. Each step is also a chronology entry.
   */
  'referrals.record': {
    input: z
      .object({
        caseId: idSchema,
        referralId: idSchema.nullable(),
        /** The revision the worker started from, for an existing referral. */
        revision: z.number().int().positive().optional(),
        change: referralChangeSchema,
      })
      .strict(),
    output: z.object({ referral: referralSchema, chronologyEntry: chronologyEntrySchema }),
  },
  /** The case's actions with owners (issue 15): every action as it stands, each with its full history. */
  'actions.list': {
    input: z.object({ caseId: idSchema }).strict(),
    output: z.object({ actions: z.array(planActionSchema) }),
  },
  /** Records one change to the plan: a new entry in the action's history, never an edit of an earlier one. */
  'actions.record': {
    input: z.object({ caseId: idSchema, change: actionChangeSchema }).strict(),
    output: planActionSchema,
  },
  /**
   * In team mode: the cases still in this computer's own file (from before team records were set up), to move into
   * the team records; none outside team mode.
   */
  'records.localCases': {
    input: z.object({}).strict(),
    output: z.object({ cases: z.array(z.object({ id: idSchema, reference: z.string(), childName: z.string(), inTeamRecords: z.boolean() })) }),
  },
  /**
   * Moves every case in this computer's own file into the team records, each with its chronology, assessments,
   * actions, referrals, document register and audit trail (as an imported record), then removes it from this computer.
   */
  'records.importLocal': {
    input: z.object({ confirm: z.literal(true) }).strict(),
    output: z.object({
      moved: z.array(z.object({ reference: z.string(), previousReference: z.string().nullable() })),
      notMoved: z.array(z.object({ reference: z.string(), reason: z.string() })),
    }),
  },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
