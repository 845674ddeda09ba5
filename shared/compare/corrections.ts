import search from 'approx-string-match';
import type { Article } from '../article/model';
import { findMoved } from './align';
import { MAX_QUOTE_LENGTH, type Correction, type SegmentAnchor, type SideAnchor } from './correction-schema';
import { diffLink, type LinkSide } from './diff';
import { classifyOps, type SpanWords } from './link-kind';
import { computeStats, type StatsSide } from './stats';
import type { TextEquivalence } from '../text/fold';
import { textLang } from '../text/lang';
import { isWordToken, tokenize, type Token } from '../text/tokenize';
import type { Comparison, DiffOp, Link, LinkKind, Segment } from './types';

export type { Correction, SegmentAnchor, SideAnchor } from './correction-schema';

/** A link after corrections: `byHand` when a correction made it or set its kind. */
export interface HandLink extends Link {
  byHand?: boolean;
}

/** What became of one correction: applied, or orphaned (its text is gone) and left aside rather than misapplied. */
export interface CorrectionOutcome {
  id: string;
  op: Correction['op'];
  status: 'applied' | 'orphaned';
  /** Why a correction is orphaned, in plain English for logs. */
  reason?: string;
  /** The segment ids of this comparison the correction resolved to (empty when orphaned). */
  a: string[];
  b: string[];
}

/** A comparison with hand corrections applied. */
export interface CorrectedComparison extends Comparison {
  links: HandLink[];
  corrections: CorrectionOutcome[];
}

/** How the comparison was made: the same equivalences must be used to re-diff corrected links. */
export type CorrectionOptions = Partial<TextEquivalence>;

/** Share of a quote's characters that may differ for the quote to still find its segment after an edit. */
const MAX_ERROR_SHARE = 0.12;
const DIFF_LIMITS = { directDiffTokens: 3000, maxEditLength: 2000, coarse: false } as const;

/** A link being corrected: segment indices on each side, and whether its word diff must be redone. */
interface WorkLink {
  a: number[];
  b: number[];
  kind: LinkKind | undefined;
  byHand: boolean;
  /** The engine's link while untouched, to keep its operations. */
  original: Link | undefined;
}

/**
 * Applies hand corrections to a comparison of `a` and `b`, in order: each correction's segments are found again by
 * quote (directly when the article's hash is unchanged, else by approximate search), then links are removed, made
 * or re-kinded; a correction whose segments cannot be found, or whose link no longer exists, is orphaned rather
 * than misapplied. Figures and moved flags are recomputed. Pure: the inputs are not modified.
 */
export function applyCorrections(
  comparison: Comparison,
  corrections: readonly Correction[],
  a: Article,
  b: Article,
  options: CorrectionOptions = {},
): CorrectedComparison {
  if (corrections.length === 0) return { ...comparison, corrections: [] };
  const segments = comparison.segments;
  const indexA = new Map(segments.a.map((s, i) => [s.id, i]));
  const indexB = new Map(segments.b.map((s, i) => [s.id, i]));
  let links: WorkLink[] = comparison.links.map((link) => ({
    a: link.a.map((id) => indexA.get(id) ?? -1).filter((i) => i >= 0),
    b: link.b.map((id) => indexB.get(id) ?? -1).filter((i) => i >= 0),
    kind: link.kind,
    byHand: (link as HandLink).byHand ?? false,
    original: link,
  }));
  const outcomes: CorrectionOutcome[] = [];
  let changed = false;

  for (const correction of corrections) {
    const orphan = (reason: string): void => {
      outcomes.push({ id: correction.id, op: correction.op, status: 'orphaned', reason, a: [], b: [] });
    };
    const sides = orient(correction, a, b);
    if (!sides) {
      orphan('the correction belongs to another pair of articles');
      continue;
    }
    const found = {
      a: resolveAll(a, segments.a, sides.a),
      b: resolveAll(b, segments.b, sides.b),
    };
    if (!found.a || !found.b) {
      orphan('a corrected paragraph is no longer found in the article');
      continue;
    }
    const resolved = { a: found.a, b: found.b };
    if (correction.op === 'kind') {
      const target = links.find((l) => sameSet(l.a, resolved.a) && sameSet(l.b, resolved.b));
      if (!target) {
        orphan('the link whose kind was set no longer exists');
        continue;
      }
      if (target.kind !== correction.kind || !target.byHand) changed = true;
      links = links.map((l) => (l === target ? { ...l, kind: correction.kind, byHand: true } : l));
    } else if (correction.op === 'unlink') {
      const linked = links.filter(
        (l) => resolved.a.every((i) => l.a.includes(i)) && resolved.b.every((i) => l.b.includes(i)),
      );
      if (linked.length > 0) {
        links = [...links.filter((l) => !linked.includes(l)), ...detach(linked, resolved)];
        changed = true;
      }
    } else {
      links = detach(links, resolved);
      links.push({
        a: [...resolved.a].sort(byNumber),
        b: [...resolved.b].sort(byNumber),
        kind: correction.kind,
        byHand: true,
        original: undefined,
      });
      changed = true;
    }
    outcomes.push({
      id: correction.id,
      op: correction.op,
      status: 'applied',
      a: resolved.a.map((i) => segments.a[i]?.id ?? ''),
      b: resolved.b.map((i) => segments.b[i]?.id ?? ''),
    });
  }
  if (!changed) return { ...comparison, corrections: outcomes };
  return { ...rebuild(comparison, links, a, b, options), corrections: outcomes };
}

