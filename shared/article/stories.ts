import { isoWeekday, monthNumber } from './calendar';
import { contentSpans, contentWords } from '../text/content';
import { nameKeysOfWords } from '../text/names';
import { stopWords } from '../text/stop-words';
import { hashString } from '../text/tokenize';
import { articleHeadline, dateRange, dayNumber, isTitle } from './body';
import { findEntry, type Corrections } from './corrections';
import type { Article, Story } from './model';
import { shingleHash } from './shingles';

/** Tunable thresholds of story grouping. */
export interface GroupingOptions {
  /** Shingle containment at or above which two articles share enough text to be one story. */
  containment: number;
  /** Term similarity needed when the two articles also agree on when the event happened. */
  similarityWithTime: number;
  /** Term similarity enough on its own. */
  similarityAlone: number;
  /** Similarity of names, places and numbers (exonyms folded) needed for two articles in different languages. */
  namesAcrossLanguages: number;
  /**
   * Leads whose weekdays are further apart than this many days are different events: coverage of one event runs over
   * the day before and the days after (Friday's mutiny, Sunday's aftermath).
   */
  maxWeekdayGap: number;
  /** Articles whose possible dates are further apart than this many days are different events (unless copied). */
  maxDayGap: number;
}

/** Default thresholds, tuned on hand-written fixtures (see tests/fixtures/stories/). */
export const defaultGrouping: GroupingOptions = {
  containment: 0.2,
  similarityWithTime: 0.12,
  similarityAlone: 0.2,
  namesAcrossLanguages: 0.3,
  maxWeekdayGap: 2,
  maxDayGap: 7,
};

const SHINGLE = 4;
const MINHASH = 64;
/** MinHash looks at one shingle in four (those whose hash ends in two zero bits): same estimate, a quarter of the work. */
const MINHASH_SAMPLE_MASK = 3;
const BANDS = 16;
const TOP_TERMS = 24;
const MIN_SHARED_TOP = 2;
const MAX_BUCKET = 400;
/** Below this many articles every pair is scored; above, only candidates from MinHash bands and shared terms. */
const ALL_PAIRS_UP_TO = 300;

const NON_TERMS = stopWords('story');

interface Features {
  article: Article;
  vector: Map<string, number>;
  /** Normalised weights of the language-neutral name keys (people, places, bodies, numbers). */
  names: Map<string, number>;
  /** Hashes of the body's word 4-grams, sorted, without duplicates. */
  shingles: Uint32Array;
  signature: Uint32Array;
  weekday?: number;
  dayMonths: Set<string>;
  range?: { first: number; last: number };
}

/** Groups articles about the same event into stories (term similarity, shingles/MinHash, dates, weekdays, dates named), then applies the user's story assignments. */
export function groupStories(
  articles: readonly Article[],
  corrections?: Pick<Corrections, 'stories'>,
  options: GroupingOptions = defaultGrouping,
): Story[] {
  const features = buildFeatures(articles);
  const parent = features.map((_, i) => i);
  const members = features.map((_, i) => [i]);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const edges = scoreCandidates(features, options);
  edges.sort((x, y) => y.strength - x.strength || x.a - y.a || x.b - y.b);
  for (const edge of edges) {
    const ra = find(edge.a);
    const rb = find(edge.b);
    if (ra === rb) continue;
    const conflict = members[ra]!.some((i) =>
      members[rb]!.some((j) => conflicts(features[i]!, features[j]!, options)),
    );
    if (conflict) continue;
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    parent[drop] = keep;
    members[keep] = [...members[keep]!, ...members[drop]!];
    members[drop] = [];
  }
  joinAcrossLanguages(features, members, parent, find, options);
  const groups = new Map<string, { articles: Article[]; origin: Story['origin'] }>();
  const autoIds = new Map<number, string>();
  features.forEach((f, i) => {
    const root = find(i);
    if (!autoIds.has(root)) autoIds.set(root, storyIdFor(members[root]!.map((m) => features[m]!.article)));
  });
  features.forEach((f, i) => {
    const assigned = corrections ? findEntry(corrections.stories, f.article)?.story : undefined;
    const id = assigned ?? autoIds.get(find(i))!;
    const group = groups.get(id) ?? { articles: [], origin: 'auto' as const };
    group.articles.push(f.article);
    if (assigned) group.origin = 'user';
    groups.set(id, group);
  });
  const stories: Story[] = [...groups].map(([id, group]) => {
    const sorted = [...group.articles].sort(byDateThenId);
    return { id, title: storyTitle(sorted), articles: sorted.map((a) => a.id), origin: group.origin };
  });
  const firstOf = new Map(stories.map((s) => [s.id, groups.get(s.id)!.articles.sort(byDateThenId)[0]!]));
  return stories.sort((x, y) => byDateThenId(firstOf.get(x.id)!, firstOf.get(y.id)!));
}

