import type { Article } from '../article/model';
import { findVersions, type VersionSet } from '../article/versions';
import type { Collation } from './types';

/**
 * The versions of one text among a collated story's articles, from the collation's own pairwise comparisons (with the
 * hand corrections and equivalences they were made with): what the story view, the CLI and the story report show.
 */
export function collationVersions(collation: Collation, articles: readonly Article[]): VersionSet[] {
  const statsOf = new Map(
    collation.pairs.map((p) => [
      `${collation.columns[p.a]!.articleId}\n${collation.columns[p.b]!.articleId}`,
      p.stats,
    ]),
  );
  return findVersions(
    articles,
    [{ articles: articles.map((a) => a.id) }],
    (a, b) => statsOf.get(`${a.id}\n${b.id}`) ?? statsOf.get(`${b.id}\n${a.id}`),
  );
}
