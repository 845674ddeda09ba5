import search from 'approx-string-match';
import type { Span } from '../article/model';
import {
  QUOTE_CONTEXT,
  type AnnotationFile,
  type Note,
  type NoteTarget,
  type TargetScope,
  type TextQuote,
} from './model';

/** The least similarity (1 − edits / quote length) a fuzzy placement needs; below it the target is orphaned. */
export const FUZZY_THRESHOLD = 0.8;
/** Quotes shorter than this are never placed fuzzily without context that agrees: too many look-alikes. */
const FUZZY_MIN_LENGTH = 24;
/** Share of the stored context (prefix + suffix) that must agree for a short or repeated quote to be placed. */
const CONTEXT_AGREEMENT = 0.5;
/** Two candidates whose context scores differ by less than this are equally good: the target is orphaned. */
const TIE_MARGIN = 0.1;
/** Quotes longer than this are only matched exactly (the fuzzy search grows with quote length × text length). */
const FUZZY_MAX_LENGTH = 4_000;

/** The version of an article a target is anchored against. */
export interface AnchorText {
  id: string;
  sha256: string;
  text: string;
}

/** How a quote was placed in a text, or why it could not be. */
export type Placement =
  | { found: true; span: Span; method: 'position' | 'exact' | 'context' | 'fuzzy'; confidence: number }
  | { found: false; reason: 'not-found' | 'ambiguous' | 'low-confidence' };

/** The W3C quote (exact text with up to `context` characters either side) of a span of `text`. */
export function quoteOf(text: string, span: Span, context: number = QUOTE_CONTEXT): TextQuote {
  const [start, end] = span;
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - context), start),
    suffix: text.slice(end, end + context),
  };
}

/** A fresh target on `span` of an article; throws a RangeError when the span is empty or outside the text. */
export function anchorSpan(article: AnchorText, span: Span, scope: TargetScope = 'text'): NoteTarget {
  const [start, end] = span;
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    start < 0 ||
    end > article.text.length ||
    end <= start
  ) {
    throw new RangeError(
      `span [${start}, ${end}) is not a non-empty range of ${article.id} (${article.text.length} characters)`,
    );
  }
  return {
    article: article.id,
    sha256: article.sha256,
    span: [start, end],
    quote: quoteOf(article.text, span),
    status: 'anchored',
    scope,
  };
}

/**
 * Places a quote in a text, in this order: the hinted position if its text is the quote with the same context;
 * the exact quote if it occurs once (and is long or keeps some context); among several occurrences, the one whose
 * prefix and suffix agree clearly best; else a fuzzy match above `FUZZY_THRESHOLD`. Two equally good places, or
 * none good enough, give no placement: the caller orphans the target rather than guess.
 */
export function locateQuote(text: string, quote: TextQuote, hint?: Span): Placement {
  const { exact } = quote;
  if (exact.length === 0) return { found: false, reason: 'not-found' };
  if (hint && text.slice(hint[0], hint[1]) === exact && contextScore(text, quote, hint[0], hint[1]) === 1) {
    return { found: true, span: [hint[0], hint[1]], method: 'position', confidence: 1 };
  }
  const occurrences = findAll(text, exact);
  if (occurrences.length === 1) {
    const start = occurrences[0]!;
    const span: Span = [start, start + exact.length];
    const agreement = contextScore(text, quote, span[0], span[1]);
    if (exact.length >= FUZZY_MIN_LENGTH || agreement >= CONTEXT_AGREEMENT || hasNoContext(quote)) {
      return { found: true, span, method: 'exact', confidence: 1 };
    }
    return { found: false, reason: 'low-confidence' };
  }
  if (occurrences.length > 1) {
    return pickByContext(
      text,
      quote,
      occurrences.map((start) => [start, start + exact.length] as Span),
      'context',
      1,
    );
  }
  return locateFuzzy(text, quote);
}

/** Fuzzy placement: the best approximate matches, grouped by place, told apart by their context. */
function locateFuzzy(text: string, quote: TextQuote): Placement {
  const { exact } = quote;
  if (exact.length > FUZZY_MAX_LENGTH) return { found: false, reason: 'not-found' };
  const maxErrors = Math.floor(exact.length * (1 - FUZZY_THRESHOLD));
  if (maxErrors < 1) return { found: false, reason: 'not-found' };
  const matches = search(text, exact, maxErrors);
  if (matches.length === 0) return { found: false, reason: 'not-found' };
  const confidence = 1 - matches[0]!.errors / exact.length;
  const places = groupOverlapping(matches.map((m) => [m.start, m.end] as Span)).map((group) =>
    bestInGroup(text, quote, group),
  );
  const placement = pickByContext(text, quote, places, 'fuzzy', confidence);
  if (!placement.found) return placement;
  const agreement = contextScore(text, quote, placement.span[0], placement.span[1]);
  if (exact.length < FUZZY_MIN_LENGTH && agreement < CONTEXT_AGREEMENT && !hasNoContext(quote)) {
    return { found: false, reason: 'low-confidence' };
  }
  return placement;
}

/** The candidate whose context agrees clearly best; ambiguous when the best two are within `TIE_MARGIN`. */
function pickByContext(
  text: string,
  quote: TextQuote,
  candidates: Span[],
  method: 'context' | 'fuzzy',
  confidence: number,
): Placement {
  const scored = candidates
    .map((span) => ({ span, score: contextScore(text, quote, span[0], span[1]) }))
    .sort((x, y) => y.score - x.score);
  const best = scored[0];
  if (!best) return { found: false, reason: 'not-found' };
  const second = scored[1];
  if (second && best.score - second.score < TIE_MARGIN) return { found: false, reason: 'ambiguous' };
  if (second && best.score < CONTEXT_AGREEMENT) return { found: false, reason: 'low-confidence' };
  return { found: true, span: best.span, method, confidence };
}

