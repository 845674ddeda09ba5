/** Deterministic pseudo-random numbers in [0, 1) from a seed (mulberry32), for generated test and bench data. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'ba',
  'ro',
  'mi',
  'lan',
  'ter',
  'va',
  'sol',
  'cor',
  'ne',
  'pi',
  'dou',
  'gar',
  'li',
  'mon',
  'sa',
  'tu',
  'ver',
  'quel',
  'é',
  'an',
];

/** A made-up word of `parts` syllables, drawn with `rand`. */
export function madeUpWord(rand: () => number, parts: number): string {
  let word = '';
  for (let i = 0; i < parts; i++) word += SYLLABLES[Math.floor(rand() * SYLLABLES.length)]!;
  return word;
}
