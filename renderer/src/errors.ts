import { isAppError, type AppError } from '../../shared/ipc/errors';

/**
 * Turns anything thrown into an AppError the banner can show: an AppError as it is, else INTERNAL with the error's
 * message and, for the log, its own `detail` (a worker's failure) or its stack.
 */
export function toAppError(error: unknown): AppError {
  if (isAppError(error)) return error;
  if (!(error instanceof Error)) return { code: 'INTERNAL', message: String(error) };
  const own = (error as { detail?: unknown }).detail;
  const detail = typeof own === 'string' ? own : error.stack;
  return { code: 'INTERNAL', message: error.message, ...(detail ? { detail } : {}) };
}