/** The correction's anchors as [anchor of article a, anchor of article b], swapped when it was made the other way round. */
function orient(
  correction: Correction,
  a: Article,
  b: Article,
): { a: SideAnchor; b: SideAnchor } | undefined {
  if (correction.a.article === a.id && correction.b.article === b.id)
    return { a: correction.a, b: correction.b };
  if (correction.a.article === b.id && correction.b.article === a.id)
    return { a: correction.b, b: correction.a };
  return undefined;
}

/** Segment indices of every anchor of a side, or undefined when one of them is not found. */
function resolveAll(article: Article, segments: readonly Segment[], side: SideAnchor): number[] | undefined {
  const out: number[] = [];
  for (const anchor of side.segments) {
    const index = resolveAnchor(article, segments, anchor, side.sha256 === article.sha256);
    if (index === undefined || out.includes(index)) return undefined;
    out.push(index);
  }
  return out;
}

/**
 * Finds the segment an anchor designates: at its recorded start when the file is unchanged, else the segment whose
 * text starts with the quote (nearest to the recorded start), else the one whose text matches it with fewest
 * errors, within a small share of the quote's length; undefined when none is close enough.
 */
export function resolveAnchor(
  article: Article,
  segments: readonly Segment[],
  anchor: SegmentAnchor,
  sameFile: boolean,
): number | undefined {
  const quotes = segments.map((s) => quoteOf(article.text, s));
  if (sameFile) {
    const exact = segments.findIndex((s, i) => s.start === anchor.start && quotes[i] === anchor.quote);
    if (exact >= 0) return exact;
  }
  const nearest = (candidates: number[]): number | undefined =>
    candidates.sort(
      (x, y) =>
        Math.abs((segments[x]?.start ?? 0) - anchor.start) -
        Math.abs((segments[y]?.start ?? 0) - anchor.start),
    )[0];
  const same = quotes.flatMap((q, i) => (q === anchor.quote ? [i] : []));
  if (same.length) return nearest(same);
  const maxErrors = Math.floor(anchor.quote.length * MAX_ERROR_SHARE);
  if (maxErrors === 0) return undefined;
  let best: number[] = [];
  let bestErrors = maxErrors + 1;
  quotes.forEach((quote, i) => {
    const text = quote.slice(0, anchor.quote.length + maxErrors);
    if (Math.abs(text.length - anchor.quote.length) > maxErrors) return;
    const matches = search(text, anchor.quote, maxErrors).filter((m) => m.start <= maxErrors);
    const errors = Math.min(...matches.map((m) => m.errors));
    if (errors < bestErrors) {
      bestErrors = errors;
      best = [i];
    } else if (errors === bestErrors) {
      best.push(i);
    }
  });
  return best.length ? nearest(best) : undefined;
}

/** The quote that anchors a segment: its text with spaces collapsed, cut to the quote length. */
export function quoteOf(text: string, segment: Pick<Segment, 'start' | 'end'>): string {
  return text.slice(segment.start, segment.end).replace(/\s+/gu, ' ').trim().slice(0, MAX_QUOTE_LENGTH);
}

/** The anchor of one side of a correction: the article, its hash and the quote of each segment. */
export function anchorSide(article: Article, segments: readonly Segment[]): SideAnchor {
  return {
    article: article.id,
    sha256: article.sha256,
    segments: segments.map((s) => ({ quote: quoteOf(article.text, s), start: s.start })),
  };
}

