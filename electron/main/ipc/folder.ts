import { cp, mkdir, stat, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { HandlerError } from '../../../shared/ipc/errors';
import type { FolderView, RecentFolder } from '../../../shared/ipc/types';
import { scanFolder } from '../../node/scan-folder';
import type { SettingsStore } from '../../node/settings-store';
import { FolderSession } from './folder-session';
import type { Services } from './services';

const MAX_RECENT = 10;
/** Progress events are sent at most this often while a folder loads. */
const PROGRESS_INTERVAL_MS = 100;

const isDirectory = async (path: string): Promise<boolean> => (await stat(path).catch(() => null))?.isDirectory() ?? false;

const notFound = (root: string): HandlerError =>
  new HandlerError('NOT_FOUND', `"${basename(root)}" cannot be found. Check that it still exists, then try again.`, {
    detail: root,
    params: { name: basename(root) },
  });

/** A file name for pasted text, e.g. `clipboard 2026-11-23 14-05-09.txt`. */
export function clipboardFileName(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `clipboard ${day} ${pad(now.getHours())}-${pad(now.getMinutes())}-${pad(now.getSeconds())}.txt`;
}

/** Handlers of the folder domain: opening folders (dialog, path, recent, drop, start-up), pasting articles. */
export function createFolderHandlers(services: Services, settings: SettingsStore) {
  let session: FolderSession | null = null;
  let startup: Promise<FolderView | null> | null = null;

  const open = async (path: string): Promise<FolderView> => {
    const requested = resolve(path);
    if (!(await isDirectory(requested))) throw notFound(requested);
    let lastProgress = 0;
    const result = await scanFolder(requested, {
      logger: services.logger,
      onProgress: (done, total) => {
        const now = Date.now();
        if (done === total || now - lastProgress >= PROGRESS_INTERVAL_MS) {
          lastProgress = now;
          services.emit('folderProgress', { done, total });
        }
      },
    }).catch((error: unknown) => {
      throw new HandlerError('FOLDER_UNREADABLE', `"${basename(requested)}" cannot be read. Check its permissions, then open it again.`, {
        detail: error instanceof Error ? error.message : String(error),
        params: { name: basename(requested) },
      });
    });
    session = new FolderSession(result.root, basename(result.root), result.articles, result.skipped);
    const { recentFolders } = await settings.load();
    await settings.update({
      recentFolders: [result.root, ...recentFolders.filter((f) => f !== result.root && f !== requested)].slice(0, MAX_RECENT),
    });
    services.logger.info(`folder: opened ${result.root} (${result.articles.length} articles, ${result.skipped.length} skipped)`);
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
    const loaded = await settings.load();
    const firstRun = !(await settings.exists());
    const candidates = [services.initialFolder, loaded.recentFolders[0]].filter((p): p is string => Boolean(p));
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
      return Promise.all(recentFolders.map(async (path) => ({ path, name: basename(path), exists: await isDirectory(path) })));
    },
    forgetRecentFolder: async (path: string) => {
      const { recentFolders } = await settings.load();
      await settings.update({ recentFolders: recentFolders.filter((f) => f !== path) });
    },
    newArticleFromClipboard: async () => {
      const folder = current();
      const text = (await services.readClipboardText()).normalize('NFC').replace(/\r\n?/g, '\n').trim();
      if (!text) {
        throw new HandlerError('EMPTY_CLIPBOARD', 'The clipboard holds no text. Copy the article’s text, then try again.');
      }
      const name = clipboardFileName(new Date());
      await writeFile(join(folder.root, name), `${text}\n`, { flag: 'wx' });
      services.logger.info(`folder: saved pasted text as ${name}`);
      return { folder: await open(folder.root), id: name };
    },
  };
}
