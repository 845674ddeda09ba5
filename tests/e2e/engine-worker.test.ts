import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createEngineHost, createInProcessEngine } from '../../node/engine-host/host';
import { builtEngineWorker, repoRoot } from './harness';

const folder = join(repoRoot, 'tests/fixtures/stories');
const host = createEngineHost({ worker: { url: pathToFileURL(builtEngineWorker) }, size: 1 });
const local = createInProcessEngine();

afterAll(() => host.close());

describe('the built engine worker (out/main/engine-worker.js)', () => {
  it('is built beside main', () => {
    expect(existsSync(builtEngineWorker), 'run `npm run build` first').toBe(true);
  });

  it('reads a folder, extracts and matches claims and collates a story as the sources do in process', async () => {
    const threaded = await host.run('analyzeFolder', { root: folder });
    expect(threaded).toEqual(await local.run('analyzeFolder', { root: folder }));
    const { articles, stories, reuse, warnings } = threaded.analysis;
    const claims = await host.run('extractClaims', { articles });
    expect(claims).toEqual(await local.run('extractClaims', { articles }));
    const match = { articles, claims, corrections: [] };
    expect(await host.run('matchClaims', match)).toEqual(await local.run('matchClaims', match));
    const story = stories.find((s) => s.articles.length > 1)!;
    const request = {
      folder: { root: threaded.analysis.root, articles, stories, reuse, warnings },
      storyId: story.id,
    };
    expect(await host.run('analyzeStory', request)).toEqual(await local.run('analyzeStory', request));
  });
});
