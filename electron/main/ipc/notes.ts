import { randomUUID } from 'node:crypto';
import { HandlerError } from '../../../shared/ipc/errors';
import { anchorSpan } from '../../../shared/notes/anchor';
import type { NewNote, NotesView, SimpleNoteOp, SpanTarget } from '../../../shared/notes/ipc';
import type { Note, NoteTarget, TagDef } from '../../../shared/notes/model';
import type { UndoStepKind } from '../../../shared/ipc/undo';
import { applyNoteOpWithInverse, NoteOpError, type NoteOp } from '../../../shared/notes/ops';
import { ANNOTATIONS_FILE, AnnotationStore } from '../../../node/annotation-store';
import type { FolderSession } from '../../../node/folder-session';
import { UndoConflictError, type UndoHistory } from '../../../node/undo-history';
import type { Services } from './services';

/** The kind of undo step an op of the notes is. */
function stepKind(op: NoteOp): UndoStepKind {
  switch (op.type) {
    case 'add':
      return 'note-add';
    case 'edit':
      return 'note-edit';
    case 'delete':
      return 'note-delete';
    case 'setTarget':
      return 'note-reattach';
    case 'removeTarget':
      return 'note-remove-target';
    case 'addTag':
    case 'removeTag':
    case 'renameTag':
      return 'note-tags';
    case 'batch':
      return op.ops.length === 1 && op.ops[0] ? stepKind(op.ops[0]) : 'note-batch';
  }
}

/**
 * Handlers of the notes of the open folder: listing, adding, editing, re-attaching; every change is a step of the
 * folder's undo history. The store is opened with the folder, follows its changes on disk (notes re-anchored), and
 * is flushed by `dispose` on quit.
 */
