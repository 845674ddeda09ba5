import type { Article } from '../article/model';
import { collectEvidence, findMoved, linkCopies, type AlignedPair } from './align';
import { findBlocks } from './anchors';
import { startBudget, type AbortFlag, type Budget } from './budget';
import { diffLink, wordsIn, type LinkSide } from './diff';
import { classifyOps, roundShare, type SpanWords } from './link-kind';
import { linkParaphrases } from './paraphrase';
import { prepareSides, segmentWords, type PreparedSide } from './prepare';
import { segmentArticle, type Granularity } from './segment';
import { computeStats } from './stats';
import type { TextEquivalence } from '../text/fold';
import { textLang } from '../text/lang';
import type { BudgetStep, Comparison, Degradation, DiffOp, Link, LinkKind, Segment } from './types';

/** How to compare. Every field is optional. */
export interface CompareOptions extends Partial<TextEquivalence> {
  /** Paragraph links (default, the rows of the UI) or sentence links. */
  granularity?: Granularity;
  /** Time budget in milliseconds (default 2000); past it the comparison gets coarser and says so in `degraded`. */
  budgetMs?: number;
  /** Clock in milliseconds, injectable for tests. */
  now?: () => number;
  /** Cancellation: when `aborted` becomes true, `compare` throws CompareAbortedError at its next check. */
  signal?: AbortFlag;
}

/** Default time budget of one comparison. */
export const DEFAULT_BUDGET_MS = 2000;

const SHINGLE_WORDS = 3;
const MAX_REPEATS = 64;
const PARAPHRASE = { threshold: 0.2, minShared: 3 };
const DIRECT_DIFF_TOKENS = 3000;
const MAX_EDIT_LENGTH = 2000;

/**
 * Compares two articles: segments them (paragraphs without boilerplate, with their sentences), aligns segments
 * across the whole texts (moved, split and merged paragraphs included), diffs the words inside each link, and
 * computes the figures (the summary is worded at the edges, `summarizeComparison`). Pure and deterministic for a given clock.
 */
export function compare(a: Article, b: Article, options: CompareOptions = {}): Comparison {
  const eq: TextEquivalence = {
    ignoreCase: options.ignoreCase ?? false,
    ignorePunctuation: options.ignorePunctuation ?? false,
    ignoreTypography: options.ignoreTypography ?? false,
  };
  const budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const budget = startBudget(budgetMs, options.now ?? Date.now, options.signal);
  const degraded: Degradation[] = [];
  const overBudget = (step: BudgetStep): boolean => {
    if (!budget.expired()) return false;
    if (!degraded.some((d) => d.code === 'time-budget' && d.step === step))
      degraded.push({ code: 'time-budget', budgetMs, step });
    return true;
  };

  budget.checkAborted();
  const segmentsA = segmentArticle(a, 'a', options.granularity);
  const segmentsB = segmentArticle(b, 'b', options.granularity);
  const [sideA, sideB] = prepareSides(
    { text: a.text, segments: segmentsA, lang: textLang(a.language) },
    { text: b.text, segments: segmentsB, lang: textLang(b.language) },
  );
  budget.checkAborted();

  const pairs = alignSides(sideA, sideB, budget, overBudget);
  budget.checkAborted();

  const moved = findMoved(
    pairs.map((p) => ({
      a: p.a,
      b: p.b,
      weight:
        p.a.reduce((n, s) => n + segmentWords(sideA, s), 0) +
        p.b.reduce((n, s) => n + segmentWords(sideB, s), 0),
    })),
  );
  let inexact = 0;
  const remainingMs = (): number => budgetMs - budget.elapsed();
  const links: Link[] = pairs.map((pair, i) => {
    budget.checkAborted();
    const coarse = overBudget('word-diff');
    const left = linkSide(sideA, pair.a);
    const right = linkSide(sideB, pair.b);
    const limits = {
      directDiffTokens: DIRECT_DIFF_TOKENS,
      maxEditLength: MAX_EDIT_LENGTH,
      coarse,
      remainingMs,
    };
    const diff = diffLink(left, right, eq, limits);
    if (!diff.exact && !coarse && !overBudget('word-diff')) inexact++;
    const { kind, similarity } = classifyLink(pair, diff.ops, left, right);
    return {
      a: pair.a.map((s) => segmentsA[s]?.id ?? ''),
      b: pair.b.map((s) => segmentsB[s]?.id ?? ''),
      kind,
      moved: moved[i] ?? false,
      similarity,
      ops: diff.ops,
    };
  });
  if (inexact > 0) degraded.push({ code: 'inexact-links', count: inexact });

  const linkedA = new Set(links.flatMap((l) => l.a));
  const linkedB = new Set(links.flatMap((l) => l.b));
  const onlyA = segmentsA.filter((s) => !linkedA.has(s.id)).map((s) => s.id);
  const onlyB = segmentsB.filter((s) => !linkedB.has(s.id)).map((s) => s.id);
  const stats = {
    ...computeStats(sideA, sideB, links, onlyB),
    droppedParagraphs: countParagraphs(segmentsA, onlyA),
    addedParagraphs: countParagraphs(segmentsB, onlyB),
  };
  const comparison: Comparison = {
    a,
    b,
    segments: { a: segmentsA, b: segmentsB },
    links,
    onlyA,
    onlyB,
    stats,
  };
  if (degraded.length) comparison.degraded = degraded;
  return comparison;
}

