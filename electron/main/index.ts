import { app, BrowserWindow, clipboard, dialog, Menu, shell } from 'electron';
import log from 'electron-log/main';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createEngineHost } from '../../node/engine-host/host';
import { eventChannelOf, type EventMap, type EventName } from '../../shared/ipc/channels';
import type { Language, MenuCommand } from '../../shared/ipc/types';
import type { UndoState } from '../../shared/ipc/undo';
import { translate } from '../../shared/i18n/index';
import { langFromLocale } from '../../shared/format/lang';
import { createHandlers } from './ipc/handlers';
import { registerHandlers } from './ipc/register';
import { folderGrants, type Services } from './ipc/services';
import { buildMenu } from './menu';
import { registerAppScheme, serveRenderer } from './protocol';
import { printHtmlInWindow } from './print-pdf';
import { confirmOpenExternal, createMainWindow } from './window';

/** The folder named on the command line (`recoupe-app /path/to/folder`), if any. */
function folderArgument(argv: readonly string[]): string | undefined {
  const args = argv.slice(app.isPackaged ? 1 : 2).filter((a) => !a.startsWith('-') && a !== '.');
  return args.at(-1);
}

const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;

app.enableSandbox();
registerAppScheme();
log.initialize();
log.transports.file.level = 'info';

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  let language: Language = langFromLocale(app.getLocale());
  /** Language and recent folders the native menu was last built with: only a change of these rebuilds it. */
  let menuKey = '';
  /** What Edit > Undo and Redo would do, named in their labels. */
  let undoState: UndoState = { undo: null, redo: null };
  const initialFolder = folderArgument(process.argv);
  /** Folders dropped on the window or named by a second instance's command line: `openFolder` opens them. */
  const grants = folderGrants();

  app.on('second-instance', (_event, argv) => {
    if (!mainWindow) return;
    const folder = folderArgument(argv);
    if (folder) grants.add(folder);
    if (folder)
      void Promise.resolve(handlers.openFolder(folder)).then(
        (view) => emit('folderChanged', view),
        (error: unknown) => log.warn('second instance folder', error),
      );
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  const emit = <E extends EventName>(event: E, payload: EventMap[E]): void => {
    mainWindow?.webContents.send(eventChannelOf(event), payload);
    if (event === 'undoChanged') {
      const { state } = payload as EventMap['undoChanged'];
      if (state.undo === undoState.undo && state.redo === undoState.redo) return;
      undoState = state;
      void setMenu(language);
    }
  };

  const confirmExternal = (url: string): Promise<boolean> =>
    confirmOpenExternal(
      mainWindow,
      translate(language, 'dialog.openLinkQuestion', { url }),
      translate(language, 'dialog.open'),
      translate(language, 'dialog.cancel'),
    );

  const services: Services = {
    appInfo: {
      name: app.getName(),
      version: app.getVersion(),
      electron: process.versions.electron,
      chrome: process.versions.chrome,
      node: process.versions.node,
      platform: process.platform,
      logFile: log.transports.file.getFile().path,
    },
    dataDir: app.getPath('userData'),
    resourcesDir: app.isPackaged ? process.resourcesPath : join(app.getAppPath(), 'resources'),
    ...(initialFolder ? { initialFolder } : {}),
    folderGrants: grants,
    readClipboardText: () => clipboard.readText(),
    systemLocale: app.getLocale(),
    logger: log,
    // The worker is built beside this file (electron.vite.config.ts: the `engine-worker` input).
    engine: createEngineHost({
      worker: { url: pathToFileURL(join(import.meta.dirname, 'engine-worker.js')) },
      logger: log,
    }),
    dialogs: {
      chooseFolder: async () => {
        const options = { properties: ['openDirectory' as const] };
        const result = mainWindow
          ? await dialog.showOpenDialog(mainWindow, options)
          : await dialog.showOpenDialog(options);
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
      saveFile: async (suggestedPath, format) => {
        const options = {
          defaultPath: suggestedPath,
          filters: [
            format === 'pdf' ? { name: 'PDF', extensions: ['pdf'] } : { name: 'HTML', extensions: ['html'] },
          ],
        };
        const result = mainWindow
          ? await dialog.showSaveDialog(mainWindow, options)
          : await dialog.showSaveDialog(options);
        return result.canceled || !result.filePath ? null : result.filePath;
      },
    },
    printPdf: printHtmlInWindow,
    openPath: async (path) => {
      const problem = await shell.openPath(path);
      if (problem) log.warn(`open ${path}: ${problem}`);
    },
    showItemInFolder: (path) => shell.showItemInFolder(path),
    applySettings: (settings) => {
      if (JSON.stringify([settings.language, settings.recentFolders]) !== menuKey)
        void setMenu(settings.language);
    },
    emit,
  };

  const setMenu = async (lang: Language): Promise<void> => {
    language = lang;
    const onCommand = (command: MenuCommand, path?: string): void =>
      emit('menuCommand', { command, ...(path ? { path } : {}) });
    const recent = await handlers.getRecentFolders();
    menuKey = JSON.stringify([lang, recent.map((folder) => folder.path)]);
    Menu.setApplicationMenu(
      buildMenu(
        (key, params) => translate(lang, key, params),
        onCommand,
        process.platform === 'darwin',
        recent,
        undoState,
      ),
    );
  };

  const handlers = createHandlers(services);

  process.on('uncaughtException', (error) => log.error('uncaught exception', error));
  process.on('unhandledRejection', (reason) => log.error('unhandled rejection', reason));

  void app.whenReady().then(() => {
    serveRenderer(join(import.meta.dirname, '../renderer'));
    registerHandlers(handlers, log, devServerUrl ? [new URL(devServerUrl).origin] : [], grants);
    void Promise.resolve(handlers.getSettings()).then((settings) => setMenu(settings.language));
    mainWindow = createMainWindow(devServerUrl, confirmExternal);
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0)
        mainWindow = createMainWindow(devServerUrl, confirmExternal);
    });
  });

  let disposed = false;
  app.on('will-quit', (event) => {
    if (disposed) return;
    // Hold the quit until unsaved notes and corrections are flushed to disk, then quit for real.
    event.preventDefault();
    disposed = true;
    void handlers
      .dispose()
      .then(() => services.engine.close())
      .catch((error: unknown) => log.error('flushing on quit failed', error))
      .finally(() => app.quit());
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
