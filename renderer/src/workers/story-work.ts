import type { Claim } from '../../../shared/claims/model';
import { applyCorrections } from '../../../shared/compare/corrections';
import { compare } from '../../../shared/compare/compare';
import { alignRows, displayRows, segmentIndex, type CompareRow } from '../../../shared/compare/view-rows';
import { collateStory } from '../../../shared/story/collate';
import { coverage } from '../../../shared/story/coverage';
import { reuseGraph } from '../../../shared/story/reuse-graph';
import { collationVersions } from '../../../shared/story/story-versions';
import type { CollateRequest, LocateRequest, StoryResult } from './story-protocol';

/** Collates a story: pairwise comparisons with the folder's hand corrections, rows, reuse graph, coverage and versions. */
export function collate(
  request: CollateRequest,
  onProgress: (done: number, total: number) => void,
): StoryResult {
  const { equivalence } = request;
  const correctionsOf = (x: string, y: string) => {
    const [first, second] = x <= y ? [x, y] : [y, x];
    return (
      request.corrections.find((p) => p.articles[0] === first && p.articles[1] === second)?.corrections ?? []
    );
  };
  const collation = collateStory(request.articles, {
    compare: equivalence,
    comparePair: (a, b) => {
      const base = compare(a, b, equivalence);
      const corrections = correctionsOf(a.id, b.id);
      return corrections.length ? applyCorrections(base, corrections, a, b, equivalence) : base;
    },
    onProgress,
  });
  const graph = reuseGraph(collation, { figures: request.reuse });
  const claims = request.claims
    ? {
        claims: new Map(
          request.articles.map((a) => [
            a.id,
            (request.claims?.claims ?? []).filter((c: Claim) => c.articleId === a.id),
          ]),
        ),
        claimRows: request.claims.rows,
      }
    : {};
  const versions = collationVersions(collation, request.articles);
  return { collation, graph, coverage: coverage(collation, request.articles, claims), versions };
}

/** Index, among the rows the side-by-side view shows, of the row holding the given paragraph of A (else of B). */
export function locate(request: LocateRequest): number {
  const { a, b, options } = request;
  const eq = {
    ignoreCase: options.ignoreCase,
    ignorePunctuation: options.ignorePunctuation,
    ignoreTypography: options.ignoreTypography,
  };
  const base = compare(a, b, eq);
  const comparison = applyCorrections(base, request.corrections, a, b, eq);
  const rows = displayRows(alignRows(comparison), {
    showBoilerplate: options.showBoilerplate,
    onlyDifferences: options.onlyDifferences,
    expanded: new Set(),
  });
  const holds = (row: CompareRow, side: 'a' | 'b', segment: number | undefined): boolean =>
    segment !== undefined &&
    (row[side].some((s) => segmentIndex(s.id) === segment) ||
      (row.hidden ?? []).some((h) => holds(h, side, segment)));
  const byA = rows.findIndex((row) => holds(row, 'a', request.segmentA));
  if (byA >= 0) return byA;
  return Math.max(
    0,
    rows.findIndex((row) => holds(row, 'b', request.segmentB)),
  );
}
