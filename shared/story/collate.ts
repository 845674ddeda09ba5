import { articleHeadline, dateRange } from '../article/body';
import type { Article, Span } from '../article/model';
import { compare, type CompareOptions } from '../compare/compare';
import { diffLink, type LinkSide } from '../compare/diff';
import { classifyOps, roundShare } from '../compare/link-kind';
import { segmentArticle } from '../compare/segment';
import type { TextEquivalence } from '../text/fold';
import { textLang } from '../text/lang';
import { isWordToken, tokenize, type Token } from '../text/tokenize';
import type { Comparison, DiffOp, Link, LinkKind, Segment } from '../compare/types';
import { orderRows } from './order-rows';
import type { CellKind, Collation, StoryCell, StoryColumn, StoryPair, StoryRow } from './types';

/** How to collate. Every field is optional. */
export interface CollateOptions {
  /** Id of the article whose order the rows follow (default: the earliest). */
  pivot?: string;
  /** Options of every pairwise comparison (equivalences, budget, cancellation). */
  compare?: CompareOptions;
  /** Replaces the engine for one pair, `a` earlier than `b` (cached results, hand corrections applied…). */
  comparePair?: (a: Article, b: Article) => Comparison;
  /** Called after each pairwise comparison. */
  onProgress?: (done: number, total: number) => void;
}

/** Order in which links join rows: the surest first. */
const KIND_RANK: Record<LinkKind, number> = { identical: 0, edited: 1, partial: 2, paraphrase: 3 };
const DIFF_LIMITS = { directDiffTokens: 3000, maxEditLength: 2000, coarse: false } as const;

/** A link between two columns, with segment indices. */
interface PlacedLink {
  pair: number;
  a: number;
  b: number;
  segsA: number[];
  segsB: number[];
  link: Link;
}

/** A column's text and tokens per segment, for word counts and diffs. */
interface ColumnText {
  text: string;
  segments: Segment[];
  tokens: Token[][];
}

/**
 * Collates articles (a story, or any selection): compares every pair with the engine, then joins linked paragraphs
 * into rows transitively, surest links first (identical, edited, partial, paraphrase; the pivot's links first among
 * equals). Each cell is diffed against its row's earliest version. Columns are in date order, rows in the pivot's
 * order. Pure and deterministic for a given clock.
 */
export function collateStory(articles: readonly Article[], options: CollateOptions = {}): Collation {
  const sorted = sortByDate(articles);
  const texts = sorted.map(columnText);
  const columns = sorted.map((article, i) => makeColumn(article, texts[i] as ColumnText, sorted));
  const pivotAt = options.pivot === undefined ? 0 : sorted.findIndex((a) => a.id === options.pivot);
  if (pivotAt < 0)
    throw new Error(
      `The article ${options.pivot ?? ''} is not among the collated articles; choose one of them as the pivot.`,
    );
  const eq: TextEquivalence = {
    ignoreCase: options.compare?.ignoreCase ?? false,
    ignorePunctuation: options.compare?.ignorePunctuation ?? false,
    ignoreTypography: options.compare?.ignoreTypography ?? false,
  };
  const run = options.comparePair ?? ((a: Article, b: Article) => compare(a, b, options.compare));

  const pairs: StoryPair[] = [];
  const links: PlacedLink[] = [];
  const total = (sorted.length * (sorted.length - 1)) / 2;
  for (let a = 0; a < sorted.length; a++) {
    for (let b = a + 1; b < sorted.length; b++) {
      const comparison = run(sorted[a] as Article, sorted[b] as Article);
      const index = pairs.length;
      pairs.push(pairFigures(comparison, a, b, texts[a] as ColumnText, texts[b] as ColumnText, columns));
      for (const link of comparison.links) {
        links.push({
          pair: index,
          a,
          b,
          segsA: link.a.map(segmentIndex),
          segsB: link.b.map(segmentIndex),
          link,
        });
      }
      options.onProgress?.(pairs.length, total);
    }
  }

  const { groups, unplaced } = joinRows(columns, links, pivotAt);
  const direct = new Map(links.map((l) => [linkKey(l.a, l.segsA, l.b, l.segsB), l.link]));
  const rows = groups.map((cells) => buildRow(cells, texts, direct, eq));
  const draft: Collation = { columns, rows, pairs, pivot: pivotAt, unplacedLinks: unplaced };
  const collation: Collation = { ...draft, rows: orderRows(draft, pivotAt).map((r) => r.row) };
  return collation;
}

