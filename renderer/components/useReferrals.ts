import { useEffect, useState } from 'react';
import type { Referral } from '../../domain/nrm';
import { invoke } from '../api';

/** The case's referrals, loaded again whenever the case is saved. */
export function useReferrals(caseId: string, revision: number, chronologyLength: number) {
  const [referrals, setReferrals] = useState<Referral[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void invoke('referrals.list', { caseId }).then((result) => {
      if (!current) return;
      if (result.ok) setReferrals(result.value.referrals);
      else setError(result.error.message);
    });
    return () => {
      current = false;
    };
  }, [caseId, revision, chronologyLength]);
  return { referrals, error };
}

