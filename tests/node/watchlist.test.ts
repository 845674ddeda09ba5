import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
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
    });
  });

  it('keeps an emptied watchlist empty', async () => {
    await writeWatchlist(root, []);
    expect((await readWatchlist(root)).value.phrases).toEqual([]);
  });

  it('moves an invalid file aside and falls back to the default', async () => {
    await mkdir(join(root, '.recoupe'));
    await writeFile(watchlistPath(root), JSON.stringify({ version: 1, phrases: [42] }));
    const read = await readWatchlist(root);
    expect(read.value.phrases).toEqual(['ligne rouge']);
    expect(read.movedAside).toMatch(/watchlist\.json\.corrupt-/);
  });
});
