import { ipcMain } from 'electron';
import { channelOf, methods } from '../../../shared/ipc/channels';
import type { Logger } from '../../../node/logger';
import { createDispatcher, type HandlerTable } from './dispatch';

/** Registers every contract method with ipcMain; the only place ipcMain is used. */
export function registerHandlers(
  handlers: HandlerTable,
  logger: Logger,
  extraOrigins: readonly string[],
): void {
  const dispatch = createDispatcher(handlers, logger, extraOrigins);
  for (const method of methods) {
    ipcMain.handle(channelOf(method), (event, ...args: unknown[]) =>
      dispatch(method, { url: event.senderFrame?.url ?? '' }, args),
    );
  }
}
