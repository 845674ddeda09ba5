import type { Article } from '../article/model';
import { extractClaims } from '../claims/extract';
import { matchClaims, type ClaimsByArticle } from '../claims/match';
import type { Claim, ClaimCorrection, ClaimRow, DiscrepancyType } from '../claims/model';
import type { Collation, StoryRow } from './types';

/** A direct quote an article carries. */
export interface CoverageQuote {
  claimId: string;
  text: string;
  speaker?: string;
  /** `full` for a whole statement, `fragment` for words quoted inside the reporter's sentence. */
  quoteType?: 'full' | 'fragment';
  /** Key of the collation row the quote is in. */
  rowKey?: string;
  /** Columns of the other articles that carry the same quote. */
  alsoIn: number[];
}

/** A claim of one article that other articles of the story report differently. */
export interface CoverageDisagreement {
  /** Id of the claims row (`row:<claim id>`). */
  claimRow: string;
  topic: string;
  discrepancies: DiscrepancyType[];
  /** This article's wording and the row it is in. */
  text: string;
  rowKey?: string;
  /** The other articles' wordings; `same` when one says what this article says (same normalised value). */
  others: { column: number; text: string; same: boolean }[];
}

/** What one article carries of the story. */
export interface CoverageEntry {
  column: number;
  articleId: string;
  /** Rows the article carries, out of `totalRows`. */
  rows: number;
  totalRows: number;
  /** Share (0–1) of the story's content the article carries: words of the earliest version of its rows over those of every row. */
  share: number;
  /** Keys of the rows found in this article only. */
  onlyHere: string[];
  /** Words of those rows. */
  onlyHereWords: number;
  quotes: CoverageQuote[];
  disagreements: CoverageDisagreement[];
}

/** Claims to use instead of extracting and matching them again (e.g. with the user's claim corrections applied). */
export interface CoverageOptions {
  claims?: ClaimsByArticle;
  claimRows?: readonly ClaimRow[];
  claimCorrections?: readonly ClaimCorrection[];
}

/** Discrepancies that mean articles disagree (as opposed to one article reporting a fact the others leave out). */
const DISAGREEING: ReadonlySet<DiscrepancyType> = new Set([
  'number-differs',
  'qualifier-differs',
  'date-differs',
  'speaker-differs',
]);

/**
 * Per article of a collation: the share of the story's content it carries, the content found only there, the
 * direct quotes it carries (and who else does), and its claims that the other articles report differently.
 * `articles` must hold the collated articles (extra ones are ignored).
 */
export function coverage(
  collation: Collation,
  articles: readonly Article[],
  options: CoverageOptions = {},
): CoverageEntry[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const ordered = collation.columns.map((c) => {
    const article = byId.get(c.articleId);
    if (!article)
      throw new Error(
        `The article ${c.articleId} of the collation was not given; pass every collated article.`,
      );
    return article;
  });
  const claims = options.claims ?? new Map(ordered.map((a) => [a.id, extractClaims(a)]));
  const claimsOf = (id: string): readonly Claim[] =>
    (claims instanceof Map ? claims.get(id) : (claims as Readonly<Record<string, readonly Claim[]>>)[id]) ??
    [];
  const claimRows = options.claimRows ?? matchClaims(ordered, claims, options.claimCorrections ?? []);
  const claimById = new Map(ordered.flatMap((a) => claimsOf(a.id)).map((c) => [c.id, c]));
  const columnOf = new Map(collation.columns.map((c, i) => [c.articleId, i]));
  const rowAt = rowLocator(collation);

  const rowWords = collation.rows.map((row) => row.cells[row.reference]?.words ?? 0);
  const storyWords = rowWords.reduce((n, w) => n + w, 0);
  return collation.columns.map((column, col): CoverageEntry => {
    const carried = collation.rows
      .map((row, i) => ({ row, words: rowWords[i] ?? 0 }))
      .filter(({ row }) => row.cells[col]);
    const only = carried.filter(({ row }) => row.carriers === 1);
    const quotes = claimsOf(column.articleId)
      .filter((c) => c.kind === 'quote')
      .map((claim): CoverageQuote => {
        const claimRow = claimRows.find((r) => r.claims.includes(claim.id));
        const alsoIn = [
          ...new Set(
            (claimRow?.articles ?? [])
              .filter((id) => id !== column.articleId)
              .map((id) => columnOf.get(id) ?? -1),
          ),
        ]
          .filter((c) => c >= 0)
          .sort((x, y) => x - y);
        const quote: CoverageQuote = { claimId: claim.id, text: claim.text, alsoIn };
        if (claim.speaker) quote.speaker = claim.speaker;
        if (claim.quoteType) quote.quoteType = claim.quoteType;
        const rowKey = rowAt(col, claim.start);
        if (rowKey) quote.rowKey = rowKey;
        return quote;
      });
    const disagreements = claimRows
      .filter((r) => r.articles.includes(column.articleId) && r.discrepancies.some((d) => DISAGREEING.has(d)))
      .map((r): CoverageDisagreement => {
        const rowClaims = r.claims.map((id) => claimById.get(id)).filter((c): c is Claim => c !== undefined);
        const own = rowClaims.filter((c) => c.articleId === column.articleId);
        const first = own[0];
        const item: CoverageDisagreement = {
          claimRow: r.id,
          topic: r.topic,
          discrepancies: r.discrepancies.filter((d) => DISAGREEING.has(d)),
          text: own.map((c) => c.text).join(' / '),
          others: rowClaims
            .filter((c) => c.articleId !== column.articleId)
            .map((c) => ({
              column: columnOf.get(c.articleId) ?? -1,
              text: c.text,
              same: c.normalized !== undefined && own.some((o) => o.normalized === c.normalized),
            }))
            .filter((o) => o.column >= 0),
        };
        const rowKey = first ? rowAt(col, first.start) : undefined;
        if (rowKey) item.rowKey = rowKey;
        return item;
      });
    return {
      column: col,
      articleId: column.articleId,
      rows: carried.length,
      totalRows: collation.rows.length,
      share: storyWords ? round(carried.reduce((n, r) => n + r.words, 0) / storyWords) : 0,
      onlyHere: only.map(({ row }) => row.key),
      onlyHereWords: only.reduce((n, r) => n + r.words, 0),
      quotes,
      disagreements,
    };
  });
}

/** Finds the key of the row holding a text offset of a column's article. */
function rowLocator(collation: Collation): (column: number, offset: number) => string | undefined {
  const rowOf = collation.columns.map(() => new Map<number, StoryRow>());
  for (const row of collation.rows) {
    row.cells.forEach((cell, col) => {
      for (const s of cell?.segments ?? []) rowOf[col]?.set(s, row);
    });
  }
  return (column, offset) => {
    const segments = collation.columns[column]?.segments ?? [];
    const index = segments.findIndex(([s, e]) => offset >= s && offset < e);
    return index < 0 ? undefined : rowOf[column]?.get(index)?.key;
  };
}

/** Rounds a share to three decimals. */
function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
