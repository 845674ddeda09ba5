import type { Correction } from '../../../shared/compare/correction-schema';
import type { CompareViewState, PairCorrections } from '../../../shared/compare/view-state';
import { HandlerError } from '../../../shared/ipc/errors';
import type { UndoStepKind } from '../../../shared/ipc/undo';
import { ALIGNMENT_FILE, AlignmentStore, alignmentPath } from '../../../node/alignment-store';
import type { SettingsStore } from '../../../node/settings-store';
import { sameState, UndoConflictError, type UndoHistory } from '../../../node/undo-history';
import type { Services } from './services';
import { noticeFor, stateFileError } from './state-file-error';

/** How many folders keep their compare view in the settings (the most recently used). */
const MAX_VIEWS = 30;

/** The kind of step from one list of a pair's corrections to the next: the correction added, else a discard. */
function stepKind(previous: readonly Correction[], next: readonly Correction[]): UndoStepKind {
  const known = new Set(previous.map((c) => c.id));
  const added = next.filter((c) => !known.has(c.id));
  const op = added.length === 1 && next.length === previous.length + 1 ? added[0]?.op : undefined;
  return op ? `alignment-${op}` : 'alignment-discard';
}

/**
 * Handlers of the compare view: hand corrections of alignments (kept in the open folder's `.recoupe/alignment.json`,
 * each change a step of the undo history) and the view restored after a restart (open pair, scroll, options; kept
 * in the settings, by folder).
 */
export function createAlignmentHandlers(
  services: Services,
  settings: SettingsStore,
  folderRoot: () => string | null,
  history: UndoHistory,
  /** Throws NOT_FOUND unless the id names an article of the open folder (a removed one included). */
  inFolder: (id: string) => void,
) {
  let store: AlignmentStore | null = null;

  const root = (): string => {
    const current = folderRoot();
    if (!current) throw new HandlerError('NO_FOLDER', 'Open a folder of articles first.');
    return current;
  };

  /** Runs `work` on the open folder's store, turning file problems into errors that name the file. */
  const withStore = async <T>(work: (s: AlignmentStore) => Promise<T>): Promise<T> => {
    const folder = root();
    if (store?.root !== folder) store = new AlignmentStore(folder, services.logger);
    const current = store;
    try {
      return await work(current);
    } catch (error) {
      if (error instanceof HandlerError) throw error;
      throw stateFileError(folder, alignmentPath(folder), error, (detail) => /newer version/.test(detail));
    }
  };

  return {
    getCorrections: (x: string, y: string): Promise<PairCorrections> =>
      withStore(async (s) => {
        inFolder(x);
        inFolder(y);
        const corrections = await s.corrections(x, y);
        const notice = noticeFor(s.root, s.takeNotice());
        return notice ? { corrections, notice } : { corrections };
      }),
    setCorrections: (x: string, y: string, corrections: Correction[]): Promise<Correction[]> =>
      withStore(async (s) => {
        inFolder(x);
        inFolder(y);
        const previous = await s.corrections(x, y);
        const saved = await s.setCorrections(x, y, corrections);
        if (!sameState(previous, saved)) {
          /** Saves `to` for the pair, unless its corrections are no longer `expected` (changed since). */
          const restore = (to: Correction[], expected: Correction[]) => async (): Promise<void> => {
            if (!sameState(await withStore((again) => again.corrections(x, y)), expected)) {
              throw new UndoConflictError(
                'changed',
                `.recoupe/${ALIGNMENT_FILE}`,
                `the alignment corrections of ${x} and ${y} changed since`,
              );
            }
            await withStore((again) => again.setCorrections(x, y, to));
          };
          history.record({
            kind: stepKind(previous, saved),
            undo: restore(previous, saved),
            redo: restore(saved, previous),
          });
        }
        return saved;
      }),
    getCompareView: async (): Promise<CompareViewState | null> => {
      const folder = folderRoot();
      if (!folder) return null;
      return (await settings.load()).compareViews?.[folder] ?? null;
    },
    setCompareView: async (state: CompareViewState): Promise<void> => {
      const folder = root();
      const { compareViews = {} } = await settings.load();
      const others = Object.entries(compareViews).filter(([path]) => path !== folder);
      await settings.update({
        compareViews: Object.fromEntries([...others.slice(-(MAX_VIEWS - 1)), [folder, state]]),
      });
    },
  };
}
