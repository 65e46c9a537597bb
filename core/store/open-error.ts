import type { OperationOutput } from '../../domain/api';
import { AppError, type ErrorCode } from '../../domain/errors';
import { KeyError } from './keys';

/** Why the case records are not open, as `app.status` reports it; each has its own advice on the problem page. */
export type RecordsProblem = Exclude<OperationOutput<'app.status'>['state'], 'ok'>;

/** A failure to open the case records that says, by its kind and not its wording, what the worker can do about it. */
export class RecordsOpenError extends AppError {
  constructor(
    readonly problem: RecordsProblem,
    code: ErrorCode,
    message: string,
  ) {
    super(code, message);
  }
}

/**
 * The kind of an opening failure. Failures raised without a kind are read by their error code: a newer version's
 * file is unsupported, a file in use is in use, a key that will not unlock needs the key, and anything else is
 * treated as damage (the safest reading: it offers the newest good backup and changes nothing).
 */
export function problemOf(error: AppError): RecordsProblem {
  if (error instanceof RecordsOpenError) return error.problem;
  if (error instanceof KeyError) return 'needs-key';
  if (error.code === 'UNSUPPORTED') return 'unsupported';
  if (error.code === 'LOCKED') return 'in-use';
  return 'damaged';
}
