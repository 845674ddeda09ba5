import { compareDates } from '../article/body';
import type { ReuseEvidence, ReuseFigure } from '../article/model';
import type { Collation, StoryColumn } from './types';

/** An article of the graph. */
export interface ReuseNode {
  column: number;
  articleId: string;
  label: string;
  date?: string;
}

/** "Target reuses source": how much, in which direction, and why that direction. */
export interface ReuseEdge {
  source: number;
  target: number;
  /** Share (0–1) of the target's words that come word for word from the source, from the engine's links. */
  share: number;
  /** Share (0–1) of the source's words that the target keeps word for word. */
  sourceShare: number;
  /** `determined` when dates, datelines, credits or citations say which came first; otherwise the earlier column is shown as the source. */
  direction: 'determined' | 'undetermined';
  /** Why the source is the source (or why it cannot be said), as codes. */
  evidence: ReuseEvidence[];
  /** The target's likeliest source: the largest share among the edges into it. */
  primary: boolean;
}

/** The story's articles and who reuses whom. */
export interface ReuseGraph {
  nodes: ReuseNode[];
  edges: ReuseEdge[];
}

/** What the graph shows. */
export interface ReuseGraphOptions {
  /** Pairs where neither share reaches this are not drawn (default 0.1). */
  minShare?: number;
  /** The folder's reuse figures (`analyzeFolder`), whose direction and evidence are used when they settle it. */
  figures?: readonly ReuseFigure[];
}

/** Default smallest share drawn as an arrow. */
export const MIN_EDGE_SHARE = 0.1;

/**
 * The reuse graph of a collation: one node per article, one arrow per pair sharing text word for word, weighted by
 * the share of the target taken from the source as the engine's pairwise comparisons measured it. Direction comes
 * from the folder's reuse figures when they settle it, else from the dates, else it is undetermined.
 */
export function reuseGraph(
  collation: Pick<Collation, 'columns' | 'pairs'>,
  options: ReuseGraphOptions = {},
): ReuseGraph {
  const minShare = options.minShare ?? MIN_EDGE_SHARE;
  const { columns } = collation;
  const nodes = columns.map((column, i): ReuseNode => {
    const node: ReuseNode = { column: i, articleId: column.articleId, label: column.label };
    if (column.date) node.date = column.date;
    return node;
  });
  const edges: ReuseEdge[] = [];
  for (const pair of collation.pairs) {
    if (Math.max(pair.verbatimA, pair.verbatimB) < minShare) continue;
    const a = columns[pair.a] as StoryColumn;
    const b = columns[pair.b] as StoryColumn;
    const { sourceIsA, direction, evidence } = orient(a, b, options.figures ?? []);
    edges.push({
      source: sourceIsA ? pair.a : pair.b,
      target: sourceIsA ? pair.b : pair.a,
      share: sourceIsA ? pair.verbatimB : pair.verbatimA,
      sourceShare: sourceIsA ? pair.verbatimA : pair.verbatimB,
      direction,
      evidence,
      primary: false,
    });
  }
  const best = new Map<number, ReuseEdge>();
  for (const edge of edges) {
    const current = best.get(edge.target);
    if (!current || edge.share > current.share) best.set(edge.target, edge);
  }
  return {
    nodes,
    edges: edges.map((edge) => (best.get(edge.target) === edge ? { ...edge, primary: true } : edge)),
  };
}

/** Which of two columns (`a` earlier in the table) is the source, and why. */
function orient(
  a: StoryColumn,
  b: StoryColumn,
  figures: readonly ReuseFigure[],
): { sourceIsA: boolean; direction: ReuseEdge['direction']; evidence: ReuseEvidence[] } {
  const figure = figures.find(
    (f) =>
      (f.source === a.articleId && f.target === b.articleId) ||
      (f.source === b.articleId && f.target === a.articleId),
  );
  if (figure?.direction === 'determined') {
    return { sourceIsA: figure.source === a.articleId, direction: 'determined', evidence: figure.evidence };
  }
  if (a.date && b.date && compareDates(a.date, b.date) !== 0) {
    const sourceIsA = compareDates(a.date, b.date) < 0;
    const [first, second] = sourceIsA ? [a, b] : [b, a];
    return {
      sourceIsA,
      direction: 'determined',
      evidence: [
        {
          code: 'dated-earlier',
          article: first.articleId,
          date: first.date ?? '',
          other: second.articleId,
          otherDate: second.date ?? '',
        },
      ],
    };
  }
  return {
    sourceIsA: true,
    direction: 'undetermined',
    evidence: figure?.evidence ?? [
      a.date && b.date
        ? { code: 'dates-indistinct', date: a.date, otherDate: b.date }
        : { code: 'date-missing' },
    ],
  };
}
