import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../shared/ipc/errors';
import type { FolderView } from '../../../shared/ipc/types';
import type { NewNote, NotesView, SimpleNoteOp, SpanTarget } from '../../../shared/notes/ipc';
import { api } from '../api';
import { toAppError } from '../errors';
import { useUndoReload } from './use-undo-reload';

/** How long after a change the notes are read again, to show what saving them found (read-only folder, full disk). */
const RECHECK_AFTER_SAVE_MS = 1_500;

/** The notes of the open folder and every change the user can make to them, each one a step of the folder's Undo. */
export interface NotesState {
  view: NotesView | null;
  /** The last change that failed, with the main process's message. */
  error: AppError | null;
  dismissError: () => void;
  /** Adds a note; resolves with its id, or null when it failed (see `error`). */
  add: (note: NewNote) => Promise<string | null>;
  /** Runs ops as one undo step; resolves with true when they were applied. */
  apply: (ops: SimpleNoteOp[]) => Promise<boolean>;
  /** Points a note's target in `target.article` at new text (re-attaches an orphan). */
  setTarget: (id: string, target: SpanTarget) => Promise<boolean>;
}

/**
 * Reads the open folder's notes (again whenever the folder changes on disk, so that re-anchored and orphaned notes
 * show, and after an Undo or Redo of a notes step), and changes them through the main process, which records every
 * change on the folder's undo history.
 */
export function useNotes(folder: FolderView | null): NotesState {
  const [listed, setListed] = useState<{ folder: string; view: NotesView } | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const issued = useRef(0);
  const applied = useRef(0);
  const recheck = useRef<ReturnType<typeof setTimeout> | null>(null);

  const folderName = folder?.name ?? null;

  /** Shows a view (of the folder open when it was asked for) unless a later request's view is already shown. */
  const request = useCallback(
    async (call: () => Promise<NotesView>): Promise<NotesView> => {
      const seq = ++issued.current;
      const next = await call();
      if (seq >= applied.current && folderName !== null) {
        applied.current = seq;
        setListed({ folder: folderName, view: next });
      }
      return next;
    },
    [folderName],
  );

  const list = useCallback(() => {
    request(() => api().listNotes()).catch((e: unknown) => setError(toAppError(e)));
  }, [request]);

  useEffect(() => {
    if (folder) list();
  }, [folder, list]);
  useUndoReload('notes', list);

  useEffect(
    () => () => {
      if (recheck.current) clearTimeout(recheck.current);
    },
    [],
  );

  /** Runs a change and reads the notes again once the save had time to happen. */
  const change = useCallback(
    async (call: () => Promise<NotesView>): Promise<boolean> => {
      try {
        await request(call);
      } catch (e) {
        setError(toAppError(e));
        return false;
      }
      setError(null);
      if (recheck.current) clearTimeout(recheck.current);
      recheck.current = setTimeout(list, RECHECK_AFTER_SAVE_MS);
      return true;
    },
    [request, list],
  );

  const add = useCallback(
    async (note: NewNote): Promise<string | null> => {
      let id: string | null = null;
      const ok = await change(async () => {
        const result = await api().addNote(note);
        id = result.id;
        return result.view;
      });
      return ok ? id : null;
    },
    [change],
  );

  const apply = useCallback((ops: SimpleNoteOp[]) => change(() => api().applyNoteOps(ops)), [change]);
  const setTarget = useCallback(
    (id: string, target: SpanTarget) => change(() => api().setNoteTarget(id, target)),
    [change],
  );
  const dismissError = useCallback(() => setError(null), []);

  const view = listed && listed.folder === folderName ? listed.view : null;
  return { view, error, dismissError, add, apply, setTarget };
}
