import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanFolder } from '../../node/scan-folder';
import { computeReuse } from '../../shared/article/reuse';
import { groupStories } from '../../shared/article/stories';
import { generateCorpus } from './scan.bench';
import type { BenchRow } from './types';

/** The folder sizes measured; the growth exponent is taken from the first to the last. */
const SIZES = [1000, 5000, 20_000];
/** Paragraphs of each generated article: about 2.7 KB, a common length of news copy, so the run keeps to minutes. */
const PARAGRAPHS = 14;
/** Target growth exponent of each step from 1,000 to 20,000 articles (1 is linear). */
const TARGET = 1.15;

/**
 * Processor milliseconds (user + system) taken by `run`, and its result: on a machine shared by several people the
 * wall clock mostly measures the others, the processor time this process used does not.
 */
async function time<T>(run: () => Promise<T> | T): Promise<{ ms: number; wallMs: number; value: T }> {
  const started = process.cpuUsage();
  const wall = performance.now();
  const value = await run();
  const used = process.cpuUsage(started);
  return { ms: (used.user + used.system) / 1000, wallMs: performance.now() - wall, value };
}

/** The exponent k of time ∝ size^k between two sizes. */
function exponent(ms: number, firstMs: number, size: number, firstSize: number): number {
  return Math.log(ms / firstMs) / Math.log(size / firstSize);
}

/**
 * Scan, story grouping and reuse at 1,000, 5,000 and 20,000 generated articles (five per event), one run each (the
 * largest folder is about 55 MB), with each step's growth exponent from 1,000 articles: ratio is the time against the
 * 1,000-article run of the same step, note gives the exponent against the 1.15 target.
 */
export default async function bench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const first = new Map<string, number>();
  const row = (
    step: string,
    size: number,
    { ms, wallMs }: { ms: number; wallMs: number },
    note: string,
  ): void => {
    const base = first.get(step);
    if (base === undefined) first.set(step, ms);
    const k = base === undefined ? undefined : exponent(ms, base, size, SIZES[0]!);
    rows.push({
      case: step,
      size: `${size} articles`,
      timeMs: ms,
      ratio: base === undefined ? 1 : ms / base,
      baseline: `${step}, ${SIZES[0]} articles`,
      note: `processor time (wall ${(wallMs / 1000).toFixed(1)} s); ${note}${k === undefined ? '' : `; growth exponent ${k.toFixed(2)} (target ≤ ${TARGET})`}`,
    });
  };
  for (const size of SIZES) {
    const dir = mkdtempSync(join(tmpdir(), 'recoupe-scale-'));
    try {
      const bytes = generateCorpus(dir, size, PARAGRAPHS);
      const scan = await time(() => scanFolder(dir));
      const articles = scan.value.articles;
      row('scanFolder', size, scan, `${(bytes / 1024 / 1024).toFixed(0)} MB, ${articles.length} loaded`);
      const grouped = await time(() => groupStories(articles));
      row('groupStories', size, grouped, `${grouped.value.length} stories (expected ${size / 5})`);
      const reuse = await time(() => computeReuse(articles, grouped.value));
      row('computeReuse', size, reuse, `${reuse.value.length} pairs with verbatim runs`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return rows.sort((a, b) => (a.case < b.case ? -1 : a.case > b.case ? 1 : 0));
}
