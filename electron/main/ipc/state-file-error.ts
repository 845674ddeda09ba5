import { relative } from 'node:path';
import { HandlerError } from '../../../shared/ipc/errors';
import { LinkedStateError, ReadOnlyStateError } from '../../../node/state-file';
import type { StateNotice } from '../../../shared/ipc/state-notice';

/**
 * The HandlerError for a problem with the state file `path` of the folder `root`, naming the file by its path in the
 * folder: NEWER_FILE when `isNewer` says it was written by a newer version of Recoupe, FOLDER_UNREADABLE otherwise.
 */
export function stateFileError(
  root: string,
  path: string,
  error: unknown,
  isNewer: (detail: string) => boolean,
): HandlerError {
  if (error instanceof ReadOnlyStateError || error instanceof LinkedStateError) return notSavedError(error);
  const name = relative(root, path);
  const detail = error instanceof Error ? error.message : String(error);
  if (isNewer(detail)) {
    return new HandlerError(
      'NEWER_FILE',
      `"${name}" was saved by a newer version of Recoupe. Update Recoupe to use it.`,
      { detail, params: { name } },
    );
  }
  return new HandlerError(
    'FOLDER_UNREADABLE',
    `"${name}" cannot be read or written. Check its permissions, then try again.`,
    { detail, params: { name } },
  );
}

/** The HandlerError (NOT_SAVED) for a state file not saved (its folder cannot be written, it is a link): its notice says why. */
export function notSavedError(error: ReadOnlyStateError | LinkedStateError): HandlerError {
  return new HandlerError('NOT_SAVED', error.message, { notice: error.notice });
}

/** A state file's notice as the renderer gets it: paths relative to the folder `root`. */
export function noticeFor(root: string, notice: StateNotice | undefined): StateNotice | undefined {
  if (!notice) return undefined;
  const file = relative(root, notice.file);
  return notice.aside
    ? { code: notice.code, file, aside: relative(root, notice.aside) }
    : { code: notice.code, file };
}
