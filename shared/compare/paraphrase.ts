import type { AlignedPair } from './align';
import type { PreparedSide } from './prepare';
import type { TextLang } from '../text/lang';
import { stem } from '../text/stem';
import { stopWords } from '../text/stop-words';
import { isQuantityWord, quantityWordRange, scaleOf } from '../text/quantity-words';

const NON_CONTENT = stopWords('paraphrase');
const QUANTITY_JOINERS = new Set(['de', 'd', 'des', 'of']);

/** A quantity stated in a segment: the range of values it stands for and the noun it counts. */
interface Quantity {
  lo: number;
  hi: number;
  /** Stem number of the noun. */
  noun: number;
}

/** The content words and quantities of a segment. */
interface Features {
  /** Stem numbers of the content words. */
  stems: Set<number>;
  quantities: Quantity[];
}

/** Added to the content-word overlap for each thing both segments count with agreeing figures (at most two). */
const AGREEMENT_BONUS = 0.1;

/** Tunables of the paraphrase search. */
export interface ParaphraseOptions {
  /** Minimum weighted overlap of content words (cosine, 0–1). */
  threshold: number;
  /** Minimum number of shared content words. */
  minShared: number;
}

/**
 * Links segments left unlinked that report the same facts in other words: shared names, numbers and content
 * words, weighted by rarity across both texts; never two segments that state a different quantity of the same thing.
 */
export function linkParaphrases(
  a: PreparedSide,
  b: PreparedSide,
  freeA: readonly number[],
  freeB: readonly number[],
  options: ParaphraseOptions,
): AlignedPair[] {
  const vocabulary = new VocabularyFeatures(a.vocabulary, a.lang === b.lang ? a.lang : undefined);
  const wantedA = new Set(freeA);
  const wantedB = new Set(freeB);
  const featuresA = a.segments.map((_, s) => segmentFeatures(a, s, vocabulary, wantedA.has(s)));
  const featuresB = b.segments.map((_, s) => segmentFeatures(b, s, vocabulary, wantedB.has(s)));
  const documentFrequency = new Map<number, number>();
  for (const f of [...featuresA, ...featuresB]) {
    for (const stem of f.stems) documentFrequency.set(stem, (documentFrequency.get(stem) ?? 0) + 1);
  }
  const total = featuresA.length + featuresB.length;
  const weight = (stem: number): number => {
    const w = Math.log((total + 1) / (documentFrequency.get(stem) ?? 1));
    return w * w;
  };
  const norm = (f: Features): number => {
    let sum = 0;
    for (const stem of f.stems) sum += weight(stem);
    return Math.sqrt(sum);
  };
  const maxPostings = Math.max(8, Math.ceil(total * 0.2));
  const postings = new Map<number, number[]>();
  for (const s of freeB) {
    for (const stem of featuresB[s]?.stems ?? []) {
      if ((documentFrequency.get(stem) ?? 0) > maxPostings) continue;
      const list = postings.get(stem);
      if (list) list.push(s);
      else postings.set(stem, [s]);
    }
  }
  const normsB = new Map(freeB.map((s) => [s, norm(featuresB[s] ?? emptyFeatures())]));
  const candidates: { a: number; b: number; score: number }[] = [];
  for (const sa of freeA) {
    const fa = featuresA[sa];
    if (!fa || fa.stems.size === 0) continue;
    const dot = new Map<number, { sum: number; count: number }>();
    for (const stem of fa.stems) {
      for (const sb of postings.get(stem) ?? []) {
        const entry = dot.get(sb) ?? { sum: 0, count: 0 };
        entry.sum += weight(stem);
        entry.count++;
        dot.set(sb, entry);
      }
    }
    const na = norm(fa);
    for (const [sb, { sum, count }] of dot) {
      const quantitiesB = featuresB[sb]?.quantities ?? [];
      if (conflicting(fa.quantities, quantitiesB)) continue;
      const agreeing = agreeingNouns(fa.quantities, quantitiesB);
      const score = Math.min(1, sum / (na * (normsB.get(sb) ?? 1)) + AGREEMENT_BONUS * Math.min(2, agreeing));
      if (count < options.minShared || score < options.threshold) continue;
      candidates.push({ a: sa, b: sb, score });
    }
  }
  candidates.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs: AlignedPair[] = [];
  for (const c of candidates) {
    if (usedA.has(c.a) || usedB.has(c.b)) continue;
    usedA.add(c.a);
    usedB.add(c.b);
    pairs.push({ a: [c.a], b: [c.b], evidence: 'paraphrase', score: c.score });
  }
  return pairs;
}

/** Features with nothing in them. */
function emptyFeatures(): Features {
  return { stems: new Set(), quantities: [] };
}

/** What each vocabulary word contributes: its content stem (as a number) and its key without a final apostrophe. */
class VocabularyFeatures {
  private readonly stems: Int32Array;
  private readonly keys: (string | undefined)[] = [];
  private readonly stemIds = new Map<string, number>();

  constructor(
    private readonly vocabulary: readonly string[],
    /** The language both texts share, if any: it picks the stemmer. */
    readonly lang: TextLang | undefined,
  ) {
    this.stems = new Int32Array(vocabulary.length).fill(-2);
  }

