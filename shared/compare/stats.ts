import type { Span } from '../article/model';
import type { CompareStats, DiffOp, Link, Segment } from './types';
import { findQuotes } from '../text/quotes';
import { isWordToken, type Token } from '../text/tokenize';

/** One side as the figures need it: text, segments and their tokens. */
export interface StatsSide {
  text: string;
  segments: readonly Segment[];
  tokens: readonly (readonly Token[])[];
}

/** What became of a word: not kept (or not from A), kept word for word, kept reworded, new in B. */
const Fate = { None: 0, Verbatim: 1, Edited: 2, New: 3 } as const;
type Fate = (typeof Fate)[keyof typeof Fate];

/** Quotes shorter than this many words (scare quotes such as "sérieuses") are not counted as direct quotes. */
const MIN_QUOTE_WORDS = 3;

/** A side's tokens in text order with what became of each. */
interface Marked {
  tokens: Token[];
  fate: Uint8Array;
}

/** Computes the figures of a comparison from its links' operations and its unlinked segments. */
export function computeStats(
  a: StatsSide,
  b: StatsSide,
  links: readonly Link[],
  onlyB: readonly string[],
): CompareStats {
  const ma = markable(a);
  const mb = markable(b);
  let numbersChanged = 0;
  for (const link of links) {
    const paraphrase = link.kind === 'paraphrase';
    for (const region of regions(link.ops)) {
      if (region.equal) {
        for (const op of region.ops) {
          if (op.a) mark(ma, op.a, Fate.Verbatim);
          if (op.b) mark(mb, op.b, Fate.Verbatim);
        }
        continue;
      }
      const deleted = region.ops.flatMap((op) => (op.a ? tokensIn(ma, op.a) : []));
      const inserted = region.ops.flatMap((op) => (op.b ? tokensIn(mb, op.b) : []));
      const substituted = paraphrase || (deleted.some(isWordToken) && inserted.some(isWordToken));
      for (const op of region.ops) {
        if (op.a && substituted) mark(ma, op.a, Fate.Edited);
        if (op.b) mark(mb, op.b, substituted ? Fate.Edited : Fate.New);
      }
      if (!paraphrase) {
        const numbersA = deleted.filter((t) => t.kind === 'number').length;
        const numbersB = inserted.filter((t) => t.kind === 'number').length;
        numbersChanged += Math.min(numbersA, numbersB);
      }
    }
  }
  const onlyBSet = new Set(onlyB);
  for (const segment of b.segments)
    if (onlyBSet.has(segment.id)) mark(mb, [segment.start, segment.end], Fate.New);

  const countA = countFates(ma);
  const countB = countFates(mb);
  const quotesA = directQuotes(a);
  const quotesB = directQuotes(b);
  const kept = (m: Marked, quote: Span): number => {
    const words = tokensIndexIn(m, quote).filter((i) => isWordToken(m.tokens[i] as Token));
    const keptWords = words.filter((i) => m.fate[i] === Fate.Verbatim || m.fate[i] === Fate.Edited).length;
    return words.length ? keptWords / words.length : 1;
  };
  return {
    keptVerbatim: share(countA[Fate.Verbatim], countA.total),
    keptEdited: share(countA[Fate.Edited], countA.total),
    newInB: share(countB[Fate.New], countB.total),
    droppedParagraphs: 0,
    addedParagraphs: 0,
    droppedQuotes: quotesA.filter((q) => kept(ma, q) < 0.5).length,
    addedQuotes: quotesB.filter((q) => kept(mb, q) < 0.5).length,
    numbersChanged,
  };
}

/** `part / whole`, 0 for an empty whole. */
function share(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0;
}

/** A side's tokens flattened in text order, with fates all unset. */
function markable(side: StatsSide): Marked {
  const tokens: Token[] = [];
  for (const list of side.tokens) for (const t of list) tokens.push(t);
  return { tokens, fate: new Uint8Array(tokens.length) };
}

/** Indices of the tokens lying inside `span` (binary search on start offsets). */
function tokensIndexIn(m: Marked, span: Span): number[] {
  let lo = 0;
  let hi = m.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((m.tokens[mid]?.start ?? 0) < span[0]) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < m.tokens.length && (m.tokens[i]?.end ?? Infinity) <= span[1]; i++) out.push(i);
  return out;
}

/** The tokens lying inside `span`. */
function tokensIn(m: Marked, span: Span): Token[] {
  return tokensIndexIn(m, span).map((i) => m.tokens[i] as Token);
}

/** Sets the fate of every token inside `span`. */
function mark(m: Marked, span: Span, fate: Fate): void {
  for (const i of tokensIndexIn(m, span)) m.fate[i] = fate;
}

/** Number of words of each fate, and in all. */
function countFates(m: Marked): { total: number } & Record<Fate, number> {
  const counts = { total: 0, [Fate.None]: 0, [Fate.Verbatim]: 0, [Fate.Edited]: 0, [Fate.New]: 0 };
  m.tokens.forEach((t, i) => {
    if (!isWordToken(t)) return;
    counts.total++;
    counts[(m.fate[i] ?? 0) as Fate]++;
  });
  return counts;
}

/** Maximal runs of equal operations and of change operations, in order. */
function regions(ops: readonly DiffOp[]): { equal: boolean; ops: DiffOp[] }[] {
  const out: { equal: boolean; ops: DiffOp[] }[] = [];
  for (const op of ops) {
    const equal = op.op === 'equal';
    const last = out[out.length - 1];
    if (last && last.equal === equal) last.ops.push(op);
    else out.push({ equal, ops: [op] });
  }
  return out;
}

/** Direct quotes of a side: outer quotations (`findQuotes` over its segments) of three words or more, marks excluded. */
function directQuotes(side: StatsSide): Span[] {
  const words = side.tokens.flat().filter(isWordToken);
  const zones = side.segments.map((s): Span => [s.start, s.end]);
  return findQuotes(side.text, zones)
    .filter((q) => q.depth === 0)
    .map((q): Span => [q.open + 1, q.close])
    .filter(([s, e]) => words.filter((w) => w.start >= s && w.end <= e).length >= MIN_QUOTE_WORDS);
}
