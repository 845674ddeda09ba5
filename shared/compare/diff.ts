import { diffArrays } from 'diff';
import type { Span } from '../article/model';
import type { DiffOp, Segment } from './types';
import { equivalenceKey, type TextEquivalence } from '../text/fold';
import { isDiffToken, isWordToken, type Token } from '../text/tokenize';

/** One side of a link: the text, the link's segments on that side, and their tokens. */
export interface LinkSide {
  text: string;
  segments: readonly Segment[];
  tokens: readonly (readonly Token[])[];
}

/** A run of the token-level diff: `count` tokens equal on both sides, deleted from A or inserted from B. */
type Run = { type: 'equal' | 'delete' | 'insert'; count: number };

/** Limits of the word-level diff. */
export interface DiffLimits {
  /** Above this many tokens (both sides together), split the pair at unique shared tokens before diffing. */
  directDiffTokens: number;
  /** Largest edit script jsdiff may search for in one piece; beyond, the piece is shown as replaced. */
  maxEditLength: number;
  /** When true, only the common start and end are matched (coarse and linear). */
  coarse: boolean;
  /** Milliseconds left in the comparison's budget (jsdiff's `timeout`); once negative, what is left is shown as replaced. Unlimited when absent. */
  remainingMs?: () => number;
}

/** Result of diffing one link. */
export interface LinkDiff {
  ops: DiffOp[];
  /** False when some piece was too different to diff word by word and is shown as replaced. */
  exact: boolean;
}

/** A token of a link side with the segment (position in the link) it belongs to. */
interface LinkToken {
  token: Token;
  part: number;
}

/**
 * Diffs the words of a link with jsdiff on French-aware tokens (never whole texts: only the link's segments), and
 * turns the token runs into operations that tile each side's segments exactly, spaces included.
 */
export function diffLink(a: LinkSide, b: LinkSide, eq: TextEquivalence, limits: DiffLimits): LinkDiff {
  const tokensA = linkTokens(a, eq);
  const tokensB = linkTokens(b, eq);
  const keysA = tokensA.map((t) => equivalenceKey(a.text.slice(t.token.start, t.token.end), eq));
  const keysB = tokensB.map((t) => equivalenceKey(b.text.slice(t.token.start, t.token.end), eq));
  const runs: Run[] = [];
  const exact = diffKeys(keysA, keysB, limits, runs);
  return { ops: buildOps(a, b, tokensA, tokensB, mergeRuns(runs)), exact };
}

/** The tokens that take part in the diff, segment by segment (all tokens of a segment that would have none). */
function linkTokens(side: LinkSide, eq: TextEquivalence): LinkToken[] {
  const out: LinkToken[] = [];
  side.tokens.forEach((tokens, part) => {
    const kept = tokens.filter((t) => isDiffToken(t, eq));
    for (const token of kept.length ? kept : tokens) out.push({ token, part });
  });
  return out;
}

/** Diffs two key sequences into runs; returns false when a piece had to be shown as replaced. */
export function diffKeys(
  a: readonly string[],
  b: readonly string[],
  limits: DiffLimits,
  out: Run[],
): boolean {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < a.length - prefix &&
    suffix < b.length - prefix &&
    a[a.length - 1 - suffix] === b[b.length - 1 - suffix]
  ) {
    suffix++;
  }
  out.push({ type: 'equal', count: prefix });
  const midA = a.slice(prefix, a.length - suffix);
  const midB = b.slice(prefix, b.length - suffix);
  let exact = true;
  if (midA.length === 0 || midB.length === 0 || limits.coarse) {
    out.push({ type: 'delete', count: midA.length }, { type: 'insert', count: midB.length });
    exact = !limits.coarse || midA.length === 0 || midB.length === 0;
  } else if (midA.length + midB.length <= limits.directDiffTokens) {
    exact = diffDirect(midA, midB, limits, out);
  } else {
    exact = diffByAnchors(midA, midB, limits, out);
  }
  out.push({ type: 'equal', count: suffix });
  return exact;
}

/**
 * Runs jsdiff's `diffArrays` on a piece (at most `directDiffTokens` long, so bounded by `maxEditLength` edits, and
 * by the time left, passed as jsdiff's `timeout`); a piece needing more edits or more time, or met once the time is
 * spent, is shown as replaced.
 */
