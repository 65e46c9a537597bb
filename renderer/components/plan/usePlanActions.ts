import { useCallback, useEffect, useState } from 'react';
import type { ActionChange, PlanAction } from '../../../domain/plan/actions';
import { invoke } from '../../api';
import type { Recorded } from './OwnerAndDueForm';

/** The case's actions, and a way to record a change that keeps the list as the service answered it. */
export function usePlanActions(caseId: string) {
  const [actions, setActions] = useState<PlanAction[] | null>(null);
  const [message, setMessage] = useState<string | undefined>();

  useEffect(() => {
    let live = true;
    void invoke('actions.list', { caseId }).then((result) => {
      if (!live) return;
      if (result.ok) setActions(result.value.actions);
      else setMessage(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [caseId]);

  const record = useCallback(
    async (change: ActionChange): Promise<Recorded> => {
      const result = await invoke('actions.record', { caseId, change });
      if (!result.ok)
        return { issues: result.error.issues ?? [], message: result.error.issues?.length ? undefined : result.error.message };
      const action = result.value;
      setActions((current) => [...(current ?? []).filter((candidate) => candidate.id !== action.id), action]);
      return null;
    },
    [caseId],
  );

  return { actions, message, record };
}
