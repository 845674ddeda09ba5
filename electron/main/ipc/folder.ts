import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { HandlerError } from '../../../shared/ipc/errors';
import type { FolderView } from '../../../shared/ipc/types';
import type { SettingsStore } from '../../node/settings-store';
import type { Services } from './services';

const MAX_RECENT = 10;

/** Handlers of the folder domain: choosing, opening and reporting the current folder. */
export function createFolderHandlers(services: Services, settings: SettingsStore) {
  let current: { root: string; view: FolderView } | null = null;

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
        const text = await readFile(join(root, name), 'utf8');
        const firstLine = text.split('\n').find((l) => l.trim()) ?? name;
        return {
          id: name,
          title: firstLine.trim().slice(0, 120),
          outlet: { id: 'unknown', name: 'Unknown', source: 'unknown' },
          words: text.split(/\s+/).filter(Boolean).length,
          warnings: [],
        };
      }),
    );
    const view: FolderView = { name: basename(root), articles, skipped: [] };
    current = { root, view };
    const { recentFolders } = await settings.load();
    await settings.update({ recentFolders: [root, ...recentFolders.filter((f) => f !== root)].slice(0, MAX_RECENT) });
    services.logger.info(`folder: opened ${root} (${articles.length} articles)`);
    return view;
  };

  return {
    openFolderDialog: async () => {
      const path = await services.dialogs.chooseFolder();
      return path === null ? null : open(path);
    },
    openFolder: open,
    getCurrentFolder: () => current?.view ?? null,
  };
}
