import { z } from 'zod';
import type { Span } from '../article/model';
import {
  ANNOTATION_SCHEMA_VERSION,
  type AnchorStatus,
  type AnnotationFile,
  type Note,
  type NoteTarget,
  type TagDef,
  type TargetScope,
} from './model';

/** The JSON-LD context of the W3C Web Annotation data model. */
export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Converts a UTF-16 offset into `text` to a code point offset; an offset inside a surrogate pair counts the pair's start. */
export function toCodePointOffset(text: string, utf16: number): number {
  const limit = Math.max(0, Math.min(utf16, text.length));
  let points = 0;
  for (let i = 0; i < limit; i++) {
    const code = text.charCodeAt(i);
    const isPairStart =
      code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1));
    if (isPairStart) {
      if (i + 1 >= limit) break;
      i++;
    }
    points++;
  }
  return points;
}

/** Converts a code point offset into `text` to a UTF-16 offset (clamped to the text's end). */
export function toUtf16Offset(text: string, codePoints: number): number {
  let i = 0;
  for (let points = 0; points < codePoints && i < text.length; points++) {
    const code = text.charCodeAt(i);
    i +=
      code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))
        ? 2
        : 1;
  }
  return i;
}

/** Converts a UTF-16 span of `text` to code points. */
export function spanToCodePoints(text: string, span: Span): Span {
  return [toCodePointOffset(text, span[0]), toCodePointOffset(text, span[1])];
}

/** Converts a code point span of `text` to UTF-16 offsets. */
export function spanFromCodePoints(text: string, span: Span): Span {
  return [toUtf16Offset(text, span[0]), toUtf16Offset(text, span[1])];
}

/** Converts offsets of one text between UTF-16 and code points, in O(log n) per offset after one pass over the text. */
export interface CodePointConverter {
  toCodePoints(utf16: number): number;
  toUtf16(codePoints: number): number;
}

/** A converter for `text` (the same results as `toCodePointOffset` and `toUtf16Offset`). */
export function codePointConverter(text: string): CodePointConverter {
  const pairs: number[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) pairs.push(i++);
  }
  if (pairs.length === 0) {
    const clamp = (n: number): number => Math.max(0, Math.min(n, text.length));
    return { toCodePoints: clamp, toUtf16: clamp };
  }
  const pairPoints = pairs.map((p, i) => p - i);
  const points = text.length - pairs.length;
  return {
    toCodePoints(utf16) {
      let u = Math.max(0, Math.min(utf16, text.length));
      const inside = countBelow(pairs, u) - 1;
      if (inside >= 0 && pairs[inside] === u - 1) u -= 1;
      return u - countBelow(pairs, u - 1);
    },
    toUtf16(codePoints) {
      const c = Math.max(0, Math.min(codePoints, points));
      return c + countBelow(pairPoints, c);
    },
  };
}

/** How many values of the sorted list are below `limit`. */
function countBelow(sorted: readonly number[], limit: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < limit) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** True for a UTF-16 low surrogate code unit. */
function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * The text of an article version, when known: `(articleId, sha256) → text`. Positions are converted between
 * UTF-16 and code points against that text; without it (an orphaned target whose version is gone) they are
 * copied as they are, so a load/save round trip leaves them unchanged.
 */
export type TextLookup = (article: string, sha256: string) => string | undefined;

const isoTime = z.iso.datetime({ offset: true });
const shortText = z.string().max(200);
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/);

const textQuoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1).max(1_000_000),
  prefix: z.string().max(10_000).default(''),
  suffix: z.string().max(10_000).default(''),
});

const textPositionSelector = z.object({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});

