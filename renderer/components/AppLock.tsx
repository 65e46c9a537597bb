import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { DEFAULT_IDLE_MINUTES } from '../../domain/settings';
import { invoke } from '../api';
import { fieldId } from '../form-state';
import { InputField } from './InputField';

/**
 * Locks the window so nothing about a child is on screen when the worker is away:
 * - after the configured idle time (Settings; 10 minutes unless changed), with a warning a minute before, in the
 *   GOV.UK timeout-warning pattern (a modal dialog that takes focus and says when the app will lock);
 * - at once with Ctrl+Shift+L, for when someone walks up;
 * - in the desktop app, when the computer locks or sleeps (the main process tells the page through the preload).
 *
 * Unlocking asks for the worker's unlock PIN once they have set one in Settings, and until then for their name as
 * Crossings knows it (checked in the main process, core/services/session.ts; failed attempts are audited, and
 * five wrong PINs in a row make it wait a minute). The case records' passphrase is not asked for: in the desktop
 * app the key is held by the computer's keychain, so there is no passphrase to check.
 * The lock is the core's (core/core.ts): while locked it answers nothing about any case, a reload or a second tab
 * starts locked, and any answer of LOCKED shows this screen. When it locks, the page underneath is unmounted, so the
 * locked page holds no child's details; what was being typed is first kept as a draft (useSectionForm listens for
 * `crossings:before-lock`) and comes back when the worker unlocks.
 */

/** Asks every open form to keep what was typed as a draft now, and waits for them (a moment, at most). */
function keepTypingAsDrafts(): Promise<unknown> {
  const pending: Promise<unknown>[] = [];
  window.dispatchEvent(new CustomEvent('crossings:before-lock', { detail: { waitUntil: (work: Promise<unknown>) => pending.push(work) } }));
  return Promise.race([Promise.allSettled(pending), new Promise((resolve) => window.setTimeout(resolve, 2000))]);
}

const WARNING_SECONDS = 60;
type Reason = 'idle' | 'shortcut' | 'system' | 'reopened';

export function AppLock({ children }: { children: ReactNode }) {
  const [idleMinutes, setIdleMinutes] = useState(DEFAULT_IDLE_MINUTES);
  // Until it is known whether a PIN is set, nothing is shown: with a PIN, Crossings starts locked, so closing and
  // reopening it (or reloading the page) is no way round the PIN.
  const [ready, setReady] = useState(false);
  const [locked, setLocked] = useState(false);
  const [warningLeft, setWarningLeft] = useState<number | null>(null);
  const lastActivity = useRef(0);
  const lockedRef = useRef(false);
  const warningRef = useRef(false);

  useEffect(() => {
    void invoke('settings.get', {}).then((result) => {
      if (result.ok) setIdleMinutes(result.value.lock.idleMinutes);
    });
    void invoke('session.unlockMethod', {}).then((result) => {
      if (result.ok && (result.value.locked || result.value.method === 'pin')) {
        lockedRef.current = true;
        setLocked(true);
        // With a PIN, opening Crossings again (a restart, a reload, another tab) always starts locked.
        if (!result.value.locked) void invoke('session.lock', { reason: 'reopened' });
      }
      setReady(true);
    });
  }, []);

  const lock = useCallback((reason: Reason) => {
    if (lockedRef.current) return;
    lockedRef.current = true;
    warningRef.current = false;
    setWarningLeft(null);
    const kept = keepTypingAsDrafts();
    setLocked(true);
    void kept.then(() => invoke('session.lock', { reason }));
  }, []);

  // Locked elsewhere (another tab, or the core after a restart): any LOCKED answer brings the lock screen here too.
  useEffect(() => {
    const onLockedAnswer = () => {
      void invoke('session.unlockMethod', {}).then((result) => {
        if (result.ok && result.value.locked && !lockedRef.current) {
          lockedRef.current = true;
          warningRef.current = false;
          setWarningLeft(null);
          setLocked(true);
        }
      });
    };
    window.addEventListener('crossings:locked-answer', onLockedAnswer);
    return () => window.removeEventListener('crossings:locked-answer', onLockedAnswer);
  }, []);

  const stayUnlocked = useCallback(() => {
    lastActivity.current = Date.now();
    warningRef.current = false;
    setWarningLeft(null);
  }, []);

  useEffect(() => {
    lastActivity.current = Date.now();
    const onActivity = () => {
      // While the warning shows, only its button keeps the app open, as the pattern asks.
      if (!warningRef.current && !lockedRef.current) lastActivity.current = Date.now();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'l') {
        event.preventDefault();
        lock('shortcut');
        return;
      }
      onActivity();
    };
    const events = ['pointerdown', 'pointermove', 'wheel', 'touchstart', 'scroll', 'input'] as const;
    for (const name of events) window.addEventListener(name, onActivity, { passive: true, capture: true });
    window.addEventListener('keydown', onKey, { capture: true });
    window.crossings?.onLock?.(() => lock('system'));
    const timer = window.setInterval(() => {
      if (lockedRef.current) return;
      const idleSeconds = (Date.now() - lastActivity.current) / 1000;
      const limit = idleMinutes * 60;
      if (idleSeconds >= limit) lock('idle');
      else if (idleSeconds >= limit - WARNING_SECONDS) {
        warningRef.current = true;
        setWarningLeft(Math.ceil(limit - idleSeconds));
      }
    }, 1000);
    return () => {
      for (const name of events) window.removeEventListener(name, onActivity, { capture: true });
      window.removeEventListener('keydown', onKey, { capture: true });
      window.clearInterval(timer);
    };
  }, [idleMinutes, lock]);

  useEffect(() => {
    if (!locked) return;
    const title = document.title;
    document.title = 'Crossings is locked';
    return () => {
      document.title = title;
    };
  }, [locked]);

  if (!ready) return null;
  return (
    <>
      {locked ? null : <div inert={warningLeft !== null}>{children}</div>}
      {warningLeft !== null && !locked ? <LockWarning secondsLeft={warningLeft} onStay={stayUnlocked} onLockNow={() => lock('idle')} /> : null}
      {locked ? (
        <LockScreen
          onUnlocked={() => {
            lockedRef.current = false;
            lastActivity.current = Date.now();
            setLocked(false);
          }}
        />
      ) : null}
    </>
  );
}

