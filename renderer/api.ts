import type { OperationInput, OperationName, OperationOutput } from '../domain/api';
import type { AppErrorShape, Result } from '../domain/errors';

/**
 * The renderer's only way to the main process. In the desktop app the preload provides `window.crossings.invoke`;
 * in browser mode the same operations go to the local host over HTTP. Both answer a `Result`.
 */
declare global {
  interface Window {
    crossings?: {
      invoke(op: string, input: unknown): Promise<Result<unknown>>;
      /** Desktop only: called when the computer locks or sleeps, so the window locks too. */
      onLock?(listener: () => void): void;
    };
  }
}

const TOKEN_KEY = 'crossings-token';

/**
 * Browser mode's per-launch token: taken from the address Crossings printed (`?token=`), kept for this tab only and
 * taken out of the address bar, then sent with every operation as a header (never a cookie: see web-host.ts).
 */
function browserModeToken(): string {
  const url = new URL(window.location.href);
  const offered = url.searchParams.get('token');
  if (offered) {
    window.sessionStorage.setItem(TOKEN_KEY, offered);
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
  }
  return window.sessionStorage.getItem(TOKEN_KEY) ?? '';
}

// Read once, as the page loads, before anything changes the address.
const token = typeof window !== 'undefined' && !window.crossings ? browserModeToken() : '';

async function overHttp(op: string, input: unknown, keepalive = false): Promise<Result<unknown>> {
  try {
    const response = await fetch(`./api/${encodeURIComponent(op)}`, {
      method: 'POST',
      keepalive,
      headers: { 'Content-Type': 'application/json', 'X-Crossings-Token': token },
      credentials: 'omit',
      body: JSON.stringify(input),
    });
    if (response.status === 401) {
      return failure('UNAUTHORISED', 'Crossings has restarted. Open the new address it printed when it started.');
    }
    if (!response.ok) {
      // A request the host refused before the dispatcher (too large, too deeply nested) still says why.
      const refused = (await response.json().catch(() => undefined)) as Result<unknown> | undefined;
      return refused && refused.ok === false ? refused : failure('INTERNAL', 'Crossings did not answer as expected. Try again.');
    }
    return (await response.json()) as Result<unknown>;
  } catch {
    return failure('STORAGE', 'Crossings is not running, so nothing could be saved. What you typed is kept on this page. Start Crossings again and retry.');
  }
}

function failure(code: AppErrorShape['code'], message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

export async function invoke<N extends OperationName>(op: N, input: OperationInput<N>): Promise<Result<OperationOutput<N>>> {
  const bridge = window.crossings;
  const result = bridge ? await bridge.invoke(op, input) : await overHttp(op, input);
  // The core may be locked (another tab, a restart): the lock screen asks and shows itself (components/AppLock.tsx).
  if (!result.ok && result.error.code === 'LOCKED') window.dispatchEvent(new Event('crossings:locked-answer'));
  return result as Result<OperationOutput<N>>;
}

/**
 * For a call made as the page goes away (a reload, the window closing): in browser mode the request is sent with
 * `keepalive`, so it still reaches Crossings after the page has gone. The desktop bridge's IPC message is sent at once.
 */
export async function invokeBeforeUnload<N extends OperationName>(op: N, input: OperationInput<N>): Promise<Result<OperationOutput<N>>> {
  const bridge = window.crossings;
  const result = bridge ? await bridge.invoke(op, input) : await overHttp(op, input, true);
  return result as Result<OperationOutput<N>>;
}

/** For loads where an error is shown in place of the page. */
export async function invokeOrThrow<N extends OperationName>(op: N, input: OperationInput<N>): Promise<OperationOutput<N>> {
  const result = await invoke(op, input);
  if (!result.ok) throw new InvokeError(result.error);
  return result.value;
}

export class InvokeError extends Error {
  constructor(readonly error: AppErrorShape) {
    super(error.message);
  }
}
