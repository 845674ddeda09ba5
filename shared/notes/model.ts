import type { Span } from '../article/model';

/** The tags every folder starts with; users can add their own (`TagDef`). */
export const BUILT_IN_TAGS = [
  'omission',
  'addition',
  'reframing',
  'number-change',
  'attribution-change',
  'hedging',
  'quote-cut',
  'other',
] as const;

/** A built-in tag id. */
export type BuiltInTag = (typeof BUILT_IN_TAGS)[number];

/** A tag id: a built-in one or a user tag's id (lowercase slug). */
export type NoteTag = BuiltInTag | (string & {});

/** A tag the user added to the folder, with the label shown for it. */
export interface TagDef {
  /** Lowercase slug, unique in the folder, never a built-in id. */
  id: string;
  label: string;
}

/** The quoted text of a target with the text around it, as the W3C TextQuoteSelector has it. */
export interface TextQuote {
  exact: string;
  /** Up to `QUOTE_CONTEXT` characters just before `exact` (fewer at the start of the text). */
  prefix: string;
  /** Up to `QUOTE_CONTEXT` characters just after `exact`. */
  suffix: string;
}

/** Characters of context kept before and after a quote. */
export const QUOTE_CONTEXT = 32;

/**
 * Where a target stands against the article's current text:
 * `anchored` — on the text it was made on; `re-anchored` — the article changed and the quote was found again;
 * `orphaned` — the quote could not be placed with confidence: shown in a list with its quote, never on the text.
 */
export type AnchorStatus = 'anchored' | 're-anchored' | 'orphaned';

/** What a target covers: words the user selected, a whole paragraph (e.g. an omitted one), a whole comparison row. */
export type TargetScope = 'text' | 'paragraph' | 'row';

/** Where a note points in one article. */
export interface NoteTarget {
  /** Article id (path relative to the folder, `/` separators). */
  article: string;
  /** sha256 of the article file the span and quote refer to (updated when re-anchored, kept when orphaned). */
  sha256: string;
  /** Half-open UTF-16 offsets into `Article.text` of the file with `sha256`; meaningless on the current text when orphaned. */
  span: Span;
  quote: TextQuote;
  status: AnchorStatus;
  scope: TargetScope;
  /** 0–1, how well the quote matched when re-anchored fuzzily (1 for exact placements); absent when anchored. */
  confidence?: number;
  /** The quoted text as the user first selected it, kept when re-anchoring placed the target on different text. */
  original?: string;
}

/** One annotation: a tag and a comment on one span per article (one or two articles). */
export interface Note {
  /** Stable id (`urn:uuid:…`), unique in the folder; also the W3C annotation id. */
  id: string;
  /** ISO 8601 times. */
  created: string;
  modified: string;
  tag: NoteTag;
  /** Free text of the comment (may be empty). */
  text: string;
  /** One target per article, at most one per article id, in the order the user made them (A then B). */
  targets: NoteTarget[];
}

/** A marker left by a deleted note so that a merge with an older copy does not bring it back. */
export interface Tombstone {
  id: string;
  /** ISO time of the deletion. */
  deleted: string;
}

/** Version of the annotations file this code writes; files with a higher version are refused, never overwritten. */
export const ANNOTATION_SCHEMA_VERSION = 1;

/** Everything stored in `<folder>/.recoupe/annotations.json`, in the app's own shape (see `w3c.ts` for the file's). */
export interface AnnotationFile {
  schemaVersion: typeof ANNOTATION_SCHEMA_VERSION;
  notes: Note[];
  tombstones: Tombstone[];
  /** User tags, in the order they were added. */
  tags: TagDef[];
}

/** An empty annotation file. */
export function emptyAnnotationFile(): AnnotationFile {
  return { schemaVersion: ANNOTATION_SCHEMA_VERSION, notes: [], tombstones: [], tags: [] };
}
