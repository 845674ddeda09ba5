import type { Article } from '../../shared/article/model';
import { compare } from '../../shared/compare/compare';
import type { Comparison } from '../../shared/compare/types';
import { collateStory } from '../../shared/story/collate';
import { coverage } from '../../shared/story/coverage';
import { orderRows } from '../../shared/story/order-rows';
import { renderStoryReport } from '../../shared/story/render-report';
import { reuseGraph } from '../../shared/story/reuse-graph';
import { StoryGenerator } from '../helpers/story-text';
import type { BenchRow } from './types';

const WORDS = 2000;
const SIZES = [6, 20];

/** Heap in use in MB after a full collection, or undefined when Node was not started with --expose-gc. */
function heapMB(): number | undefined {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return undefined;
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

/** The best of `times` runs of `run` in milliseconds, and its last result. */
function timed<T>(run: () => T, times = 1): { ms: number; value: T } {
  let best = Infinity;
  let value = run();
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    value = run();
    best = Math.min(best, performance.now() - started);
  }
  return { ms: best, value };
}

/**
 * Story view at 6 and 20 generated articles of 2,000 words each (later articles rewrite earlier ones: cuts, edits,
 * additions, merged and moved paragraphs): the whole collation, against the baseline of the pairwise comparisons
 * alone measured in the same run (best of two runs after a warm-up run each), then the row order by each article,
 * the reuse graph, coverage and the HTML report. Memory (the collation kept, in MB) only under `node --expose-gc`.
 */
export default async function bench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const count of SIZES) {
    const articles: Article[] = new StoryGenerator(count).story(count, WORDS);
    const size = `${count} × ${WORDS} words`;
    const pairs = (count * (count - 1)) / 2;

    const baseline = timed(() => {
      const out: Comparison[] = [];
      for (let a = 0; a < count; a++)
        for (let b = a + 1; b < count; b++) out.push(compare(articles[a] as Article, articles[b] as Article));
      return out.length;
    }, 2);
    rows.push({
      case: `story: ${pairs} pairwise comparisons alone`,
      size,
      timeMs: baseline.ms,
      ratio: 1,
      baseline: 'itself',
    });

    const before = heapMB();
    const collation = timed(() => collateStory(articles), 2);
    const after = heapMB();
    rows.push({
      case: 'story: collateStory (comparisons, rows, cell diffs, row order)',
      size,
      timeMs: collation.ms,
      ...(before !== undefined && after !== undefined ? { memoryMB: Math.max(0, after - before) } : {}),
      ratio: collation.ms / baseline.ms,
      baseline: 'pairwise comparisons alone',
      note: `${collation.value.rows.length} rows, ${collation.value.unplacedLinks} paraphrase links left out${collation.value.pairs.some((p) => p.degraded) ? '; degraded' : ''}`,
    });

    const ordered = timed(() =>
      collation.value.columns.map((_, col) => orderRows(collation.value, col).length),
    );
    rows.push({
      case: 'story: orderRows by every article',
      size,
      timeMs: ordered.ms,
      note: `${count} orders`,
    });

    const graph = timed(() => reuseGraph(collation.value));
    rows.push({
      case: 'story: reuseGraph',
      size,
      timeMs: graph.ms,
      note: `${graph.value.edges.length} arrows`,
    });

    const covered = timed(() => coverage(collation.value, articles));
    rows.push({ case: 'story: coverage (claims extracted and matched)', size, timeMs: covered.ms });

    const report = timed(() =>
      renderStoryReport({
        title: 'Generated story',
        articles,
        collation: collation.value,
        graph: graph.value,
        coverage: covered.value,
        exportedAt: '2024-01-01T00:00:00Z',
        appVersion: 'bench',
        font: { family: 'Bench Serif', faces: [] },
      }),
    );
    rows.push({
      case: 'story: renderStoryReport (HTML)',
      size,
      timeMs: report.ms,
      note: `${Math.round(report.value.length / 1024)} KB`,
    });
  }
  return rows;
}
