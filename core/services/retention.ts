import type { OperationHandlers } from '../../domain/api';
import type { CaseRecord } from '../../domain/case/schemas';
import { AppError } from '../../domain/errors';
import { describeRetentionRule, reviewDueDate, type RetentionRule } from '../../domain/retention';
import { appSettings } from './settings';
import type { ServiceDeps } from './context';

type Handlers = Pick<OperationHandlers, 'cases.dueForReview' | 'cases.delete'>;

export function retentionRule(deps: ServiceDeps): RetentionRule {
  return appSettings(deps.store.local).retention;
}

/**
 * Called inside the transaction that saves a case: closing it sets when it closed and when it is due for review
 * under the retention rule in force; reopening clears both. Saving a closed case again keeps its dates.
 */
export async function recordClosure(deps: ServiceDeps, before: Pick<CaseRecord, 'status'> | null, after: CaseRecord): Promise<void> {
  if (after.status === 'closed' && before?.status !== 'closed') {
    await deps.store.retention.setClosure(after.id, after.updatedAt, reviewDueDate(retentionRule(deps), after.updatedAt, after.child));
  } else if (after.status === 'open' && before?.status === 'closed') {
    await deps.store.retention.setClosure(after.id, null, null);
  }
}

export function retentionHandlers(deps: ServiceDeps): Handlers {
  const { store } = deps;
  return {
    'cases.dueForReview': async ({ asOf }) => {
      const today = asOf ?? deps.now().toISOString().slice(0, 10);
      return {
        rule: describeRetentionRule(retentionRule(deps)),
        cases: (await store.retention.closedCases()).map((row) => ({
          id: row.id,
          reference: row.reference,
          childName: row.child_name,
          isExample: row.is_example === 1,
          closedAt: row.closed_at,
          reviewDue: row.review_due,
          due: row.review_due <= today,
        })),
      };
    },

    'cases.delete': ({ id, confirmReference }) =>
      store.transaction(async () => {
        const record = await store.cases.summary(id);
        if (!record) throw new AppError('NOT_FOUND', 'This case could not be found. It may have been deleted already.');
        if (confirmReference.trim().toLowerCase() !== record.reference.toLowerCase()) {
          throw new AppError('VALIDATION', 'The case was not deleted.', [
            { path: 'confirmReference', message: `Type the case reference, ${record.reference}, exactly to confirm` },
          ]);
        }
        if (record.status !== 'closed' && !record.isExample) {
          throw new AppError('CONFLICT', 'Only a closed case can be deleted. Close the case first, then review it for deletion.');
        }
        await store.retention.deleteCase(id);
        return { id, reference: record.reference };
      }),
  };
}
