import { z } from 'zod';

/** A half-open `[start, end)` offset range. */
export const spanSchema = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);

/** The article fields a comparison relies on (other fields are kept as they are). */
export const comparedArticleSchema = z.looseObject({
  id: z.string(),
  sha256: z.string(),
  encoding: z.string(),
  size: z.number(),
  text: z.string(),
  outlet: z.looseObject({ id: z.string(), name: z.string(), source: z.string() }),
  paragraphs: z.array(spanSchema),
  boilerplate: z.array(spanSchema),
  warnings: z.array(z.looseObject({ code: z.string() })),
});

/** A segment: a paragraph (or sentence) of one side with its sentences. */
export const segmentSchema = z.object({
  id: z.string().regex(/^[ab]\d+$/),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  paragraph: z.number().int().nonnegative(),
  sentences: z.array(spanSchema),
});

/** One word-level operation of a link. */
export const diffOpSchema = z.object({
  op: z.enum(['equal', 'insert', 'delete']),
  a: spanSchema.optional(),
  b: spanSchema.optional(),
});

/** A link between segments of A and segments of B. */
export const linkSchema = z.object({
  a: z.array(z.string()).min(1),
  b: z.array(z.string()).min(1),
  kind: z.enum(['identical', 'edited', 'partial', 'paraphrase']),
  moved: z.boolean(),
  similarity: z.number().min(0).max(1),
  ops: z.array(diffOpSchema),
});

/** The figures of a comparison. */
export const statsSchema = z.object({
  keptVerbatim: z.number().min(0).max(1),
  keptEdited: z.number().min(0).max(1),
  newInB: z.number().min(0).max(1),
  droppedParagraphs: z.number().int().nonnegative(),
  addedParagraphs: z.number().int().nonnegative(),
  droppedQuotes: z.number().int().nonnegative(),
  addedQuotes: z.number().int().nonnegative(),
  numbersChanged: z.number().int().nonnegative(),
});

/** Why a comparison is coarser than usual: a code with its parameters. */
export const degradationSchema = z.discriminatedUnion('code', [
  z.object({
    code: z.literal('time-budget'),
    budgetMs: z.number().nonnegative(),
    step: z.enum(['word-diff', 'repeats', 'paraphrases']),
  }),
  z.object({ code: z.literal('inexact-links'), count: z.number().int().positive() }),
]);

/** A comparison as plain JSON (what `recoupe compare --json` prints, with `degraded` null when absent). */
export const comparisonSchema = z.object({
  a: comparedArticleSchema,
  b: comparedArticleSchema,
  segments: z.object({ a: z.array(segmentSchema), b: z.array(segmentSchema) }),
  links: z.array(linkSchema),
  onlyA: z.array(z.string()),
  onlyB: z.array(z.string()),
  stats: statsSchema,
  /** Composed by the CLI at its edge, in the language asked for; the engine's result has none. */
  summary: z.string(),
  degraded: z.array(degradationSchema).nullable().optional(),
});
