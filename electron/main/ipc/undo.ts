import { HandlerError } from '../../../shared/ipc/errors';
import type { UndoOutcome, UndoState, UndoStepKind } from '../../../shared/ipc/undo';
import { UndoConflictError, type UndoHistory } from '../../../node/undo-history';

/** The HandlerError for a step that could not apply: it was taken off the history, everything else is unchanged. */
function conflictError(error: UndoConflictError): HandlerError {
  return error.reason === 'gone'
    ? new HandlerError(
        'UNDO_GONE',
        `This step can no longer be undone or redone: what it changed is gone (${error.message}). It was taken off the Undo list; nothing else changed.`,
        { params: { file: error.file }, detail: error.message },
      )
    : new HandlerError(
        'UNDO_CHANGED',
        `This step can no longer be undone or redone: "${error.file}" changed since. It was taken off the Undo list; nothing else changed.`,
        { params: { file: error.file }, detail: error.message },
      );
}

/**
 * Handlers of Undo and Redo, over the workspace's one history: whatever the last step was (a note, an alignment,
 * claims, outlet or story correction), `undo` takes it back and `redo` does it again.
 */
export function createUndoHandlers(history: UndoHistory) {
  const run = async (work: () => Promise<UndoStepKind | null>): Promise<UndoOutcome> => {
    try {
      return { step: await work(), state: history.state() };
    } catch (error) {
      throw error instanceof UndoConflictError ? conflictError(error) : error;
    }
  };
  return {
    undo: (): Promise<UndoOutcome> => run(() => history.undo()),
    redo: (): Promise<UndoOutcome> => run(() => history.redo()),
    getUndoState: async (): Promise<UndoState> => history.state(),
  };
}