/** Among overlapping approximate matches of one place, the one whose context and length fit best. */
function bestInGroup(text: string, quote: TextQuote, group: Span[]): Span {
  let best = group[0]!;
  let bestKey = rankInGroup(text, quote, best);
  for (const span of group.slice(1)) {
    const key = rankInGroup(text, quote, span);
    if (key > bestKey) {
      best = span;
      bestKey = key;
    }
  }
  return best;
}

/** Ranking key inside a group: context agreement first, then closeness of the length to the quote's. */
function rankInGroup(text: string, quote: TextQuote, span: Span): number {
  const lengthGap = Math.abs(span[1] - span[0] - quote.exact.length);
  return contextScore(text, quote, span[0], span[1]) * 1_000 - lengthGap;
}

/** Groups spans that overlap (sorted by start), so one place with several equally good ends counts once. */
function groupOverlapping(spans: Span[]): Span[][] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const groups: Span[][] = [];
  let groupEnd = -1;
  for (const span of sorted) {
    const current = groups[groups.length - 1];
    if (current && span[0] < groupEnd) {
      current.push(span);
      groupEnd = Math.max(groupEnd, span[1]);
    } else {
      groups.push([span]);
      groupEnd = span[1];
    }
  }
  return groups;
}

/** 0–1: how much of the stored prefix and suffix is found right before and after `[start, end)` (1 when there is none). */
export function contextScore(text: string, quote: TextQuote, start: number, end: number): number {
  const total = quote.prefix.length + quote.suffix.length;
  if (total === 0) return 1;
  const before = text.slice(Math.max(0, start - quote.prefix.length), start);
  const after = text.slice(end, end + quote.suffix.length);
  return (commonSuffixLength(before, quote.prefix) + commonPrefixLength(after, quote.suffix)) / total;
}

/** True when the quote was taken from the whole text (no context either side). */
function hasNoContext(quote: TextQuote): boolean {
  return quote.prefix.length === 0 && quote.suffix.length === 0;
}

/** Every start offset of `needle` in `text`, overlapping ones included. */
function findAll(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** Length of the common start of two strings. */
function commonPrefixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the common end of two strings. */
function commonSuffixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/**
 * Places a target again against the current articles. Same file (sha256) → kept; the same file under another
 * name → follows the rename; the article changed → `locateQuote` (re-anchored), else orphaned with its quote.
 */
export function reanchorTarget(target: NoteTarget, articles: readonly AnchorText[]): NoteTarget {
  const sameId = articles.find((a) => a.id === target.article);
  const sameFile =
    sameId && sameId.sha256 === target.sha256
      ? sameId
      : articles.find((a) => a.sha256 === target.sha256 && a.id !== target.article);
  if (sameFile && sameFile.text.slice(target.span[0], target.span[1]) === target.quote.exact) {
    if (sameFile.id === target.article && target.status !== 'orphaned') return target;
    return {
      ...target,
      article: sameFile.id,
      status: target.status === 'orphaned' ? 'anchored' : target.status,
    };
  }
  const current = sameId ?? sameFile;
  if (!current) return orphan(target);
  const placement = locateQuote(current.text, target.quote, target.span);
  if (!placement.found) return orphan(target);
  const quote = quoteOf(current.text, placement.span);
  const original = target.original ?? target.quote.exact;
  const unchangedFile = current.sha256 === target.sha256 && target.status !== 'orphaned';
  const placed: NoteTarget = {
    article: current.id,
    sha256: current.sha256,
    span: placement.span,
    quote,
    status: unchangedFile ? target.status : 're-anchored',
    scope: target.scope,
    confidence: placement.confidence,
  };
  return quote.exact === original ? placed : { ...placed, original };
}

/** The target marked orphaned, everything else kept (its quote is what the user sees). */
function orphan(target: NoteTarget): NoteTarget {
  if (target.status === 'orphaned') return target;
  const orphaned: NoteTarget = { ...target, status: 'orphaned' };
  delete orphaned.confidence;
  return orphaned;
}

/** What re-anchoring a file changed, for the log and the user. */
export interface ReanchorReport {
  /** Targets placed again on changed text. */
  reanchored: number;
  /** Targets that became orphaned in this pass. */
  orphaned: number;
  /** Targets that followed a renamed article. */
  renamed: number;
}

/** Re-anchors every target of every note; returns the same file object when nothing changed. */
export function reanchorFile(
  file: AnnotationFile,
  articles: readonly AnchorText[],
): { file: AnnotationFile; report: ReanchorReport } {
  const report: ReanchorReport = { reanchored: 0, orphaned: 0, renamed: 0 };
  let changed = false;
  const notes = file.notes.map((note): Note => {
    let noteChanged = false;
    const targets = note.targets.map((target) => {
      const next = reanchorTarget(target, articles);
      if (next === target) return target;
      noteChanged = true;
      if (next.status === 'orphaned' && target.status !== 'orphaned') report.orphaned++;
      else if (next.sha256 !== target.sha256) report.reanchored++;
      if (next.article !== target.article) report.renamed++;
      return next;
    });
    if (!noteChanged) return note;
    changed = true;
    return { ...note, targets };
  });
  return { file: changed ? { ...file, notes } : file, report };
}
