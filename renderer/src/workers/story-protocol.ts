import type { Article, ReuseFigure } from '../../../shared/article/model';
import type { Claim, ClaimRow } from '../../../shared/claims/model';
import type { Correction } from '../../../shared/compare/correction-schema';
import type { TextEquivalence } from '../../../shared/text/fold';
import type { CompareViewOptions } from '../../../shared/compare/view-state';
import type { CoverageEntry } from '../../../shared/story/coverage';
import type { ReuseGraph } from '../../../shared/story/reuse-graph';
import type { Collation } from '../../../shared/story/types';
import type { VersionSet } from '../../../shared/article/versions';

/** The hand corrections of one pair of articles, as the folder keeps them. */
export interface PairCorrectionList {
  articles: [string, string];
  corrections: Correction[];
}

/** Collate these articles: every pair compared (with its hand corrections), rows, reuse graph, coverage. */
export interface CollateRequest {
  id: number;
  type: 'collate';
  articles: Article[];
  corrections: PairCorrectionList[];
  equivalence: TextEquivalence;
  /** The folder's reuse figures, for the direction of the arrows. */
  reuse: ReuseFigure[];
  /** The claims and their rows with the user's corrections, when the main process gave them. */
  claims?: { claims: Claim[]; rows: ClaimRow[] };
}

/** Find the row of the side-by-side view of `a` and `b` that shows a paragraph of either (segment indices). */
export interface LocateRequest {
  id: number;
  type: 'locate';
  a: Article;
  b: Article;
  segmentA?: number;
  segmentB?: number;
  options: CompareViewOptions;
  corrections: Correction[];
}

/** What the story worker is asked. */
export type StoryWorkerRequest = CollateRequest | LocateRequest;

/** A story collated. */
export interface StoryResult {
  collation: Collation;
  graph: ReuseGraph;
  coverage: CoverageEntry[];
  /** The updates of one organisation's text among the story's articles, oldest first as the evidence orders them. */
  versions: VersionSet[];
}

/** What the story worker answers: progress, then a result or an error. */
export type StoryWorkerResponse =
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'collated'; result: StoryResult; ms: number }
  | { id: number; type: 'located'; row: number }
  | { id: number; type: 'error'; message: string; detail?: string };
