import type { Outlet, Span } from '../article/model';
import type { CompareStats, Degradation, DiffOp, LinkKind } from '../compare/types';

/** One article of a collation, a column of the table; columns are in date order, earliest first. */
export interface StoryColumn {
  articleId: string;
  outlet: Outlet;
  date?: string;
  /** A short name for headers: the outlet, else the file name; the date or file is added when two columns would read alike. */
  label: string;
  /** The article's title, else the first sentence of its lead. */
  headline: string;
  /** Content segments (paragraphs minus boilerplate) as the comparison engine cuts them, in text order. */
  segments: Span[];
  /** Words of each segment. */
  words: number[];
}

/** How a cell relates to its row's earliest version: `reference` is that version itself. */
export type CellKind = 'reference' | LinkKind;

/** What one article carries of a row. */
export interface StoryCell {
  /**
   * Indices into the column's `segments`, in text order: one, or several when the outlet split or merged paragraphs
   * (not always next to each other: it may have put paragraphs of its own between the parts).
   */
  segments: number[];
  kind: CellKind;
  /** 0–1 likeness to the reference cell (1 for the reference itself). */
  similarity: number;
  /** Word operations against the reference cell (`a` spans in the reference article, `b` in this one); empty for the reference. */
  ops: DiffOp[];
  words: number;
}

/** One piece of content across the articles: a cell per column, null where the article does not carry it. */
export interface StoryRow {
  /** Stable within a collation whatever the order: `<reference column>:<first segment of the reference cell>`. */
  key: string;
  cells: (StoryCell | null)[];
  /** Column of the row's earliest version, the one other cells are diffed against. */
  reference: number;
  /** Number of articles carrying the row. */
  carriers: number;
}

/** The engine's comparison of two columns (`a` earlier than `b`), reduced to its figures. */
export interface StoryPair {
  a: number;
  b: number;
  stats: CompareStats;
  /** Number of links between the two articles. */
  links: number;
  /** Share (0–1) of A's words that B carries word for word (equal words of links other than paraphrases). */
  verbatimA: number;
  /** Share (0–1) of B's words that come word for word from A. */
  verbatimB: number;
  /** Why this pair's comparison is coarser than usual, as codes; absent when it is not. */
  degraded?: Degradation[];
}

/** Several articles collated: one row per piece of content, one column per article. */
export interface Collation {
  columns: StoryColumn[];
  /** Rows in the pivot's order, content the pivot lacks placed after the row it follows in its own article. */
  rows: StoryRow[];
  /** Every pair of columns, `a < b`. */
  pairs: StoryPair[];
  /** Column whose order the rows follow and whose links were placed first among equals. */
  pivot: number;
  /** Paraphrase links left out of the rows because placing them would join paragraphs that are apart in one article. */
  unplacedLinks: number;
}

/** A row in a chosen order, with the cells that are out of their article's order in it. */
export interface OrderedRow {
  row: StoryRow;
  /** Per column: the cell sits elsewhere in its article than this order suggests (a moved paragraph). */
  moved: boolean[];
}