function diffDirect(a: string[], b: string[], limits: DiffLimits, out: Run[]): boolean {
  const remaining = limits.remainingMs?.();
  const changes =
    remaining !== undefined && remaining < 0
      ? undefined
      : diffArrays(a, b, {
          maxEditLength: limits.maxEditLength,
          ...(remaining === undefined ? {} : { timeout: Math.max(1, Math.ceil(remaining)) }),
        });
  if (!changes) {
    out.push({ type: 'delete', count: a.length }, { type: 'insert', count: b.length });
    return false;
  }
  for (const change of changes) {
    const count = change.count ?? change.value.length;
    out.push({ type: change.added ? 'insert' : change.removed ? 'delete' : 'equal', count });
  }
  return true;
}

/**
 * Splits a long piece at words (or, when those are too rare, runs of three words) found exactly once on each side
 * and in the same order (patience diff), then diffs the pieces between them; without such anchors, falls back to
 * jsdiff bounded by `maxEditLength`.
 */
function diffByAnchors(a: string[], b: string[], limits: DiffLimits, out: Run[]): boolean {
  let size = 1;
  let chain = increasingChain(uniqueAnchors(a, b, size));
  if (chain.length * SPARSE_ANCHORS < a.length + b.length) {
    const longer = withoutOverlaps(increasingChain(uniqueAnchors(a, b, 3)), 3);
    if (longer.length * 3 > chain.length) {
      chain = longer;
      size = 3;
    }
  }
  if (chain.length === 0) return diffDirect(a, b, limits, out);
  let exact = true;
  let ia = 0;
  let ib = 0;
  for (const [i, j] of chain) {
    if ((limits.remainingMs?.() ?? 0) < 0) break;
    exact = diffKeys(a.slice(ia, i), b.slice(ib, j), limits, out) && exact;
    out.push({ type: 'equal', count: size });
    ia = i + size;
    ib = j + size;
  }
  if ((limits.remainingMs?.() ?? 0) < 0) {
    out.push({ type: 'delete', count: a.length - ia }, { type: 'insert', count: b.length - ib });
    return false;
  }
  return diffKeys(a.slice(ia), b.slice(ib), limits, out) && exact;
}

/** Below one anchor per this many tokens, single-word anchors are too sparse and three-word runs are tried. */
const SPARSE_ANCHORS = 40;

/** Pairs `[i, j]` where the `size` keys starting at `a[i]` and at `b[j]` are equal and found only there on each side. */
function uniqueAnchors(a: readonly string[], b: readonly string[], size: number): [number, number][] {
  const gram = (keys: readonly string[], i: number): string =>
    size === 1 ? (keys[i] ?? '') : keys.slice(i, i + size).join('\u0000');
  const countA = new Map<string, number>();
  const countB = new Map<string, number>();
  const positionB = new Map<string, number>();
  for (let i = 0; i + size <= a.length; i++) {
    const k = gram(a, i);
    countA.set(k, (countA.get(k) ?? 0) + 1);
  }
  for (let j = 0; j + size <= b.length; j++) {
    const k = gram(b, j);
    countB.set(k, (countB.get(k) ?? 0) + 1);
    positionB.set(k, j);
  }
  const anchors: [number, number][] = [];
  for (let i = 0; i + size <= a.length; i++) {
    const k = gram(a, i);
    if (countA.get(k) === 1 && countB.get(k) === 1) anchors.push([i, positionB.get(k) ?? 0]);
  }
  return anchors;
}

/** Keeps the anchors of a chain that do not overlap the previous kept one (anchors `size` tokens long). */
function withoutOverlaps(chain: readonly [number, number][], size: number): [number, number][] {
  const kept: [number, number][] = [];
  for (const [i, j] of chain) {
    const last = kept[kept.length - 1];
    if (!last || (i >= last[0] + size && j >= last[1] + size)) kept.push([i, j]);
  }
  return kept;
}

/** The longest chain of pairs increasing in both coordinates (pairs sorted by the first), in O(n log n). */
function increasingChain(pairs: readonly [number, number][]): [number, number][] {
  const tails: number[] = [];
  const previous = new Int32Array(pairs.length).fill(-1);
  pairs.forEach(([, j], index) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((pairs[tails[mid] ?? 0]?.[1] ?? 0) < j) lo = mid + 1;
      else hi = mid;
    }
    previous[index] = lo > 0 ? (tails[lo - 1] ?? -1) : -1;
    tails[lo] = index;
  });
  const chain: [number, number][] = [];
  for (let k = tails[tails.length - 1] ?? -1; k !== -1; k = previous[k] ?? -1) {
    const pair = pairs[k];
    if (pair) chain.push(pair);
  }
  return chain.reverse();
}

