import type { Article, ReuseEvidence, ReuseFigure } from '../../shared/article/model';
import type { Claim, ClaimRow } from '../../shared/claims/model';
import type { ArticleSummary } from '../../shared/ipc/types';
import type { FolderAnalysis } from '../analyze-folder';

/**
 * A folder's reuse figures as they travel: numbers in typed arrays over tables of the article ids and the evidence
 * lists they name, so that the receiving side reads a few buffers and keeps one object per figure (a large folder
 * has tens of thousands of figures, each otherwise a dozen objects to read and to collect).
 */
export interface PackedReuse {
  ids: string[];
  evidence: ReuseEvidence[][];
  /** Per figure: its source's and its target's index in `ids`, 1 when its direction is determined, its evidence's index. */
  refs: Uint32Array;
  /** Per figure: its share, then its source share. */
  shares: Float64Array;
}

/** Reuse figures packed for the trip across threads (`unpackReuse` gives them back equal). */
export function packReuse(figures: readonly ReuseFigure[]): PackedReuse {
  const ids = new Map<string, number>();
  const evidence = new Map<string, number>();
  const lists: ReuseEvidence[][] = [];
  const index = (id: string): number => {
    let found = ids.get(id);
    if (found === undefined) ids.set(id, (found = ids.size));
    return found;
  };
  const refs = new Uint32Array(figures.length * 4);
  const shares = new Float64Array(figures.length * 2);
  figures.forEach((figure, i) => {
    const key = JSON.stringify(figure.evidence);
    let list = evidence.get(key);
    if (list === undefined) {
      evidence.set(key, (list = lists.length));
      lists.push(figure.evidence);
    }
    refs.set(
      [index(figure.source), index(figure.target), figure.direction === 'determined' ? 1 : 0, list],
      i * 4,
    );
    shares[i * 2] = figure.share;
    shares[i * 2 + 1] = figure.sourceShare;
  });
  return { ids: [...ids.keys()], evidence: lists, refs, shares };
}

/**
 * The reuse figures a packed list stands for. Figures with the same evidence share its list (read-only, like the
 * ids they name).
 */
export function unpackReuse(packed: PackedReuse): ReuseFigure[] {
  const { ids, evidence, refs, shares } = packed;
  const figures: ReuseFigure[] = new Array<ReuseFigure>(shares.length / 2);
  for (let i = 0; i < figures.length; i++) {
    figures[i] = {
      source: ids[refs[i * 4]!]!,
      target: ids[refs[i * 4 + 1]!]!,
      share: shares[i * 2]!,
      sourceShare: shares[i * 2 + 1]!,
      direction: refs[i * 4 + 2] === 1 ? 'determined' : 'undetermined',
      evidence: evidence[refs[i * 4 + 3]!]!,
    };
  }
  return figures;
}

/**
 * A folder analysis as it travels between threads, so that each article is copied once: `articles` is null when
 * every article is the one read (`scanned`, no outlet correction), and else `articles[i]` is null when it is
 * `scanned[i]` itself; its reuse figures packed; with the rows of the folder view (`folderRows`), computed where
 * the analysis ran.
 */
export interface PackedAnalysis extends Omit<FolderAnalysis, 'articles' | 'reuse'> {
  articles: (Article | null)[] | null;
  reuse: PackedReuse;
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
  return { analysis: { ...rest, articles, reuse: unpackReuse(rest.reuse) }, rows };
}

/** The claims of each article as they travel (in an object, so that a long list goes in pieces). */
export const claimsOf = (wire: { claims: Claim[][] }): Claim[][] => wire.claims;

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
  extractClaims: claimsOf,
  matchClaims: rowsOf,
};
