import { createHandlers } from '../../electron/main/ipc/handlers';
import type { Services } from '../../electron/main/ipc/services';
import { ipcTestClient, type IpcTestClient } from '../helpers/ipc';
import { stubServices } from '../helpers/services';

/**
 * Runs `work` against the handler table main registers (data in `dataDir`, services as `stubServices` makes them
 * unless `overrides` says otherwise), disposing the handlers afterwards.
 */
export async function withApp<T>(
  dataDir: string,
  work: (client: Pick<IpcTestClient, 'call' | 'send'>) => Promise<T>,
  overrides: Partial<Services> = {},
): Promise<T> {
  const handlers = createHandlers(stubServices(dataDir, overrides));
  const client = ipcTestClient();
  client.connect(handlers);
  try {
    return await work(client);
  } finally {
    await handlers.dispose();
  }
}
