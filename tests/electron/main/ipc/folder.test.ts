import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../electron/main/ipc/handlers';
import type { EventMap } from '../../../../shared/ipc/channels';
import type { HandlerError } from '../../../../shared/ipc/errors';
import { writeHarbourFolder } from '../../../helpers/harbour-folder';
import { stubServices } from '../../../helpers/services';

let base: string;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'recoupe-folder-ipc-'));
  await writeHarbourFolder(join(base, 'small'), 3, 2);
  await writeHarbourFolder(join(base, 'big'), 400, 2);
});

afterAll(() => rm(base, { recursive: true, force: true }));

describe('long work over IPC: progress and Cancel', () => {
  it('cancels a folder being opened: CANCELLED, and the folder open before stays', async () => {
    const progress: EventMap['folderProgress'][] = [];
    let cancel = (): void => undefined;
    const handlers = createHandlers(
      stubServices(join(base, 'a'), {
        emit: (event, payload) => {
          if (event !== 'folderProgress') return;
          progress.push(payload as EventMap['folderProgress']);
          if ((payload as EventMap['folderProgress']).done > 0) cancel();
        },
      }),
    );
    try {
      await handlers.openFolder(join(base, 'small'));
      progress.length = 0;
      cancel = () => void handlers.cancelFolderOpen();
      const error = (await Promise.resolve(handlers.openFolder(join(base, 'big'))).catch(
        (e: unknown) => e,
      )) as HandlerError;
      expect(error.code).toBe('CANCELLED');
      expect(progress.some((p) => p.total === 400)).toBe(true);
      expect((await handlers.getCurrentFolder())?.name).toBe('small');
    } finally {
      await handlers.dispose();
    }
  });

  it('reports the claims computed so far and cancels them: CANCELLED, then the next call works', async () => {
    const progress: EventMap['claimsProgress'][] = [];
    let cancel = (): void => undefined;
    const handlers = createHandlers(
      stubServices(join(base, 'b'), {
        emit: (event, payload) => {
          if (event !== 'claimsProgress') return;
          progress.push(payload as EventMap['claimsProgress']);
          cancel();
        },
      }),
    );
    try {
      const folder = await handlers.openFolder(join(base, 'big'));
      const ids = folder.articles.map((a) => a.id);
      cancel = () => void handlers.cancelClaims();
      const error = (await Promise.resolve(handlers.getClaims(ids)).catch((e: unknown) => e)) as HandlerError;
      expect(error.code).toBe('CANCELLED');
      expect(progress[0]?.total).toBe(400);
      cancel = () => undefined;
      const pair = await handlers.getClaims(ids.slice(0, 2));
      expect(pair.articles).toEqual(ids.slice(0, 2));
    } finally {
      await handlers.dispose();
    }
  });
});

describe('opening what is not a folder, and the demo', () => {
  it('says a file chosen as a folder is a file (NOT_A_FOLDER), not that it cannot be found', async () => {
    const handlers = createHandlers(stubServices(join(base, 'c')));
    const file = join(base, 'article.txt');
    await writeFile(file, 'Un article.');
    try {
      const error = (await Promise.resolve(handlers.openFolder(file)).catch(
        (e: unknown) => e,
      )) as HandlerError;
      expect(error.code).toBe('NOT_A_FOLDER');
      expect(error.params).toEqual({ name: 'article.txt' });
      expect(error.notice).toEqual({ code: 'folder-not-folder', params: { folder: file } });
      const missing = (await Promise.resolve(handlers.openFolder(join(base, 'nowhere'))).catch(
        (e: unknown) => e,
      )) as HandlerError;
      expect(missing.code).toBe('NOT_FOUND');
    } finally {
      await handlers.dispose();
    }
  });

  it('opens the demo again from the Help menu, copied afresh, as a folder view marked demo', async () => {
    const resources = resolve(import.meta.dirname, '../../../../resources');
    const handlers = createHandlers(stubServices(join(base, 'd'), { resourcesDir: resources }));
    try {
      const demo = await handlers.openDemo();
      expect(demo.demo).toBe(true);
      expect(demo.name).toBe('fictional-demo');
      expect(demo.articles).toHaveLength(5);
      expect(await readdir(join(base, 'd', 'data', 'fictional-demo'))).toContain('.recoupe-demo.json');
      const other = await handlers.openFolder(join(base, 'small'));
      expect(other.demo).toBe(false);
    } finally {
      await handlers.dispose();
    }
  });
});
