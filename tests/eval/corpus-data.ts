import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository's root folder. */
export const repoRoot: string = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The ignored folder holding the corpus texts (`RECOUPE_CORPUS` overrides it). */
export const corpusDir: string = process.env.RECOUPE_CORPUS ?? join(repoRoot, '.dev-corpus');
/** The committed manifest, answers and n-gram hashes (`RECOUPE_CORPUS_ANSWERS` overrides it). */
export const answersDir: string = process.env.RECOUPE_CORPUS_ANSWERS ?? join(repoRoot, 'tests/eval/corpus');

/** Claim kinds of the corpus answers. */
export const CLAIM_KINDS = [
  'number',
  'date',
  'time',
  'place',
  'quote',
  'reported-speech',
  'attribution',
  'framing',
  'source',
] as const;
/** One claim kind of the corpus answers. */
export type CorpusClaimKind = (typeof CLAIM_KINDS)[number];

/** What differs in a discrepancy. */
export const DIFFERS = [
  'value',
  'qualifier',
  'precision',
  'date',
  'duration',
  'speaker',
  'attribution-added',
  'attribution-dropped',
  'hedge-added',
  'hedge-dropped',
  'wording',
  'framing',
] as const;

/** Relations between the two articles of an aligned pair. */
export const RELATIONS = ['independent', 'republication', 'version', 'cross-language'] as const;
/** One relation between the two articles of an aligned pair. */
export type Relation = (typeof RELATIONS)[number];

const file = z
  .string()
  .regex(/^[a-z0-9-]+\/[A-Za-z0-9._-]+\.(txt|md|html?)$/, 'a path <event-id>/<name>.txt');
const indices = z.array(z.number().int().nonnegative());
const sides = z.object({ a: indices, b: indices });

const eventSchema = z.object({
  id: z.string().regex(/^e\d\d-[a-z0-9-]+$/),
  title: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/),
});

const articleFields = {
  file,
  url: z.string().url(),
  query: z.string().min(1),
  site: z.string().min(1),
  organisation: z.string().min(1).nullable(),
  language: z.enum(['en', 'fr']),
  cluster: z.string().min(1),
  cut: z.boolean(),
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    .nullable()
    .optional(),
  organisationEvidence: z.string().max(200).nullable().optional(),
};

const alignmentSchema = z.object({
  a: file,
  b: file,
  relation: z.enum(RELATIONS),
  links: z.array(
    z.object({
      a: indices.min(1),
      b: indices.min(1),
      label: z.enum(['translation', 'independent', 'copy']).optional(),
    }),
  ),
  onlyA: indices,
  onlyB: indices,
  boilerplate: sides.default({ a: [], b: [] }),
  textEnds: sides.default({ a: [], b: [] }),
  ties: z
    .array(
      z.object({ a: z.number().int().nonnegative(), b: z.number().int().nonnegative(), differs: z.string() }),
    )
    .default([]),
});

const claimFields = {
  id: z.string().regex(/^e\d\d-c\d+$/),
  file,
  kind: z.enum(CLAIM_KINDS),
  normalized: z.string().min(1).nullable().optional(),
  speaker: z.string().min(1).nullable().optional(),
  topic: z.string().max(120).nullable().optional(),
};

const pairRefs = {
  discrepancies: z.array(z.object({ a: z.string(), b: z.string(), differs: z.enum(DIFFERS) })).default([]),
  lookalikes: z.array(z.object({ a: z.string(), b: z.string(), why: z.string().max(80) })).default([]),
  reuse: z
    .array(
      z.object({ a: file, b: file, kind: z.enum(['republication', 'version', 'shared-quotes', 'none']) }),
    )
    .default([]),
};

/** An annotator's working file (`.dev-corpus/annotations/<event>.src.json`): claims anchored by quoted text. */
export const sourceSchema = z.object({
  event: eventSchema,
  articles: z.array(z.object(articleFields)).min(1),
  alignments: z.array(alignmentSchema).default([]),
  claims: z.array(
    z.object({
      ...claimFields,
      quote: z.string().min(1),
      occurrence: z.number().int().positive().default(1),
    }),
  ),
  ...pairRefs,
});
/** An annotator's working file. */
export type Source = z.infer<typeof sourceSchema>;

/** A short sha256 (16 hex digits) of a text. */
export function shortHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

