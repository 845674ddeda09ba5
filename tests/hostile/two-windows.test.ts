import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { correctionsPath } from '../../node/folder-state';
import { watchlistPath } from '../../node/watchlist';
import { createWorkspace } from '../../node/workspace';
import { copyStoryFixture, withApp } from './app';

let base: string;
let root: string;

beforeEach(async () => {
  ({ base, root } = await copyStoryFixture('recoupe-windows-'));
});

afterEach(() => rm(base, { recursive: true, force: true }));

describe('two writers saving the same folder', () => {
  it('keeps the phrases each watched, and a phrase one removed stays removed', async () => {
    await withApp(join(base, 'a'), (a) =>
      withApp(join(base, 'b'), async (b) => {
        await a.call('openFolder', root);
        await b.call('openFolder', root);
        const seenByA = (await a.call('getWatchlist')).phrases;
        const seenByB = (await b.call('getWatchlist')).phrases;
        expect(seenByA).toEqual(['ligne rouge']);
        await a.call('setWatchlist', [...seenByA, 'quai nord']);
        await b.call('setWatchlist', [...seenByB.filter((p) => p !== 'ligne rouge'), 'coopérative']);
        // A saves again from what it was shown: "ligne rouge", removed by B, does not come back.
        const saved = await a.call('setWatchlist', [...seenByA, 'quai nord', 'mareyeurs']);
        expect(saved.sort()).toEqual(['coopérative', 'mareyeurs', 'quai nord']);
        const file = JSON.parse(await readFile(watchlistPath(root), 'utf8')) as {
          tombstones: { id: string }[];
        };
        expect(file.tombstones.map((t) => t.id)).toEqual(['ligne rouge']);
      }),
    );
  });

  it('keeps both writers’ outlet corrections, the last save of the same article winning with the other kept as a conflict', async () => {
    // Two processes that do not watch the folder (the CLI, a window on another machine): neither sees the other's saves.
    const a = createWorkspace();
    const b = createWorkspace();
    await a.open(root);
    await b.open(root);
    await a.setArticleOutlet('a-gazette.txt', 'La Gazette des Quais');
    // B never saw A's outlet for this article: its save wins, A's is kept as a conflict.
    const clash = await b.setArticleOutlet('a-gazette.txt', 'Le Phare');
    await b.setArticleOutlet('b-courrier.txt', 'Le Courrier du Soir');
    const last = await a.setArticleOutlet('c-echo.txt', 'L’Écho du Port');
    const outlets = Object.fromEntries(last.articles().map((x) => [x.id, x.outlet.name]));
    expect(outlets).toEqual({
      'a-gazette.txt': 'Le Phare',
      'b-courrier.txt': 'Le Courrier du Soir',
      'c-echo.txt': 'L’Écho du Port',
    });
    expect(clash.warnings).toContainEqual({
      code: 'state-conflict',
      params: { file: correctionsPath(root), what: 'corrections', count: 1 },
    });
    const file = JSON.parse(await readFile(correctionsPath(root), 'utf8')) as {
      conflicts: { id: string; kept: { outlet: { name: string } }; lost: { outlet: { name: string } } }[];
    };
    expect(file.conflicts).toHaveLength(1);
    expect(file.conflicts[0]!.kept.outlet.name).toBe('Le Phare');
    expect(file.conflicts[0]!.lost.outlet.name).toBe('La Gazette des Quais');
  });
});
