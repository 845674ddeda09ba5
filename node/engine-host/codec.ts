import type { Article } from '../../shared/article/model';
import type { ClaimRow } from '../../shared/claims/model';
import type { ArticleSummary } from '../../shared/ipc/types';
import type { FolderAnalysis } from '../analyze-folder';

/**
 * A folder analysis as it travels between threads, so that each article is copied once: `articles` is null when
 * every article is the one read (`scanned`, no outlet correction), and else `articles[i]` is null when it is
 * `scanned[i]` itself; with the rows of the folder view (`folderRows`), computed where the analysis ran.
 */
export interface PackedAnalysis extends Omit<FolderAnalysis, 'articles'> {
  articles: (Article | null)[] | null;
  rows: ArticleSummary[];
}

/** A folder analysis with the rows of its folder view, computed where the analysis ran. */
export interface AnalysisResult {
  analysis: FolderAnalysis;
  rows: ArticleSummary[];
}

/** The analysis and rows a packed analysis stands for. */
export function unpack(packed: PackedAnalysis): AnalysisResult {
  const { rows, ...rest } = packed;
  const articles = rest.articles
    ? rest.articles.map((a, i) => a ?? (rest.scanned[i] as Article))
    : rest.scanned;
  return { analysis: { ...rest, articles }, rows };
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
