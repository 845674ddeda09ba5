import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { parseArticle } from '../../../shared/article/parse-article';
import { HandlerError } from '../../../shared/ipc/errors';
import type { FolderView } from '../../../shared/ipc/types';
import type { SettingsStore } from '../../node/settings-store';
import { FolderSession } from './folder-session';
import type { Services } from './services';

const MAX_RECENT = 10;

/** Handlers of the folder domain: choosing, opening and reporting the current folder and its articles. */
export function createFolderHandlers(services: Services, settings: SettingsStore) {
  let session: FolderSession | null = null;

  const open = async (path: string): Promise<FolderView> => {
    const root = resolve(path);
    const info = await stat(root).catch(() => null);
    if (!info?.isDirectory()) {
      throw new HandlerError('NOT_FOUND', `"${basename(root)}" cannot be found. Check that it still exists, then try again.`, {
        detail: root,
        params: { name: basename(root) },
      });
    }
    const names = (await readdir(root)).filter((n) => /\.(txt|md)$/i.test(n)).sort();
    const articles = await Promise.all(
      names.map(async (name) => {
        const bytes = await readFile(join(root, name));
        const text = bytes.toString('utf8').normalize('NFC').replace(/\r\n?/g, '\n');
        const sha256 = createHash('sha256').update(bytes).digest('hex');
        return parseArticle({ id: name, text, sha256, encoding: 'utf-8', size: bytes.length });
      }),
    );
    session = new FolderSession(root, basename(root), articles, []);
    const { recentFolders } = await settings.load();
    await settings.update({ recentFolders: [root, ...recentFolders.filter((f) => f !== root)].slice(0, MAX_RECENT) });
    services.logger.info(`folder: opened ${root} (${articles.length} articles)`);
    return session.view();
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
    getCurrentFolder: () => session?.view() ?? null,
    getArticle: (id: string) => current().article(id),
  };
}
