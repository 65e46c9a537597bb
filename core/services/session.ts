import { randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { OperationHandlers } from '../../domain/api';
import { AppError } from '../../domain/errors';
import { pinAsTyped } from '../../domain/settings';
import { deriveKeyFromSecret } from '../crypto/derive-key';
import { keyFilePath, recoveryKeyOpens } from '../store/keys';
import type { Store } from '../store/store';
import type { ServiceDeps } from './context';

type Handlers = Pick<OperationHandlers, 'session.lock' | 'session.unlock' | 'session.unlockMethod' | 'session.setPin' | 'session.resetPin'>;

/**
 * Locking and unlocking the window. Locking hides everything about every case (renderer/components/AppLock.tsx).
 * Unlocking needs the worker's unlock PIN once they have set one in Settings; until then, their display name as
 * Crossings knows it. The PIN is kept only as a salted scrypt hash, in the encrypted database; wrong PINs are
 * audited, and after five in a row unlocking waits a minute. A forgotten PIN is removed with the case records'
 * recovery key (the one written down at first run).
 */

/** Where the PIN's hash is kept in the settings table. */
export const UNLOCK_PIN_KEY = 'unlock-pin';
const SCRYPT_LOG_N = 14;
const MAX_TRIES = 5;
const WAIT_MS = 60_000;

const storedPinSchema = z.object({
  scheme: z.literal('scrypt'),
  logN: z.number().int().min(10).max(20),
  salt: z.string(),
  hash: z.string(),
});
type StoredPin = z.infer<typeof storedPinSchema>;

function hashPin(pin: string, salt: Buffer, logN: number): Buffer {
  return deriveKeyFromSecret(pinAsTyped(pin), salt, { logN }, 32);
}

function makePin(pin: string): StoredPin {
  const salt = randomBytes(16);
  return { scheme: 'scrypt', logN: SCRYPT_LOG_N, salt: salt.toString('base64'), hash: hashPin(pin, salt, SCRYPT_LOG_N).toString('base64') };
}

function pinMatches(stored: StoredPin, offered: string): boolean {
  const expected = Buffer.from(stored.hash, 'base64');
  const actual = hashPin(offered, Buffer.from(stored.salt, 'base64'), stored.logN);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

const fold = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');

/**
 * Whether Crossings is locked: a state of the core, not of the page, so a reload or a second tab is no way round it.
 * While locked, the core answers only unlocking and app status (core/core.ts).
 */
export interface SessionLock {
  readonly locked: boolean;
  lock(): void;
  unlock(): void;
}

export function createSessionLock(locked = false): SessionLock {
  let state = locked;
  return {
    get locked() {
      return state;
    },
    lock: () => {
      state = true;
    },
    unlock: () => {
      state = false;
    },
  };
}

/** Whether the worker has set an unlock PIN (then Crossings starts locked). */
export function hasUnlockPin(store: Store): boolean {
  return storedPinSchema.safeParse(store.settings.get(UNLOCK_PIN_KEY)).success;
}

export function sessionHandlers(deps: ServiceDeps, session: SessionLock = createSessionLock()): Handlers {
  const { store } = deps;
  let wrongInARow = 0;
  let waitUntil = 0;

  const storedPin = (): StoredPin | null => {
    const parsed = storedPinSchema.safeParse(store.local.settings.get(UNLOCK_PIN_KEY));
    return parsed.success ? parsed.data : null;
  };

  /** Checks a PIN, counting wrong ones; throws the worker's message when it is not right. */
  const checkPin = (stored: StoredPin, offered: string | undefined, field: 'pin' | 'currentPin') => {
    const now = deps.now().getTime();
    if (now < waitUntil) {
      throw new AppError('VALIDATION', 'Crossings is still locked.', [
        { path: field, message: 'That PIN was wrong too many times. Wait a minute, then try again.' },
      ]);
    }
    if (offered && pinMatches(stored, offered)) {
      wrongInARow = 0;
      return;
    }
    wrongInARow += 1;
    if (wrongInARow >= MAX_TRIES) {
      wrongInARow = 0;
      waitUntil = now + WAIT_MS;
    }
    throw new AppError('VALIDATION', field === 'pin' ? 'Crossings is still locked.' : 'Your PIN was not changed.', [
      { path: field, message: offered ? 'That is not your PIN. Check it and try again.' : 'Enter your PIN' },
    ]);
  };

  return {
    'session.lock': () => {
      session.lock();
      return {};
    },
    'session.unlockMethod': () => ({ method: storedPin() ? 'pin' : 'name', locked: session.locked }),
    'session.unlock': ({ displayName, pin }, context) => {
      const stored = storedPin();
      if (stored) {
        checkPin(stored, pin, 'pin');
        session.unlock();
        return {};
      }
      if (!displayName?.trim()) throw new AppError('VALIDATION', 'Crossings is still locked.', [{ path: 'displayName', message: 'Enter your name' }]);
      if (fold(displayName) !== fold(context.worker)) {
        throw new AppError('VALIDATION', 'Crossings is still locked.', [
          { path: 'displayName', message: 'That is not the name Crossings knows you by on this computer. Enter your name as it appears at the top of the page.' },
        ]);
      }
      session.unlock();
      return {};
    },
    'session.setPin': async ({ currentPin, newPin }) => {
      const stored = storedPin();
      if (stored) checkPin(stored, currentPin, 'currentPin');
      await store.onLocal((local) => local.settings.set(UNLOCK_PIN_KEY, makePin(newPin)));
      return { method: 'pin' as const };
    },
    'session.resetPin': async ({ recoveryKey }) => {
      const opens = (() => {
        try {
          return recoveryKey.trim() !== '' && recoveryKeyOpens(keyFilePath(deps.dataFolder), recoveryKey);
        } catch {
          return false;
        }
      })();
      if (!opens) {
        throw new AppError('VALIDATION', 'Your PIN was not removed.', [
          { path: 'recoveryKey', message: recoveryKey.trim() === '' ? 'Enter the recovery key' : 'That is not the recovery key for these case records. Check each group of characters.' },
        ]);
      }
      wrongInARow = 0;
      waitUntil = 0;
      await store.onLocal((local) => local.settings.set(UNLOCK_PIN_KEY, null));
      // The recovery key is the stronger secret: the window opens, and the worker sets a new PIN.
      session.unlock();
      return { method: 'name' as const };
    },
  };
}
