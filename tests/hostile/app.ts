import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createHandlers } from '../../electron/main/ipc/handlers';
import type { Services } from '../../electron/main/ipc/services';
import { ipcTestClient, type IpcTestClient } from '../helpers/ipc';
import { stubServices } from '../helpers/services';

/** The folder of articles most hostile tests start from (our own fictional story). */
export const STORY_FIXTURE = resolve(import.meta.dirname, '../fixtures/claims-story');

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

/** Copies the claims-story fixture to a new temporary folder: `root` is the copy, `base` the folder holding it. */
export async function copyStoryFixture(prefix: string): Promise<{ base: string; root: string }> {
  const base = await mkdtemp(join(tmpdir(), prefix));
  const root = join(base, 'story');
  await cp(STORY_FIXTURE, root, { recursive: true });
  return { base, root };
}
