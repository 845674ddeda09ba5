/** Words of a text, folded for comparison, with their `[start, end)` offsets. */
export interface Tokens {
  /** Lowercase, accents removed, straight apostrophes. */
  words: string[];
  /** 32-bit hash of each word. */
  hashes: Uint32Array;
  starts: Uint32Array;
  ends: Uint32Array;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Splits `[start, end)` ranges of `text` into folded words with offsets into `text`. */
export function tokenize(text: string, ranges: ReadonlyArray<readonly [number, number]>): Tokens {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const [start, end] of ranges) {
    const slice = text.slice(start, end);
    WORD.lastIndex = 0;
    for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
      words.push(foldWord(m[0]));
      starts.push(start + m.index);
      ends.push(start + m.index + m[0].length);
    }
  }
  const hashes = new Uint32Array(words.length);
  for (let i = 0; i < words.length; i++) hashes[i] = hashString(words[i]!);
  return { words, hashes, starts: Uint32Array.from(starts), ends: Uint32Array.from(ends) };
}

const foldCache = new Map<string, string>();

/** Lowercase without accents ("Élysée" → "elysee"). */
export function foldWord(word: string): string {
  if (/^[a-z0-9]+$/.test(word)) return word;
  let folded = foldCache.get(word);
  if (folded === undefined) {
    folded = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    if (foldCache.size > 200_000) foldCache.clear();
    foldCache.set(word, folded);
  }
  return folded;
}

/** FNV-1a 32-bit hash of a string. */
export function hashString(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return hash >>> 0;
}

/** Hash of the `k` words starting at `i`. */
export function shingleHash(hashes: Uint32Array, i: number, k: number): number {
  let hash = 0x9e3779b9;
  for (let j = 0; j < k; j++) hash = Math.imul(hash ^ hashes[i + j]!, 0x85ebca6b) ^ (hash >>> 13);
  return hash >>> 0;
}
