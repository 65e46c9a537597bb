import type { OperationHandlers } from '../../domain/api';
import { AppError } from '../../domain/errors';
import { actionForRecommendation, type ActionEntry, type PlanAction } from '../../domain/plan/actions';
import type { ServiceDeps } from './context';
import { requireCase } from './require-case';

type Handlers = Pick<OperationHandlers, 'actions.list' | 'actions.record'>;

/**
 * The plan's actions with owners (issue 15, decision 17). Every change is a new entry in the action's history; an
 * action belongs to the case, not to one assessment, so the next assessment finds it already recorded.
 */
export function actionHandlers(deps: ServiceDeps): Handlers {
  const { store } = deps;

  function requireAction(actions: PlanAction[], actionId: string): PlanAction {
    const action = actions.find((candidate) => candidate.id === actionId);
    if (!action)
      throw new AppError('NOT_FOUND', 'This action is not in the case’s plan. Reload the page to see the plan as it is now.');
    return action;
  }

  async function recommendationFrom(caseId: string, assessmentId: string, recommendationId: string) {
    const assessment = await store.assessments.get(assessmentId);
    if (!assessment || assessment.caseId !== caseId)
      throw new AppError('NOT_FOUND', 'This assessment could not be found for this case.');
    if (assessment.status !== 'completed' || !assessment.outcome) {
      throw new AppError(
        'CONFLICT',
        'Complete the assessment first: its recommendations become actions once its outcome is final.',
      );
    }
    const recommendation = assessment.outcome.recommendations.find((candidate) => candidate.id === recommendationId);
    if (!recommendation)
      throw new AppError('VALIDATION', 'This recommendation is not in the assessment’s outcome.', [
        { path: 'recommendationId', message: 'Choose a recommendation from the outcome' },
      ]);
    return recommendation;
  }

  return {
    'actions.list': async ({ caseId }) => {
      await requireCase(store, caseId);
      return { actions: await store.actions.forCase(caseId) };
    },

    'actions.record': ({ caseId, change }, context) =>
      store.transaction(async () => {
        await requireCase(store, caseId);
        const actions = await store.actions.forCase(caseId);
        let actionId: string;
        let event: ActionEntry['event'];
        switch (change.change) {
          case 'accept': {
            const recommendation = await recommendationFrom(caseId, change.assessmentId, change.recommendationId);
            const existing = actionForRecommendation(actions, change.recommendationId);
            if (existing && existing.status !== 'not-needed') {
              throw new AppError(
                'CONFLICT',
                `“${existing.title}” is already an action in the plan. Change its owner or due date there.`,
              );
            }
            actionId = existing?.id ?? deps.newId();
            event = {
              change: 'accepted',
              assessmentId: change.assessmentId,
              recommendationId: recommendation.id,
              title: recommendation.title,
              owner: change.owner,
              due: change.due,
            };
            break;
          }
          case 'not-needed': {
            const recommendation = await recommendationFrom(caseId, change.assessmentId, change.recommendationId);
            const existing = actionForRecommendation(actions, change.recommendationId);
            if (existing && existing.status !== 'open') {
              throw new AppError(
                'CONFLICT',
                `“${existing.title}” is already recorded as ${existing.status === 'done' ? 'done' : 'not needed'}.`,
              );
            }
            actionId = existing?.id ?? deps.newId();
            event = {
              change: 'not-needed',
              assessmentId: change.assessmentId,
              recommendationId: recommendation.id,
              title: recommendation.title,
              reason: change.reason,
            };
            break;
          }
          case 'agree':
            actionId = deps.newId();
            event = { change: 'agreed', title: change.title, owner: change.owner, due: change.due };
            break;
          case 'reassign': {
            const action = requireAction(actions, change.actionId);
            if (action.status !== 'open')
              throw new AppError(
                'CONFLICT',
                `“${action.title}” is not open: reopen it before giving it a new owner or due date.`,
              );
            actionId = action.id;
            event = { change: 'reassigned', owner: change.owner, due: change.due };
            break;
          }
          case 'done': {
            const action = requireAction(actions, change.actionId);
            if (action.status !== 'open')
              throw new AppError(
                'CONFLICT',
                `“${action.title}” is already recorded as ${action.status === 'done' ? 'done' : 'not needed'}.`,
              );
            actionId = action.id;
            event = { change: 'done', note: change.note };
            break;
          }
          case 'reopen': {
            const action = requireAction(actions, change.actionId);
            if (action.status !== 'done')
              throw new AppError('CONFLICT', `“${action.title}” is not done, so there is nothing to reopen.`);
            actionId = action.id;
            event = { change: 'reopened', note: change.note };
            break;
          }
        }
        await store.actions.append({ id: deps.newId(), actionId, caseId, at: deps.now().toISOString(), worker: context.worker, event });
        return requireAction(await store.actions.forCase(caseId), actionId);
      }),
  };
}
