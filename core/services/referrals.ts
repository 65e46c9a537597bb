import type { OperationHandlers } from '../../domain/api';
import { buildFormView } from '../../domain/documents';
import { AppError } from '../../domain/errors';
import { nrmPrefill } from '../../domain/nrm/prefill';
import { applyReferralChange, referralChangeProblem, referralChronologyEntry, type Referral } from '../../domain/nrm/referrals';
import type { ServiceDeps } from './context';
import { documentService, latestAssessmentForDocuments } from './documents';
import { requireCase } from './require-case';

type Handlers = Pick<OperationHandlers, 'nrm.prefill' | 'referrals.list' | 'referrals.record'>;

/** The NRM referral on the case: its pre-filled answers, and each referral followed through its decisions. */
export function referralHandlers(deps: ServiceDeps): Handlers {
  const { store } = deps;
  const documents = documentService(deps);

  return {
    // The worker's own screen: the internal view of the case, with their details from Settings.
    'nrm.prefill': async ({ caseId }, context) => {
      const record = await requireCase(store, caseId);
      const view = buildFormView(await documents.input(record, await latestAssessmentForDocuments(deps, caseId), 'internal', context.worker));
      return { prefill: nrmPrefill(view) };
    },

    'referrals.list': async ({ caseId }) => {
      await requireCase(store, caseId);
      return { referrals: await store.referrals.forCase(caseId) };
    },

    'referrals.record': ({ caseId, referralId, revision, change }, context) =>
      store.transaction(async () => {
        await requireCase(store, caseId);
        const current = referralId ? await store.referrals.get(referralId) : null;
        if (referralId && (!current || current.caseId !== caseId)) throw new AppError('NOT_FOUND', 'This referral is not on this case. Reload the page and try again.');
        if (current && revision !== undefined && current.revision !== revision) {
          throw new AppError('CONFLICT', 'This referral was changed from another window since you opened this page. Reload the page to see the latest version.');
        }
        const problem = referralChangeProblem(current ?? null, change);
        if (problem) throw new AppError('VALIDATION', 'Some answers need changing before the referral can be saved.', [problem]);
        const now = deps.now().toISOString();
        let referral: Referral;
        if (current) {
          referral = { ...applyReferralChange(current, change), updatedAt: now, revision: current.revision + 1 };
          if (!(await store.referrals.update(referral))) throw new AppError('CONFLICT', 'This referral was changed from another window. Reload the page to see the latest version.');
        } else {
          if (change.step !== 'sent') throw new AppError('VALIDATION', 'Record the referral as sent first.', [{ path: 'change.step', message: 'Record the referral as sent first' }]);
          referral = {
            id: deps.newId(),
            caseId,
            kind: change.kind,
            sentOn: change.sentOn,
            sentBy: change.sentBy,
            reference: change.reference,
            reasonableGrounds: null,
            conclusiveGrounds: null,
            reconsideration: null,
            withdrawnOn: null,
            createdAt: now,
            updatedAt: now,
            revision: 1,
          };
          await store.referrals.insert(referral);
        }
        const entry = referralChronologyEntry(referral, change);
        const chronologyEntry = await store.cases.addChronologyEntry({
          id: deps.newId(),
          caseId,
          eventDate: { kind: 'date', date: entry.eventDate, approximate: false },
          kind: 'agency-contact',
          summary: entry.summary,
          source: 'Referral record',
          recordedAt: now,
          recordedBy: context.worker,
          correctsId: null,
        });
        return { referral, chronologyEntry };
      }),
  };
}
