import { useEffect, useState } from 'react';
import type { NrmPrefill } from '../../../domain/nrm';
import { invoke } from '../../api';

/** What the case pre-fills for each NRM question (the core works it out from the case, the assessment and Settings). */
export function useNrmPrefill(caseId: string, revision: number): { prefill: Record<string, NrmPrefill> | null; error: string | null } {
  const [state, setState] = useState<{ prefill: Record<string, NrmPrefill> | null; error: string | null }>({ prefill: null, error: null });
  useEffect(() => {
    let current = true;
    void invoke('nrm.prefill', { caseId }).then((result) => {
      if (!current) return;
      setState(result.ok ? { prefill: result.value.prefill, error: null } : { prefill: null, error: result.error.message });
    });
    return () => {
      current = false;
    };
  }, [caseId, revision]);
  return state;
}
