import { cp, mkdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { HandlerError } from '../../../shared/ipc/errors';
import type { FolderView } from '../../../shared/ipc/types';
import type { FolderSession } from '../../../node/folder-session';
import type { SettingsStore } from '../../../node/settings-store';
import { isAbortError } from '../../../node/engine-host/host';
import { LinkedStateError, ReadOnlyStateError } from '../../../node/state-file';
import { notSavedError } from './state-file-error';
import { createWorkspace, WorkspaceError, type Workspace } from '../../../node/workspace';
import { DEMO_FOLDER_NAME } from '../../../node/demo-folder';
import type { Services } from './services';

/** Progress events are sent at most this often while a folder loads. */
const PROGRESS_INTERVAL_MS = 100;

const isDirectory = async (path: string): Promise<boolean> =>
  (await stat(path).catch(() => null))?.isDirectory() ?? false;

/** The HandlerError for a workspace failure: its code, with the English text and the name the UI shows. */
function toHandlerError(error: WorkspaceError): HandlerError {
  const name = error.subject;
  const options = {
    params: { name },
    ...(error.detail ? { detail: error.detail } : {}),
    ...(error.notice ? { notice: error.notice } : {}),
  };
  switch (error.code) {
    case 'NOT_A_FOLDER':
      return new HandlerError(
        'NOT_A_FOLDER',
        `"${name}" is a file, not a folder. Open the folder that contains the articles.`,
        options,
      );
    case 'NOT_FOUND':
      return new HandlerError(
        'NOT_FOUND',
        `"${name}" cannot be found. Check that it still exists, then try again.`,
        options,
      );
    case 'FOLDER_UNREADABLE':
      return new HandlerError(
        'FOLDER_UNREADABLE',
        `"${name}" cannot be read. Check its permissions, then open it again.`,
        options,
      );
    case 'NO_FOLDER':
      return new HandlerError('NO_FOLDER', 'Open a folder of articles first.');
    case 'EMPTY_CLIPBOARD':
      return new HandlerError(
        'EMPTY_CLIPBOARD',
        'The clipboard holds no text. Copy the article’s text, then try again.',
      );
  }
}

/** Calls the workspace, turning its failures into the HandlerErrors the renderer knows. */
async function call<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isAbortError(error)) throw new HandlerError('CANCELLED', 'Opening the folder was cancelled.');
    if (error instanceof ReadOnlyStateError || error instanceof LinkedStateError) throw notSavedError(error);
    throw error instanceof WorkspaceError ? toHandlerError(error) : error;
  }
}

/**
 * Handlers of the folder domain, thin adapters over the workspace service (node/workspace.ts): opening folders,
 * live updates, the user's outlet and story corrections (their Undo is the workspace's history), recent folders and
 * pasted articles.
 */
