import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandlers } from '../../electron/main/ipc/handlers';
import { random } from '../helpers/random';
import { stubServices } from '../helpers/services';
import type { BenchRow } from './types';

const SIZES = [20, 100];
const UNITS = ['pompiers', 'dockers', 'manifestants', 'hectares', 'navires', 'minutes'];
const QUALIFIERS = ['', 'plus de ', 'près de ', 'quelque ', 'environ ', 'au moins '];
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin'];
const PEOPLE = ['Anne Kervella', 'Marc Olivier', 'Marie Caradec', 'Yann Morvan'];
const SOURCES = ['(Gazette du Port)', '(Courrier des Quais)', '(Écho du Soir)'];

/** One item of a list. */
function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

/** A generated article of about 2 KB on a fictional harbour strike: counts, dates, times, quotes. */
function articleText(index: number): string {
  const rand = random(index + 7);
  const paragraphs = [
    `VALBRUME ${pick(rand, SOURCES)} - Le conseil portuaire a voté mardi la fermeture du quai nord.`,
  ];
  for (let p = 0; p < 10; p++) {
    paragraphs.push(
      [
        `${pick(rand, QUALIFIERS)}${1 + Math.floor(rand() * 900)} ${pick(rand, UNITS)} ont été mobilisés jeudi.`,
        `"Nous tiendrons la ligne rouge fixée", a déclaré ${pick(rand, PEOPLE)}.`,
        `Une réunion doit se tenir le ${1 + Math.floor(rand() * 28)} ${pick(rand, MONTHS)} vers ${8 + Math.floor(rand() * 10)}h30.`,
      ].join(' '),
    );
  }
  return ` date 2026-0${1 + (index % 6)} ${paragraphs.join('\n\n')}\n`;
}

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
      await mkdir(root, { recursive: true });
      for (let i = 0; i < size; i++)
        await writeFile(join(root, `${String(i).padStart(3, '0')}.txt`), articleText(i));
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
