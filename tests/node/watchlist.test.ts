import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addWatchedPhrase,
  readWatchlist,
  removeWatchedPhrase,
  watchlistPath,
  writeWatchlist,
} from '../../node/watchlist';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'recoupe-watch-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('watchlist', () => {
  it('watches "ligne rouge" in a folder without a watchlist', async () => {
    expect((await readWatchlist(root)).value.phrases).toEqual(['ligne rouge']);
  });

  it('adds and removes phrases, ignoring case, accents and repeated spaces', async () => {
    await addWatchedPhrase(root, '  erreur   colossale ');
    await addWatchedPhrase(root, 'Erreur colossale');
    expect((await readWatchlist(root)).value.phrases).toEqual(['ligne rouge', 'erreur colossale']);
    await removeWatchedPhrase(root, 'LIGNE ROUGE');
    expect((await readWatchlist(root)).value.phrases).toEqual(['erreur colossale']);
    expect(JSON.parse(await readFile(watchlistPath(root), 'utf8'))).toEqual({
      version: 1,
      phrases: ['erreur colossale'],
      tombstones: [{ id: 'ligne rouge', deleted: expect.any(String) as string }],
    });
  });

  it('keeps an emptied watchlist empty', async () => {
    await writeWatchlist(root, []);
    expect((await readWatchlist(root)).value.phrases).toEqual([]);
  });

  it('falls back to the default on an invalid file, reported and left in place until a save sets it aside', async () => {
    await mkdir(join(root, '.recoupe'));
    const invalid = JSON.stringify({ version: 1, phrases: [42] });
    await writeFile(watchlistPath(root), invalid);
    const read = await readWatchlist(root);
    expect(read.value.phrases).toEqual(['ligne rouge']);
    expect(read.notice).toMatchObject({ code: 'damaged', file: watchlistPath(root) });
    expect(await readFile(watchlistPath(root), 'utf8')).toBe(invalid);
    const saved = await addWatchedPhrase(root, 'erreur');
    expect(saved.notice?.aside).toMatch(/watchlist\.json\.corrupt-/);
    expect(await readFile(saved.notice!.aside!, 'utf8')).toBe(invalid);
  });

  it('neither reads nor writes a linked watchlist: a read says it is a link, a save is refused', async () => {
    const elsewhere = await mkdtemp(join(tmpdir(), 'recoupe-elsewhere-'));
    try {
      const outside = join(elsewhere, 'watchlist.json');
      await writeFile(outside, JSON.stringify({ version: 1, phrases: ['dehors'] }));
      await mkdir(join(root, '.recoupe'));
      await symlink(outside, watchlistPath(root));
      const read = await readWatchlist(root);
      expect(read.notice?.code).toBe('linked');
      expect(read.value.phrases).not.toContain('dehors');
      await expect(writeWatchlist(root, ['dedans'])).rejects.toThrow(/is a symbolic link/);
      expect(await readFile(outside, 'utf8')).toContain('dehors');
    } finally {
      await rm(elsewhere, { recursive: true, force: true });
    }
  });
});