/** Articles in date order (the first day their date can mean), undated last, the given order kept among equals. */
function sortByDate(articles: readonly Article[]): Article[] {
  const key = (a: Article): string => dateRange(a.date)?.first ?? '9999';
  return articles
    .map((article, i) => ({ article, i }))
    .sort((x, y) => (key(x.article) < key(y.article) ? -1 : key(x.article) > key(y.article) ? 1 : x.i - y.i))
    .map((x) => x.article);
}

/** Segments and tokens of an article as the engine cuts them. */
function columnText(article: Article): ColumnText {
  const segments = segmentArticle(article, 'a');
  return {
    text: article.text,
    segments,
    tokens: segments.map((s) => tokenize(article.text, s.start, s.end, textLang(article.language))),
  };
}

/** The column of an article. */
function makeColumn(article: Article, text: ColumnText, all: readonly Article[]): StoryColumn {
  const column: StoryColumn = {
    articleId: article.id,
    outlet: article.outlet,
    label: columnLabel(article, all),
    headline: articleHeadline(article),
    segments: text.segments.map((s): Span => [s.start, s.end]),
    words: text.tokens.map(countWords),
  };
  if (article.date) column.date = article.date;
  return column;
}

/** The outlet's name (the file name when unknown), with the date or the file name when another column would read the same. */
function columnLabel(article: Article, all: readonly Article[]): string {
  const name = (a: Article): string =>
    a.outlet.id !== 'unknown' && a.outlet.name ? a.outlet.name : fileLabel(a.id);
  const own = name(article);
  const twins = all.filter((a) => a !== article && name(a) === own);
  if (twins.length === 0) return own;
  if (article.date && twins.every((a) => a.date !== article.date)) return `${own} (${article.date})`;
  return own === fileLabel(article.id) ? own : `${own} (${fileLabel(article.id)})`;
}

/** The file name of an article id without folders and extension. */
function fileLabel(id: string): string {
  return (id.split('/').pop() ?? id).replace(/\.[^.]+$/, '');
}

/** Index of a segment from its comparison id (`a3` → 3). */
function segmentIndex(id: string): number {
  return Number(id.slice(1));
}

/** Number of word tokens. */
function countWords(tokens: readonly Token[]): number {
  let n = 0;
  for (const t of tokens) if (isWordToken(t)) n++;
  return n;
}

/** Words of a column lying inside a span (segments found by binary search on their ends). */
function wordsInSpan(column: ColumnText, span: Span): number {
  const { segments } = column;
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((segments[mid]?.end ?? 0) <= span[0]) lo = mid + 1;
    else hi = mid;
  }
  let n = 0;
  for (let i = lo; i < segments.length && (segments[i]?.start ?? Infinity) < span[1]; i++) {
    for (const t of column.tokens[i] ?? []) if (isWordToken(t) && t.start >= span[0] && t.end <= span[1]) n++;
  }
  return n;
}

/** The figures of one pairwise comparison. */
function pairFigures(
  comparison: Comparison,
  a: number,
  b: number,
  textA: ColumnText,
  textB: ColumnText,
  columns: readonly StoryColumn[],
): StoryPair {
  let equalA = 0;
  let equalB = 0;
  for (const link of comparison.links) {
    if (link.kind === 'paraphrase') continue;
    for (const op of link.ops) {
      if (op.op !== 'equal') continue;
      if (op.a) equalA += wordsInSpan(textA, op.a);
      if (op.b) equalB += wordsInSpan(textB, op.b);
    }
  }
  const totalA = sum(columns[a]?.words ?? []);
  const totalB = sum(columns[b]?.words ?? []);
  const pair: StoryPair = {
    a,
    b,
    stats: comparison.stats,
    links: comparison.links.length,
    verbatimA: roundShare(totalA ? equalA / totalA : 0),
    verbatimB: roundShare(totalB ? equalB / totalB : 0),
  };
  if (comparison.degraded) pair.degraded = comparison.degraded;
  return pair;
}

/** Sum of numbers. */
function sum(values: readonly number[]): number {
  return values.reduce((n, x) => n + x, 0);
}

/**
 * Joins segments into rows with a union-find over (column, segment), links taken surest first. Copies (identical,
 * edited, partial) always join, even paragraphs of one article that are apart (an outlet that merged two paragraphs
 * another kept apart with its own text between them); a paraphrase is left out when it would join paragraphs of
 * one article that are not next to each other, the way chains of loose likeness would glue a whole story together.
 */