/**
 * Joins groups written in different languages that report the same event: the names, places and numbers of each
 * group (their summed weights, exonyms folded) compared, the closest pairs first, one join per group a round, until
 * no pair of groups with different languages reaches `namesAcrossLanguages` without a conflict of dates.
 */
function joinAcrossLanguages(
  features: Features[],
  members: number[][],
  parent: number[],
  find: (i: number) => number,
  options: GroupingOptions,
): void {
  for (;;) {
    const roots = features.map((_, i) => i).filter((i) => find(i) === i);
    const centroid = new Map(roots.map((r) => [r, sumVectors(members[r]!.map((m) => features[m]!.names))]));
    const languages = new Map(
      roots.map((r) => [
        r,
        [...new Set(members[r]!.map((m) => features[m]!.article.language ?? ''))].sort().join(),
      ]),
    );
    const postings = new Map<string, number[]>();
    for (const r of roots) {
      const top = [...centroid.get(r)!]
        .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
        .slice(0, TOP_TERMS);
      for (const [key] of top) {
        const list = postings.get(key);
        if (list) list.push(r);
        else postings.set(key, [r]);
      }
    }
    const seen = new Set<string>();
    const pairs: Edge[] = [];
    for (const list of postings.values()) {
      if (list.length > MAX_BUCKET) continue;
      for (let x = 0; x < list.length; x++) {
        for (let y = x + 1; y < list.length; y++) {
          const [a, b] = list[x]! < list[y]! ? [list[x]!, list[y]!] : [list[y]!, list[x]!];
          const key = `${a},${b}`;
          if (seen.has(key) || languages.get(a) === languages.get(b)) continue;
          seen.add(key);
          const strength = cosine(centroid.get(a)!, centroid.get(b)!);
          if (strength >= options.namesAcrossLanguages) pairs.push({ a, b, strength });
        }
      }
    }
    pairs.sort((x, y) => y.strength - x.strength || x.a - y.a || x.b - y.b);
    const joined = new Set<number>();
    for (const { a, b } of pairs) {
      if (joined.has(a) || joined.has(b)) continue;
      const conflict = members[a]!.some((i) =>
        members[b]!.some((j) => conflicts(features[i]!, features[j]!, options)),
      );
      if (conflict) continue;
      parent[b] = a;
      members[a] = [...members[a]!, ...members[b]!];
      members[b] = [];
      joined.add(a);
      joined.add(b);
    }
    if (joined.size === 0) return;
  }
}

/** The normalised sum of normalised sparse vectors. */
function sumVectors(vectors: Map<string, number>[]): Map<string, number> {
  const sum = new Map<string, number>();
  for (const v of vectors) for (const [k, w] of v) sum.set(k, (sum.get(k) ?? 0) + w);
  let norm = 0;
  for (const w of sum.values()) norm += w * w;
  norm = Math.sqrt(norm) || 1;
  for (const [k, w] of sum) sum.set(k, w / norm);
  return sum;
}

/** A stable story id from its earliest member's sha256 (or text, when no sha256 is known). */
function storyIdFor(articles: Article[]): string {
  const earliest = [...articles].sort(byDateThenSha)[0]!;
  const key = earliest.sha256 || hashString(earliest.text).toString(16).padStart(8, '0');
  return `story-${key.slice(0, 12)}`;
}

/** Orders articles by the first day their date can mean, undated last, then by sha256. */
function byDateThenSha(a: Article, b: Article): number {
  return (
    compareByDate(a, b) || (a.sha256 < b.sha256 ? -1 : a.sha256 > b.sha256 ? 1 : 0) || (a.id < b.id ? -1 : 1)
  );
}

