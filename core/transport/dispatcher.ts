import type { z } from 'zod';
import { isOperationName, operations, type AuditHook, type CallContext, type OperationHandlers, type OperationName } from '../../domain/api';
import { AppError, toFieldIssues, type Result } from '../../domain/errors';

export type Dispatch = (op: string, input: unknown, context: CallContext) => Promise<Result<unknown>>;

export interface DispatcherOptions {
  /** Where unexpected failures are written for the developers; never shown to the worker as they are. */
  log?: (message: string, error: unknown) => void;
  /** Told about every call whose input was valid, with its answer (the audit log); without one nothing is audited. */
  audit?: AuditHook;
}

/**
 * The only way in to the services, for both transports: checks the operation name, validates the input, calls the
 * handler, validates the output, and turns every failure into `{ code, message, issues? }`.
 */
export function createDispatcher(handlers: OperationHandlers, options: DispatcherOptions = {}): Dispatch {
  const log = options.log ?? ((message, error) => console.error(message, error));
  const audit = options.audit;
  /** Every answer to a call whose input was valid goes through here, to the audit hook. */
  const audited = async (op: OperationName, input: unknown, result: Result<unknown>, context: CallContext): Promise<Result<unknown>> => {
    if (!audit) return result;
    try {
      await audit(op, input, result, context);
      return result;
    } catch (error) {
      log(`The audit log could not record ${op}`, error);
      const saved = result.ok ? ' If you were saving, your change was saved.' : '';
      return fail(new AppError('STORAGE', `Crossings could not write this to its audit log, so it has not shown the result.${saved} Please tell your IT team.`));
    }
  };
  return async (op, input, context) => {
    if (!isOperationName(op)) {
      return fail(new AppError('NOT_FOUND', 'Crossings does not know how to do that. Reload the page and try again.'));
    }
    const contract = operations[op];
    const parsedInput = contract.input.safeParse(input ?? {});
    if (!parsedInput.success) {
      return fail(new AppError('VALIDATION', 'Some answers need changing.', toFieldIssues(parsedInput.error)));
    }
    const answer = (result: Result<unknown>) => audited(op, parsedInput.data, result, context);
    try {
      const handler = handlers[op] as (input: unknown, context: CallContext) => unknown;
      const output = await handler(parsedInput.data, context);
      const parsedOutput = (contract.output as z.ZodType).safeParse(output);
      if (!parsedOutput.success) {
        log(`Operation ${op} produced output that does not match its contract`, parsedOutput.error);
        return answer(fail(new AppError('INTERNAL', 'Something went wrong inside Crossings. Your saved work is safe. Please tell your IT team.')));
      }
      return answer({ ok: true, value: parsedOutput.data });
    } catch (error) {
      if (error instanceof AppError) return answer(fail(error));
      const mapped = mapStorageFailure(error);
      if (mapped) return answer(fail(mapped));
      log(`Operation ${op} failed`, error);
      return answer(fail(new AppError('INTERNAL', 'Something went wrong inside Crossings. Your saved work is safe. Please tell your IT team.')));
    }
  };
}

function fail(error: AppError): Result<never> {
  return { ok: false, error: error.toJSON() };
}

/** SQLite failures a worker can act on, in their words. */
function mapStorageFailure(error: unknown): AppError | undefined {
  if (!(error instanceof Error)) return undefined;
  const code = (error as { code?: string }).code ?? '';
  if (!code.startsWith('SQLITE_')) return undefined;
  if (code === 'SQLITE_FULL') {
    return new AppError('STORAGE', 'The disk is full, so this was not saved. Nothing already saved has changed. Free some space and try again.');
  }
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return new AppError('LOCKED', 'The case records are busy. Wait a moment and try again; nothing was lost.');
  }
  if (code === 'SQLITE_READONLY') {
    return new AppError('STORAGE', 'The case records cannot be changed on this computer (the file is read-only). Nothing was saved.');
  }
  return new AppError('STORAGE', 'This could not be saved because of a problem with the case records. Nothing already saved has changed.');
}

export type { OperationName };
