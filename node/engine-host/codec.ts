import type { Article } from '../../shared/article/model';
import type { ClaimRow } from '../../shared/claims/model';
import type { ArticleSummary } from '../../shared/ipc/types';
import type { FolderAnalysis } from '../analyze-folder';

/**
 * A folder analysis as it travels between threads: `articles[i]` is null when it is `scanned[i]` itself (no outlet
 * correction), so that each article is copied once; with the summaries the folder view shows.
 */
export interface PackedAnalysis extends Omit<FolderAnalysis, 'articles'> {
  articles: (Article | null)[];
  summaries: ArticleSummary[];
}

/** A folder analysis with the summaries of its articles, computed where the analysis ran. */
export interface AnalysisResult {
  analysis: FolderAnalysis;
  summaries: ArticleSummary[];
}

/** The analysis and summaries a packed analysis stands for. */
export function unpack(packed: PackedAnalysis): AnalysisResult {
  const { summaries, ...rest } = packed;
  const articles = rest.articles.map((a, i) => a ?? (rest.scanned[i] as Article));
  return { analysis: { ...rest, articles }, summaries };
}

/** The rows of a matching as they travel (in an object, so that a long list goes in pieces). */
export const rowsOf = (wire: { rows: ClaimRow[] }): ClaimRow[] => wire.rows;

/** A result that needs no decoding. */
export const same = <T>(value: T): T => value;

/**
 * How the caller's side turns each task's result back (what is not listed arrives as it is): light, so that main
 * and the CLI load no engine module to receive a result.
 */
export const decoders: Record<string, (wire: never) => unknown> = {
  analyzeFolder: unpack,
  rereadFiles: unpack,
  reapplyCorrections: unpack,
  matchClaims: rowsOf,
};
