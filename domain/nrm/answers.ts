import '../validation';
import { z } from 'zod';
import { listFor, nrmQuestion } from './questions';

/**
 * The NRM answers kept on the case: what the worker accepted or wrote for each question (by the service's field id),
 * and for an accepted pre-filled answer, where in the case it came from. A pre-filled answer the worker has not yet
 * accepted is not stored: it is worked out again from the case each time, so it follows the case.
 */

/** The online form's 15,000-character text boxes (prompt sheet p1); the same cap as the case's own long answers. */
export const LONG_TEXT_MAX = 15_000;

const fieldIdSchema = z.string().max(120).regex(/^[a-z0-9-]+$/, { error: 'This question could not be identified. Reload the page and try again.' });

export const nrmAnswerValueSchema = z.union([
  z.string().max(LONG_TEXT_MAX, { error: `An answer must be ${LONG_TEXT_MAX.toLocaleString('en-GB')} characters or fewer, as in the online form` }),
  z.array(z.string().max(200)).max(10, { error: 'The online form takes at most ten places' }),
]);

export const nrmAnswersSchema = z
  .object({
    answers: z.record(fieldIdSchema, nrmAnswerValueSchema),
    /** Field id to where the accepted pre-filled answer came from, e.g. "The child: place of birth". */
    accepted: z.record(fieldIdSchema, z.string().max(200)),
  })
  .superRefine((value, context) => {
    for (const [id, answer] of Object.entries(value.answers)) {
      const path = ['answers', id];
      const question = nrmQuestion(id);
      if (!question) {
        context.addIssue({ code: 'custom', path, message: 'This question is not in the 2026 NRM form. Reload the page and try again.' });
        continue;
      }
      const many = question.kind === 'picks' || question.kind === 'ticks';
      if (many !== Array.isArray(answer)) {
        context.addIssue({ code: 'custom', path, message: `Answer “${question.question}” again` });
        continue;
      }
      if (typeof answer === 'string') {
        if (question.kind === 'choice' && answer !== '' && !question.options?.includes(answer)) {
          context.addIssue({ code: 'custom', path, message: `Choose an answer to “${question.question}” from the list` });
        }
        if (question.kind === 'pick' && answer !== '' && !listFor(question).includes(answer)) {
          context.addIssue({ code: 'custom', path, message: `Choose “${question.question}” from the list, or Unknown if it is not there` });
        }
        if (question.kind === 'text' && answer.length > 500) {
          context.addIssue({ code: 'custom', path, message: `“${question.question}” must be 500 characters or fewer` });
        }
        continue;
      }
      const allowed = question.kind === 'ticks' ? (question.ticks ?? []).map((tick) => tick.value) : listFor(question);
      if (answer.some((item) => !allowed.includes(item))) {
        context.addIssue({ code: 'custom', path, message: `Choose each answer to “${question.question}” from the list` });
      }
      if (question.max !== undefined && answer.length > question.max) {
        context.addIssue({ code: 'custom', path, message: `The online form takes at most ${question.max} for “${question.question}”` });
      }
    }
  });
export type NrmAnswersRecord = z.infer<typeof nrmAnswersSchema>;

export const emptyNrmAnswers = (): NrmAnswersRecord => ({ answers: {}, accepted: {} });
