import type { PreparedSide } from './prepare';

/** A run of identical words: `len` words from `a` in A's word stream equal `len` words from `b` in B's. */
export interface Block {
  a: number;
  b: number;
  len: number;
}

/** Tunables of the block search. */
export interface BlockOptions {
  /** Words per shingle; a shingle found once in each text anchors a block. */
  shingle: number;
  /** Shingles repeated up to this many times per text may still anchor blocks, occurrences paired in order. */
  maxRepeats: number;
  /** Called between passes; returns false to skip the pass over repeated shingles. */
  keepGoing: () => boolean;
}

/** Shingle and segment keys are 30-bit hashes (small integers keep Map lookups fast); `extend` checks the words, so a collision only costs an anchor. */
const HASH_MASK = 0x3fffffff;
const NO_KEY = -1;

/** Mixes a word id into a running hash. */
function mix(hash: number, id: number): number {
  return (Math.imul(hash ^ id, 0x9e3779b1) + 0x7f4a7c15) & HASH_MASK;
}

/**
 * Finds the runs of identical words shared by the two texts, anywhere in them (moved text included), in linear
 * time: shingles of words found once in each text anchor blocks that are then extended both ways (Heckel's
 * method on shingles), then repeated shingles anchor what is left, occurrence by occurrence.
 */
export function findBlocks(a: PreparedSide, b: PreparedSide, options: BlockOptions): Block[] {
  const k = options.shingle;
  const indexA = indexShingles(a, k);
  const indexB = indexShingles(b, k);
  const matchA = new Int32Array(a.ids.length).fill(-1);
  const matchB = new Int32Array(b.ids.length).fill(-1);
  const blocks: Block[] = [];

  const extend = (pa: number, pb: number, size: number): void => {
    if (matchA[pa] !== -1 || matchB[pb] !== -1) return;
    for (let t = 0; t < size; t++) if (a.ids[pa + t] !== b.ids[pb + t]) return;
    let back = 0;
    while (
      pa - back - 1 >= 0 &&
      pb - back - 1 >= 0 &&
      matchA[pa - back - 1] === -1 &&
      matchB[pb - back - 1] === -1 &&
      a.ids[pa - back - 1] === b.ids[pb - back - 1]
    ) {
      back++;
    }
    let forward = 0;
    while (
      pa + forward < a.ids.length &&
      pb + forward < b.ids.length &&
      matchA[pa + forward] === -1 &&
      matchB[pb + forward] === -1 &&
      a.ids[pa + forward] === b.ids[pb + forward]
    ) {
      forward++;
    }
    const start = pa - back;
    const len = back + forward;
    for (let t = 0; t < len; t++) {
      matchA[start + t] = pb - back + t;
      matchB[pb - back + t] = start + t;
    }
    blocks.push({ a: start, b: pb - back, len });
  };

  for (let pa = 0; pa < indexA.keys.length; pa++) {
    const key = indexA.keys[pa] ?? NO_KEY;
    if (key === NO_KEY || indexA.count.get(key) !== 1 || indexB.count.get(key) !== 1) continue;
    extend(pa, indexB.first.get(key) ?? 0, k);
  }
  for (const [key, startsA] of indexA.whole) {
    const startsB = indexB.whole.get(key);
    if (!startsB) continue;
    startsA.forEach((pa, n) => {
      const pb = startsB[n];
      const size = segmentLength(a, pa);
      if (pb !== undefined && segmentLength(b, pb) === size) extend(pa, pb, size);
    });
  }
  if (options.keepGoing()) {
    const repeated = (key: number): boolean => {
      const ca = indexA.count.get(key) ?? 0;
      const cb = indexB.count.get(key) ?? 0;
      return ca > 0 && cb > 0 && (ca > 1 || cb > 1) && ca <= options.maxRepeats && cb <= options.maxRepeats;
    };
    const positionsB = new Map<number, number[]>();
    indexB.keys.forEach((key, pb) => {
      if (key === NO_KEY || !repeated(key)) return;
      const list = positionsB.get(key);
      if (list) list.push(pb);
      else positionsB.set(key, [pb]);
    });
    const nextB = new Map<number, number>();
    for (let pa = 0; pa < indexA.keys.length; pa++) {
      const key = indexA.keys[pa] ?? NO_KEY;
      if (matchA[pa] !== -1 || key === NO_KEY || !repeated(key)) continue;
      const list = positionsB.get(key) ?? [];
      let n = nextB.get(key) ?? 0;
      while (n < list.length && matchB[list[n] ?? 0] !== -1) n++;
      nextB.set(key, n + 1);
      const pb = list[n];
      if (pb !== undefined) extend(pa, pb, k);
    }
  }
  return blocks.sort((x, y) => x.a - y.a);
}

/**
 * The shingles of a side: the key of the shingle starting at each word (NaN where none does), how many times
 * each key occurs and where first; and where each distinct segment starts (identical segments, short ones
 * included, are paired in order).
 */
interface ShingleIndex {
  keys: Int32Array;
  count: Map<number, number>;
  first: Map<number, number>;
  whole: Map<number, number[]>;
}

/** Indexes the word shingles of a side (within segments), and its segments by their words. */
function indexShingles(side: PreparedSide, k: number): ShingleIndex {
  const keys = new Int32Array(side.ids.length).fill(NO_KEY);
  const count = new Map<number, number>();
  const first = new Map<number, number>();
  const whole = new Map<number, number[]>();
  const { ids, segFirst } = side;
  for (let s = 0; s < side.segments.length; s++) {
    const start = segFirst[s] ?? 0;
    const end = segFirst[s + 1] ?? 0;
    if (end > start) {
      let key = end - start;
      for (let i = start; i < end; i++) key = mix(key, ids[i] ?? 0);
      const list = whole.get(key);
      if (list) list.push(start);
      else whole.set(key, [start]);
    }
    for (let i = start; i + k <= end; i++) {
      let key = k;
      for (let t = 0; t < k; t++) key = mix(key, ids[i + t] ?? 0);
      keys[i] = key;
      const seen = count.get(key);
      if (seen === undefined) {
        count.set(key, 1);
        first.set(key, i);
      } else {
        count.set(key, seen + 1);
      }
    }
  }
  return { keys, count, first, whole };
}

/** Number of words of the segment that starts at word `start` of a side. */
function segmentLength(side: PreparedSide, start: number): number {
  const s = side.seg[start] ?? 0;
  return (side.segFirst[s + 1] ?? 0) - start;
}
