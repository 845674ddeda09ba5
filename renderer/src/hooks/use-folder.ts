import { useCallback, useEffect, useState } from 'react';
import type { AppError } from '../../../shared/ipc/errors';
import type { FolderView, RecentFolder } from '../../../shared/ipc/types';
import { api } from '../api';
import { toAppError } from '../errors';

/** The open folder and every way to open one: dialog, path (recent, drop), clipboard; with loading progress. */
export function useFolder(onError: (error: AppError) => void) {
  const [folder, setFolder] = useState<FolderView | null>(null);
  const [starting, setStarting] = useState(true);
  const [loading, setLoading] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [recent, setRecent] = useState<RecentFolder[]>([]);

  /** Tells the user what failed; a folder opening they cancelled is no failure. */
  const report = useCallback(
    (error: AppError) => {
      if (error.code !== 'CANCELLED') onError(error);
    },
    [onError],
  );

  const refreshRecent = useCallback(() => {
    void api()
      .getRecentFolders()
      .then(setRecent, () => setRecent([]));
  }, []);

  useEffect(() => {
    const offChanged = api().on('folderChanged', setFolder);
    const offProgress = api().on('folderProgress', setProgress);
    void api()
      .getCurrentFolder()
      .then(
        (current) => setFolder(current),
        (e: unknown) => report(toAppError(e)),
      )
      .finally(() => {
        setStarting(false);
        refreshRecent();
      });
    return () => {
      offChanged();
      offProgress();
    };
  }, [report, refreshRecent]);

  const run = useCallback(
    async (load: () => Promise<FolderView | null>): Promise<FolderView | null> => {
      setLoading(true);
      setProgress(null);
      try {
        const opened = await load();
        if (opened) setFolder(opened);
        return opened;
      } catch (e) {
        report(toAppError(e));
        return null;
      } finally {
        setLoading(false);
        refreshRecent();
      }
    },
    [report, refreshRecent],
  );

  /** Stops the folder being opened; the folder open before stays. */
  const cancel = useCallback(() => void api().cancelFolderOpen(), []);

  const openDialog = useCallback(() => run(() => api().openFolderDialog()), [run]);
  const openPath = useCallback((path: string) => run(() => api().openFolder(path)), [run]);
  /** Opens the bundled fictional demo again (Help menu, start screen). */
  const openDemo = useCallback(() => run(() => api().openDemo()), [run]);

  /** Lets the user find a recent folder that moved; the old entry is dropped once the new one opens. */
  const locate = useCallback(
    async (missing: RecentFolder) => {
      const opened = await openDialog();
      if (opened) {
        await api().forgetRecentFolder(missing.path);
        refreshRecent();
      }
    },
    [openDialog, refreshRecent],
  );

  const forget = useCallback(
    async (entry: RecentFolder) => {
      await api().forgetRecentFolder(entry.path);
      refreshRecent();
    },
    [refreshRecent],
  );

  /** Saves the clipboard's text as a new article in the open folder; returns its id. */
  const pasteArticle = useCallback(async (): Promise<string | null> => {
    try {
      const { folder: updated, id } = await api().newArticleFromClipboard();
      setFolder(updated);
      return id;
    } catch (e) {
      onError(toAppError(e));
      return null;
    }
  }, [onError]);

  /** Runs a correction of outlets or stories (main records it on the folder's undo history). */
  const correct = useCallback(
    async (change: () => Promise<FolderView>) => {
      try {
        setFolder(await change());
      } catch (e) {
        onError(toAppError(e));
      }
    },
    [onError],
  );

  const setOutlet = useCallback(
    (id: string, name: string | null) => correct(() => api().setArticleOutlet(id, name)),
    [correct],
  );
  const moveToStory = useCallback(
    (ids: string[], storyId: string | null) => correct(() => api().moveToStory(ids, storyId)),
    [correct],
  );

  return {
    folder,
    starting,
    loading,
    progress,
    recent,
    openDialog,
    openPath,
    openDemo,
    cancel,
    locate,
    forget,
    pasteArticle,
    setOutlet,
    moveToStory,
  };
}
