import { NoticeError } from '../../shared/i18n/notice';

/** A worker that stopped without finishing its task (a crash, out of memory, terminated). */
export class EngineCrashError extends Error {
  override name = 'EngineCrashError';
  constructor(
    readonly task: string,
    readonly detail: string,
  ) {
    super(`The engine stopped while running ${task}: ${detail}`);
  }
}

/** A task's input names what its data does not have (a story, an article); its notice says what to do. */
export class EngineRequestError extends NoticeError {
  override name = 'EngineRequestError';
}

/** The error a cancelled task rejects with. */
export const cancelled = (): DOMException => new DOMException('The task was cancelled.', 'AbortError');

/** True for the error a cancelled task rejects with. */
export const isAbortError = (error: unknown): boolean =>
  (error instanceof Error || error instanceof DOMException) && error.name === 'AbortError';
