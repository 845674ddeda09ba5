import { cp, mkdir, stat, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import {
  assignStory,
  findEntry,
  setOutletCorrection,
  type Corrections,
} from '../../../shared/article/corrections';
import type { Article } from '../../../shared/article/model';
import { defaultOutletRules, slugifyOutlet } from '../../../shared/article/outlet-rules';
import { HandlerError } from '../../../shared/ipc/errors';
import type { FolderView, RecentFolder } from '../../../shared/ipc/types';
import { analyzeFolder, reapplyCorrections } from '../../../node/analyze-folder';
import { saveCorrections } from '../../../node/folder-state';
import type { SettingsStore } from '../../../node/settings-store';
import { watchFolder, type FolderWatcher } from '../../../node/watch-folder';
import { FolderSession } from './folder-session';
import type { Services } from './services';

const MAX_RECENT = 10;
/** Progress events are sent at most this often while a folder loads. */
const PROGRESS_INTERVAL_MS = 100;
/** How many correction steps Undo can go back. */
const MAX_UNDO = 100;

const isDirectory = async (path: string): Promise<boolean> =>
  (await stat(path).catch(() => null))?.isDirectory() ?? false;

const notFound = (root: string): HandlerError =>
  new HandlerError(
    'NOT_FOUND',
    `"${basename(root)}" cannot be found. Check that it still exists, then try again.`,
    {
      detail: root,
      params: { name: basename(root) },
    },
  );

/** A file name for pasted text, e.g. `clipboard 2026-11-23 14-05-09.txt`. */
export function clipboardFileName(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `clipboard ${day} ${pad(now.getHours())}-${pad(now.getMinutes())}-${pad(now.getSeconds())}.txt`;
}

/** The outlet a user typed: a known outlet when the name matches one, else a new slug. */
export function outletFromName(name: string): { id: string; name: string } {
  const trimmed = name.trim();
  const known = defaultOutletRules.outlets.find(
    (o) =>
      o.name.localeCompare(trimmed, undefined, { sensitivity: 'base' }) === 0 ||
      o.id === slugifyOutlet(trimmed),
  );
  return known ? { id: known.id, name: known.name } : { id: slugifyOutlet(trimmed), name: trimmed };
}

/** Handlers of the folder domain: opening folders, live updates, and the user's outlet and story corrections. */
export function createFolderHandlers(services: Services, settings: SettingsStore) {
  let session: FolderSession | null = null;
  let startup: Promise<FolderView | null> | null = null;
  let watcher: FolderWatcher | null = null;
  const undo: Corrections[] = [];
  const redo: Corrections[] = [];

  const analyze = async (root: string, progress: boolean) => {
    let lastProgress = 0;
    return analyzeFolder(root, {
      logger: services.logger,
      ...(progress
        ? {
            onProgress: (done: number, total: number) => {
              const now = Date.now();
              if (done === total || now - lastProgress >= PROGRESS_INTERVAL_MS) {
                lastProgress = now;
                services.emit('folderProgress', { done, total });
              }
            },
          }
        : {}),
    }).catch((error: unknown) => {
      throw new HandlerError(
        'FOLDER_UNREADABLE',
        `"${basename(root)}" cannot be read. Check its permissions, then open it again.`,
        {
          detail: error instanceof Error ? error.message : String(error),
          params: { name: basename(root) },
        },
      );
    });
  };

  /** Re-reads the open folder after a change on disk; articles that vanished stay readable as removed. */
  const refresh = async (): Promise<FolderSession | null> => {
    const before = session;
    if (!before) return null;
    try {
      const analysis = await analyze(before.root, false);
      if (session !== before) return session;
      const present = new Set(analysis.articles.map((a) => a.id));
      const removed = new Map<string, Article>([...before.removed].filter(([id]) => !present.has(id)));
      for (const article of before.articles()) if (!present.has(article.id)) removed.set(article.id, article);
      session = new FolderSession(before.name, analysis, removed);
      services.emit('folderChanged', session.view());
    } catch (error) {
      services.logger.warn(`folder: could not refresh ${before.root}`, error);
    }
    return session;
  };

  const watch = async (root: string): Promise<void> => {
    await watcher?.close();
    watcher = watchFolder(root, () => void refresh(), { logger: services.logger });
  };

  const open = async (path: string): Promise<FolderView> => {
    const requested = resolve(path);
    if (!(await isDirectory(requested))) throw notFound(requested);
    const analysis = await analyze(requested, true);
    session = new FolderSession(basename(analysis.root), analysis);
    undo.length = 0;
    redo.length = 0;
    await watch(analysis.root);
    const { recentFolders } = await settings.load();
    await settings.update({
      recentFolders: [
        analysis.root,
        ...recentFolders.filter((f) => f !== analysis.root && f !== requested),
      ].slice(0, MAX_RECENT),
    });
    services.logger.info(
      `folder: opened ${analysis.root} (${analysis.articles.length} articles, ${analysis.skipped.length} skipped)`,
    );
    return session.view();
  };

  /** Copies the bundled demo corpus to the data folder (the packaged one is read-only) and returns the copy. */
  const demoCopy = async (): Promise<string | null> => {
    const source = join(services.resourcesDir, 'demo');
    if (!(await isDirectory(source))) return null;
    const target = join(services.dataDir, 'demo');
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

  const current = (): FolderSession => {
    if (!session) throw new HandlerError('NO_FOLDER', 'Open a folder of articles first.');
    return session;
  };

  /** Saves new corrections (atomically), re-analyses, and records the step for Undo. */
  const correct = async (next: Corrections, history: 'do' | 'undo' | 'redo' = 'do'): Promise<FolderView> => {
    const folder = current();
    const previous = folder.corrections;
    const notice = await saveCorrections(folder.root, next, services.logger);
    if (history === 'undo') redo.push(previous);
    else {
      undo.push(previous);
      if (undo.length > MAX_UNDO) undo.shift();
      if (history === 'do') redo.length = 0;
    }
    // The saved file now holds `next`: a warning about a damaged one gives way to where the save set it aside.
    const warnings = notice ? [notice.message] : [];
    const analysis = reapplyCorrections({ ...folder.analysis, warnings }, next);
    session = new FolderSession(folder.name, analysis, folder.removed);
    return session.view();
  };

  return {
    openFolderDialog: async () => {
      const path = await services.dialogs.chooseFolder();
      return path === null ? null : open(path);
    },
    openFolder: open,
    getCurrentFolder: async () => {
      if (session) return session.view();
      startup ??= openAtStartup();
      return startup;
    },
    getArticle: (id: string) => current().article(id),
    getRecentFolders: async (): Promise<RecentFolder[]> => {
      const { recentFolders } = await settings.load();
      return Promise.all(
        recentFolders.map(async (path) => ({ path, name: basename(path), exists: await isDirectory(path) })),
      );
    },
    forgetRecentFolder: async (path: string) => {
      const { recentFolders } = await settings.load();
      await settings.update({ recentFolders: recentFolders.filter((f) => f !== path) });
    },
    newArticleFromClipboard: async () => {
      const folder = current();
      const text = (await services.readClipboardText()).normalize('NFC').replace(/\r\n?/g, '\n').trim();
      if (!text) {
        throw new HandlerError(
          'EMPTY_CLIPBOARD',
          'The clipboard holds no text. Copy the article’s text, then try again.',
        );
      }
      const name = clipboardFileName(new Date());
      await writeFile(join(folder.root, name), `${text}\n`, { flag: 'wx' });
      services.logger.info(`folder: saved pasted text as ${name}`);
      // Re-read in place (not a fresh open): the watcher, the recent list and Undo history stay as they are.
      const updated = (await refresh()) ?? folder;
      return { folder: updated.view(), id: name };
    },
    /** Sets (or, with null, clears) the outlet of an article; kept in `.recoupe/corrections.json`. */
    setArticleOutlet: async (id: string, name: string | null) => {
      const folder = current();
      const article = folder.article(id);
      const corrections = folder.corrections;
      if (name === null) {
        const entry = findEntry(corrections.outlets, article);
        return correct({ ...corrections, outlets: corrections.outlets.filter((e) => e !== entry) });
      }
      return correct(
        setOutletCorrection(corrections, article, outletFromName(name), new Date().toISOString()),
      );
    },
    /** Moves articles to a story (a merge when they are a whole story), or to a new story of their own (a split). */
    moveToStory: async (ids: string[], storyId: string | null) => {
      const folder = current();
      const articles = ids.map((id) => folder.article(id));
      const target = storyId ?? `user-${articles[0]?.sha256.slice(0, 12) ?? 'story'}`;
      return correct(assignStory(folder.corrections, articles, target, new Date().toISOString()));
    },
    undoCorrection: async () => {
      const previous = undo.pop();
      return previous ? correct(previous, 'undo') : current().view();
    },
    redoCorrection: async () => {
      const next = redo.pop();
      return next ? correct(next, 'redo') : current().view();
    },
    /** The open folder's root, for the handlers of other domains that keep files in it (not an IPC method). */
    currentRoot: (): string | null => session?.root ?? null,
    /** The open folder's session, for the notes handlers (not an IPC method). */
    currentSession: (): FolderSession | null => session,
    dispose: async () => {
      await watcher?.close();
      watcher = null;
    },
  };
}