const w3cTarget = z.object({
  type: z.literal('SpecificResource').default('SpecificResource'),
  source: z.object({
    id: z.string().min(1).max(1024),
    type: z.literal('Text').default('Text'),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  selector: z
    .array(z.discriminatedUnion('type', [textQuoteSelector, textPositionSelector]))
    .length(2)
    .refine((list) => list.some((s) => s.type === 'TextQuoteSelector'), 'a TextQuoteSelector is required')
    .refine(
      (list) => list.some((s) => s.type === 'TextPositionSelector' && s.end > s.start),
      'a TextPositionSelector with end after start is required',
    ),
  'recoupe:status': z.enum(['anchored', 're-anchored', 'orphaned']),
  'recoupe:scope': z.enum(['text', 'paragraph', 'row']).default('text'),
  'recoupe:confidence': z.number().min(0).max(1).optional(),
  'recoupe:original': z.string().max(1_000_000).optional(),
});

const w3cBody = z.discriminatedUnion('purpose', [
  z.object({
    type: z.literal('TextualBody'),
    purpose: z.literal('commenting'),
    value: z.string().max(100_000),
    format: z.literal('text/plain').default('text/plain'),
  }),
  z.object({ type: z.literal('TextualBody'), purpose: z.literal('tagging'), value: slug }),
]);

const w3cAnnotation = z
  .object({
    id: z.string().min(1).max(200),
    type: z.literal('Annotation'),
    motivation: z.string().max(50).default('commenting'),
    created: isoTime,
    modified: isoTime,
    body: z.array(w3cBody).min(1).max(2),
    target: z.array(w3cTarget).min(1).max(2),
  })
  .refine(
    (a) => a.body.filter((b) => b.purpose === 'tagging').length === 1,
    'an annotation needs exactly one tag body',
  )
  .refine(
    (a) => a.body.filter((b) => b.purpose === 'commenting').length <= 1,
    'an annotation has at most one comment body',
  )
  .refine(
    (a) => new Set(a.target.map((t) => t.source.id)).size === a.target.length,
    'one target per article',
  );

/** The zod schema of the annotations file (a W3C AnnotationCollection with Recoupe's extensions). */
export const annotationCollectionSchema = z.object({
  '@context': z.union([
    z.literal(W3C_CONTEXT),
    z.array(z.union([z.string(), z.record(z.string(), z.string())])),
  ]),
  type: z.literal('AnnotationCollection'),
  'recoupe:schemaVersion': z.literal(ANNOTATION_SCHEMA_VERSION),
  total: z.number().int().min(0),
  items: z.array(w3cAnnotation).max(100_000),
  'recoupe:tombstones': z
    .array(z.object({ id: z.string().min(1).max(200), deleted: isoTime }))
    .max(1_000_000),
  'recoupe:tags': z.array(z.object({ id: slug, label: shortText.min(1) })).max(1_000),
});

/** The file's JSON, as `annotationCollectionSchema` describes it. */
export type W3cCollection = z.input<typeof annotationCollectionSchema>;
type W3cAnnotation = z.output<typeof w3cAnnotation>;
type W3cTarget = z.output<typeof w3cTarget>;

/** The schema version a parsed JSON value declares, or undefined when it declares none. */
export function declaredSchemaVersion(json: unknown): number | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const version = (json as Record<string, unknown>)['recoupe:schemaVersion'];
  return typeof version === 'number' ? version : undefined;
}

/** Converters per article version, built once per call over a whole file. */
function convertersFor(
  textOf: TextLookup,
): (article: string, sha256: string) => CodePointConverter | undefined {
  const cache = new Map<string, CodePointConverter | undefined>();
  return (article, sha256) => {
    const key = `${article}\u0000${sha256}`;
    if (!cache.has(key)) {
      const text = textOf(article, sha256);
      cache.set(key, text === undefined ? undefined : codePointConverter(text));
    }
    return cache.get(key);
  };
}

/** Turns the app's annotations into the W3C JSON written to disk (positions in code points). */
export function toW3c(file: AnnotationFile, textOf: TextLookup): W3cCollection {
  const converterOf = convertersFor(textOf);
  return {
    '@context': W3C_CONTEXT,
    type: 'AnnotationCollection',
    'recoupe:schemaVersion': ANNOTATION_SCHEMA_VERSION,
    total: file.notes.length,
    items: file.notes.map((note) => noteToW3c(note, converterOf)),
    'recoupe:tombstones': file.tombstones.map((t) => ({ id: t.id, deleted: t.deleted })),
    'recoupe:tags': file.tags.map((t) => ({ id: t.id, label: t.label })),
  };
}

/** One note as a W3C annotation. */
function noteToW3c(
  note: Note,
  converterOf: ReturnType<typeof convertersFor>,
): W3cCollection['items'][number] {
  return {
    id: note.id,
    type: 'Annotation',
    motivation: 'commenting',
    created: note.created,
    modified: note.modified,
    body: [
      { type: 'TextualBody', purpose: 'commenting', value: note.text, format: 'text/plain' },
      { type: 'TextualBody', purpose: 'tagging', value: note.tag },
    ],
    target: note.targets.map((target) => {
      const converter = converterOf(target.article, target.sha256);
      const [start, end] = converter
        ? [converter.toCodePoints(target.span[0]), converter.toCodePoints(target.span[1])]
        : target.span;
      return {
        type: 'SpecificResource',
        source: { id: target.article, type: 'Text', sha256: target.sha256 },
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: target.quote.exact,
            prefix: target.quote.prefix,
            suffix: target.quote.suffix,
          },
          { type: 'TextPositionSelector', start, end },
        ],
        'recoupe:status': target.status,
        'recoupe:scope': target.scope,
        ...(target.confidence === undefined ? {} : { 'recoupe:confidence': target.confidence }),
        ...(target.original === undefined ? {} : { 'recoupe:original': target.original }),
      };
    }),
  };
}