/** Removes the given segments from every link; a link left without segments on a side disappears. */
function detach(links: readonly WorkLink[], segments: { a: number[]; b: number[] }): WorkLink[] {
  const out: WorkLink[] = [];
  for (const link of links) {
    const a = link.a.filter((i) => !segments.a.includes(i));
    const b = link.b.filter((i) => !segments.b.includes(i));
    if (a.length === link.a.length && b.length === link.b.length) {
      out.push(link);
    } else if (a.length > 0 && b.length > 0) {
      out.push({ a, b, kind: link.byHand ? link.kind : undefined, byHand: link.byHand, original: undefined });
    }
  }
  return out;
}

/** Recomputes what depends on the links: operations of changed links, kinds, moved flags, orphans and figures. */
function rebuild(
  comparison: Comparison,
  work: readonly WorkLink[],
  a: Article,
  b: Article,
  options: CorrectionOptions,
): Omit<CorrectedComparison, 'corrections'> {
  const eq: TextEquivalence = {
    ignoreCase: options.ignoreCase ?? false,
    ignorePunctuation: options.ignorePunctuation ?? false,
    ignoreTypography: options.ignoreTypography ?? false,
  };
  const segA = comparison.segments.a;
  const segB = comparison.segments.b;
  const tokensA = segA.map((s) => tokenize(a.text, s.start, s.end, textLang(a.language)));
  const tokensB = segB.map((s) => tokenize(b.text, s.start, s.end, textLang(b.language)));
  const words = (tokens: readonly Token[][], list: readonly number[]): number =>
    list.reduce((n, i) => n + (tokens[i] ?? []).filter(isWordToken).length, 0);
  const sorted = [...work].sort((x, y) => (x.a[0] ?? 0) - (y.a[0] ?? 0));
  const moved = findMoved(
    sorted.map((l) => ({ a: l.a, b: l.b, weight: words(tokensA, l.a) + words(tokensB, l.b) })),
  );
  const side = (
    text: string,
    segments: readonly Segment[],
    tokens: readonly Token[][],
    list: readonly number[],
  ): LinkSide => ({
    text,
    segments: list.map((i) => segments[i] as Segment),
    tokens: list.map((i) => tokens[i] ?? []),
  });
  const links: HandLink[] = sorted.map((l, i) => {
    const left = side(a.text, segA, tokensA, l.a);
    const right = side(b.text, segB, tokensB, l.b);
    const ops = l.original ? l.original.ops : diffLink(left, right, eq, DIFF_LIMITS).ops;
    const measured = measure(ops, left, right);
    const link: HandLink = {
      a: l.a.map((s) => segA[s]?.id ?? ''),
      b: l.b.map((s) => segB[s]?.id ?? ''),
      kind: l.kind ?? l.original?.kind ?? measured.kind,
      moved: moved[i] ?? false,
      similarity: l.original ? l.original.similarity : measured.similarity,
      ops,
    };
    if (l.byHand) link.byHand = true;
    return link;
  });
  const linkedA = new Set(links.flatMap((l) => l.a));
  const linkedB = new Set(links.flatMap((l) => l.b));
  const onlyA = segA.filter((s) => !linkedA.has(s.id)).map((s) => s.id);
  const onlyB = segB.filter((s) => !linkedB.has(s.id)).map((s) => s.id);
  const statsSide = (text: string, segments: readonly Segment[], tokens: Token[][]): StatsSide => ({
    text,
    segments,
    tokens,
  });
  const stats = {
    ...computeStats(statsSide(a.text, segA, tokensA), statsSide(b.text, segB, tokensB), links, onlyB),
    droppedParagraphs: countParagraphs(segA, onlyA),
    addedParagraphs: countParagraphs(segB, onlyB),
  };
  return { ...comparison, links, onlyA, onlyB, stats };
}

/** Kind and similarity of a link from its operations, by the share of each side's words kept equal. */
function measure(
  ops: readonly DiffOp[],
  left: LinkSide,
  right: LinkSide,
): { kind: LinkKind; similarity: number } {
  const count =
    (side: LinkSide): SpanWords =>
    (span) => {
      let n = 0;
      for (const tokens of side.tokens)
        for (const t of tokens) if (t.start >= span[0] && t.end <= span[1] && isWordToken(t)) n++;
      return n;
    };
  return classifyOps(ops, count(left), count(right));
}

/** Number of distinct paragraphs among the given segments. */
function countParagraphs(segments: readonly Segment[], ids: readonly string[]): number {
  const wanted = new Set(ids);
  return new Set(segments.filter((s) => wanted.has(s.id)).map((s) => s.paragraph)).size;
}

/** True when two index lists hold the same indices. */
function sameSet(x: readonly number[], y: readonly number[]): boolean {
  return x.length === y.length && x.every((i) => y.includes(i));
}

/** Ascending order of numbers. */
function byNumber(x: number, y: number): number {
  return x - y;
}
