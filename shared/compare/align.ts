import type { Block } from './anchors';
import { segmentWords, type PreparedSide } from './prepare';

/** A correspondence found by alignment, before its word-level diff: segment indices of each side. */
export interface AlignedPair {
  a: number[];
  b: number[];
  /** `copy` when found from shared runs of words, `paraphrase` when from shared content words. */
  evidence: 'copy' | 'paraphrase';
  /** Strength of the evidence, 0–1 (share of words in shared runs, or content-word overlap). */
  score: number;
}

/** Shared words between one segment of A and one of B. */
interface PairEvidence {
  a: number;
  b: number;
  /** Number of words of the pair inside shared blocks. */
  shared: number;
  /** Word ranges `[from, to)` of A's stream covered, and the same for B. */
  runsA: [number, number][];
  runsB: [number, number][];
}

/** Thresholds of the copy alignment. */
const MIN_COVER = 0.5;
const MIN_SHARED = 4;
/** Short segments (a few words) link when most of both sides is shared. */
const SHORT_COVER = 0.6;
const ATTACH_COVER = 0.6;
const ATTACH_OVERLAP = 0.3;

/** Collects, for every pair of segments, the words they share through the blocks. */
export function collectEvidence(a: PreparedSide, b: PreparedSide, blocks: readonly Block[]): PairEvidence[] {
  const pairs = new Map<number, PairEvidence>();
  const nb = b.segments.length;
  for (const block of blocks) {
    let t = 0;
    while (t < block.len) {
      const pa = block.a + t;
      const pb = block.b + t;
      const sa = a.seg[pa] ?? 0;
      const sb = b.seg[pb] ?? 0;
      const run = Math.min((a.segFirst[sa + 1] ?? 0) - pa, (b.segFirst[sb + 1] ?? 0) - pb, block.len - t);
      const key = sa * nb + sb;
      let pair = pairs.get(key);
      if (!pair) {
        pair = { a: sa, b: sb, shared: 0, runsA: [], runsB: [] };
        pairs.set(key, pair);
      }
      pair.shared += run;
      pair.runsA.push([pa, pa + run]);
      pair.runsB.push([pb, pb + run]);
      t += run;
    }
  }
  return [...pairs.values()];
}

/**
 * Links segments that share runs of words: strongest pairs first, one to one, then segments split or merged
 * (a segment mostly made of another's words, not already covered) join the link of their counterpart.
 */
