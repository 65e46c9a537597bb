import { useCallback, useEffect, useState } from 'react';
import type { Assessment, Framework } from '../../../domain/imaaf';
import { invoke } from '../../api';

/** Loads an assessment and the framework version it was started under. */
export function useAssessment(assessmentId: string) {
  const [assessment, setAssessment] = useState<Assessment | null>(null);
  const [framework, setFramework] = useState<Framework | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    const loaded = await invoke('assessments.get', { id: assessmentId });
    if (!loaded.ok) {
      setError(loaded.error.message);
      return;
    }
    const version = await invoke('assessments.framework', {
      frameworkId: loaded.value.frameworkId,
      frameworkVersion: loaded.value.frameworkVersion,
    });
    if (!version.ok) {
      setError(version.error.message);
      return;
    }
    setAssessment(loaded.value);
    setFramework(version.value);
  }, [assessmentId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { assessment, framework, error, reload, setAssessment };
}

export const sectionStatusLabels = { 'not-started': 'Not yet started', 'in-progress': 'In progress', done: 'Done' } as const;
