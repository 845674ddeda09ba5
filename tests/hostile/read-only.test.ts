import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scanCommand } from '../../cli/commands/scan';
import { runCommands } from '../helpers/cli';
import { copyStoryFixture, withApp } from './app';

let base: string;
let root: string;
let locked = false;

/**
 * Makes `path` and everything in it unwritable, even for root (who ignores `chmod`): `chattr +i` where the
 * filesystem and the process allow it (ext4, xfs, btrfs…), else `chmod -w` for an unprivileged user.
 */
function lock(path: string): boolean {
  try {
    execFileSync('chattr', ['-R', '+i', path], { stdio: 'ignore' });
    return true;
  } catch {
    if (process.getuid?.() === 0) return false;
    execFileSync('chmod', ['-R', 'a-w', path]);
    return true;
  }
}

function unlock(path: string): void {
  for (const [cmd, args] of [
    ['chattr', ['-R', '-i', path]],
    ['chmod', ['-R', 'u+w', path]],
  ] as const)
    try {
      execFileSync(cmd, args, { stdio: 'ignore' });
    } catch {
      // Whichever of the two locked it undoes it.
    }
}

beforeEach(async () => {
  ({ base, root } = await copyStoryFixture('recoupe-ro-'));
  await mkdir(join(root, '.recoupe'));
  await writeFile(join(root, '.recoupe', 'corrections.json'), '{ damaged');
  locked = lock(root);
});
afterEach(async () => {
  unlock(root);
  await rm(base, { recursive: true, force: true });
});

describe('a read-only folder with a damaged state file', () => {
  it('is locked for real in this test, even as root', () => {
    expect(
      locked,
      'chattr +i was refused (a filesystem or container without it): run as a user, not root',
    ).toBe(true);
  });

  it('opens in the app with its articles and says what cannot be saved there and where notes go', async () => {
    await withApp(base, async ({ call, send }) => {
      const folder = await call('openFolder', root);
      expect(folder.articles.map((a) => a.id)).toEqual(['a-gazette.txt', 'b-courrier.txt', 'c-echo.txt']);
      const codes = folder.warnings.map((w) => w.code);
      expect(codes).toContain('state-damaged');
      const readOnly = folder.warnings.find((w) => w.code === 'state-folder-read-only');
      expect(readOnly?.params?.notes).toContain(join(base, 'data', 'annotations'));
      const corrected = await send('setArticleOutlet', 'a-gazette.txt', 'Autre Titre');
      expect(corrected.ok).toBe(false);
      if (corrected.ok) return;
      expect(corrected.error.code).toBe('NOT_SAVED');
      expect(corrected.error.notice?.code).toBe('state-read-only');
      expect(corrected.error.message).not.toMatch(/something went wrong/i);
    });
    expect(await readdir(join(root, '.recoupe'))).toEqual(['corrections.json']);
    expect(await readFile(join(root, '.recoupe', 'corrections.json'), 'utf8')).toBe('{ damaged');
  });

  it('is listed by `recoupe scan`, which says the folder cannot be written', async () => {
    const run = await runCommands([scanCommand], ['scan', 'story'], base, { LANG: 'en' });
    expect(run.code).toBe(0);
    expect(run.out).toContain('a-gazette.txt');
    expect(run.err + run.out).toMatch(/cannot be written/);
  });
});

describe('a read-only folder without damaged files', () => {
  it('refuses corrections and watched phrases with the reason, and changes nothing', async () => {
    unlock(root);
    await rm(join(root, '.recoupe'), { recursive: true });
    expect(lock(root)).toBe(true);
    await withApp(base, async ({ call, send }) => {
      const folder = await call('openFolder', root);
      expect(folder.warnings.map((w) => w.code)).toEqual(['state-folder-read-only']);
      for (const refused of [
        await send('setArticleOutlet', 'a-gazette.txt', 'Autre Titre'),
        await send('moveToStory', ['a-gazette.txt'], null),
        await send('setWatchlist', ['ligne rouge']),
      ]) {
        expect(refused.ok).toBe(false);
        if (refused.ok) continue;
        expect(refused.error.code).toBe('NOT_SAVED');
        expect(refused.error.notice).toMatchObject({ code: 'state-read-only', params: { root } });
      }
    });
    expect(await readdir(root)).toEqual(['a-gazette.txt', 'b-courrier.txt', 'c-echo.txt']);
  });
});
