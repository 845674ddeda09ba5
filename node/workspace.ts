import { readdir, realpath, stat, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { assignStory, findEntry, setOutletCorrection, type Corrections } from '../shared/article/corrections';
import type { Article } from '../shared/article/model';
import { NoticeError } from '../shared/i18n/notice';
import type { Notice } from '../shared/ipc/notice';
import { defaultOutletRules, slugifyOutlet } from '../shared/article/outlet-rules';
import type { RecentFolder } from '../shared/ipc/types';
import type { UndoEvent } from '../shared/ipc/undo';
import { dataDirAnnotationsPath } from './annotation-store';
import { defaultDataDir } from './export-report';
import { createInProcessEngine, isAbortError, type Engine } from './engine-host/host';
import type { AnalysisResult } from './engine-host/codec';
import type { FolderRead } from './engine-host/tasks';
import type { FolderAnalysis } from './analyze-folder';
import { FolderSession } from './folder-session';
import { CORRECTIONS_FILE, correctionsPath, loadCorrections, saveCorrections } from './folder-state';
import { conflictNotice, removeSaveLeftovers, STATE_DIR, stateNotice } from './state-file';
import { nullLogger, type Logger } from './logger';
import { isDemoFolder } from './demo-folder';
import type { SettingsStore } from './settings-store';
import { createUndoHistory, sameState, UndoConflictError } from './undo-history';
import { isStateFile, type FolderEvent, type FolderWatcher } from './watch-folder';

const MAX_RECENT = 10;

/** Why the workspace could not do what it was asked; `name` is the folder or article concerned. */
export class WorkspaceError extends Error {
  override name = 'WorkspaceError';
  constructor(
    readonly code: 'NOT_FOUND' | 'NOT_A_FOLDER' | 'FOLDER_UNREADABLE' | 'NO_FOLDER' | 'EMPTY_CLIPBOARD',
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
  /** Remove the temporary files that interrupted saves left in `.recoupe/` when a folder opens (the app; the CLI only reads). */
  cleanLeftovers?: boolean;
  /** The app's data folder, where the notes of a folder that cannot be written go (default: the platform's). */
  dataDir?: string;
  /** Largest article file read, in bytes. */
  maxBytes?: number;
  /** Reading progress while a folder opens. */
  onProgress?: (done: number, total: number) => void;
  /** The open folder after it changed outside a call: on disk (re-read), or by an Undo or Redo. */
  onChange?: (session: FolderSession) => void;
  /** Where reading and analysis run: the app's worker threads; by default the calling thread (the CLI). */
  engine?: Engine;
  /** What Undo and Redo would do next, whenever it changes. */
  onHistory?: (event: UndoEvent) => void;
  /**
   * State files of the open folder's `.recoupe/` changed on disk (names such as `annotations.json`), saved by another
   * window, the CLI or a sync client; the corrections are reloaded by the workspace itself (then `onChange`).
   */
  onStateFiles?: (names: string[]) => void;
}

/** The notice an error carries: a NoticeError's, or one that crossed from a worker thread as plain data. */
function noticeOf(error: unknown): Notice | undefined {
  if (error instanceof NoticeError) return error.notice;
  const notice = (error as { notice?: unknown } | null)?.notice;
  return typeof notice === 'object' && notice !== null && 'code' in notice ? (notice as Notice) : undefined;
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

/** What the engine's re-reading and correcting tasks start from: the files as read, not their stories. */
const folderRead = (analysis: FolderAnalysis): FolderRead => ({
  root: analysis.root,
  scanned: analysis.scanned,
  skipped: analysis.skipped,
  warnings: analysis.warnings,
  corrections: analysis.corrections,
});

/** The analysis with the place of the notes named in its read-only folder notice, if it has one. */
function withNotesPlace(analysis: FolderAnalysis, dataDir: string): FolderAnalysis {
  const warnings = analysis.warnings.map((w) =>
    w.code === 'state-folder-read-only'
      ? { ...w, params: { ...w.params, notes: dataDirAnnotationsPath(dataDir, analysis.root) } }
      : w,
  );
  return { ...analysis, warnings };
}

const isDirectory = async (path: string): Promise<boolean> =>
  (await stat(path).catch(() => null))?.isDirectory() ?? false;

const isFile = async (path: string): Promise<boolean> =>
  (await stat(path).catch(() => null))?.isFile() ?? false;

/**
 * The open folder and what is done to it, for the app's handlers and the CLI alike: opening (with the recent list
 * and the watcher when asked), re-reading after changes, the outlet and story corrections, and saving pasted text
 * as a new article. It owns the folder's one undo history (`history`): its own corrections record their steps
 * there, and so do the handlers of notes, alignment and claims; opening a folder starts it afresh.
 */
export function createWorkspace(options: WorkspaceOptions = {}) {
  const logger = options.logger ?? nullLogger;
  const engine = options.engine ?? createInProcessEngine(logger);
  const maxBytes = options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes };
  let session: FolderSession | null = null;
  let watcher: FolderWatcher | null = null;
  /** Set by `close`: a re-read still running then reports nothing (the window it would tell may be gone). */
  let closed = false;
  const history = createUndoHistory(options.onHistory);
  const notesPlaced = (analysis: FolderAnalysis): FolderAnalysis =>
    withNotesPlace(analysis, options.dataDir ?? defaultDataDir(process.env));

  const analyze = (root: string, progress: boolean, signal?: AbortSignal): Promise<AnalysisResult> =>
    engine
      .run(
        'analyzeFolder',
        { root, ...maxBytes },
        {
          ...(progress && options.onProgress ? { onProgress: options.onProgress } : {}),
          ...(signal ? { signal } : {}),
        },
      )
      .catch((error: unknown) => {
        if (isAbortError(error)) throw error;
        const detail = error instanceof Error ? error.message : String(error);
        const failure = new WorkspaceError(
          'FOLDER_UNREADABLE',
          `${root} cannot be read: ${detail}`,
          basename(root),
          detail,
        );
        const notice = noticeOf(error);
        if (notice) failure.notice = notice;
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
      let result = await reread(before, events);
      // A correction made meanwhile replaced the session: read the same files again on top of it.
      while (session !== before) {
        if (!session || session.root !== before.root) return session;
        before = session;
        result = await reread(before, events);
      }
      const { analysis, rows } = result;
      const present = new Set(analysis.articles.map((a) => a.id));
      const removed = new Map<string, Article>([...before.removed].filter(([id]) => !present.has(id)));
      for (const article of before.articles()) if (!present.has(article.id)) removed.set(article.id, article);
      session = new FolderSession(before.name, notesPlaced(analysis), rows, removed, before.demo);
      if (!closed) options.onChange?.(session);
    } catch (error) {
      logger.warn(`folder: could not refresh ${before.root}`, error);
    }
    return session;
  };

  /**
   * Reloads the corrections saved elsewhere (another window, the CLI, a sync client) after the watcher saw
   * `corrections.json` change, and applies them; a save of this workspace, already applied, changes nothing.
   */
  const reloadCorrections = (): void => {
    const run = refreshing.then(async () => {
      const folder = session;
      if (!folder) return;
      const { corrections, notice } = await loadCorrections(folder.root, logger);
      if (session !== folder || sameState(corrections, folder.corrections)) return;
      const { analysis, rows } = await engine.run('reapplyCorrections', {
        ...folderRead(folder.analysis),
        warnings: notice ? [stateNotice(notice)] : [],
        next: corrections,
      });
      if (session !== folder) return;
      session = new FolderSession(folder.name, notesPlaced(analysis), rows, folder.removed, folder.demo);
      logger.info(`folder: ${CORRECTIONS_FILE} changed on disk; corrections reloaded`);
      if (!closed) options.onChange?.(session);
    });
    refreshing = run.catch((error: unknown) =>
      logger.warn(`folder: could not reload ${CORRECTIONS_FILE}`, error),
    );
  };

  /** State files changed on disk: the corrections are reloaded here, the others are told to `onStateFiles`. */
  const stateFilesChanged = (names: string[]): void => {
    if (closed) return;
    const unique = [...new Set(names)];
    if (unique.includes(CORRECTIONS_FILE)) reloadCorrections();
    const others = unique.filter((name) => name !== CORRECTIONS_FILE);
    if (others.length > 0) options.onStateFiles?.(others);
  };

  /** The files given read again on top of a session, or the whole folder when none are given. */
  const reread = (from: FolderSession, events?: readonly FolderEvent[]): Promise<AnalysisResult> =>
    events
      ? engine.run('rereadFiles', { ...folderRead(from.analysis), events: [...events], ...maxBytes })
      : analyze(from.root, false);

  /**
   * Saves new corrections made from `base` (the open folder's by default), merged with corrections saved meanwhile elsewhere (another
   * window, the CLI, another machine), and applies what was saved to the articles read.
   */
  const save = async (next: Corrections, base?: Corrections): Promise<FolderSession> => {
    const folder = current();
    const saved = await saveCorrections(folder.root, next, logger, base ?? folder.corrections);
    // The saved file now holds what was merged: a warning about a damaged one gives way to where the save set it aside.
    const warnings = [
      ...(saved.notice ? [stateNotice(saved.notice)] : []),
      ...(saved.conflicts
        ? [conflictNotice(correctionsPath(folder.root), 'corrections', saved.conflicts)]
        : []),
    ];
    const { analysis, rows } = await engine.run('reapplyCorrections', {
      ...folderRead(folder.analysis),
      warnings,
      next: saved.value,
    });
    session = new FolderSession(folder.name, notesPlaced(analysis), rows, folder.removed, folder.demo);
    return session;
  };

  /**
   * Saves `to` for Undo or Redo as the change from `from` (so that corrections merged in from elsewhere stay), unless
   * the corrections are no longer `expected` (changed on disk since); returns the corrections saved.
   */
  const restore = async (to: Corrections, from: Corrections, expected: Corrections): Promise<Corrections> => {
    if (!sameState(current().corrections, expected)) {
      throw new UndoConflictError(
        'changed',
        `.recoupe/${CORRECTIONS_FILE}`,
        `.recoupe/${CORRECTIONS_FILE} changed since this outlet or story correction`,
      );
    }
    // Saved first: `options.onChange?.(await save(to))` would skip the save when nobody listens.
    const saved = await save(to, from);
    options.onChange?.(saved);
    return saved.corrections;
  };

  /** Saves new corrections and records the step on the undo history. */
  const correct = async (next: Corrections, kind: 'outlet' | 'story'): Promise<FolderSession> => {
    const previous = current().corrections;
    const saved = await save(next);
    let expected = saved.corrections;
    history.record({
      kind,
      undo: async () => {
        expected = await restore(previous, next, expected);
      },
      redo: async () => {
        expected = await restore(next, previous, expected);
      },
    });
    return saved;
  };

  return {
    /** Opens a folder: reads and sorts its articles, starts the undo history afresh, watches and records it when asked. */
    async open(path: string, signal?: AbortSignal): Promise<FolderSession> {
      closed = false;
      const requested = resolve(path);
      if (!(await isDirectory(requested))) {
        if (await isFile(requested)) {
          const failure = new WorkspaceError(
            'NOT_A_FOLDER',
            `not a folder: ${requested}`,
            basename(requested),
            requested,
          );
          failure.notice = { code: 'folder-not-folder', params: { folder: requested } };
          throw failure;
        }
        const failure = new WorkspaceError(
          'NOT_FOUND',
          `folder not found: ${requested}`,
          basename(requested),
          requested,
        );
        failure.notice = { code: 'folder-not-found', params: { folder: requested } };
        throw failure;
      }
      // The watcher starts before the folder is read, so that no change made meanwhile is lost: changes reported
      // before the session exists are applied to it, and if the watcher is ready only after the folder was read (a
      // small folder, a slow start), the folder is read again once, for what changed in between.
      // State files are treated alike: those reported early are reloaded once the session exists, and all of them are
      // looked at once when the watcher was ready only after the read.
      let live = false;
      const early: FolderEvent[] = [];
      const earlyStates = new Set<string>();
      const next = options.watch
        ? engine.watch(await realpath(requested), (events) => {
            const articles = events.filter((e) => !isStateFile(e.path));
            const states = events.filter((e) => isStateFile(e.path)).map((e) => e.path.split('/')[1]!);
            if (!live) {
              early.push(...articles);
              for (const name of states) earlyStates.add(name);
            } else {
              if (articles.length > 0) void refresh(articles);
              if (states.length > 0) stateFilesChanged(states);
            }
          })
        : null;
      void next?.ready.then(async () => {
        if (!live || watcher !== next || closed || !session) return;
        void refresh();
        const names = await readdir(join(session.root, STATE_DIR)).catch(() => [] as string[]);
        const states = names.filter((name) => isStateFile(`${STATE_DIR}/${name}`));
        if (states.length > 0 && watcher === next && !closed) stateFilesChanged(states);
      });
      let analysed: AnalysisResult;
      try {
        analysed = await analyze(requested, true, signal);
      } catch (error) {
        await next?.close();
        throw error;
      }
      const { rows } = analysed;
      const analysis = notesPlaced(analysed.analysis);
      const leftovers = options.cleanLeftovers ? await removeSaveLeftovers(analysis.root) : 0;
      if (leftovers) logger.info(`folder: removed ${leftovers} temporary files left by interrupted saves`);
      session = new FolderSession(
        basename(analysis.root),
        analysis,
        rows,
        new Map(),
        await isDemoFolder(analysis.root),
      );
      history.clear();
      if (next && closed) await next.close();
      else if (next) {
        await watcher?.close();
        watcher = next;
        live = true;
        if (early.length > 0) void refresh(early.splice(0));
        if (earlyStates.size > 0) stateFilesChanged([...earlyStates]);
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
        return correct({ ...corrections, outlets: corrections.outlets.filter((e) => e !== entry) }, 'outlet');
      }
      return correct(
        setOutletCorrection(corrections, article, outletFromName(name), new Date().toISOString()),
        'outlet',
      );
    },
    /** Moves articles to a story (a merge when they are a whole story), or to a new story of their own (a split). */
    moveToStory(ids: string[], storyId: string | null): Promise<FolderSession> {
      const folder = current();
      const articles = ids.map((id) => folder.article(id));
      const target = storyId ?? `user-${articles[0]?.sha256.slice(0, 12) ?? 'story'}`;
      return correct(assignStory(folder.corrections, articles, target, new Date().toISOString()), 'story');
    },
    /** The folder's one undo history, for every kind of edit. */
    history,
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
    /** Stops watching the folder; re-reads still running finish without reporting a change. */
    async close(): Promise<void> {
      closed = true;
      await watcher?.close();
      watcher = null;
    },
  };
}

/** The workspace `createWorkspace` builds. */
export type Workspace = ReturnType<typeof createWorkspace>;
