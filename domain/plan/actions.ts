import { z } from 'zod';
import { idSchema, shortText } from '../case/schemas';

/**
 * Actions with owners (issue 15, item 2): a recommendation the worker accepts as an action (or records as not needed,
 * with why), or an action agreed at the strategy discussion, each with an owner and a due date, marked done with a note.
 * The proposed actions of the meeting pack have an owner and a deadline (reference 6.2, item 11), and the discussion's
 * record is "the plan" (reference 6.1). Kept as an append-only history: every change is a new entry, never an edit.
 */

const required = (label: string, max = 200) =>
  shortText(label, max)
    .trim()
    .min(1, { error: `Enter ${label.charAt(0).toLowerCase()}${label.slice(1)}` });

export const ownerSchema = z.object({
  /** A person (the lead worker, someone invited to the discussion) or an agency on the case. */
  kind: z.enum(['person', 'agency'], { error: 'Choose who will do this' }),
  name: required('Who will do this'),
});
export type ActionOwner = z.infer<typeof ownerSchema>;

export const dueDateSchema = z.iso.date({ error: 'Enter the due date as a real date, for example 27 3 2026' });

const actionTitle = required('What will be done', 300);
const actionNote = (label: string) => shortText(label, 2000).trim();

/** What the worker asks for; the service turns it into an entry. */
export const actionChangeSchema = z.discriminatedUnion(
  'change',
  [
    z
      .object({
        change: z.literal('accept'),
        assessmentId: idSchema,
        recommendationId: z
          .string()
          .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
          .max(80),
        owner: ownerSchema,
        due: dueDateSchema,
      })
      .strict(),
    z
      .object({
        change: z.literal('not-needed'),
        assessmentId: idSchema,
        recommendationId: z
          .string()
          .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
          .max(80),
        reason: required('Why it is not needed', 2000),
      })
      .strict(),
    z.object({ change: z.literal('agree'), title: actionTitle, owner: ownerSchema, due: dueDateSchema }).strict(),
    z.object({ change: z.literal('reassign'), actionId: idSchema, owner: ownerSchema, due: dueDateSchema }).strict(),
    z.object({ change: z.literal('done'), actionId: idSchema, note: actionNote('What was done') }).strict(),
    z.object({ change: z.literal('reopen'), actionId: idSchema, note: required('Why it is open again', 2000) }).strict(),
  ],
  { error: 'Choose what to record about this action' },
);
export type ActionChange = z.infer<typeof actionChangeSchema>;

/** One entry of an action's history, as kept. */
export const actionEntrySchema = z.object({
  id: idSchema,
  actionId: idSchema,
  caseId: idSchema,
  at: z.iso.datetime(),
  worker: z.string(),
  event: z.discriminatedUnion('change', [
    z.object({
      change: z.literal('accepted'),
      assessmentId: idSchema,
      recommendationId: z.string(),
      title: z.string(),
      owner: ownerSchema,
      due: dueDateSchema,
    }),
    z.object({
      change: z.literal('not-needed'),
      assessmentId: idSchema,
      recommendationId: z.string(),
      title: z.string(),
      reason: z.string(),
    }),
    z.object({ change: z.literal('agreed'), title: z.string(), owner: ownerSchema, due: dueDateSchema }),
    z.object({ change: z.literal('reassigned'), owner: ownerSchema, due: dueDateSchema }),
    z.object({ change: z.literal('done'), note: z.string() }),
    z.object({ change: z.literal('reopened'), note: z.string() }),
  ]),
});
export type ActionEntry = z.infer<typeof actionEntrySchema>;

export const actionStatuses = ['open', 'done', 'not-needed'] as const;
export type ActionStatus = (typeof actionStatuses)[number];
export const actionStatusLabels: Record<ActionStatus, string> = { open: 'To do', done: 'Done', 'not-needed': 'Not needed' };

/** An action as it stands after every entry in its history. */
export const planActionSchema = z.object({
  id: idSchema,
  caseId: idSchema,
  /** The recommendation it came from, or null for an action agreed at the strategy discussion. */
  recommendationId: z.string().nullable(),
  /** The assessment whose recommendation it came from (an earlier assessment when carried into a later one). */
  assessmentId: idSchema.nullable(),
  title: z.string(),
  status: z.enum(actionStatuses),
  owner: ownerSchema.nullable(),
  due: dueDateSchema.nullable(),
  /** The latest note: why it is not needed, what was done, or why it was reopened. */
  note: z.string(),
  agreedAtMeeting: z.boolean(),
  history: z.array(actionEntrySchema).min(1),
});
export type PlanAction = z.infer<typeof planActionSchema>;

/** Folds each action's entries, oldest first, into how it stands now. Entries are in the order they were kept. */
export function foldActions(entries: readonly ActionEntry[]): PlanAction[] {
  const actions = new Map<string, PlanAction>();
  for (const entry of entries) {
    const current = actions.get(entry.actionId);
    const history = [...(current?.history ?? []), entry];
    const base: PlanAction = current ?? {
      id: entry.actionId,
      caseId: entry.caseId,
      recommendationId: null,
      assessmentId: null,
      title: '',
      status: 'open',
      owner: null,
      due: null,
      note: '',
      agreedAtMeeting: false,
      history,
    };
    const event = entry.event;
    const next: PlanAction = { ...base, history };
    if (event.change === 'accepted')
      Object.assign(next, {
        recommendationId: event.recommendationId,
        assessmentId: event.assessmentId,
        title: event.title,
        status: 'open',
        owner: event.owner,
        due: event.due,
        note: '',
      });
    if (event.change === 'not-needed')
      Object.assign(next, {
        recommendationId: event.recommendationId,
        assessmentId: event.assessmentId,
        title: event.title,
        status: 'not-needed',
        note: event.reason,
      });
    if (event.change === 'agreed')
      Object.assign(next, { title: event.title, status: 'open', owner: event.owner, due: event.due, agreedAtMeeting: true });
    if (event.change === 'reassigned') Object.assign(next, { owner: event.owner, due: event.due });
    if (event.change === 'done') Object.assign(next, { status: 'done', note: event.note });
    if (event.change === 'reopened') Object.assign(next, { status: 'open', note: event.note });
    actions.set(entry.actionId, next);
  }
  return [...actions.values()];
}

/** Open and past its due date on `today` (YYYY-MM-DD). */
export function isOverdue(action: Pick<PlanAction, 'status' | 'due'>, today: string): boolean {
  return action.status === 'open' && action.due !== null && action.due < today;
}

/** The action kept for a recommendation, if the worker has recorded one (from this or an earlier assessment). */
export function actionForRecommendation(actions: readonly PlanAction[], recommendationId: string): PlanAction | undefined {
  return actions.find((action) => action.recommendationId === recommendationId);
}

/** "20 March 2026" for a due date (GOV.UK style). */
export function dueDateText(due: string | null): string {
  if (!due) return '';
  const date = new Date(`${due}T12:00:00Z`);
  return Number.isNaN(date.getTime())
    ? due
    : date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
