import type { OperationHandlers } from '../../domain/api';
import type { ServiceDeps } from './context';

export function draftHandlers(deps: ServiceDeps): Pick<OperationHandlers, 'drafts.get' | 'drafts.save' | 'drafts.discard'> {
  return {
    'drafts.get': ({ key }) => {
      const draft = deps.store.drafts.get(key);
      return draft ? { value: draft.value, savedAt: draft.savedAt } : { value: null, savedAt: null };
    },
    'drafts.save': ({ key, value }) => {
      const savedAt = deps.now().toISOString();
      deps.store.drafts.save(key, value, savedAt);
      return { savedAt };
    },
    'drafts.discard': ({ key }) => {
      deps.store.drafts.discard(key);
      return {};
    },
  };
}
