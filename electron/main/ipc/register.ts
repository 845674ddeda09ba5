import { ipcMain } from 'electron';
import { channelOf, FOLDER_DROPPED_CHANNEL, methods } from '../../../shared/ipc/channels';
import type { Logger } from '../../../node/logger';
import { createDispatcher, isTrustedSender, type HandlerTable } from './dispatch';
import type { FolderGrants } from './services';

/**
 * Registers every contract method with ipcMain, and the preload's report of a dropped folder (FOLDER_DROPPED_CHANNEL,
 * outside the renderer's API: the path comes from Electron's `webUtils.getPathForFile` on a file the user dropped) into
 * `grants`; the only place ipcMain is used.
 */
export function registerHandlers(
  handlers: HandlerTable,
  logger: Logger,
  extraOrigins: readonly string[],
  grants: FolderGrants,
): void {
  const dispatch = createDispatcher(handlers, logger, extraOrigins);
  ipcMain.on(FOLDER_DROPPED_CHANNEL, (event, path: unknown) => {
    if (!isTrustedSender(event.senderFrame?.url ?? '', extraOrigins)) return;
    if (typeof path === 'string' && path.length > 0 && path.length <= 4096) grants.add(path);
  });
  for (const method of methods) {
    ipcMain.handle(channelOf(method), (event, ...args: unknown[]) =>
      dispatch(method, { url: event.senderFrame?.url ?? '' }, args),
    );
  }
}