/** The sha256 of a text, in full. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The corpus's paragraph units: maximal runs of a line holding a non-blank character, as `[start, end)`. */
export function corpusParagraphs(text: string): [number, number][] {
  return [...text.matchAll(/[^\n]*\S[^\n]*/g)].map((m) => [m.index, m.index + m[0].length]);
}

const manifestArticleSchema = z.object({
  ...articleFields,
  /** Absent when the address itself holds ten words of the text (a headline in its slug): `urlSha256` finds it. */
  url: z.string().url().nullable(),
  urlSha256: z.string().regex(/^[0-9a-f]{64}$/),
  event: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  chars: z.number().int().positive(),
  /** `[start, end, shortHash]` of each paragraph. */
  paragraphs: z.array(z.tuple([z.number().int(), z.number().int(), z.string()])),
});
/** One article of the manifest. */
export type ManifestArticle = z.infer<typeof manifestArticleSchema>;

/** `tests/eval/corpus/manifest.json`. */
export const manifestSchema = z.object({
  version: z.literal(1),
  events: z.array(eventSchema),
  articles: z.array(manifestArticleSchema),
});
/** `tests/eval/corpus/manifest.json`. */
export type Manifest = z.infer<typeof manifestSchema>;

/** `tests/eval/corpus/answers/<event>.json`: the answers as offsets and hashes, no text. */
export const answersSchema = z.object({
  version: z.literal(1),
  event: z.string(),
  alignments: z.array(alignmentSchema),
  claims: z.array(
    z.object({
      ...claimFields,
      start: z.number().int(),
      end: z.number().int(),
      sha256: z.string().length(16),
    }),
  ),
  ...pairRefs,
});
/** The answers of one event. */
export type Answers = z.infer<typeof answersSchema>;
/** One claim of the answers. */
export type AnswerClaim = Answers['claims'][number];
/** One alignment of the answers. */
export type Alignment = Answers['alignments'][number];

/** Reads the committed manifest. */
export function readManifest(): Manifest {
  return manifestSchema.parse(JSON.parse(readFileSync(join(answersDir, 'manifest.json'), 'utf8')));
}

/** Reads every committed answers file, sorted by event. */
export function readAnswers(): Answers[] {
  const dir = join(answersDir, 'answers');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => answersSchema.parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))));
}

/** Words of a text as the copy check reads them (the before-stop hook's definition: NFC, lower case, letters and digits). */
export function copyCheckWords(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);
}

/** Number of words in a run that counts as copied text. */
export const COPY_RUN_WORDS = 10;

/** Short hashes (12 hex digits) of every 10-word run of a text. */
export function runHashes(text: string): Set<string> {
  const words = copyCheckWords(text);
  const out = new Set<string>();
  for (let i = 0; i + COPY_RUN_WORDS <= words.length; i += 1)
    out.add(sha256(words.slice(i, i + COPY_RUN_WORDS).join(' ')).slice(0, 12));
  return out;
}

/** The parts of a source or an answers file that the consistency checks read. */
interface Checked {
  alignments: Source['alignments'];
  claims: { id: string; file: string; kind: CorpusClaimKind; speaker?: string | null }[];
  discrepancies: Source['discrepancies'];
  lookalikes: Source['lookalikes'];
  reuse: Source['reuse'];
}

/**
 * Why an event's answers are inconsistent, one message per problem (empty when they are sound): every paragraph of an
 * aligned pair placed exactly once, ties between only-A and only-B paragraphs, unique claim ids with speakers where
 * needed, pairs of claims from two articles. `paragraphCount` is undefined for a file that is not the event's.
 */