export function createNotesHandlers(
  services: Services,
  folderSession: () => FolderSession | null,
  history: UndoHistory,
) {
  let store: AnnotationStore | null = null;
  let seen: FolderSession | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  /** Runs calls one at a time, so that a folder switch and an edit never interleave. */
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const result = queue.then(work);
    queue = result.catch(() => undefined);
    return result;
  };

  /** The store of the open folder: opened on first use, reopened for another folder, re-anchored after a change on disk. */
  const current = async (): Promise<{ store: AnnotationStore; session: FolderSession }> => {
    const session = folderSession();
    if (!session) throw new HandlerError('NO_FOLDER', 'Open a folder of articles first.');
    if (store && seen?.root === session.root) {
      if (seen !== session && !sameTexts(seen, session)) {
        const report = store.setArticles(session.articles());
        services.logger.info(
          `notes: folder changed, ${report.reanchored} re-anchored, ${report.orphaned} orphaned, ${report.renamed} renamed`,
        );
      }
      seen = session;
      return { store, session };
    }
    if (store) await closeStore();
    store = await AnnotationStore.open({
      root: session.root,
      dataDir: services.dataDir,
      articles: session.articles(),
      logger: services.logger,
    });
    seen = session;
    return { store, session };
  };

  /** Flushes and closes the current store; a failed save is logged (its notice was already shown). */
  const closeStore = async (): Promise<void> => {
    const closing = store;
    store = null;
    seen = null;
    await closing
      ?.close()
      .catch((error: unknown) => services.logger.error('notes: final save failed', error));
  };

  /** The renderer's view of the notes. */
  const view = (open: AnnotationStore): NotesView => ({
    notes: open.file.notes,
    tags: open.file.tags,
    location: open.location,
    notices: open.notices.map((n) => ({ code: n.code, notice: n.notice })),
  });

  /** Applies an op to the store; returns the op that undoes it. Throws NoteOpError when it does not fit. */
  const apply = async (op: NoteOp, now = new Date().toISOString()): Promise<NoteOp> => {
    const { store: open } = await current();
    const { file, inverse } = applyNoteOpWithInverse(open.file, op, now);
    open.replace(file);
    return inverse;
  };

  /** Applies an op for Undo or Redo; a note or tag that is gone, or an op that no longer fits, is a conflict. */
  const reapply = async (op: NoteOp): Promise<NoteOp> => {
    try {
      return await apply(op);
    } catch (error) {
      if (!(error instanceof NoteOpError)) throw error;
      throw new UndoConflictError(
        error.kind === 'not-found' ? 'gone' : 'changed',
        `.recoupe/${ANNOTATIONS_FILE}`,
        error.message,
      );
    }
  };

  /** Applies an op the user made and records it on the undo history, turning op errors into handler errors. */
  const step = async (op: NoteOp, now?: string): Promise<NotesView> => {
    let inverse: NoteOp;
    try {
      inverse = await apply(op, now);
    } catch (error) {
      if (error instanceof NoteOpError)
        throw new HandlerError(error.kind === 'not-found' ? 'NOT_FOUND' : 'BAD_ARGS', error.message);
      throw error;
    }
    history.record({
      kind: stepKind(op),
      undo: () =>
        serial(async () => {
          await reapply(inverse);
        }),
      redo: () =>
        serial(async () => {
          inverse = await reapply(op);
        }),
    });
    return view((await current()).store);
  };

  /** A target anchored on a current article of the folder; NOT_FOUND or BAD_ARGS naming the article otherwise. */
  const targetIn = (session: FolderSession, target: SpanTarget): NoteTarget => {
    if (!session.has(target.article)) {
      throw new HandlerError(
        'NOT_FOUND',
        `"${target.article}" is not in the open folder. Reopen the folder, then try again.`,
        {
          params: { name: target.article },
        },
      );
    }
    try {
      return anchorSpan(session.article(target.article), [target.start, target.end], target.scope);
    } catch (error) {
      throw new HandlerError(
        'BAD_ARGS',
        'The selected text could not be found in the article. Select it again, then retry.',
        {
          detail: error instanceof Error ? error.message : String(error),
        },
      );
    }
  };

  return {
    listNotes: (): Promise<NotesView> => serial(async () => view((await current()).store)),
    addNote: (input: NewNote): Promise<{ id: string; view: NotesView }> =>
      serial(async () => {
        const { session } = await current();
        const now = new Date().toISOString();
        const note: Note = {
          id: `urn:uuid:${randomUUID()}`,
          created: now,
          modified: now,
          tag: input.tag,
          text: input.text,
          targets: input.targets.map((t) => targetIn(session, t)),
        };
        return { id: note.id, view: await step({ type: 'add', note }, now) };
      }),
    setNoteTarget: (id: string, target: SpanTarget): Promise<NotesView> =>
      serial(async () => {
        const { session } = await current();
        const anchored = targetIn(session, target);
        return step({ type: 'setTarget', id, target: anchored });
      }),
    applyNoteOps: (ops: SimpleNoteOp[]): Promise<NotesView> =>
      serial(() => step(ops.length === 1 ? ops[0]! : { type: 'batch', ops })),
    /**
     * The notes as the user sees them, after every pending save is written (for exports; not an IPC method); a
     * failed save is logged and the notes in memory are still returned.
     */
    liveNotes: (): Promise<{ notes: readonly Note[]; tags: readonly TagDef[] }> =>
      serial(async () => {
        const { store: open } = await current();
        await open
          .flush()
          .catch((error: unknown) => services.logger.error('notes: save before export failed', error));
        return { notes: open.file.notes, tags: open.file.tags };
      }),
    /**
     * Merges in the notes file saved elsewhere (another window, the CLI, a sync client) into the open folder's notes;
     * true when they changed (not an IPC method: the watcher calls it).
     */
    reloadFromDisk: (): Promise<boolean> =>
      serial(async () => (store && seen?.root === folderSession()?.root ? store.reload() : false)),
    /** Saves pending notes and closes the store (on quit; not an IPC method). */
    dispose: (): Promise<void> => serial(closeStore),
  };
}

/** True when two sessions hold the same articles with the same texts (an outlet or story correction): no re-anchoring. */
function sameTexts(before: FolderSession | null, after: FolderSession): boolean {
  if (!before) return false;
  const now = after.articles();
  const then = new Map(before.articles().map((a) => [a.id, a.text]));
  return now.length === then.size && now.every((a) => then.get(a.id) === a.text);
}
