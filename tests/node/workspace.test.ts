import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { commands } from '../../cli/commands/index';
import { createHandlers, type Handlers } from '../../electron/main/ipc/handlers';
import { createInProcessEngine } from '../../node/engine-host/host';
import { nullLogger } from '../../node/logger';
import * as readArticleModule from '../../node/read-article';
import { SettingsStore } from '../../node/settings-store';
import type * as WorkspaceModule from '../../node/workspace';
import type { FolderSession } from '../../node/folder-session';
import { createWorkspace, WorkspaceError, type Workspace } from '../../node/workspace';
import type { FolderView } from '../../shared/ipc/types';
import { runCommands } from '../helpers/cli';
import { ipcTestClient } from '../helpers/ipc';
import { stubServices } from '../helpers/services';

/** Every call to the workspace's `open` and `setArticleOutlet`, whoever made it. */
const calls = vi.hoisted(() => [] as string[]);

vi.mock('../../node/workspace', async (importOriginal) => {
  const actual = await importOriginal<typeof WorkspaceModule>();
  return {
    ...actual,
    createWorkspace: (...args: Parameters<typeof actual.createWorkspace>): Workspace => {
      const workspace = actual.createWorkspace(...args);
      return {
        ...workspace,
        open: (path) => (calls.push(`open ${path}`), workspace.open(path)),
        setArticleOutlet: (id, name) => (calls.push(`outlet ${id}`), workspace.setArticleOutlet(id, name)),
      };
    },
  };
});

vi.mock('../../node/read-article', { spy: true });

const FIXTURE = resolve(import.meta.dirname, '../fixtures/claims-story');

let base: string;
let root: string;

beforeEach(async () => {
  calls.length = 0;
  base = await mkdtemp(join(tmpdir(), 'recoupe-workspace-'));
  root = join(base, 'story');
  await cp(FIXTURE, root, { recursive: true });
});

afterEach(() => rm(base, { recursive: true, force: true }));