  /** The key of word `id` ("l'" → "l"). */
  key(id: number): string {
    let key = this.keys[id];
    if (key === undefined) {
      key = (this.vocabulary[id] ?? '').replace(/'$/, '');
      this.keys[id] = key;
    }
    return key;
  }

  /** The content stem of word `id` as a number, or -1 for function words and quantity words. */
  stem(id: number): number {
    const known = this.stems[id] ?? -1;
    if (known !== -2) return known;
    const key = this.key(id);
    let stemText: string | undefined;
    if (NON_CONTENT.has(key)) stemText = undefined;
    else if (/^\d/.test(key)) stemText = `#${numericValue(key) ?? key}`;
    else if (key.length >= 3 && /^\p{L}/u.test(key) && !isQuantityWord(key)) stemText = stem(key, this.lang);
    const value = stemText === undefined ? -1 : this.stemId(stemText);
    this.stems[id] = value;
    return value;
  }

  /** A number for a stem text. */
  stemId(text: string): number {
    let id = this.stemIds.get(text);
    if (id === undefined) {
      id = this.stemIds.size;
      this.stemIds.set(text, id);
    }
    return id;
  }
}

/** The content stems of segment `s`, and its quantities when `withQuantities` (only free segments need them). */
function segmentFeatures(
  side: PreparedSide,
  s: number,
  vocabulary: VocabularyFeatures,
  withQuantities: boolean,
): Features {
  const first = side.segFirst[s] ?? 0;
  const end = side.segFirst[s + 1] ?? 0;
  const keys: string[] = [];
  const stems = new Set<number>();
  for (let p = first; p < end; p++) {
    const id = side.ids[p] ?? 0;
    if (withQuantities) keys.push(vocabulary.key(id));
    const stemId = vocabulary.stem(id);
    if (stemId >= 0) stems.add(stemId);
  }
  return { stems, quantities: withQuantities ? findQuantities(keys, vocabulary) : [] };
}

/** The value of a number token ("100.000" → 100000, "1,5" → 1.5), or undefined for dates and ordinals. */
function numericValue(surface: string): number | undefined {
  if (!/^\d[\d.,\s\u00A0\u202F]*$/u.test(surface)) return undefined;
  const grouped = surface.replace(/[.\s\u00A0\u202F](?=\d{3}(?!\d))/gu, '');
  if (/\.\d/.test(grouped)) return undefined;
  const value = Number(grouped.replace(',', '.'));
  return Number.isFinite(value) ? value : undefined;
}

/** Quantities stated by the words of a segment, each with the noun it counts ("plus de 100.000 soldats"). */
function findQuantities(keys: readonly string[], vocabulary: VocabularyFeatures): Quantity[] {
  const quantities: Quantity[] = [];
  const keyAt = (i: number): string => keys[i] ?? '';
  for (let i = 0; i < keys.length; i++) {
    let range = rangeOf(keyAt(i));
    if (!range) continue;
    let j = i + 1;
    for (;;) {
      let k = j;
      while (QUANTITY_JOINERS.has(keyAt(k))) k++;
      const factor = scaleOf(keyAt(k));
      if (factor === undefined) break;
      range = [range[0] * factor, range[1] * factor];
      j = k + 1;
    }
    let k = j;
    while (QUANTITY_JOINERS.has(keyAt(k))) k++;
    const noun = keyAt(k);
    if (/^\p{L}/u.test(noun) && !NON_CONTENT.has(noun)) {
      quantities.push({ lo: range[0], hi: range[1], noun: vocabulary.stemId(stem(noun, vocabulary.lang)) });
    }
    i = j - 1;
  }
  return quantities;
}

/** The range of values of a quantity word or number, if it is one. */
function rangeOf(key: string): [number, number] | undefined {
  if (/^\d/.test(key)) {
    const value = numericValue(key);
    return value === undefined ? undefined : [value, value];
  }
  return quantityWordRange(key);
}

/** True when both segments count the same thing and none of their figures for it agree. */
function conflicting(qa: readonly Quantity[], qb: readonly Quantity[]): boolean {
  return sharedNouns(qa, qb).some((noun) => !nounAgrees(qa, qb, noun));
}

/** Number of things both segments count with figures that agree ("50 minutes", "une cinquantaine de minutes"). */
function agreeingNouns(qa: readonly Quantity[], qb: readonly Quantity[]): number {
  return sharedNouns(qa, qb).filter((noun) => nounAgrees(qa, qb, noun)).length;
}

/** Nouns counted in both segments. */
function sharedNouns(qa: readonly Quantity[], qb: readonly Quantity[]): number[] {
  return [...new Set(qa.map((q) => q.noun).filter((n) => qb.some((q) => q.noun === n)))];
}

/** True when some figure of A for `noun` agrees with one of B: overlapping ranges, 10 % leeway between exact figures. */
function nounAgrees(qa: readonly Quantity[], qb: readonly Quantity[], noun: number): boolean {
  const xs = qa.filter((q) => q.noun === noun);
  const ys = qb.filter((q) => q.noun === noun);
  return xs.some((x) =>
    ys.some((y) => {
      const leeway = x.lo === x.hi && y.lo === y.hi ? 1.1 : 1;
      return x.lo <= y.hi * leeway && y.lo <= x.hi * leeway;
    }),
  );
}
