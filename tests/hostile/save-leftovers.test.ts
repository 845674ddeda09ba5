import { cp, mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scanCommand } from '../../cli/commands/scan';
import { LEFTOVER_AGE_MS } from '../../node/state-file';
import { runCommands } from '../helpers/cli';
import { withApp } from './app';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/claims-story');

let base: string;
let root: string;
let state: string;

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'recoupe-leftovers-'));
  root = join(base, 'story');
  state = join(root, '.recoupe');
  await cp(FIXTURE, root, { recursive: true });
  await mkdir(state, { recursive: true });
  const old = new Date(Date.now() - 2 * LEFTOVER_AGE_MS);
  for (const name of ['annotations.json.3141592653', 'corrections.json.2718281828']) {
    await writeFile(join(state, name), '{"version":1');
    await utimes(join(state, name), old, old);
  }
  await writeFile(join(state, 'claims.json.1414213562'), '{"version":1');
  await writeFile(join(state, 'my-notes.txt'), 'kept');
});
afterEach(() => rm(base, { recursive: true, force: true }));

describe('temporary files left by interrupted saves', () => {
  it('are removed when the app opens the folder; a recent one, maybe another save under way, and other files stay', async () => {
    await withApp(base, async ({ call }) => {
      await call('openFolder', root);
    });
    expect((await readdir(state)).sort()).toEqual(['claims.json.1414213562', 'my-notes.txt']);
  });

  it('are left alone by `recoupe scan`, which only reads', async () => {
    const before = (await readdir(state)).sort();
    expect((await runCommands([scanCommand], ['scan', 'story'], base)).code).toBe(0);
    expect((await readdir(state)).sort()).toEqual(before);
  });
});