export function checkAnswers(
  event: string,
  answers: Checked,
  paragraphCount: (file: string) => number | undefined,
): string[] {
  const problems: string[] = [];
  const known = (f: string, where: string): boolean => {
    if (paragraphCount(f) !== undefined) return true;
    problems.push(`${where}: ${f} is not one of the event's articles`);
    return false;
  };
  answers.alignments.forEach((al, i) => {
    const where = `alignment ${i + 1} (${al.a} / ${al.b})`;
    if (!known(al.a, where) || !known(al.b, where)) return;
    for (const side of ['a', 'b'] as const) {
      const count = paragraphCount(al[side])!;
      const places = new Map<number, number>();
      const place = (p: number): void => void places.set(p, (places.get(p) ?? 0) + 1);
      new Set(al.links.flatMap((l) => l[side])).forEach(place);
      (side === 'a' ? al.onlyA : al.onlyB).forEach(place);
      al.boilerplate[side].forEach(place);
      al.textEnds[side].forEach(place);
      const beyond = [...places.keys()].filter((p) => p >= count);
      if (beyond.length)
        problems.push(`${where}: side ${side} has no paragraph p${beyond.join(', p')} (it has ${count})`);
      const twice = [...places].filter(([, n]) => n > 1).map(([p]) => p);
      if (twice.length)
        problems.push(`${where}: side ${side} lists p${twice.join(', p')} in more than one place`);
      const missing = [...Array(count).keys()].filter((p) => !places.has(p));
      if (missing.length) problems.push(`${where}: side ${side} does not place p${missing.join(', p')}`);
    }
    for (const tie of al.ties) {
      if (!al.onlyA.includes(tie.a) || !al.onlyB.includes(tie.b))
        problems.push(`${where}: tie p${tie.a}/p${tie.b} must join a paragraph of onlyA and one of onlyB`);
    }
    if (al.relation === 'cross-language' && al.links.some((l) => !l.label))
      problems.push(
        `${where}: every link of a cross-language pair needs its label (translation or independent)`,
      );
  });
  const ids = new Set<string>();
  const prefix = event.slice(0, 3);
  for (const claim of answers.claims) {
    if (ids.has(claim.id)) problems.push(`claim ${claim.id}: duplicate id`);
    ids.add(claim.id);
    if (!claim.id.startsWith(`${prefix}-`))
      problems.push(`claim ${claim.id}: ids of this event start with ${prefix}-`);
    known(claim.file, `claim ${claim.id}`);
    if ((claim.kind === 'quote' || claim.kind === 'reported-speech') && !claim.speaker)
      problems.push(`claim ${claim.id}: a ${claim.kind} needs its speaker`);
  }
  const byId = new Map(answers.claims.map((c) => [c.id, c]));
  for (const [list, name] of [
    [answers.discrepancies, 'discrepancy'],
    [answers.lookalikes, 'look-alike'],
  ] as const) {
    for (const pair of list) {
      const a = byId.get(pair.a);
      const b = byId.get(pair.b);
      if (!a || !b) problems.push(`${name} ${pair.a}/${pair.b}: unknown claim id`);
      else if (a.file === b.file)
        problems.push(`${name} ${pair.a}/${pair.b}: both claims are in one article`);
    }
  }
  for (const pair of answers.reuse) {
    known(pair.a, `reuse ${pair.a} / ${pair.b}`);
    known(pair.b, `reuse ${pair.a} / ${pair.b}`);
  }
  return problems;
}

/** Why an annotator's working file is inconsistent: the answers' checks, plus files present and quotes found. */
export function checkSource(source: Source, readText: (file: string) => string | undefined): string[] {
  const problems: string[] = [];
  const counts = new Map<string, number>();
  for (const article of source.articles) {
    const text = readText(article.file);
    if (text === undefined) problems.push(`${article.file}: file not found`);
    else counts.set(article.file, corpusParagraphs(text).length);
    if (!article.file.startsWith(`${source.event.id}/`))
      problems.push(`${article.file}: not in the folder ${source.event.id}/`);
  }
  problems.push(...checkAnswers(source.event.id, source, (f) => counts.get(f)));
  for (const claim of source.claims) {
    const text = counts.has(claim.file) ? readText(claim.file)! : undefined;
    if (text !== undefined && locate(text, claim.quote, claim.occurrence) === undefined)
      problems.push(
        `claim ${claim.id}: ${JSON.stringify(claim.quote)} occurs ${count(text, claim.quote)} time(s) in ${claim.file}, not ${claim.occurrence}`,
      );
  }
  return problems;
}

/** Offset of the `occurrence`-th (1-based) occurrence of `quote` in `text`, or undefined. */
export function locate(text: string, quote: string, occurrence: number): number | undefined {
  let from = 0;
  for (let n = 1; ; n += 1) {
    const at = text.indexOf(quote, from);
    if (at < 0) return undefined;
    if (n === occurrence) return at;
    from = at + 1;
  }
}

function count(text: string, quote: string): number {
  let n = 0;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) n += 1;
  return n;
}
