import { isAppError, type AppError } from '../../shared/ipc/errors';

/** Turns anything thrown into an AppError the banner can show. */
export function toAppError(error: unknown): AppError {
  if (isAppError(error)) return error;
  return {
    code: 'INTERNAL',
    message: String(error),
    ...(error instanceof Error && error.stack ? { detail: error.stack } : {}),
  };
}