export function createFolderHandlers(
  services: Services,
  settings: SettingsStore,
  onStateFiles?: (names: string[]) => void,
) {
  let lastProgress = 0;
  const workspace: Workspace = createWorkspace({
    logger: services.logger,
    engine: services.engine,
    settings,
    dataDir: services.dataDir,
    watch: true,
    cleanLeftovers: true,
    onProgress: (done, total) => {
      const now = Date.now();
      if (done === total || now - lastProgress >= PROGRESS_INTERVAL_MS) {
        lastProgress = now;
        services.emit('folderProgress', { done, total });
      }
    },
    onChange: (session) => services.emit('folderChanged', session.view()),
    onHistory: (event) => services.emit('undoChanged', event),
    ...(onStateFiles ? { onStateFiles } : {}),
  });
  let startup: Promise<FolderView | null> | null = null;
  /** Cancels the folder being opened, if any. */
  let opening: AbortController | null = null;

  /** Folders chosen in the open dialog since start. */
  const chosen = new Set<string>();

  /** True for a folder the user handed over: chosen in the dialog, dropped, on the command line or recent. */
  const granted = async (path: string): Promise<boolean> => {
    const wanted = resolve(path);
    if (chosen.has(wanted) || services.folderGrants.has(wanted)) return true;
    if (services.initialFolder !== undefined && resolve(services.initialFolder) === wanted) return true;
    return (await settings.load()).recentFolders.some((f) => resolve(f) === wanted);
  };

  /** Opens a folder (cancelling one being opened before); Cancel stops it and keeps the folder open before. */
  const open = (path: string): Promise<FolderView> =>
    call(async () => {
      opening?.abort();
      const controller = new AbortController();
      opening = controller;
      try {
        return (await workspace.open(path, controller.signal)).view();
      } finally {
        if (opening === controller) opening = null;
      }
    });
  const view = (work: () => Promise<FolderSession>): Promise<FolderView> =>
    call(async () => (await work()).view());

  /** Copies the bundled demo corpus to the data folder (the packaged one is read-only) and returns the copy. */
  const demoCopy = async (): Promise<string | null> => {
    const source = join(services.resourcesDir, DEMO_FOLDER_NAME);
    if (!(await isDirectory(source))) return null;
    const target = join(services.dataDir, DEMO_FOLDER_NAME);
    if (!(await isDirectory(target))) {
      await mkdir(services.dataDir, { recursive: true });
      await cp(source, target, { recursive: true });
    }
    return target;
  };

  /** The folder to show at start: the command line's, else the last one, else the demo on first run. */
  const openAtStartup = async (): Promise<FolderView | null> => {
    const firstRun = !(await settings.exists());
    const loaded = await settings.load();
    const candidates = [services.initialFolder, loaded.recentFolders[0]].filter((p): p is string =>
      Boolean(p),
    );
    for (const candidate of candidates) {
      if (await isDirectory(candidate)) {
        try {
          return await open(candidate);
        } catch (error) {
          services.logger.warn(`folder: could not reopen ${candidate}`, error);
        }
      }
    }
    if (!firstRun) return null;
    const demo = await demoCopy();
    return demo ? open(demo) : null;
  };

  return {
    openFolderDialog: async () => {
      const path = await services.dialogs.chooseFolder();
      if (path === null) return null;
      chosen.add(resolve(path));
      return open(path);
    },
    /** Opens a folder the user handed over (see `granted`); any other path is refused, as a renderer gone wrong may ask. */
    openFolder: async (path: string): Promise<FolderView> => {
      if (!(await granted(path))) {
        services.logger.warn(`folder: refused to open ${path}, which the user did not choose`);
        throw new HandlerError(
          'FOLDER_NOT_CHOSEN',
          'Recoupe opens a folder you chose: use Open Folder, drop the folder on the window, or pick it from the recent folders.',
        );
      }
      return open(path);
    },
    /** Opens the demo again (Help > Open the Fictional Demo), copying it afresh when its copy was deleted. */
    openDemo: async (): Promise<FolderView> => {
      const demo = await demoCopy();
      if (!demo)
        throw new HandlerError('NOT_FOUND', 'The demo is not installed with this copy of Recoupe.', {
          params: { name: DEMO_FOLDER_NAME },
        });
      return open(demo);
    },
    cancelFolderOpen: async (): Promise<void> => {
      opening?.abort();
    },
    getCurrentFolder: async () => {
      const session = workspace.session();
      if (session) return session.view();
      startup ??= openAtStartup();
      return startup;
    },
    getArticle: (id: string) => call(() => workspace.current().article(id)),
    getRecentFolders: () => workspace.recentFolders(),
    forgetRecentFolder: (path: string) => workspace.forgetRecentFolder(path),
    newArticleFromClipboard: async () => {
      const text = await services.readClipboardText();
      return call(async () => {
        const { session, id } = await workspace.importText(text);
        return { folder: session.view(), id };
      });
    },
    /** Sets (or, with null, clears) the outlet of an article; kept in `.recoupe/corrections.json`. */
    setArticleOutlet: (id: string, name: string | null) => view(() => workspace.setArticleOutlet(id, name)),
    /** Moves articles to a story (a merge when they are a whole story), or to a new story of their own (a split). */
    moveToStory: (ids: string[], storyId: string | null) => view(() => workspace.moveToStory(ids, storyId)),
    /** The open folder's root, for the handlers of other domains that keep files in it (not an IPC method). */
    currentRoot: (): string | null => workspace.session()?.root ?? null,
    /** The open folder's session, for the notes handlers (not an IPC method). */
    currentSession: (): FolderSession | null => workspace.session(),
    /** The folder's one undo history, where the other domains record their steps (not an IPC method). */
    history: workspace.history,
    dispose: () => workspace.close(),
  };
}
