import { AppError } from '../../../domain/errors';

/**
 * What the team store says when PostgreSQL refuses or cannot be reached, in a social worker's words. Never the
 * server's own message (it names tables and roles), which stays in the error's cause for the log.
 */

const unreachableCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'EPIPE', 'ENOENT']);

export class CaseSaveConflict extends AppError {
  constructor(
    readonly changedBy: string,
    readonly changedAt: string,
  ) {
    super('CONFLICT', conflictMessage(changedBy, changedAt));
    this.name = 'CaseSaveConflict';
  }
}

/** “Sam Okafor saved this case at 14:05 on 1 December 2026, after you opened it …”, in UK time. */
export function conflictMessage(changedBy: string, changedAtIso: string): string {
  const at = new Date(changedAtIso);
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit' }).format(at);
  const day = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric' }).format(at);
  return (
    `${changedBy} saved this case at ${time} on ${day}, after you opened it, so your changes were not saved over theirs. ` +
    'What you typed is kept: open the case again to see their changes, then add yours.'
  );
}

function codeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** Whether the server could not be reached or went away (the worker is told; what they typed is kept as a draft). */
export function isUnreachable(error: unknown): boolean {
  const code = codeOf(error);
  if (code && (unreachableCodes.has(code) || code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03')) return true;
  return error instanceof Error && /Connection terminated|connection timeout|Client has encountered a connection error/i.test(error.message);
}

/** Turns anything PostgreSQL or the connection threw into an AppError; an AppError passes through. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = codeOf(error);
  let result: AppError;
  if (isUnreachable(error)) {
    result = new AppError('STORAGE', 'The team records cannot be reached just now. Nothing was half-saved. What you typed is kept on this computer; try again in a moment.');
  } else if (code === '42501') {
    result = new AppError('NOT_FOUND', 'This case belongs to a team you are not in, so it cannot be opened or changed here. Ask a manager of its team.');
  } else if (code === '23505') {
    result = new AppError('VALIDATION', 'Another case already uses this reference or record. Enter a different one.', [
      { path: 'reference', message: 'Another case already uses this reference. Enter a different one.' },
    ]);
  } else if (code === '23001') {
    result = new AppError('CONFLICT', 'This is part of the case’s evidence, which is kept as it was written: add a correction instead.');
  } else if (code === '40001' || code === '40P01' || code === '55P03') {
    result = new AppError('CONFLICT', 'Someone else was saving this case at the same moment. Nothing was half-saved: try again.');
  } else {
    result = new AppError('STORAGE', 'The team records could not be read or saved. Nothing was half-saved. Try again, and tell IT if it keeps happening.');
  }
  (result as { cause?: unknown }).cause = error;
  return result;
}