/** Orders articles by the first day their date can mean, undated last, then by id. */
function byDateThenId(a: Article, b: Article): number {
  return compareByDate(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Compares by date range start (undated last). */
function compareByDate(a: Article, b: Article): number {
  const x = dateRange(a.date)?.first ?? '9999';
  const y = dateRange(b.date)?.first ?? '9999';
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The story's title: the earliest titled member's title, else the headline of its earliest member. */
function storyTitle(sorted: Article[]): string {
  const titled = sorted.find((a) => a.title);
  if (titled?.title) return titled.title;
  return sorted[0] ? articleHeadline(sorted[0]) : '';
}

/** Term vectors, shingles, MinHash signatures and time clues of each article. */
function buildFeatures(articles: readonly Article[]): Features[] {
  const termCounts: Map<string, number>[] = [];
  const nameCounts: Map<string, number>[] = [];
  const df = new Map<string, number>();
  const nameDf = new Map<string, number>();
  const features = articles.map((article) => {
    const tokens = contentWords(article);
    const counts = new Map<string, number>();
    for (const word of tokens.words) {
      const term = termOf(word);
      if (term !== null) counts.set(term, (counts.get(term) ?? 0) + 1);
    }
    termCounts.push(counts);
    for (const term of counts.keys()) df.set(term, (df.get(term) ?? 0) + 1);
    const names = new Map<string, number>();
    for (const key of nameKeysOfWords(article.text, tokens)) names.set(key, (names.get(key) ?? 0) + 1);
    nameCounts.push(names);
    for (const key of names.keys()) nameDf.set(key, (nameDf.get(key) ?? 0) + 1);
    const shingles = sortedShingles(tokens.hashes);
    const range = dateRange(article.date);
    const lead = contentSpans(article)
      .filter((span) => !isTitle(article, span))
      .slice(0, 2)
      .map(([s, e]) => article.text.slice(s, e))
      .join(' ')
      .slice(0, 700);
    const f: Features = {
      article,
      vector: new Map(),
      names: new Map(),
      shingles,
      signature: minHash(shingles),
      dayMonths: findDayMonths(tokens.words),
    };
    const weekday = findWeekday(lead);
    if (weekday !== undefined) f.weekday = weekday;
    if (range) f.range = { first: dayNumber(range.first), last: dayNumber(range.last) };
    return f;
  });
  const n = articles.length;
  features.forEach((f, i) => {
    weigh(termCounts[i]!, df, n, f.vector);
    weigh(nameCounts[i]!, nameDf, n, f.names);
  });
  return features;
}

/** Fills `into` with the normalised tf-idf weights of `counts`. */
function weigh(
  counts: Map<string, number>,
  df: Map<string, number>,
  n: number,
  into: Map<string, number>,
): void {
  let norm = 0;
  for (const [term, count] of counts) {
    const weight = (1 + Math.log(count)) * Math.log(1 + n / df.get(term)!);
    into.set(term, weight);
    norm += weight * weight;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [term, weight] of into) into.set(term, weight / norm);
}

/** MinHash signature of a shingle set. */
function minHash(shingles: Uint32Array): Uint32Array {
  const signature = new Uint32Array(MINHASH).fill(0xffffffff);
  for (const shingle of shingles) {
    if ((shingle & MINHASH_SAMPLE_MASK) !== 0) continue;
    for (let k = 0; k < MINHASH; k++) {
      const h = (Math.imul(shingle ^ SEEDS[k]!, 0x9e3779b1) ^ (shingle >>> 15)) >>> 0;
      const mixed = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
      if (mixed < signature[k]!) signature[k] = mixed;
    }
  }
  return signature;
}

const SEEDS = Uint32Array.from({ length: MINHASH }, (_, k) => hashString(`minhash-${k}`));

/** The first weekday named in the lead (0 = Sunday), the usual way a news lead says when the event happened. */
function findWeekday(lead: string): number | undefined {
  const m =
    /(?<![\p{L}])(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\p{L}])/iu.exec(
      lead,
    );
  const day = m?.[1] ? isoWeekday(m[1]) : undefined;
  return day === undefined ? undefined : day % 7;
}

/** Calendar days named in the body ("10 janvier", "December 30") as `MM-DD`. */
function findDayMonths(words: string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const month = monthNumber(words[i]!);
    if (month === undefined) continue;
    const before = words[i - 1] === 'er' ? words[i - 2] : words[i - 1];
    const after = words[i + 1];
    const day =
      before && /^\d{1,2}$/.test(before)
        ? Number(before)
        : after && /^\d{1,2}$/.test(after)
          ? Number(after)
          : 0;
    if (day >= 1 && day <= 31) out.add(`${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
  }
  return out;
}

interface Edge {
  a: number;
  b: number;
  strength: number;
}

/** Candidate pairs (MinHash bands, shared distinctive terms) scored; only pairs judged the same event are returned. */
function scoreCandidates(features: Features[], options: GroupingOptions): Edge[] {
  const pairs = new Set<number>();
  const n = features.length;
  const addPair = (i: number, j: number): void => {
    if (i !== j) pairs.add(i < j ? i * n + j : j * n + i);
  };
  if (n <= ALL_PAIRS_UP_TO) {
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) addPair(i, j);
  }
  const rows = MINHASH / BANDS;
  for (let band = 0; band < BANDS; band++) {
    const buckets = new Map<string, number[]>();
    features.forEach((f, i) => {
      if (f.shingles.length === 0) return;
      const key = Array.from(f.signature.subarray(band * rows, band * rows + rows)).join(',');
      const bucket = buckets.get(key);
      if (bucket) bucket.push(i);
      else buckets.set(key, [i]);
    });
    for (const bucket of buckets.values()) {
      if (bucket.length > MAX_BUCKET) continue;
      for (let x = 0; x < bucket.length; x++)
        for (let y = x + 1; y < bucket.length; y++) addPair(bucket[x]!, bucket[y]!);
    }
  }
  const postings = new Map<string, number[]>();
  features.forEach((f, i) => {
    const top = [...f.vector].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, TOP_TERMS);
    for (const [term] of top) {
      const list = postings.get(term);
      if (list) list.push(i);
      else postings.set(term, [i]);
    }
  });
  const shared = new Map<number, number>();
  for (const list of postings.values()) {
    if (list.length > MAX_BUCKET) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const key = list[x]! * n + list[y]!;
        const count = (shared.get(key) ?? 0) + 1;
        shared.set(key, count);
        if (count === MIN_SHARED_TOP) pairs.add(key);
      }
    }
  }
  const edges: Edge[] = [];
  for (const key of pairs) {
    const a = Math.floor(key / n);
    const b = key % n;
    const strength = sameEvent(features[a]!, features[b]!, options);
    if (strength !== undefined) edges.push({ a, b, strength });
  }
  return edges;
}

/** Strength of the link between two articles when they report the same event, else undefined. */
function sameEvent(x: Features, y: Features, options: GroupingOptions): number | undefined {
  const containment = shingleContainment(x.shingles, y.shingles);
  if (conflicts(x, y, options, containment)) return undefined;
  const similarity = cosine(x.vector, y.vector);
  const timeAgrees =
    (x.weekday !== undefined && x.weekday === y.weekday) || intersects(x.dayMonths, y.dayMonths);
  const same =
    containment >= options.containment ||
    (timeAgrees && similarity >= options.similarityWithTime) ||
    similarity >= options.similarityAlone;
  return same ? Math.max(containment, similarity) + (timeAgrees ? 0.1 : 0) : undefined;
}

/** True when two articles cannot be about the same event: weekdays in their leads or dates too far apart (unless one copies the other). */
function conflicts(x: Features, y: Features, options: GroupingOptions, containment?: number): boolean {
  if (
    x.weekday !== undefined &&
    y.weekday !== undefined &&
    weekdayDistance(x.weekday, y.weekday) > options.maxWeekdayGap
  )
    return true;
  if (x.range && y.range) {
    const gap = Math.max(x.range.first - y.range.last, y.range.first - x.range.last, 0);
    if (gap > options.maxDayGap && (containment ?? shingleContainment(x.shingles, y.shingles)) < 0.5)
      return true;
  }
  return false;
}

/** Days between two weekdays, either way round the week (0–3). */
function weekdayDistance(a: number, b: number): number {
  const d = Math.abs(a - b) % 7;
  return Math.min(d, 7 - d);
}

/** Shared shingles over the smaller set's size (merge of two sorted arrays). */
function shingleContainment(a: Uint32Array, b: Uint32Array): number {
  const smaller = Math.min(a.length, b.length);
  if (smaller === 0) return 0;
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared / smaller;
}

/** Sorted unique hashes of every word 4-gram. */
function sortedShingles(wordHashes: Uint32Array): Uint32Array {
  const count = Math.max(0, wordHashes.length - SHINGLE + 1);
  const all = new Uint32Array(count);
  for (let i = 0; i < count; i++) all[i] = shingleHash(wordHashes, i, SHINGLE);
  all.sort();
  let unique = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[unique++] = all[i]!;
  return all.subarray(0, unique);
}

const termCache = new Map<string, string | null>();

/** The similarity term of a folded word (stopwords, short words and numbers give null; long words lose a final s/x). */
function termOf(word: string): string | null {
  let term = termCache.get(word);
  if (term === undefined) {
    if (word.length < 3 || NON_TERMS.has(word) || /^\d+$/.test(word)) term = null;
    else term = word.length > 4 ? word.replace(/[sx]$/u, '') : word;
    if (termCache.size > 500_000) termCache.clear();
    termCache.set(word, term);
  }
  return term;
}

/** Cosine of two normalised sparse vectors. */
function cosine(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, weight] of small) sum += weight * (large.get(term) ?? 0);
  return sum;
}

/** True when two sets share an element. */
function intersects(a: Set<string>, b: Set<string>): boolean {
  for (const v of a) if (b.has(v)) return true;
  return false;
}
