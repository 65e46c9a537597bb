import type { OperationHandlers } from '../../domain/api';
import { parseCaseDraftKey } from '../../domain/drafts';
import type { ServiceDeps } from './context';

export function draftHandlers(deps: ServiceDeps): Pick<OperationHandlers, 'drafts.get' | 'drafts.save' | 'drafts.discard'> {
  const { store } = deps;

  /**
   * Whether the case a draft was typed on is gone: deleted, or (in team mode) deleted or moved out of the worker's
   * teams from another computer. Not knowing (the team records cannot be reached) keeps the draft.
   */
  async function caseIsGone(key: string): Promise<boolean> {
    const draft = parseCaseDraftKey(key);
    if (!draft) return false;
    try {
      return (await store.cases.revisionOf(draft.caseId)) === undefined;
    } catch {
      return false;
    }
  }

  return {
    'drafts.get': async ({ key }) => {
      const draft = store.local.drafts.get(key);
      if (!draft) return { value: null, savedAt: null };
      if (await caseIsGone(key)) {
        // What was typed about a case that is no longer here goes with it, as deleting it here would have done.
        await store.onLocal((local) => local.drafts.discardForCase(parseCaseDraftKey(key)!.caseId));
        return { value: null, savedAt: null };
      }
      return { value: draft.value, savedAt: draft.savedAt };
    },
    'drafts.save': async ({ key, value }) => {
      const savedAt = deps.now().toISOString();
      await store.onLocal((local) => local.drafts.save(key, value, savedAt));
      return { savedAt };
    },
    'drafts.discard': async ({ key }) => {
      await store.onLocal((local) => local.drafts.discard(key));
      return {};
    },
  };
}
