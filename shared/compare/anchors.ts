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
  /** Shingles repeated up to this many times per text may still anchor blocks, paired in order. */
  maxRepeats: number;
  /** Called between passes; returns false to skip the pass over repeated shingles. */
  keepGoing: () => boolean;
}

const RADIX = 131072;

/**
 * Finds the runs of identical words shared by the two texts, anywhere in them (moved text included), in linear
 * time: shingles of words found once in each text anchor blocks that are then extended both ways (Heckel's
 * method on shingles), then repeated shingles anchor what is left, occurrence by occurrence.
 */
export function findBlocks(a: PreparedSide, b: PreparedSide, options: BlockOptions): Block[] {
  const k = options.shingle;
  const indexA = indexShingles(a, k, options.maxRepeats);
  const indexB = indexShingles(b, k, options.maxRepeats);
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

  for (const [key, positions] of indexA.shingles) {
    const other = indexB.shingles.get(key);
    if (positions.length === 1 && other?.length === 1) extend(positions[0] ?? 0, other[0] ?? 0, k);
  }
  for (const [key, start] of indexA.short) {
    const other = indexB.short.get(key);
    if (start.length === 1 && other?.length === 1) {
      extend(start[0] ?? 0, other[0] ?? 0, key.split(',').length);
    }
  }
  if (options.keepGoing()) {
    for (const [key, positions] of indexA.shingles) {
      const other = indexB.shingles.get(key);
      if (!other || (positions.length === 1 && other.length === 1)) continue;
      if (positions.length > options.maxRepeats || other.length > options.maxRepeats) continue;
      for (const pa of positions) {
        if (matchA[pa] !== -1) continue;
        const pb = other.find((p) => matchB[p] === -1 && a.ids[pa] === b.ids[p]);
        if (pb !== undefined) extend(pa, pb, k);
      }
    }
  }
  return blocks.sort((x, y) => x.a - y.a);
}

/** Positions of each word shingle of a side (within segments), and of each segment shorter than a shingle. */
function indexShingles(
  side: PreparedSide,
  k: number,
  maxRepeats: number,
): { shingles: Map<number, number[]>; short: Map<string, number[]> } {
  const shingles = new Map<number, number[]>();
  const short = new Map<string, number[]>();
  const { ids, segFirst } = side;
  for (let s = 0; s < side.segments.length; s++) {
    const first = segFirst[s] ?? 0;
    const end = segFirst[s + 1] ?? 0;
    if (end - first < k) {
      if (end > first) push(short, Array.from(ids.subarray(first, end)).join(','), first, maxRepeats);
      continue;
    }
    for (let i = first; i + k <= end; i++) {
      let key = 0;
      for (let t = 0; t < k; t++) key = key * RADIX + ((ids[i + t] ?? 0) % RADIX);
      push(shingles, key, i, maxRepeats);
    }
  }
  return { shingles, short };
}

/** Appends `position` to the list of `key`, keeping at most `cap + 1` entries (enough to tell "too many"). */
function push<K>(map: Map<K, number[]>, key: K, position: number, cap: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [position]);
  else if (list.length <= cap) list.push(position);
}
