import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createEngineHost,
  createInProcessEngine,
  EngineCrashError,
  isAbortError,
  typescriptWorker,
  type Engine,
} from '../../../node/engine-host/host';
import { writeHarbourFolder } from '../../helpers/harbour-folder';

let base: string;
let root: string;
let host: Engine;
const local = createInProcessEngine();

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'recoupe-engine-host-'));
  root = join(base, 'folder');
  // Many more articles than one message carries, so that results and inputs travel in pieces.
  await writeHarbourFolder(root, 150, 3);
  host = createEngineHost({ worker: typescriptWorker(), size: 1 });
});

afterAll(async () => {
  await host.close();
  await rm(base, { recursive: true, force: true });
});

/** A worker file written for one test: the host starts it as it would the engine's. */
async function fakeWorker(name: string, code: string): Promise<URL> {
  const path = join(base, name);
  await writeFile(path, code);
  return pathToFileURL(path);
}

describe('engine host', () => {
  it('returns what the same tasks return in process, the large lists reassembled in order', async () => {
    const [threaded, inProcess] = await Promise.all([
      host.run('analyzeFolder', { root }),
      local.run('analyzeFolder', { root }),
    ]);
    expect(threaded.analysis.articles).toHaveLength(150);
    expect(threaded).toEqual(inProcess);
    const articles = inProcess.analysis.articles.slice(0, 80);
    const claims = await host.run('extractClaims', { articles });
    expect(claims).toEqual(await local.run('extractClaims', { articles }));
    const input = { articles, claims, corrections: [] };
    expect(await host.run('matchClaims', input)).toEqual(await local.run('matchClaims', input));
  });

  it('keeps a concordance index under its key on the worker that built it', async () => {
    const { analysis } = await local.run('analyzeFolder', { root });
    const query = { key: 'folder-a', phrase: 'ligne rouge', context: 40 };
    expect(await host.run('findPhrase', query, { affinity: 'folder-a' })).toEqual({ indexed: false });
    const built = await host.run(
      'findPhrase',
      { ...query, articles: analysis.articles },
      { affinity: 'folder-a' },
    );
    const again = await host.run('findPhrase', query, { affinity: 'folder-a' });
    expect(built.indexed && built.result.hits.length).toBeGreaterThan(100);
    expect(again).toEqual(built);
  });

  it('reports progress up to the whole', async () => {
    const seen: [number, number][] = [];
    await host.run('analyzeFolder', { root }, { onProgress: (done, total) => seen.push([done, total]) });
    expect(seen[0]).toEqual([0, 150]);
    expect(seen.at(-1)).toEqual([150, 150]);
    expect(seen.length).toBeLessThan(150);
  });

  it('stops a cancelled task and frees its worker for the next one', async () => {
    const { analysis } = await local.run('analyzeFolder', { root });
    const many = Array.from({ length: 20 }, () => analysis.articles).flat();
    const controller = new AbortController();
    let progressed = 0;
    const started = performance.now();
    const running = host.run(
      'extractClaims',
      { articles: many },
      {
        signal: controller.signal,
        onProgress: (done) => {
          progressed = done;
          if (done > 0) controller.abort();
        },
      },
    );
    const error = await running.catch((e: unknown) => e);
    expect(isAbortError(error)).toBe(true);
    expect(progressed).toBeLessThan(many.length);
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(await host.run('extractClaims', { articles: analysis.articles.slice(0, 2) })).toHaveLength(2);
  });

  it('rejects a task cancelled before it starts without running it', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(host.run('analyzeFolder', { root }, { signal: controller.signal })).rejects.toSatisfy(
      isAbortError,
    );
  });

  it('turns a worker that dies during a task into a clear error, then starts a new one', async () => {
    const url = await fakeWorker(
      'dies.mjs',
      "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', (m) => { if (m.type === 'run') process.exit(7); });\n",
    );
    const crashing = createEngineHost({ worker: { url }, size: 1 });
    try {
      const first = await crashing.run('analyzeFolder', { root }).catch((e: unknown) => e);
      expect(first).toBeInstanceOf(EngineCrashError);
      expect((first as Error).message).toBe(
        'The engine stopped while running analyzeFolder: the worker exited with code 7',
      );
      await expect(crashing.run('extractClaims', { articles: [] })).rejects.toBeInstanceOf(EngineCrashError);
    } finally {
      await crashing.close();
    }
  });

  it('acknowledges each piece of a result as it reads it, which lets the worker send the next', async () => {
    // The worker sends one piece, then the next only once the host has read it, and says how many it was told of.
    const url = await fakeWorker(
      'paced.mjs',
      [
        "import { parentPort } from 'node:worker_threads';",
        'let id = 0; let acks = 0;',
        "const next = () => acks < 5 ? parentPort.postMessage({ type: 'piece', id, piece: { field: 'rows', items: [acks] } }) : parentPort.postMessage({ type: 'done', id, head: { acks }, fields: ['rows'] });",
        "parentPort.on('message', (m) => { if (m.type === 'run') { id = m.id; next(); } else if (m.type === 'ack') { acks += 1; next(); } });",
        '',
      ].join('\n'),
    );
    const paced = createEngineHost({ worker: { url }, size: 1 });
    try {
      const result: unknown = await paced.run('findPhrase', { key: 'k', phrase: 'quai', context: 3 });
      expect(result).toEqual({ acks: 5, rows: [0, 1, 2, 3, 4] });
    } finally {
      await paced.close();
    }
  });

  it('turns a worker that fails to start into a clear error', async () => {
    const url = await fakeWorker('throws.mjs', "throw new Error('cannot load the engine');\n");
    const broken = createEngineHost({ worker: { url }, size: 1 });
    try {
      await expect(broken.run('analyzeFolder', { root })).rejects.toThrow(
        'The engine stopped while running analyzeFolder: cannot load the engine',
      );
    } finally {
      await broken.close();
    }
  });

  it('terminates a worker that does not stop when cancelled', async () => {
    const url = await fakeWorker(
      'stuck.mjs',
      "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', (m) => { if (m.type === 'run') for (;;); });\n",
    );
    const stuck = createEngineHost({ worker: { url }, size: 1 });
    try {
      const controller = new AbortController();
      const running = stuck.run('extractClaims', { articles: [] }, { signal: controller.signal });
      setTimeout(() => controller.abort(), 100);
      await expect(running).rejects.toSatisfy(isAbortError);
    } finally {
      await stuck.close();
    }
  });

  it('gives a task error back with its message, the task’s error classes rebuilt', async () => {
    const error = await host
      .run('analyzeStory', {
        folder: { root, articles: [], stories: [], reuse: [], warnings: [] },
        storyId: 'no-such-story',
      })
      .catch((e: unknown) => e);
    expect((error as Error).name).toBe('EngineRequestError');
    expect((error as Error).message).toContain('There is no story no-such-story');
  });
});
