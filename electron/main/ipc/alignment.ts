import type { Correction } from '../../../shared/compare/correction-schema';
import type { CompareViewState, PairCorrections } from '../../../shared/compare/view-state';
import { HandlerError } from '../../../shared/ipc/errors';
import { AlignmentStore, alignmentPath } from '../../../node/alignment-store';
import type { SettingsStore } from '../../../node/settings-store';
import type { Services } from './services';
import { noticeFor, stateFileError } from './state-file-error';

/** How many folders keep their compare view in the settings (the most recently used). */
const MAX_VIEWS = 30;

/**
 * Handlers of the compare view: hand corrections of alignments (kept in the open folder's `.recoupe/alignment.json`)
 * and the view restored after a restart (open pair, scroll, options; kept in the settings, by folder).
 */
export function createAlignmentHandlers(
  services: Services,
  settings: SettingsStore,
  folderRoot: () => string | null,
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
      throw stateFileError(folder, alignmentPath(folder), error, (detail) => /newer version/.test(detail));
    }
  };

  return {
    getCorrections: (x: string, y: string): Promise<PairCorrections> =>
      withStore(async (s) => {
        const corrections = await s.corrections(x, y);
        const notice = noticeFor(s.root, s.takeNotice());
        return notice ? { corrections, notice } : { corrections };
      }),
    setCorrections: (x: string, y: string, corrections: Correction[]): Promise<Correction[]> =>
      withStore((s) => s.setCorrections(x, y, corrections)),
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
