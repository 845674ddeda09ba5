import { readFileSync } from 'node:fs';
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
const TARGET_MS = 50;
/** Measurements with the host: the rows give the middle one (by delay not waiting for a CPU) and the worst. */
const RUNS = 3;

/** Where Linux counts the time the main thread spent runnable but waiting for a CPU (second field, ns). */
const SCHEDSTAT = `/proc/self/task/${process.pid}/schedstat`;

/** Milliseconds the main thread has waited for a CPU so far, or null where the system does not say (not Linux). */
function cpuWaitMs(): number | null {
  try {
    return Number(readFileSync(SCHEDSTAT, 'utf8').split(' ')[1]) / 1e6;
  } catch {
    return null;
  }
}

/** A measured stretch: its milliseconds, the main loop's largest delay, and that delay less its wait for a CPU. */
interface Timed {
  ms: number;
  delayMs: number;
  /**
   * The largest delay less the time the main thread waited meanwhile for a CPU that other processes held (the
   * machine is shared): what the app's own work on the main thread, its garbage collection included, held it up.
   * The same as `delayMs` where the system does not say.
   */
  ownDelayMs: number;
}

/**
 * Milliseconds `work` takes and the main loop's largest delay meanwhile (a 1 ms interval probe and perf_hooks),
 * with the probe's largest delay less the main thread's wait for a CPU within it.
 */
async function timed(work: () => unknown): Promise<Timed> {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  let last = performance.now();
  let lastWait = cpuWaitMs();
  let probe = 0;
  let own = 0;
  const sample = (): void => {
    const now = performance.now();
    const wait = cpuWaitMs();
    const delay = now - last;
    probe = Math.max(probe, delay);
    own = Math.max(own, wait === null || lastWait === null ? delay : delay - (wait - lastWait));
    last = now;
    lastWait = wait;
  };
  const tick = setInterval(sample, 1);
  histogram.enable();
  const start = performance.now();
  await work();
  const ms = performance.now() - start;
  histogram.disable();
  clearInterval(tick);
  sample();
  const delayMs = Math.max(probe, histogram.max / 1e6);
  return { ms, delayMs, ownDelayMs: cpuWaitMs() === null ? delayMs : own };
}

/** The note of a measured stretch: its delays, and the target met or missed when there is one. */
function note(measured: Timed, target?: number): string {
  const delays =
    measured.ownDelayMs === measured.delayMs
      ? `main loop's largest delay ${measured.delayMs.toFixed(0)} ms`
      : `main loop's largest delay ${measured.delayMs.toFixed(0)} ms, ${measured.ownDelayMs.toFixed(0)} ms of it not waiting for a CPU`;
  if (target === undefined) return delays;
  return `${delays}; target < ${target} ms (not waiting for a CPU) ${measured.ownDelayMs < target ? 'met' : 'MISSED'}`;
}

/** The middle of measurements of the same stretch, by delay not waiting for a CPU, and the worst of them. */
function spread(runs: readonly Timed[]): { median: Timed; worst: Timed } {
  const sorted = [...runs].sort((a, b) => a.ownDelayMs - b.ownDelayMs);
  return { median: sorted[Math.floor(sorted.length / 2)]!, worst: sorted[sorted.length - 1]! };
}

/** The note of a stretch measured several times: the middle one's, with the worst one's delays. */
function spreadNote(runs: readonly Timed[], target: number): string {
  const { median, worst } = spread(runs);
  return `${note(median, target)}; middle of ${runs.length} runs, the worst ${worst.delayMs.toFixed(0)} ms, ${worst.ownDelayMs.toFixed(0)} ms not waiting for a CPU`;
}

/** Opens the big folder, then computes the claims of the whole claims folder, through the app's handler table. */
async function measure(engine: Engine, base: string, label: string): Promise<{ open: Timed; claims: Timed }> {
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
 * same tasks run on the main loop (what it did before). Target: under 50 ms with the host, counted without the time
 * the main thread waited for a CPU held by other processes (the machine is shared; the idle row shows how much), in
 * the middle of three runs.
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
    const threaded: { open: Timed; claims: Timed }[] = [];
    // Fresh handlers each time (no claims cached), the same warm workers.
    for (let run = 0; run < RUNS; run++) threaded.push(await measure(host, base, `host-${run}`));
    const open = threaded.map((t) => t.open);
    const claims = threaded.map((t) => t.claims);
    const inline = await measure(createInProcessEngine(), base, 'inline');
    return [
      {
        case: 'main loop idle (control: the machine’s own scheduling delays)',
        size: '3 s',
        timeMs: idle.ms,
        note: note(idle),
      },
      {
        case: 'openFolder in the engine host (worker threads)',
        size: `${BIG_FOLDER} articles`,
        timeMs: spread(open).median.ms,
        ratio: spread(open).median.delayMs / inline.open.delayMs,
        baseline: 'delay, on the main loop',
        note: spreadNote(open, TARGET_MS),
      },
      {
        case: 'openFolder on the main loop (before)',
        size: `${BIG_FOLDER} articles`,
        timeMs: inline.open.ms,
        note: note(inline.open),
      },
      {
        case: 'getClaims, whole folder, in the engine host (worker threads)',
        size: `${CLAIMS_FOLDER} articles`,
        timeMs: spread(claims).median.ms,
        ratio: spread(claims).median.delayMs / inline.claims.delayMs,
        baseline: 'delay, on the main loop',
        note: spreadNote(claims, TARGET_MS),
      },
      {
        case: 'getClaims, whole folder, on the main loop (before)',
        size: `${CLAIMS_FOLDER} articles`,
        timeMs: inline.claims.ms,
        note: note(inline.claims),
      },
    ];
  } finally {
    await host.close();
    await rm(base, { recursive: true, force: true });
  }
}
