import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createHandlers } from '../../electron/main/ipc/handlers';
import {
  createEngineHost,
  createInProcessEngine,
  typescriptWorker,
  type Engine,
} from '../../node/engine-host/host';
import { writeHarbourFolder } from '../helpers/harbour-folder';
import { stubServices } from '../helpers/services';
import type { BenchRow } from './types';

const BIG_FOLDER = 2000;
const CLAIMS_FOLDER = 100;

/** Milliseconds `work` takes and the main loop's largest delay meanwhile (a 1 ms interval probe and perf_hooks). */
async function timed(work: () => unknown): Promise<{ ms: number; delayMs: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  let last = performance.now();
  let probe = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    probe = Math.max(probe, now - last);
    last = now;
  }, 1);
  histogram.enable();
  const start = performance.now();
  await work();
  const ms = performance.now() - start;
  histogram.disable();
  clearInterval(tick);
  probe = Math.max(probe, performance.now() - last);
  return { ms, delayMs: Math.max(probe, histogram.max / 1e6) };
}

/** Opens the big folder, then computes the claims of the whole claims folder, through the app's handler table. */
async function measure(
  engine: Engine,
  base: string,
  label: string,
): Promise<{ open: { ms: number; delayMs: number }; claims: { ms: number; delayMs: number } }> {
  const handlers = createHandlers(stubServices(join(base, `data-${label}`), { engine }));
  try {
    // Starts the workers (or loads the modules) before measuring, as a running app has.
    await handlers.openFolder(join(base, 'warm'));
    const open = await timed(() => handlers.openFolder(join(base, 'big')));
    const folder = await handlers.openFolder(join(base, 'claims'));
    const ids = folder.articles.map((a) => a.id);
    const claims = await timed(() => handlers.getClaims(ids));
    return { open, claims };
  } finally {
    await handlers.dispose();
  }
}

/**
 * The main loop's largest delay while the app's handlers open a generated 2,000-article folder and compute the
 * claims of a 100-article folder: engine work in the engine host's worker threads (what the app does) against the
 * same tasks run on the main loop (what it did before). Target: under 50 ms with the host.
 */
export default async function bench(): Promise<BenchRow[]> {
  const base = await mkdtemp(join(tmpdir(), 'recoupe-engine-host-bench-'));
  const host = createEngineHost({ worker: typescriptWorker() });
  try {
    await writeHarbourFolder(join(base, 'warm'), 2, 2);
    await writeHarbourFolder(join(base, 'big'), BIG_FOLDER, 4);
    await writeHarbourFolder(join(base, 'claims'), CLAIMS_FOLDER);
    // The same probe over an idle main loop: what the machine's load alone delays it by, for scale.
    const idle = await timed(() => new Promise((done) => setTimeout(done, 3000)));
    const threaded = await measure(host, base, 'host');
    const inline = await measure(createInProcessEngine(), base, 'inline');
    const note = (delayMs: number): string => `main loop's largest delay ${delayMs.toFixed(0)} ms`;
    return [
      {
        case: 'main loop idle (control: the machine’s own scheduling delays)',
        size: '3 s',
        timeMs: idle.ms,
        note: note(idle.delayMs),
      },
      {
        case: 'openFolder in the engine host (worker threads)',
        size: `${BIG_FOLDER} articles`,
        timeMs: threaded.open.ms,
        ratio: threaded.open.delayMs / inline.open.delayMs,
        baseline: 'delay, on the main loop',
        note: `${note(threaded.open.delayMs)} (target < 50 ms)`,
      },
      {
        case: 'openFolder on the main loop (before)',
        size: `${BIG_FOLDER} articles`,
        timeMs: inline.open.ms,
        note: note(inline.open.delayMs),
      },
      {
        case: 'getClaims, whole folder, in the engine host (worker threads)',
        size: `${CLAIMS_FOLDER} articles`,
        timeMs: threaded.claims.ms,
        ratio: threaded.claims.delayMs / inline.claims.delayMs,
        baseline: 'delay, on the main loop',
        note: `${note(threaded.claims.delayMs)} (target < 50 ms)`,
      },
      {
        case: 'getClaims, whole folder, on the main loop (before)',
        size: `${CLAIMS_FOLDER} articles`,
        timeMs: inline.claims.ms,
        note: note(inline.claims.delayMs),
      },
    ];
  } finally {
    await host.close();
    await rm(base, { recursive: true, force: true });
  }
}
