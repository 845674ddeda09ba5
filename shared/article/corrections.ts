import { z } from 'zod';
import type { Article } from './model';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 in lowercase hex');

/** An outlet set by the user for one article. */
const outletCorrectionSchema = z.object({
  sha256,
  id: z.string().min(1),
  outlet: z.object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lowercase slug'),
    name: z.string().min(1),
  }),
  at: z.string().optional(),
});

/** A story the user put one article in (moves, splits and merges are all stored this way). */
const storyAssignmentSchema = z.object({
  sha256,
  id: z.string().min(1),
  story: z.string().min(1),
  at: z.string().optional(),
});

/** Shape of `<folder>/.recoupe/corrections.json`. */
export const correctionsSchema = z.object({
  version: z.literal(1),
  outlets: z.array(outletCorrectionSchema),
  stories: z.array(storyAssignmentSchema),
});

/** User corrections of a folder: outlets and story assignments, keyed by sha256 and id. */
export type Corrections = z.infer<typeof correctionsSchema>;
/** One outlet correction. */
export type OutletCorrection = z.infer<typeof outletCorrectionSchema>;
/** One story assignment. */
export type StoryAssignment = z.infer<typeof storyAssignmentSchema>;

/** No corrections. */
export const emptyCorrections: Corrections = { version: 1, outlets: [], stories: [] };

/** The entry for an article: same sha256 first (follows a renamed file), else same id (an edited file). */
export function findEntry<T extends { sha256: string; id: string }>(
  entries: readonly T[],
  article: Pick<Article, 'sha256' | 'id'>,
): T | undefined {
  return entries.find((e) => e.sha256 === article.sha256) ?? entries.find((e) => e.id === article.id);
}

/** Articles with the user's outlet corrections applied (source `user`); inputs untouched. */
export function applyOutletCorrections(articles: readonly Article[], corrections: Corrections): Article[] {
  if (corrections.outlets.length === 0) return [...articles];
  return articles.map((article) => {
    const entry = findEntry(corrections.outlets, article);
    if (!entry) return article;
    return {
      ...article,
      outlet: {
        id: entry.outlet.id,
        name: entry.outlet.name,
        source: 'user',
        evidence: `set by the user${entry.at ? ` on ${entry.at.slice(0, 10)}` : ''} (detected: ${article.outlet.name})`,
      },
    };
  });
}

/** Corrections with the outlet of `article` set (replacing an earlier correction for it). */
export function setOutletCorrection(
  corrections: Corrections,
  article: Pick<Article, 'sha256' | 'id'>,
  outlet: { id: string; name: string },
  at?: string,
): Corrections {
  const others = corrections.outlets.filter((e) => e.sha256 !== article.sha256 && e.id !== article.id);
  const entry: OutletCorrection = { sha256: article.sha256, id: article.id, outlet: { ...outlet } };
  if (at) entry.at = at;
  return { ...corrections, outlets: [...others, entry] };
}

/** Corrections with `articles` assigned to `story` (a move, or a merge/split when applied to several). */
export function assignStory(
  corrections: Corrections,
  articles: ReadonlyArray<Pick<Article, 'sha256' | 'id'>>,
  story: string,
  at?: string,
): Corrections {
  const moved = new Set(articles.map((a) => a.sha256));
  const movedIds = new Set(articles.map((a) => a.id));
  const others = corrections.stories.filter((e) => !moved.has(e.sha256) && !movedIds.has(e.id));
  const entries = articles.map((a) => {
    const entry: StoryAssignment = { sha256: a.sha256, id: a.id, story };
    if (at) entry.at = at;
    return entry;
  });
  return { ...corrections, stories: [...others, ...entries] };
}
