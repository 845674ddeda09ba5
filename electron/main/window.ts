import { BrowserWindow, dialog, shell, type WebContents } from 'electron';
import { join } from 'node:path';
import { APP_URL, externalLinkTarget, isAllowedNavigation, secureWebPreferences } from './security';

function offerExternal(url: string, confirm: (url: string) => Promise<boolean>): void {
  void confirm(url).then(async (ok) => {
    if (ok) await shell.openExternal(url);
  });
}

/** Denies navigation, new windows and permission requests; offers http(s) links to the system browser. */
export function lockDown(
  contents: WebContents,
  devServerUrl: string | undefined,
  confirmLabel: (url: string) => Promise<boolean>,
): void {
  contents.on('will-navigate', (event, url) => {
    if (isAllowedNavigation(url, devServerUrl)) return;
    event.preventDefault();
    const external = externalLinkTarget(url);
    if (external) offerExternal(external, confirmLabel);
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const external = externalLinkTarget(url);
    if (external) offerExternal(external, confirmLabel);
    return { action: 'deny' };
  });
  contents.session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  contents.session.setPermissionCheckHandler(() => false);
}

/** Creates the main window with the secure preferences and loads the renderer. */
export function createMainWindow(
  devServerUrl: string | undefined,
  confirmExternal: (url: string) => Promise<boolean>,
): BrowserWindow {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Recoupe',
    webPreferences: secureWebPreferences(join(import.meta.dirname, '../preload/index.cjs')),
  });
  lockDown(window.webContents, devServerUrl, confirmExternal);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(devServerUrl ?? APP_URL);
  return window;
}

/** Shows a native yes/no question before opening a web link. */
export async function confirmOpenExternal(
  parent: BrowserWindow | null,
  message: string,
  openLabel: string,
  cancelLabel: string,
): Promise<boolean> {
  const options = {
    type: 'question' as const,
    buttons: [openLabel, cancelLabel],
    defaultId: 0,
    cancelId: 1,
    message,
  };
  const { response } = parent
    ? await dialog.showMessageBox(parent, options)
    : await dialog.showMessageBox(options);
  return response === 0;
}