/** Joins adjacent runs of the same type and drops empty ones. */
function mergeRuns(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    if (run.count === 0) continue;
    const last = out[out.length - 1];
    if (last && last.type === run.type) last.count += run.count;
    else out.push({ ...run });
  }
  return out;
}

/** A piece of an operation before its spans are known: a token range on each side it touches. */
interface Piece {
  op: DiffOp['op'];
  a?: [number, number];
  b?: [number, number];
}

/**
 * Turns token runs into operations: equal runs split where either side changes segment, each change region into
 * deletions (per segment of A) then insertions (per segment of B); spaces between tokens go to the equal side.
 */
function buildOps(
  a: LinkSide,
  b: LinkSide,
  tokensA: LinkToken[],
  tokensB: LinkToken[],
  runs: Run[],
): DiffOp[] {
  const pieces: Piece[] = [];
  let ia = 0;
  let ib = 0;
  for (const run of runs) {
    if (run.type === 'equal') {
      let from = 0;
      for (let t = 1; t <= run.count; t++) {
        const boundary =
          t === run.count ||
          tokensA[ia + t]?.part !== tokensA[ia + t - 1]?.part ||
          tokensB[ib + t]?.part !== tokensB[ib + t - 1]?.part;
        if (!boundary) continue;
        pieces.push({ op: 'equal', a: [ia + from, ia + t], b: [ib + from, ib + t] });
        from = t;
      }
      ia += run.count;
      ib += run.count;
    } else if (run.type === 'delete') {
      for (const range of splitByPart(tokensA, ia, ia + run.count)) pieces.push({ op: 'delete', a: range });
      ia += run.count;
    } else {
      for (const range of splitByPart(tokensB, ib, ib + run.count)) pieces.push({ op: 'insert', b: range });
      ib += run.count;
    }
  }
  const spansA = assignSpans(a, tokensA, pieces, 'a');
  const spansB = assignSpans(b, tokensB, pieces, 'b');
  return pieces.map((piece, i) => {
    const op: DiffOp = { op: piece.op };
    const sa = spansA[i];
    const sb = spansB[i];
    if (sa) op.a = sa;
    if (sb) op.b = sb;
    return op;
  });
}

/** Splits a token range where the segment changes. */
function splitByPart(tokens: readonly LinkToken[], from: number, to: number): [number, number][] {
  const ranges: [number, number][] = [];
  let start = from;
  for (let t = from + 1; t <= to; t++) {
    if (t === to || tokens[t]?.part !== tokens[t - 1]?.part) {
      ranges.push([start, t]);
      start = t;
    }
  }
  return ranges;
}

/**
 * Gives each piece touching one side its character span: pieces of a segment tile it from its start to its end;
 * the gap between two pieces goes to the equal one (to the earlier one when both or neither are equal).
 */
function assignSpans(
  side: LinkSide,
  tokens: readonly LinkToken[],
  pieces: readonly Piece[],
  key: 'a' | 'b',
): (Span | undefined)[] {
  const spans: (Span | undefined)[] = pieces.map(() => undefined);
  const indices = pieces.map((p, i) => (p[key] ? i : -1)).filter((i) => i >= 0);
  indices.forEach((pieceIndex, n) => {
    const piece = pieces[pieceIndex];
    const range = piece?.[key];
    if (!piece || !range) return;
    const first = tokens[range[0]];
    const last = tokens[range[1] - 1];
    if (!first || !last) return;
    const segment = side.segments[first.part];
    if (!segment) return;
    const previousIndex = indices[n - 1];
    const nextIndex = indices[n + 1];
    const previous = previousIndex === undefined ? undefined : pieces[previousIndex];
    const next = nextIndex === undefined ? undefined : pieces[nextIndex];
    const previousLast = previous?.[key] ? tokens[(previous[key]?.[1] ?? 0) - 1] : undefined;
    const nextFirst = next?.[key] ? tokens[next[key]?.[0] ?? 0] : undefined;
    const start =
      !previousLast || previousLast.part !== first.part
        ? segment.start
        : piece.op === 'equal' && previous?.op !== 'equal'
          ? previousLast.token.end
          : first.token.start;
    const end =
      !nextFirst || nextFirst.part !== last.part
        ? segment.end
        : next?.op === 'equal' && piece.op !== 'equal'
          ? last.token.end
          : nextFirst.token.start;
    spans[pieceIndex] = [start, end];
  });
  return spans;
}

/** Counts the words of `tokens` inside `span`. */
export function wordsIn(tokens: readonly Token[], span: Span): number {
  let n = 0;
  for (const t of tokens) if (t.start >= span[0] && t.end <= span[1] && isWordToken(t)) n++;
  return n;
}
