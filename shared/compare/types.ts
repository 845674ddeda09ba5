import type { Article, Span } from '../article/model';

/** A unit of comparison: a paragraph (or the part of one left after boilerplate), with its sentences. */
export interface Segment {
  /** `a3`, `b12`: side letter and index in the side's segment list. */
  id: string;
  start: number;
  end: number;
  /** Index of the paragraph in `Article.paragraphs` the segment comes from. */
  paragraph: number;
  /** Sentence spans inside the segment, in order, covering it without the spaces between them. */
  sentences: Span[];
}

/** What kind of correspondence a link is. */
export type LinkKind = 'identical' | 'edited' | 'partial' | 'paraphrase';

/** One word-level operation inside a link; `a` is absent for insertions, `b` for deletions. */
export interface DiffOp {
  op: 'equal' | 'insert' | 'delete';
  a?: Span;
  b?: Span;
}

/** Segments of A that correspond to segments of B (one-to-one, or one-to-many for splits and merges). */
export interface Link {
  /** Segment ids of A, in text order. */
  a: string[];
  /** Segment ids of B, in text order. */
  b: string[];
  kind: LinkKind;
  /** True when the link is out of order relative to the other links (a moved paragraph). */
  moved: boolean;
  /** 0–1: share of both sides' words that are equal; for a paraphrase, the weighted overlap of content words. */
  similarity: number;
  /** Word-level operations tiling A's segments and B's segments in order. */
  ops: DiffOp[];
}

/** The figures of a comparison, shares as fractions between 0 and 1. */
export interface CompareStats {
  /** Share of A's words that B keeps word for word. */
  keptVerbatim: number;
  /** Share of A's words that B keeps reworded: replaced inside a link, or in a paraphrased paragraph. */
  keptEdited: number;
  /** Share of B's words that are new: pure insertions and paragraphs found only in B. */
  newInB: number;
  droppedParagraphs: number;
  addedParagraphs: number;
  /** Direct quotes (three words or more between quotation marks) of A that B does not keep. */
  droppedQuotes: number;
  /** Direct quotes of B that do not come from A. */
  addedQuotes: number;
  /** Numbers of A replaced by another number at the same place in B. */
  numbersChanged: number;
}

/** The result of comparing two articles: plain data, JSON-serialisable, with no sentence in any language. */
export interface Comparison {
  a: Article;
  b: Article;
  segments: { a: Segment[]; b: Segment[] };
  links: Link[];
  /** Segment ids of A that B dropped. */
  onlyA: string[];
  /** Segment ids of B that A does not have. */
  onlyB: string[];
  stats: CompareStats;
  /** Why the result is coarser than usual, as codes with their parameters; absent when it is not. */
  degraded?: Degradation[];
}

/** Which step a time budget cut short: word diffs inside the remaining links, repeated passages, paraphrases. */
export type BudgetStep = 'word-diff' | 'repeats' | 'paraphrases';

/** Why a comparison is coarser than usual: a code with its parameters, worded at the edges (`formatDegradation`). */
export type Degradation =
  { code: 'time-budget'; budgetMs: number; step: BudgetStep } | { code: 'inexact-links'; count: number };
