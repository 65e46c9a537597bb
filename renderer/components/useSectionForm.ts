import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldIssue, Result } from '../../domain/errors';
import { invoke, invokeBeforeUnload } from '../api';
import { finaliseTypedDates, setAt } from '../form-state';

/** A pause in typing this long keeps the draft. */
const DRAFT_DELAY_MS = 400;
/** Typing without a pause still keeps the draft at least this often. */
export const DRAFT_MAX_WAIT_MS = 2_000;

interface Options<T, R> {
  /** Where unsaved typing is kept: a key from domain/drafts.ts. */
  draftKey: string;
  initial: T;
  save(value: T): Promise<Result<R>>;
  /** Return 'keep-draft' when the save was only a step (for example, showing possible matches first). */
  onSaved(result: R): void | 'keep-draft';
  /** Dotted prefixes the host puts before this form's field paths in its issues (e.g. `changes.child`). */
  issuePrefixes?: string[];
}

/**
 * A form whose typing survives a reload or a crash: every change is kept as a draft in the case database, restored
 * when the page opens again, and discarded only once the save succeeds. A failed save says why and keeps the input.
 */
export function useSectionForm<T, R>({ draftKey, initial, save, onSaved, issuePrefixes = [] }: Options<T, R>) {
  const [value, setValue] = useState<T>(initial);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [message, setMessage] = useState<string | undefined>();
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [draftState, setDraftState] = useState<'idle' | 'kept' | 'failed'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(value);
  latest.current = value;

  useEffect(() => {
    let cancelled = false;
    void invoke('drafts.get', { key: draftKey }).then((result) => {
      if (cancelled || !result.ok || result.value.value === null) return;
      const draft = result.value.value as { value?: T };
      if (draft.value === undefined) return;
      setValue(draft.value);
      setRestoredAt(result.value.savedAt);
    });
    return () => {
      cancelled = true;
      clearTimeout(timer.current);
    };
  }, [draftKey]);

  const dirty = useRef(false);
  /** When the oldest change not yet kept was made, so continuous typing is kept every DRAFT_MAX_WAIT_MS. */
  const dirtySince = useRef<number | null>(null);

  // When the page is hidden or goes away (reload, closing the window), what was typed is kept at once.
  useEffect(() => {
    const flush = () => {
      if (!dirty.current) return;
      clearTimeout(timer.current);
      dirty.current = false;
      dirtySince.current = null;
      void invokeBeforeUnload('drafts.save', { key: draftKey, value: { value: latest.current } });
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [draftKey]);

  // Before the window locks (and this form is unmounted), what was typed is kept at once rather than after the pause.
  useEffect(() => {
    const onBeforeLock = (event: Event) => {
      if (!dirty.current) return;
      clearTimeout(timer.current);
      dirty.current = false;
      dirtySince.current = null;
      const { waitUntil } = (event as CustomEvent<{ waitUntil(work: Promise<unknown>): void }>).detail;
      waitUntil(invoke('drafts.save', { key: draftKey, value: { value: latest.current } }));
    };
    window.addEventListener('crossings:before-lock', onBeforeLock);
    return () => window.removeEventListener('crossings:before-lock', onBeforeLock);
  }, [draftKey]);

  const keepDraft = useCallback(() => {
    dirty.current = true;
    const now = Date.now();
    dirtySince.current ??= now;
    clearTimeout(timer.current);
    // After a short pause, or at the latest DRAFT_MAX_WAIT_MS after the first change not yet kept.
    const wait = Math.max(0, Math.min(DRAFT_DELAY_MS, dirtySince.current + DRAFT_MAX_WAIT_MS - now));
    timer.current = setTimeout(() => {
      dirty.current = false;
      dirtySince.current = null;
      void invoke('drafts.save', { key: draftKey, value: { value: latest.current } }).then((result) =>
        setDraftState(result.ok ? 'kept' : 'failed'),
      );
    }, wait);
  }, [draftKey]);

  const set = useCallback(
    (path: string, next: unknown) => {
      setValue((current) => {
        const updated = setAt(current, path, next);
        latest.current = updated;
        return updated;
      });
      keepDraft();
    },
    [keepDraft],
  );

  const replace = useCallback(
    (next: T) => {
      setValue(next);
      latest.current = next;
      keepDraft();
    },
    [keepDraft],
  );

  const stripPrefix = (path: string) => {
    for (const prefix of ['changes', ...issuePrefixes]) {
      if (path === prefix) return '';
      if (path.startsWith(`${prefix}.`)) path = path.slice(prefix.length + 1);
    }
    return path;
  };

  const submit = async () => {
    setMessage(undefined);
    const finalised = finaliseTypedDates(latest.current);
    if (finalised.issues.length > 0) {
      setIssues(finalised.issues);
      return;
    }
    setSaving(true);
    clearTimeout(timer.current);
    dirty.current = false;
    dirtySince.current = null;
    const result = await save(finalised.value);
    setSaving(false);
    if (result.ok) {
      setIssues([]);
      if (onSaved(result.value) !== 'keep-draft') {
        setRestoredAt(null);
        await invoke('drafts.discard', { key: draftKey });
      }
      return;
    }
    // Keep the draft: what was typed must survive whatever went wrong.
    keepDraft();
    if (result.error.issues && result.error.issues.length > 0) {
      setIssues(result.error.issues.map((issue) => ({ ...issue, path: stripPrefix(issue.path) })));
      setMessage(result.error.code === 'VALIDATION' ? undefined : result.error.message);
    } else {
      setIssues([]);
      setMessage(`${result.error.message} What you typed has been kept.`);
    }
  };

  const discardDraft = async () => {
    await invoke('drafts.discard', { key: draftKey });
    setValue(initial);
    latest.current = initial;
    setRestoredAt(null);
    setIssues([]);
  };

  return { value, set, replace, issues, message, saving, submit, restoredAt, discardDraft, draftState };
}