function joinRows(
  columns: readonly StoryColumn[],
  links: readonly PlacedLink[],
  pivot: number,
): { groups: Map<number, number[]>[]; unplaced: number } {
  const offsets: number[] = [];
  let count = 0;
  for (const column of columns) {
    offsets.push(count);
    count += column.segments.length;
  }
  const node = (col: number, seg: number): number => (offsets[col] ?? 0) + seg;
  const parent = Int32Array.from({ length: count }, (_, i) => i);
  const members = new Map<number, Map<number, number[]>>();
  columns.forEach((column, col) =>
    column.segments.forEach((_, seg) => members.set(node(col, seg), new Map([[col, [seg]]]))),
  );
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] ?? i] ?? i;
      i = parent[i] ?? i;
    }
    return i;
  };

  const order = [...links].sort(
    (x, y) =>
      KIND_RANK[x.link.kind] - KIND_RANK[y.link.kind] ||
      Number(y.a === pivot || y.b === pivot) - Number(x.a === pivot || x.b === pivot) ||
      y.link.similarity - x.link.similarity ||
      x.pair - y.pair ||
      (x.segsA[0] ?? 0) - (y.segsA[0] ?? 0),
  );
  let unplaced = 0;
  for (const link of order) {
    const nodes = [...link.segsA.map((s) => node(link.a, s)), ...link.segsB.map((s) => node(link.b, s))];
    const roots = [...new Set(nodes.map(find))];
    const merged = new Map<number, number[]>();
    const joined = new Set<number>();
    for (const root of roots) {
      for (const [col, segs] of members.get(root) ?? []) {
        if (merged.has(col)) joined.add(col);
        merged.set(col, [...(merged.get(col) ?? []), ...segs]);
      }
    }
    if (link.link.kind === 'paraphrase' && [...joined].some((col) => !isRun(merged.get(col) ?? []))) {
      unplaced++;
      continue;
    }
    const keep = Math.min(...roots);
    for (const root of roots) {
      if (root === keep) continue;
      parent[root] = keep;
      members.delete(root);
    }
    for (const segs of merged.values()) segs.sort((x, y) => x - y);
    members.set(keep, merged);
  }
  return { groups: [...members.values()], unplaced };
}

/** True when the indices, once sorted, follow each other without a gap or a repeat. */
function isRun(indices: readonly number[]): boolean {
  const sorted = [...indices].sort((x, y) => x - y);
  return sorted.every((v, i) => i === 0 || v === (sorted[i - 1] ?? 0) + 1);
}

/** Key of a link by columns and segment indices. */
function linkKey(a: number, segsA: readonly number[], b: number, segsB: readonly number[]): string {
  return `${a}:${segsA.join(',')}|${b}:${segsB.join(',')}`;
}

/** A row from its segments per column: the earliest column is the reference, the other cells are diffed against it. */
function buildRow(
  cells: ReadonlyMap<number, number[]>,
  texts: readonly ColumnText[],
  direct: ReadonlyMap<string, Link>,
  eq: TextEquivalence,
): StoryRow {
  const reference = Math.min(...cells.keys());
  const refSegs = cells.get(reference) ?? [];
  const refText = texts[reference] as ColumnText;
  const out: (StoryCell | null)[] = texts.map((text, col) => {
    const segs = cells.get(col);
    if (!segs) return null;
    const words = sum(segs.map((s) => countWords(text.tokens[s] ?? [])));
    if (col === reference) return { segments: segs, kind: 'reference', similarity: 1, ops: [], words };
    const link = direct.get(linkKey(reference, refSegs, col, segs));
    if (link) return { segments: segs, kind: link.kind, similarity: link.similarity, ops: link.ops, words };
    const ops = diffLink(side(refText, refSegs), side(text, segs), eq, DIFF_LIMITS).ops;
    const { kind, similarity } = classify(ops, refText, text);
    return { segments: segs, kind, similarity, ops, words };
  });
  return { key: `${reference}:${refSegs[0] ?? 0}`, cells: out, reference, carriers: cells.size };
}

/** The segments of a cell as a diff side. */
function side(text: ColumnText, segs: readonly number[]): LinkSide {
  return {
    text: text.text,
    segments: segs.map((s) => text.segments[s] as Segment),
    tokens: segs.map((s) => text.tokens[s] ?? []),
  };
}

/**
 * Kind and likeness of a cell diffed against its reference, with the engine's thresholds on the share of each
 * side's words that are equal (for cells joined through a third article, which have no link of their own).
 */
function classify(
  ops: readonly DiffOp[],
  refText: ColumnText,
  text: ColumnText,
): { kind: Exclude<CellKind, 'reference'>; similarity: number } {
  return classifyOps(
    ops,
    (span) => wordsInSpan(refText, span),
    (span) => wordsInSpan(text, span),
  );
}
