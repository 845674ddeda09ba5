import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandlers } from '../../electron/main/ipc/handlers';
import { writeHarbourFolder } from '../helpers/harbour-folder';
import { stubServices } from '../helpers/services';
import type { BenchRow } from './types';

const SIZES = [20, 100];

/** Milliseconds `work` takes, and the longest stretch the event loop was blocked meanwhile. */
async function timed(work: () => unknown): Promise<{ ms: number; blockedMs: number }> {
  let last = performance.now();
  let blockedMs = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    blockedMs = Math.max(blockedMs, now - last);
    last = now;
  }, 1);
  const start = performance.now();
  await work();
  const ms = performance.now() - start;
  clearInterval(tick);
  blockedMs = Math.max(blockedMs, performance.now() - last);
  return { ms, blockedMs };
}

/**
 * The claims IPC over folders of 20 and 100 generated articles: the first `getClaims` of the whole folder (every
 * article extracted and matched) against the same call again (matching kept) and after a correction (claims kept,
 * matched again), the longest event-loop block meanwhile (other calls wait at most that long), the open pair, and
 * `findPhrase` with and without its index built.
 */
export default async function bench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const base = await mkdtemp(join(tmpdir(), 'recoupe-claims-ipc-bench-'));
  try {
    for (const size of SIZES) {
      const root = join(base, `folder-${size}`);
      await writeHarbourFolder(root, size);
      const handlers = createHandlers(stubServices(join(base, `data-${size}`)));
      const folder = await handlers.openFolder(root);
      const ids = folder.articles.map((a) => a.id);
      const cold = await timed(() => handlers.getClaims(ids));
      const warm = await timed(() => handlers.getClaims(ids));
      const first = (await handlers.getClaims(ids)).rows[0];
      await handlers.correctClaim({
        type: 'dismiss',
        claimId: first?.claims[0] ?? 'none',
        discrepancy: 'reported-by-one',
      });
      const rematched = await timed(() => handlers.getClaims(ids));
      const pair = await timed(() => handlers.getClaims(ids.slice(0, 2)));
      const findCold = await timed(() => handlers.findPhrase('ligne rouge'));
      const findWarm = await timed(() => handlers.findPhrase('quai nord'));
      const label = `${size} articles`;
      rows.push(
        {
          case: 'getClaims, whole folder, first call',
          size: label,
          timeMs: cold.ms,
          note: `longest event-loop block ${cold.blockedMs.toFixed(0)} ms`,
        },
        {
          case: 'getClaims, whole folder again (matching kept)',
          size: label,
          timeMs: warm.ms,
          ratio: warm.ms / cold.ms,
          baseline: 'first call',
        },
        {
          case: 'getClaims, whole folder after a correction (claims kept, matched again)',
          size: label,
          timeMs: rematched.ms,
          ratio: rematched.ms / cold.ms,
          baseline: 'first call',
          note: `longest event-loop block ${rematched.blockedMs.toFixed(0)} ms`,
        },
        {
          case: 'getClaims, open pair (claims kept)',
          size: label,
          timeMs: pair.ms,
          ratio: pair.ms / cold.ms,
          baseline: 'first call',
        },
        {
          case: 'findPhrase, index built on the way',
          size: label,
          timeMs: findCold.ms,
          note: `longest event-loop block ${findCold.blockedMs.toFixed(0)} ms`,
        },
        {
          case: 'findPhrase, index kept',
          size: label,
          timeMs: findWarm.ms,
          ratio: findWarm.ms / findCold.ms,
          baseline: 'index built',
        },
      );
      await handlers.dispose();
    }
  } finally {
    await rm(base, { recursive: true, force: true });
  }
  return rows;
}