export function linkCopies(
  a: PreparedSide,
  b: PreparedSide,
  evidence: readonly PairEvidence[],
): AlignedPair[] {
  const strong = evidence
    .filter((p) => {
      const na = segmentWords(a, p.a);
      const nb = segmentWords(b, p.b);
      const high = Math.max(p.shared / na, p.shared / nb);
      const low = Math.min(p.shared / na, p.shared / nb);
      return (
        (high >= MIN_COVER && p.shared >= MIN_SHARED) ||
        (low >= SHORT_COVER && p.shared >= 2) ||
        (p.shared === na && p.shared === nb)
      );
    })
    .map((p) => ({ ...p, dice: (2 * p.shared) / (segmentWords(a, p.a) + segmentWords(b, p.b)) }))
    .sort((x, y) => y.dice - x.dice || y.shared - x.shared || x.a - y.a || x.b - y.b);

  const links: { a: number[]; b: number[]; pairs: PairEvidence[] }[] = [];
  const linkOfA = new Map<number, number>();
  const linkOfB = new Map<number, number>();
  const deferred: typeof strong = [];
  for (const pair of strong) {
    if (linkOfA.has(pair.a) || linkOfB.has(pair.b)) {
      deferred.push(pair);
      continue;
    }
    linkOfA.set(pair.a, links.length);
    linkOfB.set(pair.b, links.length);
    links.push({ a: [pair.a], b: [pair.b], pairs: [pair] });
  }

  deferred.sort((x, y) => y.shared - x.shared || x.a - y.a || x.b - y.b);
  for (const pair of deferred) {
    const la = linkOfA.get(pair.a);
    const lb = linkOfB.get(pair.b);
    if (la !== undefined && lb === undefined) {
      const link = links[la];
      if (!link || link.a.length !== 1) continue;
      if (pair.shared / segmentWords(b, pair.b) < ATTACH_COVER) continue;
      const covered = link.pairs.flatMap((p) => p.runsA);
      if (overlap(pair.runsA, covered) > ATTACH_OVERLAP * pair.shared) continue;
      link.b.push(pair.b);
      link.pairs.push(pair);
      linkOfB.set(pair.b, la);
    } else if (lb !== undefined && la === undefined) {
      const link = links[lb];
      if (!link || link.b.length !== 1) continue;
      if (pair.shared / segmentWords(a, pair.a) < ATTACH_COVER) continue;
      const covered = link.pairs.flatMap((p) => p.runsB);
      if (overlap(pair.runsB, covered) > ATTACH_OVERLAP * pair.shared) continue;
      link.a.push(pair.a);
      link.pairs.push(pair);
      linkOfA.set(pair.a, lb);
    }
  }

  return links.map((link) => {
    const words =
      link.a.reduce((n, s) => n + segmentWords(a, s), 0) + link.b.reduce((n, s) => n + segmentWords(b, s), 0);
    const shared = link.pairs.reduce((n, p) => n + p.shared, 0);
    return {
      a: [...link.a].sort((x, y) => x - y),
      b: [...link.b].sort((x, y) => x - y),
      evidence: 'copy' as const,
      score: words ? (2 * shared) / words : 0,
    };
  });
}

/** Number of positions of `runs` that also lie in `covered`. */
function overlap(runs: readonly [number, number][], covered: readonly [number, number][]): number {
  let total = 0;
  for (const [s, e] of runs) {
    for (const [cs, ce] of covered) total += Math.max(0, Math.min(e, ce) - Math.max(s, cs));
  }
  return total;
}

/**
 * Marks which pairs are out of order: the heaviest chain of pairs increasing in both texts stays in place, the
 * others are moved (weighted longest increasing subsequence, O(n log n)).
 */
export function findMoved(pairs: readonly { a: number[]; b: number[]; weight: number }[]): boolean[] {
  const order = pairs.map((_, i) => i).sort((x, y) => firstOf(pairs[x]?.a) - firstOf(pairs[y]?.a));
  const bValues = [...new Set(pairs.map((p) => firstOf(p.b)))].sort((x, y) => x - y);
  const rank = new Map(bValues.map((v, i) => [v, i + 1]));
  const size = bValues.length;
  const tree = new Float64Array(size + 1);
  const treeArg = new Int32Array(size + 1).fill(-1);
  const best = new Float64Array(pairs.length);
  const previous = new Int32Array(pairs.length).fill(-1);
  for (const i of order) {
    const pair = pairs[i];
    if (!pair) continue;
    const r = rank.get(firstOf(pair.b)) ?? 1;
    let value = 0;
    let arg = -1;
    for (let j = r - 1; j > 0; j -= j & -j) {
      if ((tree[j] ?? 0) > value) {
        value = tree[j] ?? 0;
        arg = treeArg[j] ?? -1;
      }
    }
    best[i] = value + pair.weight;
    previous[i] = arg;
    for (let j = r; j <= size; j += j & -j) {
      if ((best[i] ?? 0) > (tree[j] ?? 0)) {
        tree[j] = best[i] ?? 0;
        treeArg[j] = i;
      }
    }
  }
  let end = -1;
  for (let i = 0; i < pairs.length; i++) if (end === -1 || (best[i] ?? 0) > (best[end] ?? 0)) end = i;
  const moved = pairs.map(() => true);
  for (let i = end; i !== -1; i = previous[i] ?? -1) moved[i] = false;
  return moved;
}

/** First element of a sorted index list. */
function firstOf(list: readonly number[] | undefined): number {
  return list?.[0] ?? 0;
}
