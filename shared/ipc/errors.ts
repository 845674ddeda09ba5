import type { Notice } from './notice';

/** Machine-readable error codes that cross IPC; the renderer translates each into a message. */
export type ErrorCode =
  | 'BAD_ARGS'
  | 'FORBIDDEN_SENDER'
  | 'UNKNOWN_CHANNEL'
  | 'NOT_FOUND'
  | 'NOT_A_FOLDER'
  | 'NO_FOLDER'
  | 'FOLDER_UNREADABLE'
  | 'CANCELLED'
  | 'NEWER_FILE'
  | 'NOT_SAVED'
  | 'FOLDER_NOT_CHOSEN'
  | 'EMPTY_CLIPBOARD'
  | 'EXPORT_FAILED'
  | 'NO_PAIR'
  | 'UNDO_CHANGED'
  | 'UNDO_GONE'
  | 'INTERNAL';

/** An error as it reaches the user: what happened and what to do (`message`), and `detail` for the log. */
export interface AppError {
  code: ErrorCode;
  /** English text for logs and the CLI; the UI shows the catalog text for `code` filled with `params`. */
  message: string;
  detail?: string;
  /** Values the translated message names, such as the file or folder. */
  params?: Record<string, string>;
  /** Why, when the Node side knows it as a notice: the UI words it as the message's `reason`. */
  notice?: Notice;
}

/** The envelope every IPC call returns, so errors keep their code across the process boundary. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** An AppError thrown in the renderer when an IPC call fails. */
export class IpcError extends Error implements AppError {
  override name = 'IpcError';
  readonly code: ErrorCode;
  readonly detail?: string;
  readonly params?: Record<string, string>;
  readonly notice?: Notice;

  constructor(error: AppError) {
    super(error.message);
    this.code = error.code;
    if (error.detail !== undefined) this.detail = error.detail;
    if (error.params !== undefined) this.params = error.params;
    if (error.notice !== undefined) this.notice = error.notice;
  }
}

/** An AppError thrown by a handler on purpose; the dispatcher passes it to the renderer as it is. */
export class HandlerError extends Error implements AppError {
  override name = 'HandlerError';
  readonly code: ErrorCode;
  readonly detail?: string;
  readonly params?: Record<string, string>;
  readonly notice?: Notice;

  constructor(
    code: ErrorCode,
    message: string,
    options: { detail?: string; params?: Record<string, string>; notice?: Notice } = {},
  ) {
    super(message);
    this.code = code;
    if (options.detail !== undefined) this.detail = options.detail;
    if (options.params !== undefined) this.params = options.params;
    if (options.notice !== undefined) this.notice = options.notice;
  }
}

/** True for any value shaped like an AppError. */
export function isAppError(value: unknown): value is AppError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as AppError).code === 'string' &&
    typeof (value as AppError).message === 'string'
  );
}
