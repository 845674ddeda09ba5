import { z } from 'zod';

/** The kinds of link a user can set, the engine's vocabulary. */
export const linkKindSchema = z.enum(['identical', 'edited', 'partial', 'paraphrase']);

/** Longest quote kept to find a segment again: enough to tell paragraphs apart, short enough to search. */
export const MAX_QUOTE_LENGTH = 300;

/** One segment as a correction remembers it: the start of its text (spaces collapsed) and where it was. */
export const segmentAnchorSchema = z
  .object({ quote: z.string().min(1).max(MAX_QUOTE_LENGTH), start: z.number().int().min(0) })
  .strict();

/** The segments of one article a correction touches, with the article's hash when the correction was made. */
export const sideAnchorSchema = z
  .object({
    article: z.string().min(1).max(1024),
    sha256: z.string().min(1).max(128),
    segments: z.array(segmentAnchorSchema).min(1).max(50),
  })
  .strict();

const correctionBase = {
  /** Unique id of the correction, for undo and for the outcome list. */
  id: z.string().min(1).max(64),
  /** ISO time the correction was made. */
  at: z.string().max(40),
  a: sideAnchorSchema,
  b: sideAnchorSchema,
};

/**
 * A hand correction of an alignment: `unlink` removes a link the engine made, `link` joins segments it missed
 * (with a kind, or the kind their words give), `kind` changes the kind of an existing link.
 */
export const correctionSchema = z.discriminatedUnion('op', [
  z.object({ ...correctionBase, op: z.literal('unlink') }).strict(),
  z.object({ ...correctionBase, op: z.literal('link'), kind: linkKindSchema.optional() }).strict(),
  z.object({ ...correctionBase, op: z.literal('kind'), kind: linkKindSchema }).strict(),
]);

/** The corrections of one pair of articles, oldest first (applied in that order). */
export const correctionListSchema = z.array(correctionSchema).max(5000);

export type SegmentAnchor = z.infer<typeof segmentAnchorSchema>;
export type SideAnchor = z.infer<typeof sideAnchorSchema>;
export type Correction = z.infer<typeof correctionSchema>;