/** What went wrong reading the W3C JSON. */
export type W3cParseResult = { ok: true; file: AnnotationFile } | { ok: false; problem: string };

/** Validates the W3C JSON and turns it into the app's annotations (positions in UTF-16 offsets). */
export function fromW3c(json: unknown, textOf: TextLookup): W3cParseResult {
  const parsed = annotationCollectionSchema.safeParse(json);
  if (!parsed.success) {
    const problem = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('; ');
    return { ok: false, problem };
  }
  const data = parsed.data;
  const converterOf = convertersFor(textOf);
  const ids = new Set<string>();
  for (const item of data.items) {
    if (ids.has(item.id)) return { ok: false, problem: `two notes share the id ${item.id}` };
    ids.add(item.id);
  }
  const tags: TagDef[] = data['recoupe:tags'].map((t) => ({ id: t.id, label: t.label }));
  return {
    ok: true,
    file: {
      schemaVersion: ANNOTATION_SCHEMA_VERSION,
      notes: data.items.map((item) => noteFromW3c(item, converterOf)),
      tombstones: data['recoupe:tombstones'].map((t) => ({ id: t.id, deleted: t.deleted })),
      tags,
    },
  };
}

/** One W3C annotation as a note. */
function noteFromW3c(item: W3cAnnotation, converterOf: ReturnType<typeof convertersFor>): Note {
  let text = '';
  let tag = 'other';
  for (const body of item.body) {
    if (body.purpose === 'commenting') text = body.value;
    else tag = body.value;
  }
  return {
    id: item.id,
    created: item.created,
    modified: item.modified,
    tag,
    text,
    targets: item.target.map((target) => targetFromW3c(target, converterOf)),
  };
}

/** One W3C target as a note target. */
function targetFromW3c(target: W3cTarget, converterOf: ReturnType<typeof convertersFor>): NoteTarget {
  const quote = target.selector.find((s) => s.type === 'TextQuoteSelector');
  const position = target.selector.find((s) => s.type === 'TextPositionSelector');
  if (!quote || !position) throw new Error('unreachable: the schema requires both selectors');
  const converter = converterOf(target.source.id, target.source.sha256);
  const span: Span = converter
    ? [converter.toUtf16(position.start), converter.toUtf16(position.end)]
    : [position.start, position.end];
  const status: AnchorStatus = target['recoupe:status'];
  const scope: TargetScope = target['recoupe:scope'];
  return {
    article: target.source.id,
    sha256: target.source.sha256,
    span,
    quote: { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
    status,
    scope,
    ...(target['recoupe:confidence'] === undefined ? {} : { confidence: target['recoupe:confidence'] }),
    ...(target['recoupe:original'] === undefined ? {} : { original: target['recoupe:original'] }),
  };
}