function LockWarning({ secondsLeft, onStay, onLockNow }: { secondsLeft: number; onStay(): void; onLockNow(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  // Screen readers hear the time at the start and then every 15 seconds, not every second.
  const spoken = secondsLeft === WARNING_SECONDS || secondsLeft % 15 === 0 ? secondsLeft : null;
  const [announcement, setAnnouncement] = useState(`Crossings will lock in ${WARNING_SECONDS} seconds.`);
  useEffect(() => {
    if (spoken !== null) setAnnouncement(`Crossings will lock in ${spoken} seconds.`);
  }, [spoken]);
  return (
    <dialog
      ref={ref}
      className="app-lock-warning"
      aria-labelledby="lock-warning-heading"
      aria-describedby="lock-warning-text"
      onCancel={(event) => {
        event.preventDefault();
        onStay();
      }}
    >
      <h2 className="govuk-heading-m" id="lock-warning-heading">
        Crossings is about to lock
      </h2>
      <p className="govuk-body" id="lock-warning-text">
        You have not used Crossings for a while. To keep children’s details private, it will lock in{' '}
        <span aria-hidden="true">
          {secondsLeft} {secondsLeft === 1 ? 'second' : 'seconds'}
        </span>
        <span className="govuk-visually-hidden" aria-live="assertive">
          {announcement}
        </span>
        . Anything you have typed is kept.
      </p>
      <div className="govuk-button-group govuk-!-margin-bottom-0">
        <button type="button" className="govuk-button govuk-!-margin-bottom-0" onClick={onStay}>
          Keep Crossings open
        </button>
        <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={onLockNow}>
          Lock now
        </button>
      </div>
    </dialog>
  );
}

function LockScreen({ onUnlocked }: { onUnlocked(): void }) {
  const [asking, setAsking] = useState(false);
  const [method, setMethod] = useState<'pin' | 'name'>('name');
  const [answer, setAnswer] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    void invoke('session.unlockMethod', {}).then((result) => {
      if (result.ok) setMethod(result.value.method);
    });
  }, []);
  useEffect(() => {
    if (asking) input.current?.focus();
  }, [asking]);
  const byPin = method === 'pin';
  const id = fieldId(byPin ? 'pin' : 'displayName');

  const submit = async () => {
    setBusy(true);
    const result = await invoke('session.unlock', byPin ? { pin: answer } : { displayName: answer });
    setBusy(false);
    if (result.ok) onUnlocked();
    else {
      setError(result.error.issues?.[0]?.message ?? result.error.message);
      setAnswer(byPin ? '' : answer);
      input.current?.focus();
    }
  };

  return (
    <div className="app-lock-screen">
      <main className="govuk-width-container govuk-main-wrapper">
        <h1 className="govuk-heading-l" tabIndex={-1} ref={heading}>
          Crossings is locked
        </h1>
        <p className="govuk-body">Nothing about any case is shown while Crossings is locked. Anything you had typed is kept.</p>
        {!asking ? (
          <button type="button" className="govuk-button" onClick={() => setAsking(true)}>
            Unlock Crossings
          </button>
        ) : (
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void submit();
            }}
          >
            <InputField
              id={id}
              label={byPin ? 'Your PIN' : 'Your name'}
              labelSize="s"
              hint={byPin ? 'The PIN you set in Settings.' : 'As it appears at the top of Crossings when you are signed in.'}
              error={error}
              value={answer}
              onChange={setAnswer}
              width={byPin ? '10' : 'one-half'}
              type={byPin ? 'password' : 'text'}
              inputMode={byPin ? 'numeric' : undefined}
              inputRef={input}
            />
            <button type="submit" className="govuk-button" disabled={busy}>
              Unlock
            </button>
          </form>
        )}
        {asking && byPin ? <ForgottenPin onUnlocked={onUnlocked} /> : null}
      </main>
    </div>
  );
}

/** A forgotten PIN is removed with the case records' recovery key, which the organisation keeps written down. */
function ForgottenPin({ onUnlocked }: { onUnlocked(): void }) {
  const [recoveryKey, setRecoveryKey] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const id = fieldId('recoveryKey');
  const submit = async () => {
    setBusy(true);
    const result = await invoke('session.resetPin', { recoveryKey });
    setBusy(false);
    if (result.ok) onUnlocked();
    else setError(result.error.issues?.[0]?.message ?? result.error.message);
  };
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Forgotten your PIN?</span>
      </summary>
      <div className="govuk-details__text">
        <p className="govuk-body">
          Enter the recovery key your organisation wrote down when Crossings was first set up on this computer. Your PIN is
          removed and Crossings opens; set a new PIN in Settings.
        </p>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <InputField id={id} label="Recovery key" error={error} value={recoveryKey} onChange={setRecoveryKey} />
          <button type="submit" className="govuk-button govuk-button--secondary" disabled={busy}>
            Remove my PIN and unlock
          </button>
        </form>
      </div>
    </details>
  );
}
