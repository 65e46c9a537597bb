import type { OperationHandlers } from '../../domain/api';
import type { ServiceDeps } from './context';

export function draftHandlers(deps: ServiceDeps): Pick<OperationHandlers, 'drafts.get' | 'drafts.save' | 'drafts.discard'> {
  return {
    'drafts.get': ({ key }) => {
      const draft = deps.store.local.drafts.get(key);
      return draft ? { value: draft.value, savedAt: draft.savedAt } : { value: null, savedAt: null };
    },
    'drafts.save': async ({ key, value }) => {
      const savedAt = deps.now().toISOString();
      await deps.store.onLocal((local) => local.drafts.save(key, value, savedAt));
      return { savedAt };
    },
    'drafts.discard': async ({ key }) => {
      await deps.store.onLocal((local) => local.drafts.discard(key));
      return {};
    },
  };
}
