import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
