import { stat, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { assignStory, findEntry, setOutletCorrection, type Corrections } from '../shared/article/corrections';
import type { Article } from '../shared/article/model';
import { stateNotice } from './state-file';
import { NoticeError } from '../shared/i18n/notice';
import type { Notice } from '../shared/ipc/notice';
import { defaultOutletRules, slugifyOutlet } from '../shared/article/outlet-rules';
import type { RecentFolder } from '../shared/ipc/types';
import { analyzeFolder, reapplyCorrections, rereadFiles } from './analyze-folder';
import { FolderSession } from './folder-session';
import { saveCorrections } from './folder-state';
import { nullLogger, type Logger } from './logger';
import type { SettingsStore } from './settings-store';
import { watchFolder, type FolderEvent, type FolderWatcher } from './watch-folder';

const MAX_RECENT = 10;
/** How many correction steps Undo can go back. */
const MAX_UNDO = 100;

/** Why the workspace could not do what it was asked; `name` is the folder or article concerned. */
export class WorkspaceError extends Error {
  override name = 'WorkspaceError';
  constructor(
    readonly code: 'NOT_FOUND' | 'FOLDER_UNREADABLE' | 'NO_FOLDER' | 'EMPTY_CLIPBOARD',
    message: string,
    readonly subject = '',
    readonly detail = '',
  ) {
    super(message);
  }

  /** Why, when the work that failed said it as a notice (a folder that cannot be opened). */
  notice?: Notice;
}

/** What a workspace is built with; the app passes all of it, the CLI only a logger. */
export interface WorkspaceOptions {
  logger?: Logger;
  /** Where the recent folders are kept (none: opening a folder records nothing). */
  settings?: SettingsStore;
  /** Watch the open folder and re-read it on changes (the app; not the CLI). */
  watch?: boolean;
  /** Largest article file read, in bytes. */
  maxBytes?: number;
  /** Reading progress while a folder opens. */
  onProgress?: (done: number, total: number) => void;
  /** The open folder after it changed on disk and was re-read. */
  onChange?: (session: FolderSession) => void;
}

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

const isDirectory = async (path: string): Promise<boolean> =>
  (await stat(path).catch(() => null))?.isDirectory() ?? false;

/**
 * The open folder and what is done to it, for the app's handlers and the CLI alike: opening (with the recent list
 * and the watcher when asked), re-reading after changes, the outlet and story corrections with their Undo and
 * Redo (the one owner of that history), and saving pasted text as a new article.
 */
export function createWorkspace(options: WorkspaceOptions = {}) {
  const logger = options.logger ?? nullLogger;
  let session: FolderSession | null = null;
  let watcher: FolderWatcher | null = null;
  const undo: Corrections[] = [];
  const redo: Corrections[] = [];

  const analyze = (root: string, progress: boolean) =>
    analyzeFolder(root, {
      logger,
      ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
      ...(progress && options.onProgress ? { onProgress: options.onProgress } : {}),
    }).catch((error: unknown) => {
      const detail = error instanceof Error ? error.message : String(error);
      const failure = new WorkspaceError(
        'FOLDER_UNREADABLE',
        `${root} cannot be read: ${detail}`,
        basename(root),
        detail,
      );
      if (error instanceof NoticeError) failure.notice = error.notice;
      throw failure;
    });

  const current = (): FolderSession => {
    if (!session) throw new WorkspaceError('NO_FOLDER', 'Open a folder of articles first.');
    return session;
  };

  /** The refresh running or queued last: refreshes run one after another, each from the session the last left. */
  let refreshing: Promise<unknown> = Promise.resolve();

  /**
   * Re-reads the open folder after a change on disk: only the files given (a watcher's events), or the whole folder
   * when none are; articles that vanished stay readable as removed.
   */
  const refresh = (events?: readonly FolderEvent[]): Promise<FolderSession | null> => {
    const run = refreshing.then(() => refreshNow(events));
    refreshing = run.catch(() => undefined);
    return run;
  };

  const refreshNow = async (events?: readonly FolderEvent[]): Promise<FolderSession | null> => {
    let before = session;
    if (!before) return null;
    try {
      let analysis = await reread(before, events);
      // A correction made meanwhile replaced the session: read the same files again on top of it.
      while (session !== before) {
        if (!session || session.root !== before.root) return session;
        before = session;
        analysis = await reread(before, events);
      }
      const present = new Set(analysis.articles.map((a) => a.id));
      const removed = new Map<string, Article>([...before.removed].filter(([id]) => !present.has(id)));
      for (const article of before.articles()) if (!present.has(article.id)) removed.set(article.id, article);
      session = new FolderSession(before.name, analysis, removed);
      options.onChange?.(session);
    } catch (error) {
      logger.warn(`folder: could not refresh ${before.root}`, error);
    }
    return session;
  };

  /** The files given read again on top of a session, or the whole folder when none are given. */
  const reread = (from: FolderSession, events?: readonly FolderEvent[]) =>
    events
      ? rereadFiles(from.analysis, events, {
          logger,
          ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
        })
      : analyze(from.root, false);

  /** Saves new corrections (atomically), applies them to the articles read, and records the step for Undo. */
  const correct = async (
    next: Corrections,
    history: 'do' | 'undo' | 'redo' = 'do',
  ): Promise<FolderSession> => {
    const folder = current();
    const previous = folder.corrections;
    const notice = await saveCorrections(folder.root, next, logger);
    if (history === 'undo') redo.push(previous);
    else {
      undo.push(previous);
      if (undo.length > MAX_UNDO) undo.shift();
      if (history === 'do') redo.length = 0;
    }
    // The saved file now holds `next`: a warning about a damaged one gives way to where the save set it aside.
    const warnings = notice ? [stateNotice(notice)] : [];
    const analysis = reapplyCorrections({ ...folder.analysis, warnings }, next);
    session = new FolderSession(folder.name, analysis, folder.removed);
    return session;
  };

  return {
    /** Opens a folder: reads and sorts its articles, starts afresh on Undo, watches it and records it when asked. */
    async open(path: string): Promise<FolderSession> {
      const requested = resolve(path);
      if (!(await isDirectory(requested))) {
        const failure = new WorkspaceError(
          'NOT_FOUND',
          `folder not found: ${requested}`,
          basename(requested),
          requested,
        );
        failure.notice = { code: 'folder-not-found', params: { folder: requested } };
        throw failure;
      }
      const analysis = await analyze(requested, true);
      session = new FolderSession(basename(analysis.root), analysis);
      undo.length = 0;
      redo.length = 0;
      if (options.watch) {
        await watcher?.close();
        watcher = watchFolder(analysis.root, (events) => void refresh(events), { logger });
      }
      if (options.settings) {
        const { recentFolders } = await options.settings.load();
        await options.settings.update({
          recentFolders: [
            analysis.root,
            ...recentFolders.filter((f) => f !== analysis.root && f !== requested),
          ].slice(0, MAX_RECENT),
        });
      }
      logger.info(
        `folder: opened ${analysis.root} (${analysis.articles.length} articles, ${analysis.skipped.length} skipped)`,
      );
      return session;
    },
    /** The open folder, or null. */
    session: (): FolderSession | null => session,
    /** The open folder, or a NO_FOLDER error. */
    current,
    refresh,
    /** Sets (or, with null, clears) the outlet of an article; kept in `.recoupe/corrections.json`. */
    setArticleOutlet(id: string, name: string | null): Promise<FolderSession> {
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
    moveToStory(ids: string[], storyId: string | null): Promise<FolderSession> {
      const folder = current();
      const articles = ids.map((id) => folder.article(id));
      const target = storyId ?? `user-${articles[0]?.sha256.slice(0, 12) ?? 'story'}`;
      return correct(assignStory(folder.corrections, articles, target, new Date().toISOString()));
    },
    /** Goes back one correction step (none left: the folder as it is). */
    async undoCorrection(): Promise<FolderSession> {
      const previous = undo.pop();
      return previous ? correct(previous, 'undo') : current();
    },
    /** Replays the step last undone (none: the folder as it is). */
    async redoCorrection(): Promise<FolderSession> {
      const next = redo.pop();
      return next ? correct(next, 'redo') : current();
    },
    /** The recent folders, most recent first, each saying whether it still exists. */
    async recentFolders(): Promise<RecentFolder[]> {
      const recent = options.settings ? (await options.settings.load()).recentFolders : [];
      return Promise.all(
        recent.map(async (path) => ({ path, name: basename(path), exists: await isDirectory(path) })),
      );
    },
    /** Removes a folder from the recent list. */
    async forgetRecentFolder(path: string): Promise<void> {
      if (!options.settings) return;
      const { recentFolders } = await options.settings.load();
      await options.settings.update({ recentFolders: recentFolders.filter((f) => f !== path) });
    },
    /**
     * Saves pasted text as a new article of the open folder (`clipboard <date> <time>.txt`, never over a file) and
     * re-reads the folder in place: the watcher, the recent list and Undo stay as they are.
     */
    async importText(pasted: string, now = new Date()): Promise<{ session: FolderSession; id: string }> {
      const folder = current();
      const text = pasted.normalize('NFC').replace(/\r\n?/g, '\n').trim();
      if (!text) throw new WorkspaceError('EMPTY_CLIPBOARD', 'The clipboard holds no text.');
      const name = clipboardFileName(now);
      await writeFile(join(folder.root, name), `${text}\n`, { flag: 'wx' });
      logger.info(`folder: saved pasted text as ${name}`);
      return { session: (await refresh([{ kind: 'added', path: name }])) ?? folder, id: name };
    },
    /** Stops watching the folder. */
    async close(): Promise<void> {
      await watcher?.close();
      watcher = null;
    },
  };
}

/** The workspace `createWorkspace` builds. */
export type Workspace = ReturnType<typeof createWorkspace>;
