import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/main/ipc/dispatch';
import type { Handlers } from '../../electron/main/ipc/handlers';
import { folderGrants } from '../../electron/main/ipc/services';
import { nullLogger } from '../../node/logger';
import { withApp } from './app';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/claims-story');

let base: string;
let root: string;
let other: string;

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'recoupe-trust-'));
  root = join(base, 'story');
  other = join(base, 'not-chosen');
  await cp(FIXTURE, root, { recursive: true });
  await cp(FIXTURE, other, { recursive: true });
});
afterEach(() => rm(base, { recursive: true, force: true }));

describe('a renderer that asks for what the user did not give', () => {
  it('cannot open a folder the user did not choose, drop or open before', async () => {
    const grants = folderGrants();
    const choices = [root];
    await withApp(
      base,
      async ({ send }) => {
        const refused = await send('openFolder', other);
        expect(refused).toMatchObject({ ok: false, error: { code: 'FOLDER_NOT_CHOSEN' } });
        expect(JSON.stringify(refused)).not.toContain(base);
        expect(await send('openFolderDialog')).toMatchObject({ ok: true });
        // Chosen once, then recent: opening it again by path is allowed.
        expect(await send('openFolder', root)).toMatchObject({ ok: true });
        grants.add(other);
        expect(await send('openFolder', other)).toMatchObject({ ok: true });
      },
      {
        folderGrants: grants,
        dialogs: { chooseFolder: async () => choices.shift() ?? null, saveFile: async () => null },
      },
    );
  });

  it('cannot save alignment, outlet, story or claims corrections for articles the open folder does not have', async () => {
    await withApp(base, async ({ call, send }) => {
      await call('openFolder', root);
      for (const refused of [
        await send('setCorrections', 'elsewhere.txt', 'a-gazette.txt', []),
        await send('getCorrections', 'a-gazette.txt', 'nope.txt'),
        await send('setArticleOutlet', 'nope.txt', 'Titre'),
        await send('moveToStory', ['nope.txt'], null),
        await send('correctClaim', {
          type: 'dismiss',
          claimId: 'row:nope.txt#number@0',
          discrepancy: 'number-differs',
        }),
        await send('correctClaim', {
          type: 'move',
          claimId: 'a-gazette.txt#number@0',
          toClaimId: 'nope.txt#number@3',
        }),
        await send('setClaimCorrections', [{ type: 'move', claimId: 'nope.txt#date@1', toClaimId: null }]),
      ])
        expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    });
    expect(await readdir(root)).not.toContain('.recoupe');
  });

  it('gets no stack trace nor path of the main process in an unexpected error', async () => {
    const secret = join(base, 'main-process-only', 'module.js');
    const failing = {
      getAppInfo: () => {
        const error = new Error(`cannot load ${secret}`);
        error.stack = `Error: cannot load ${secret}\n    at load (${secret}:1:1)`;
        throw error;
      },
    } as unknown as Handlers;
    const result = await createDispatcher(failing, nullLogger)(
      'getAppInfo',
      { url: 'app://recoupe/index.html' },
      [],
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain(secret);
    expect(JSON.stringify(result)).not.toMatch(/\bat load\b/);
  });
});