/** Aligns the segments of two prepared sides: shared runs of words first, then paraphrases among the rest. */
function alignSides(
  sideA: PreparedSide,
  sideB: PreparedSide,
  budget: Budget,
  overBudget: (step: BudgetStep) => boolean,
): AlignedPair[] {
  const blocks = findBlocks(sideA, sideB, {
    shingle: SHINGLE_WORDS,
    maxRepeats: MAX_REPEATS,
    keepGoing: () => !overBudget('repeats'),
  });
  budget.checkAborted();
  const copies = linkCopies(sideA, sideB, collectEvidence(sideA, sideB, blocks));
  let paraphrases: AlignedPair[] = [];
  if (!overBudget('paraphrases')) {
    const usedA = new Set(copies.flatMap((p) => p.a));
    const usedB = new Set(copies.flatMap((p) => p.b));
    const freeA = sideA.segments.map((_, i) => i).filter((i) => !usedA.has(i));
    const freeB = sideB.segments.map((_, i) => i).filter((i) => !usedB.has(i));
    paraphrases = linkParaphrases(sideA, sideB, freeA, freeB, PARAPHRASE);
  }
  return [...copies, ...paraphrases].sort((x, y) => (x.a[0] ?? 0) - (y.a[0] ?? 0));
}

/** The segments of a link on one side, with their tokens. */
function linkSide(side: PreparedSide, indices: readonly number[]): LinkSide {
  return {
    text: side.text,
    segments: indices.map((s) => side.segments[s] as Segment),
    tokens: indices.map((s) => side.tokens[s] ?? []),
  };
}

/** Kind and similarity of a link from its operations: the share of each side's words that are equal. */
function classifyLink(
  pair: AlignedPair,
  ops: readonly DiffOp[],
  left: LinkSide,
  right: LinkSide,
): { kind: LinkKind; similarity: number } {
  const count =
    (side: LinkSide): SpanWords =>
    (span) => {
      const part = side.segments.findIndex((s) => s.start <= span[0] && span[1] <= s.end);
      return wordsIn(side.tokens[part] ?? [], span);
    };
  const measured = classifyOps(ops, count(left), count(right));
  if (measured.kind === 'paraphrase' && pair.evidence === 'paraphrase') {
    return { kind: measured.kind, similarity: roundShare(pair.score) };
  }
  return measured;
}

/** Number of distinct paragraphs among the given segments. */
function countParagraphs(segments: readonly Segment[], ids: readonly string[]): number {
  const wanted = new Set(ids);
  return new Set(segments.filter((s) => wanted.has(s.id)).map((s) => s.paragraph)).size;
}

/** The name to use for an article's outlet in a summary: the outlet, else the file name; the file is added when both are the same. */
export function outletLabel(article: Article, other: Article): string {
  const known = (x: Article): string =>
    x.outlet.id !== 'unknown' && x.outlet.name ? x.outlet.name : fileLabel(x.id);
  const name = known(article);
  return name === known(other) && name !== fileLabel(article.id)
    ? `${name} (${fileLabel(article.id)})`
    : name;
}

/** The file name of an article id, without its folders. */
function fileLabel(id: string): string {
  return id.split('/').pop() ?? id;
}
