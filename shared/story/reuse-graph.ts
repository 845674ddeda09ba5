import { compareDates } from '../article/body';
import type { ReuseEvidence, ReuseFigure } from '../article/model';
import { MIN_REUSE_SHARE } from '../article/reuse-figures';
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
  /** Share (0–1) of the target's words that come word for word from the source: the folder's reuse figure when given. */
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
  /** Pairs where neither share reaches this are not drawn (default MIN_REUSE_SHARE, the engine's own threshold). */
  minShare?: number;
  /**
   * The folder's reuse figures (`analyzeFolder`): when given, every arrow's shares are theirs (the one definition of
   * a reuse figure, equal in every view), and their direction and evidence are used when they settle it.
   */
  figures?: readonly ReuseFigure[];
}

/** Default smallest share drawn as an arrow: the engine's reuse threshold, the same everywhere. */
export const MIN_EDGE_SHARE = MIN_REUSE_SHARE;

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
    const a = columns[pair.a] as StoryColumn;
    const b = columns[pair.b] as StoryColumn;
    const shares = options.figures ? figureShares(a, b, options.figures) : pairShares(pair);
    if (!shares || Math.max(shares.a, shares.b) < minShare) continue;
    const { sourceIsA, direction, evidence } = orient(a, b, options.figures ?? []);
    edges.push({
      source: sourceIsA ? pair.a : pair.b,
      target: sourceIsA ? pair.b : pair.a,
      share: sourceIsA ? shares.b : shares.a,
      sourceShare: sourceIsA ? shares.a : shares.b,
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

/** Share of each side's body found in the other, as the folder's reuse figure measured it (the one definition). */
function figureShares(
  a: StoryColumn,
  b: StoryColumn,
  figures: readonly ReuseFigure[],
): { a: number; b: number } | undefined {
  const figure = figures.find(
    (f) =>
      (f.source === a.articleId && f.target === b.articleId) ||
      (f.source === b.articleId && f.target === a.articleId),
  );
  if (!figure) return undefined;
  return figure.source === a.articleId
    ? { a: figure.sourceShare, b: figure.share }
    : { a: figure.share, b: figure.sourceShare };
}

/** Shares from the collation's own links, for a graph drawn without the folder's figures. */
function pairShares(pair: Collation['pairs'][number]): { a: number; b: number } {
  return { a: pair.verbatimA, b: pair.verbatimB };
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