describe('the workspace service', () => {
  it('is what the app and the CLI both call, and they see the same folder', async () => {
    const handlers: Handlers = createHandlers(stubServices(base));
    const { connect, call } = ipcTestClient();
    connect(handlers);
    try {
      const opened = await call('openFolder', root);
      const corrected = await call('setArticleOutlet', 'a-gazette.txt', 'Le Courrier du Soir');
      const cli = await runCommands(commands, ['scan', 'story', '--json'], base);
      expect(cli.code).toBe(0);
      expect(calls).toEqual([`open ${root}`, 'outlet a-gazette.txt', `open ${root}`]);
      const scanned = JSON.parse(cli.out) as { articles: { id: string; outlet: { name: string } }[] };
      const outlets = (view: FolderView) => view.articles.map((a) => [a.id, a.outlet.name]);
      expect(scanned.articles.map((a) => [a.id, a.outlet.name])).toEqual(outlets(corrected));
      expect(outlets(corrected)).not.toEqual(outlets(opened));
    } finally {
      await handlers.dispose();
    }
  });

  it('undoes and redoes corrections on its history, and forgets the history when a folder is opened', async () => {
    const changes: FolderSession[] = [];
    const workspace = createWorkspace({ onChange: (s) => changes.push(s) });
    const before = await workspace.open(root);
    const name = (s: FolderSession | null) => s?.article('a-gazette.txt').outlet.name;
    const original = name(before);
    expect(name(await workspace.setArticleOutlet('a-gazette.txt', 'Autre Titre'))).toBe('Autre Titre');
    expect(await workspace.history.undo()).toBe('outlet');
    expect(name(workspace.session())).toBe(original);
    expect(await workspace.history.redo()).toBe('outlet');
    expect(name(workspace.session())).toBe('Autre Titre');
    expect(changes.map(name)).toEqual([original, 'Autre Titre']);
    await workspace.open(root);
    expect(await workspace.history.undo()).toBeNull();
    expect(name(workspace.session())).toBe('Autre Titre');
  });

  it('refuses to undo a correction when the corrections changed on disk since, and drops that step', async () => {
    const workspace = createWorkspace();
    await workspace.open(root);
    await workspace.moveToStory(['a-gazette.txt'], null);
    await workspace.setArticleOutlet('a-gazette.txt', 'Autre Titre');
    await writeFile(join(root, '.recoupe/corrections.json'), '{"version":1,"outlets":[],"stories":[]}\n');
    await workspace.refresh();
    await expect(workspace.history.undo()).rejects.toMatchObject({
      name: 'UndoConflictError',
      file: '.recoupe/corrections.json',
    });
    expect(workspace.history.state()).toEqual({ undo: 'story', redo: null });
  });

  it('keeps the recent folders only when given a settings store', async () => {
    const settings = new SettingsStore(join(base, 'data'), 'fr-FR', nullLogger);
    const app = createWorkspace({ settings });
    await app.open(root);
    expect(await app.recentFolders()).toEqual([{ path: root, name: 'story', exists: true }]);
    await app.forgetRecentFolder(root);
    expect(await app.recentFolders()).toEqual([]);
    expect(await createWorkspace().recentFolders()).toEqual([]);
  });

  it('saves pasted text as a new article, never empty text, and refuses a missing folder', async () => {
    const workspace = createWorkspace();
    await expect(workspace.importText('x')).rejects.toMatchObject({ code: 'NO_FOLDER' });
    await workspace.open(root);
    await expect(workspace.importText(' \r\n ')).rejects.toBeInstanceOf(WorkspaceError);
    const { session, id } = await workspace.importText(
      'Un texte\r\ncollé.',
      new Date(2026, 10, 23, 14, 5, 9),
    );
    expect(id).toBe('clipboard 2026-11-23 14-05-09.txt');
    expect(session.has(id)).toBe(true);
    expect(await readFile(join(root, id), 'utf8')).toBe('Un texte\ncollé.\n');
    expect((await readdir(root)).filter((f) => f.startsWith('clipboard'))).toHaveLength(1);
    await expect(workspace.open(join(base, 'nowhere'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('reports no change once closed, not even for a re-read still running', async () => {
    const onChange = vi.fn();
    const workspace = createWorkspace({ onChange });
    await workspace.open(root);
    await workspace.refresh();
    expect(onChange).toHaveBeenCalledTimes(1);
    const running = workspace.refresh();
    await workspace.close();
    expect((await running)?.root).toBe(root);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('looks at the state files once when the watcher was ready only after the folder was read', async () => {
    const engine = createInProcessEngine();
    let start: () => void = () => undefined;
    const late = new Promise<void>((done) => (start = done));
    const onStateFiles = vi.fn();
    let reloaded: (session: FolderSession) => void = () => undefined;
    const changed = new Promise<FolderSession>((done) => (reloaded = done));
    const workspace = createWorkspace({
      watch: true,
      onStateFiles,
      onChange: (session) => {
        if (session.corrections.outlets.length > 0) reloaded(session);
      },
      engine: {
        ...engine,
        // A watcher that starts seeing changes only after the folder was read (a slow start on a busy machine).
        watch: (path, onChange) => {
          const watching = late.then(() => engine.watch(path, onChange));
          return {
            ready: watching.then((w) => w.ready),
            close: async () => (await watching).close(),
          };
        },
      },
    });
    try {
      await workspace.open(root);
      // Saved elsewhere after the read, before the watcher could see it.
      const other = createWorkspace();
      await other.open(root);
      await other.setArticleOutlet('a-gazette.txt', 'Le Courrier du Soir');
      await writeFile(join(root, '.recoupe', 'watchlist.json'), '{"version":1,"phrases":["quai nord"]}\n');
      start();
      const session = await changed;
      expect(session.article('a-gazette.txt').outlet.name).toBe('Le Courrier du Soir');
      await vi.waitFor(() =>
        expect(onStateFiles).toHaveBeenCalledWith(expect.arrayContaining(['watchlist.json'])),
      );
    } finally {
      await workspace.close();
    }
  });

  it('re-reads only the file the watcher reports changed', async () => {
    let report: (session: FolderSession) => void = () => undefined;
    const changed = new Promise<FolderSession>((done) => (report = done));
    const workspace = createWorkspace({ watch: true, onChange: (session) => report(session) });
    try {
      await workspace.open(root);
      await new Promise((done) => setTimeout(done, 300));
      vi.mocked(readArticleModule.readArticleFile).mockClear();
      await writeFile(
        join(root, 'b-courrier.txt'),
        ' date 2026-03 VALBRUME (Courrier des Quais) - Le quai nord rouvrira en mai.\n',
      );
      const session = await changed;
      expect(vi.mocked(readArticleModule.readArticleFile).mock.calls.map((c) => c[1])).toEqual([
        'b-courrier.txt',
      ]);
      expect(session.article('b-courrier.txt').text).toContain('rouvrira en mai');
    } finally {
      await workspace.close();
    }
  });
});
