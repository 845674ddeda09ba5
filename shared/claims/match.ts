import type { Article, Span } from '../article/model';
import type {
  Claim,
  ClaimCorrection,
  ClaimDifference,
  ClaimKind,
  ClaimRow,
  DiscrepancyType,
  RowSubject,
} from './model';
import { isHedge } from './lexicon';
import { contentSpans } from '../text/content';
import { fold } from '../text/fold';
import { durationUnitOf } from '../text/quantity-words';
import { textLang } from '../text/lang';
import { splitSentences } from '../text/sentences';
import { stem as stemOf } from '../text/stem';
import { DETERMINERS, stopWords } from '../text/stop-words';
import { words as wordsOf, type WordToken } from '../text/tokenize';

const NON_CONTEXT = stopWords('context');

/** The parts of an article matching reads: its text and where its content is. */
export type MatchSource = Pick<Article, 'id' | 'text' | 'paragraphs' | 'boilerplate' | 'language'>;

/** Claims of each article, by article id. */
export type ClaimsByArticle =
  ReadonlyMap<string, readonly Claim[]> | Readonly<Record<string, readonly Claim[]>>;

/** Kinds that form rows; names of people, places and organisations only serve as context. */
const MATCHED_KINDS: ReadonlySet<ClaimKind> = new Set([
  'quantity',
  'date',
  'time',
  'quote',
  'reported-speech',
  'framing',
  'source',
  'attribution',
]);
/** Kinds whose claims are statements someone made: compared by their words, across the two kinds. */
const STATEMENT_KINDS: ReadonlySet<ClaimKind> = new Set(['quote', 'reported-speech']);
/** Kinds compared by their words as written and their context (a framing word, a cited source, a hedge). */
const MARKER_KINDS: ReadonlySet<ClaimKind> = new Set(['framing', 'source', 'attribution']);
const WINDOW = 8;
const THRESHOLD: Record<string, number> = {
  quantity: 0.12,
  date: 0.25,
  time: 0.25,
  quote: 0.6,
  'reported-speech': 0.6,
  framing: 0.35,
  source: 0.35,
  attribution: 0.4,
};

/** Counted nouns that mean the same thing across wordings. */
const CONCEPTS: [RegExp, string][] = [
  [/^(?:soldat|militaire|troupe|troop|soldier|combattant|fighter)/, 'troops'],
  [/^(?:fois|reprises?|repris|times?)$/, 'occurrences'],
  [/^(?:mort|tue|victime|dece|dead|killed|death|fatalit)/, 'deaths'],
  [/^(?:blesse|injured|wounded)/, 'injured'],
  [/^(?:dollar|\$|usd)/, 'usd'],
  [/^(?:euro|€|eur)$/, 'eur'],
  [/^(?:%|pour ?cent|percent|per cent)/, 'percent'],
  [/^(?:dirigeant|leader|president|chef d'etat)/, 'leaders'],
  [/^(?:minute|min)$/, 'minutes'],
  [/^(?:heure|hour)$/, 'hours'],
  [/^(?:jour|day)$/, 'days'],
  [/^(?:mois|month)$/, 'months'],
  [/^(?:an|annee|year)$/, 'years'],
];

/** What matching knows about one claim. */
interface Feature {
  claim: Claim;
  articleIndex: number;
  key: string;
  window: Map<string, number>;
  /** The window as stem ids in increasing order, with their weights, for fast comparison. */
  windowIds: Int32Array;
  windowWeights: Float64Array;
  /** Sum of the window's weights. */
  windowTotal: number;
  /** Stem ids of the sentence, in increasing order. */
  sentenceIds: Int32Array;
  /** Quote or reported speech: content stems of the statement's words. */
  words: Set<string>;
  /** Quote: every folded word of the quoted words, in order, to compare wordings. */
  sequence: string[];
  /** The article's language family ('fr', 'en', '' when unknown): wording and framing are compared within one. */
  lang: string;
  /** The claim's sentence attributes what it states ("according to", a cited source) or it sits in a statement. */
  attributed: boolean;
  /** The claim's sentence hedges ("reportedly", "aurait"). */
  hedged: boolean;
  /** Surface form of each context stem, for topics. */
  surface: Map<string, string>;
  /** Context stems written after a determiner ("la réunion", "the call"): nouns, preferred in topics. */
  nouns: Set<string>;
}

/**
 * Groups claims that report the same fact across articles into rows (troop count, call duration, talks dates, who said
 * what) and flags how the articles differ. `corrections` move claims between rows and dismiss flags.
 */
export function matchClaims(
  articles: readonly MatchSource[],
  claimsByArticle: ClaimsByArticle,
  corrections: readonly ClaimCorrection[] = [],
): ClaimRow[] {
  const get = (id: string): readonly Claim[] =>
    (claimsByArticle instanceof Map
      ? claimsByArticle.get(id)
      : (claimsByArticle as Record<string, readonly Claim[]>)[id]) ?? [];
  const features: Feature[] = [];
  const stemIds = new Map<string, number>();
  articles.forEach((article, articleIndex) => {
    const lang = textLang(article.language);
    const sentences = contentSpans(article).flatMap((zone) => splitSentences(article.text, zone, lang));
    const claims = get(article.id);
    const marks = marksOf(claims);
    for (const claim of claims) {
      if (!MATCHED_KINDS.has(claim.kind)) continue;
      const feature = featureOf(article.text, sentences, claim, articleIndex, stemIds);
      feature.lang = article.language?.slice(0, 2) ?? '';
      const [s, e] = sentenceOf(sentences, claim);
      const inside = marks.filter((m) => m.start < e && m.end > s && m.claim !== claim);
      const near = inside.filter((m) => m.end >= claim.start - 60 && m.start <= claim.end + 60);
      feature.hedged = near.some((m) => m.hedge);
      feature.attributed = claim.attribution !== undefined || near.some((m) => !m.hedge);
      features.push(feature);
    }
  });
  const clusters = clusterFeatures(features);
  const byId = new Map(features.map((f) => [f.claim.id, f]));
  const groups = applyMoves(
    clusters.map((c) => c.map((f) => f.claim.id)),
    corrections,
    byId,
  );
  const order = new Map(features.map((f, i) => [f.claim.id, i]));
  const rows = groups
    .map((ids) =>
      ids.map((id) => byId.get(id)!).sort((a, b) => order.get(a.claim.id)! - order.get(b.claim.id)!),
    )
    .sort((a, b) => order.get(a[0]!.claim.id)! - order.get(b[0]!.claim.id)!)
    .map((group) => buildRow(group, articles.length));
  return applyDismissals(rows, corrections);
}

/** Context features of a claim: weighted nearby words, its sentence's words, and a quote's own words. */
function featureOf(
  text: string,
  sentences: readonly Span[],
  claim: Claim,
  articleIndex: number,
  stemIds: Map<string, number>,
): Feature {
  const sentence = sentenceOf(sentences, claim);
  const tokens = wordsOf(text, sentence[0], Math.max(sentence[1], claim.end));
  const window = new Map<string, number>();
  const surface = new Map<string, string>();
  const nouns = new Set<string>();
  const sentenceStems = new Set<string>();
  const firstInside = tokens.findIndex((t) => t.start >= claim.start);
  const lastInside = tokens.findLastIndex((t) => t.end <= claim.end);
  tokens.forEach((t, i) => {
    if (NON_CONTEXT.has(t.folded) || t.folded.length < 2 || /^\d+$/.test(t.folded)) return;
    if (t.start >= claim.start && t.end <= claim.end) return;
    sentenceStems.add(t.stem);
    const distance = i < firstInside ? firstInside - i : i - Math.max(lastInside, firstInside);
    if (distance <= WINDOW) {
      window.set(t.stem, Math.max(window.get(t.stem) ?? 0, 1 / (1 + distance / 4)));
      if (!surface.has(t.stem)) surface.set(t.stem, text.slice(t.start, t.end));
      if (afterDeterminer(text, tokens[i - 1], t.start)) nouns.add(t.stem);
    }
  });
  const words = STATEMENT_KINDS.has(claim.kind)
    ? new Set(
        wordsOf(text, claim.start, claim.end)
          .filter((t) => !NON_CONTEXT.has(t.folded))
          .map((t) => t.stem),
      )
    : new Set<string>();
  const sequence = claim.kind === 'quote' ? wordsOf(text, claim.start, claim.end).map((t) => t.folded) : [];
  const idOf = (stem: string): number => {
    let id = stemIds.get(stem);
    if (id === undefined) stemIds.set(stem, (id = stemIds.size));
    return id;
  };
  const windowEntries = [...window].map(([stem, w]) => [idOf(stem), w] as const).sort((x, y) => x[0] - y[0]);
  let windowTotal = 0;
  for (const [, w] of windowEntries) windowTotal += w;
  return {
    claim,
    articleIndex,
    key: keyOf(claim),
    window,
    windowIds: Int32Array.from(windowEntries, ([id]) => id),
    windowWeights: Float64Array.from(windowEntries, ([, w]) => w),
    windowTotal,
    sentenceIds: Int32Array.from([...sentenceStems].map(idOf)).sort(),
    words,
    sequence,
    lang: '',
    attributed: false,
    hedged: false,
    surface,
    nouns,
  };
}

/** True when the word at `start` follows a determiner: "la réunion", "l'appel", "the call". */
function afterDeterminer(text: string, previous: WordToken | undefined, start: number): boolean {
  if (/(?:^|[^\p{L}])[lL]['’]$/u.test(text.slice(Math.max(0, start - 3), start))) return true;
  return (
    previous !== undefined &&
    DETERMINERS.has(previous.folded) &&
    /^\s+$/u.test(text.slice(previous.end, start))
  );
}

/** The sentence a claim starts in (the claim itself when no sentence holds it). */
function sentenceOf(sentences: readonly Span[], claim: Claim): Span {
  return sentences.find(([s, e]) => claim.start >= s && claim.start < e) ?? [claim.start, claim.end];
}

/** An attribution or hedge marker of an article. */
interface Mark {
  claim: Claim;
  start: number;
  end: number;
  hedge: boolean;
}

/** The attribution and hedge markers among an article's claims. */
function marksOf(claims: readonly Claim[]): Mark[] {
  return claims
    .filter((c) => c.kind === 'attribution')
    .map((claim) => ({ claim, start: claim.start, end: claim.end, hedge: isHedge(fold(claim.text)) }));
}

/** What must be equal for two claims to be compared: the kind, and for quantities the counted thing. */
function keyOf(claim: Claim): string {
  if (isDuration(claim)) return minutesPer(claim) < 1440 ? 'time:duration' : 'time:duration:days';
  if (STATEMENT_KINDS.has(claim.kind)) return 'statement';
  if (claim.kind !== 'quantity') return claim.kind;
  return `quantity:${conceptOf(claim.unit)}`;
}

/** True for a time claim that is a duration ("two hours", "a 35-minute call"): compared like a quantity, in minutes. */
function isDuration(claim: Claim): boolean {
  return claim.kind === 'time' && claim.unit !== undefined;
}

/** The concept a counted noun stands for ("militaires" and "soldats" → troops). */
export function conceptOf(unit: string | undefined): string {
  if (!unit) return '';
  const folded = fold(unit);
  const stemmed = stemOf(folded);
  const concept = CONCEPTS.find(([re]) => re.test(stemmed) || re.test(folded));
  return concept ? concept[1] : stemmed;
}

/** Up to this many claims of one key, every pair is compared; above, only pairs that share a context word or value. */
const EXHAUSTIVE_BUCKET = 400;
/** A context word or value held by more claims than this says too little to make them candidates. */
const MAX_POSTINGS = 48;

/**
 * The pairs of claims (feature indices, first < second) worth comparing in one key bucket: all of them in a small
 * bucket; in a large one, those sharing a rare enough context stem, quoted word or value (blocking, near-linear).
 */
function candidatePairs(features: readonly Feature[], indices: readonly number[]): [number, number][] {
  const pairs: [number, number][] = [];
  if (indices.length <= EXHAUSTIVE_BUCKET) {
    for (let x = 0; x < indices.length; x++)
      for (let y = x + 1; y < indices.length; y++) pairs.push([indices[x]!, indices[y]!]);
    return pairs;
  }
  const postings = new Map<string, number[]>();
  for (const i of indices) {
    const f = features[i]!;
    const tokens = new Set<string>([
      ...[...f.windowIds].map((id) => `w${id}`),
      ...[...f.sentenceIds].map((id) => `s${id}`),
      ...[...f.words].map((w) => `q${w}`),
      ...(f.claim.normalized ? [`v${f.claim.normalized}`] : []),
    ]);
    for (const t of tokens) {
      const list = postings.get(t);
      if (list) list.push(i);
      else postings.set(t, [i]);
    }
  }
  const seen = new Set<number>();
  const n = features.length;
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > MAX_POSTINGS) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const [a, b] = list[x]! < list[y]! ? [list[x]!, list[y]!] : [list[y]!, list[x]!];
        const key = a * n + b;
        if (seen.has(key)) continue;
        seen.add(key);
        pairs.push([a, b]);
      }
    }
  }
  return pairs;
}

/** Greedy best-first clustering: the most similar pairs join first; an article appears once per row unless it repeats the same value. */
function clusterFeatures(features: readonly Feature[]): Feature[][] {
  const pairA: number[] = [];
  const pairB: number[] = [];
  const pairScore: number[] = [];
  const byKey = new Map<string, number[]>();
  features.forEach((f, i) => {
    const list = byKey.get(f.key);
    if (list) list.push(i);
    else byKey.set(f.key, [i]);
  });
  for (const indices of byKey.values()) {
    for (const [x, y] of candidatePairs(features, indices)) {
      const a = features[x]!;
      const score = similarity(a, features[y]!);
      if (score < THRESHOLD[a.claim.kind]!) continue;
      pairA.push(x);
      pairB.push(y);
      pairScore.push(score);
    }
  }
  const order = Uint32Array.from(pairScore.keys()).sort(
    (p, q) => pairScore[q]! - pairScore[p]! || pairA[p]! - pairA[q]! || pairB[p]! - pairB[q]!,
  );
  const owner = features.map((_, i) => i);
  /** Per cluster: its members, and per article the value it gives (null: a quote, never repeated). */
  const clusters = new Map<number, { members: number[]; byArticle: Map<number, string | null> }>(
    features.map((f, i) => [i, { members: [i], byArticle: new Map([[f.articleIndex, valueKey(f)]]) }]),
  );
  for (const p of order) {
    let ra = owner[pairA[p]!]!;
    let rb = owner[pairB[p]!]!;
    if (ra === rb) continue;
    if (clusters.get(ra)!.members.length < clusters.get(rb)!.members.length) [ra, rb] = [rb, ra];
    const big = clusters.get(ra)!;
    const small = clusters.get(rb)!;
    let conflict = false;
    for (const [article, value] of small.byArticle) {
      if (!big.byArticle.has(article)) continue;
      const other = big.byArticle.get(article);
      if (value === null || other === null || value !== other) conflict = true;
      if (conflict) break;
    }
    if (conflict) continue;
    for (const i of small.members) {
      owner[i] = ra;
      big.members.push(i);
    }
    for (const [article, value] of small.byArticle) big.byArticle.set(article, value);
    clusters.delete(rb);
  }
  return [...clusters.values()].map((c) => c.members.sort((x, y) => x - y).map((i) => features[i]!));
}

/** What an article's claims in one row must share: the value or the words; null for statements, which never repeat. */
function valueKey(f: Feature): string | null {
  if (STATEMENT_KINDS.has(f.claim.kind)) return null;
  if (MARKER_KINDS.has(f.claim.kind)) return fold(f.claim.text);
  return f.claim.normalized ?? '';
}

/** How likely two claims report the same fact (0–1.3). */
function similarity(a: Feature, b: Feature): number {
  if (STATEMENT_KINDS.has(a.claim.kind)) return a.articleIndex === b.articleIndex ? 0 : quoteSimilarity(a, b);
  const context = 0.6 * weightedJaccard(a, b) + 0.4 * jaccard(a.sentenceIds, b.sentenceIds);
  if (a.articleIndex === b.articleIndex && (a.claim.normalized !== b.claim.normalized || context < 0.3))
    return 0;
  if (MARKER_KINDS.has(a.claim.kind)) {
    if (a.articleIndex === b.articleIndex) return 0;
    return context + (fold(a.claim.text) === fold(b.claim.text) ? 0.2 : 0);
  }
  if (a.claim.kind === 'quantity' || isDuration(a.claim)) {
    if (a.key === 'quantity:' && context < 0.5) return 0;
    return context + (quantitiesCompatible(a.claim, b.claim) ? 0.15 : 0);
  }
  const relation = a.claim.kind === 'time' ? timeRelation(a.claim, b.claim) : dateRelation(a.claim, b.claim);
  return context + RELATION_BONUS[relation];
}

/** The share of a two-word quoted fragment's surrounding words a statement must hold to be the one it quotes. */
const FRAGMENT_CONTEXT = 0.3;

/**
 * Overlap of two quotes' content words, relative to the shorter; fragments of one or two words must be equal, except
 * a two-word fragment quoted from a reported statement that holds both words and the words around it ("une « rupture
 * complète »" within "…pourraient provoquer une rupture complète des relations").
 */
function quoteSimilarity(a: Feature, b: Feature): number {
  const smaller = Math.min(a.words.size, b.words.size);
  if (smaller === 0) return 0;
  let shared = 0;
  for (const w of a.words) if (b.words.has(w)) shared++;
  if (smaller <= 2) {
    if (shared === a.words.size && shared === b.words.size) return 1;
    if (smaller !== 2 || shared !== 2 || a.claim.kind === b.claim.kind) return 0;
    const [fragment, statement] = a.words.size <= b.words.size ? [a, b] : [b, a];
    let around = 0;
    for (const stem of fragment.window.keys()) if (statement.words.has(stem)) around++;
    return fragment.window.size > 0 && around / fragment.window.size >= FRAGMENT_CONTEXT ? 0.7 : 0;
  }
  return shared / smaller;
}

/** Jaccard index of two sorted id lists. */
function jaccard(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 && b.length === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      shared++;
      i++;
      j++;
    }
  }
  return shared / (a.length + b.length - shared);
}

/** Weighted Jaccard index of two claims' context windows: Σ min / Σ max. */
function weightedJaccard(a: Feature, b: Feature): number {
  const x = a.windowIds;
  const y = b.windowIds;
  let low = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length;) {
    if (x[i]! < y[j]!) i++;
    else if (x[i]! > y[j]!) j++;
    else {
      low += Math.min(a.windowWeights[i]!, b.windowWeights[j]!);
      i++;
      j++;
    }
  }
  const high = a.windowTotal + b.windowTotal - low;
  return high <= 0 ? 0 : low / high;
}

/** Lower and upper bounds a quantity claim allows. */
function bounds(c: Claim): [number, number] {
  const low = c.min ?? c.value ?? -Infinity;
  const high =
    c.max ??
    (c.qualifierKind === 'more' || c.qualifierKind === 'at-least' ? Infinity : (c.value ?? Infinity));
  const factor = minutesPer(c);
  return [low * factor, high * factor];
}

/** Minutes per unit of a duration ("heures" → 60), 1 for any other claim. */
function minutesPer(c: Claim): number {
  return isDuration(c) ? (durationUnitOf(fold(c.unit!))?.minutes ?? 1) : 1;
}

/** True when two quantities' bounds overlap. */
function quantitiesCompatible(a: Claim, b: Claim): boolean {
  const [al, ah] = bounds(a);
  const [bl, bh] = bounds(b);
  return al <= bh && bl <= ah;
}

/** How two dates or two times relate. */
type Relation = 'same' | 'contains' | 'overlap' | 'disjoint' | 'unknown';

/** How much a relation adds to the similarity of two dates or times. */
const RELATION_BONUS: Record<Relation, number> = {
  same: 0.3,
  contains: 0.15,
  overlap: 0.15,
  unknown: 0,
  disjoint: 0,
};

/** The days (or months, years) a normalized date covers, and its precision (1 year, 2 month, 3 day). */
interface DateUnits {
  precision: number;
  values: string[];
}

const dateUnitsCache = new Map<string, DateUnits>();

/** `computeDateUnits`, remembered: matching compares the same few dates many times. */
function dateUnits(normalized: string): DateUnits {
  let units = dateUnitsCache.get(normalized);
  if (!units) {
    if (dateUnitsCache.size > 10_000) dateUnitsCache.clear();
    units = computeDateUnits(normalized);
    dateUnitsCache.set(normalized, units);
  }
  return units;
}

/** Days (or months, years) a normalized date covers, at its precision. */
function computeDateUnits(normalized: string): DateUnits {
  const parts = normalized.split(/[,/]/);
  const precision = parts[0]!.replace(/^--/, 'xxxx-').split('-').length;
  if (normalized.includes('/')) {
    const [from, to] = parts as [string, string];
    const values: string[] = [];
    for (let t = Date.parse(from); t <= Date.parse(to) && values.length < 400; t += 86_400_000) {
      values.push(new Date(t).toISOString().slice(0, 10));
    }
    return { precision, values: values.length ? values : parts };
  }
  return { precision, values: parts };
}

/** Relation of two date claims: equal, one a coarser form of the other, sharing some days, or different. */
function dateRelation(a: Claim, b: Claim): Relation {
  if (!a.normalized || !b.normalized) {
    if (a.weekday && b.weekday && !a.normalized && !b.normalized)
      return a.weekday === b.weekday ? 'same' : 'disjoint';
    const known = a.normalized ? a : b.normalized ? b : undefined;
    const weekdayOnly = known === a ? b : a;
    if (known?.normalized && weekdayOnly.weekday && /^\d{4}-\d{2}-\d{2}$/.test(known.normalized)) {
      const day = ((new Date(`${known.normalized}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
      return day === weekdayOnly.weekday ? 'contains' : 'disjoint';
    }
    return 'unknown';
  }
  if (a.normalized === b.normalized) return 'same';
  if (a.normalized.startsWith('--') !== b.normalized.startsWith('--')) {
    const [yearless, dated] = a.normalized.startsWith('--')
      ? [a.normalized, b.normalized]
      : [b.normalized, a.normalized];
    if (/^\d{4}-\d{2}-\d{2}$/.test(dated)) return dated.endsWith(yearless.slice(1)) ? 'contains' : 'disjoint';
  }
  const x = dateUnits(a.normalized);
  const y = dateUnits(b.normalized);
  if (x.precision === y.precision && x.values.length === 1 && y.values.length === 1) return 'disjoint';
  if (x.precision !== y.precision) {
    const [coarse, fine] = x.precision < y.precision ? [x, y] : [y, x];
    return fine.values.every((v) =>
      coarse.values.some((c) => v.startsWith(c) || v.slice(2).startsWith(c.slice(2))),
    )
      ? 'contains'
      : 'disjoint';
  }
  return x.values.some((v) => y.values.includes(v)) ? 'overlap' : 'disjoint';
}

/** Relation of two times: the same instant once zones are applied, or possibly so when a zone is missing. */
function timeRelation(a: Claim, b: Claim): Relation {
  if (a.normalized === undefined || b.normalized === undefined) return 'unknown';
  const minutes = (c: Claim): number => {
    const [h, m] = (c.normalized ?? '00:00').slice(0, 5).split(':').map(Number) as [number, number];
    return h * 60 + m;
  };
  const utc = (c: Claim): number | undefined =>
    c.utcOffsetMinutes === undefined ? undefined : (minutes(c) - c.utcOffsetMinutes + 1440) % 1440;
  const ua = utc(a);
  const ub = utc(b);
  /** The same instant, or `x` an hour without minutes ("4 h", "2am") that holds `y`. */
  const within = (x: number, y: number, xClaim: Claim, yClaim: Claim): Relation => {
    if (x === y) return hourOnly(xClaim) === hourOnly(yClaim) ? 'same' : 'contains';
    const after = (y - x + 1440) % 1440;
    const before = (x - y + 1440) % 1440;
    return (hourOnly(xClaim) && after < 60) || (hourOnly(yClaim) && before < 60) ? 'contains' : 'disjoint';
  };
  if (ua !== undefined && ub !== undefined) return within(ua, ub, a, b);
  if (ua === undefined && ub === undefined) return within(minutes(a), minutes(b), a, b);
  const [zoned, local] = ua !== undefined ? [ua, b] : [ub!, a];
  const zonedClaim = local === a ? b : a;
  const plausibleOffsets = [0, 60, 120, 180];
  return plausibleOffsets.some(
    (o) => within(zoned, (minutes(local) - o + 1440) % 1440, zonedClaim, local) !== 'disjoint',
  )
    ? 'contains'
    : 'disjoint';
}

/** True for a clock time written without its minutes ("4 h", "2am", "10 heures"): it holds the whole hour. */
function hourOnly(c: Claim): boolean {
  return /\d/.test(c.text) && !/\d\s*[:.hH]\s*\d{2}/.test(c.text);
}

/** Applies "move" corrections to groups of claim ids. */
function applyMoves(
  groups: string[][],
  corrections: readonly ClaimCorrection[],
  known: ReadonlyMap<string, Feature>,
): string[][] {
  const out = groups.map((g) => [...g]);
  for (const c of corrections) {
    if (c.type !== 'move' || !known.has(c.claimId)) continue;
    const target = c.toClaimId === null ? undefined : stripRow(c.toClaimId);
    if (target !== undefined && !known.has(target)) continue;
    const from = out.find((g) => g.includes(c.claimId));
    if (from) from.splice(from.indexOf(c.claimId), 1);
    const to = target === undefined ? undefined : out.find((g) => g.includes(target));
    if (to) to.push(c.claimId);
    else out.push([c.claimId]);
  }
  return out.filter((g) => g.length > 0);
}

/** `row:<claimId>` → `<claimId>`. */
function stripRow(ref: string): string {
  return ref.startsWith('row:') ? ref.slice(4) : ref;
}

/** Builds a row from its claims' features: order, topic and discrepancies. */
function buildRow(group: Feature[], selectionSize: number): ClaimRow {
  const sorted = [...group].sort((a, b) => a.articleIndex - b.articleIndex || a.claim.start - b.claim.start);
  const first = sorted[0]!.claim;
  const articles = [...new Set(sorted.map((f) => f.claim.articleId))];
  const differences = differencesOf(sorted);
  const subject = subjectOf(sorted);
  const discrepancies: DiscrepancyType[] = differences.map((d) => d.type);
  if (selectionSize > 1 && articles.length === 1) discrepancies.push('reported-by-one');
  return {
    id: `row:${first.id}`,
    topic: topicOf(subject),
    subject,
    kind: first.kind,
    claims: sorted.map((f) => f.claim.id),
    articles,
    discrepancies,
    dismissed: [],
    differences,
  };
}

/**
 * How the articles of a row differ, each type with the first pair of claims (earlier article first) showing it.
 * `group` is in selection order. An attribution or hedge is added or dropped against the row's first article.
 */
function differencesOf(group: readonly Feature[]): ClaimDifference[] {
  const found = new Map<DiscrepancyType, ClaimDifference>();
  const firstArticle = group[0]?.articleIndex;
  const pair = new Set(group.map((f) => f.articleIndex)).size === 2;
  const seen = new Set<string>();
  const distinct = group.filter((f, i) => {
    const key = i === 0 ? '' : signatureOf(f);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  for (let i = 0; i < distinct.length; i++) {
    for (let j = i + 1; j < distinct.length; j++) {
      const a = distinct[i]!;
      const b = distinct[j]!;
      if (a.articleIndex === b.articleIndex) continue;
      for (const type of pairDifferences(a, b, pair && a.articleIndex === firstArticle)) {
        if (!found.has(type)) found.set(type, { type, a: a.claim.id, b: b.claim.id });
      }
    }
  }
  return DISCREPANCY_ORDER.flatMap((type) => found.get(type) ?? []);
}

/**
 * What a claim's comparisons depend on: two claims with one signature differ from the others in the same ways, so a
 * row of thousands of copies compares only its distinct wordings (near-linear matching).
 */
function signatureOf(f: Feature): string {
  const c = f.claim;
  return [
    c.kind,
    c.normalized ?? '',
    c.qualifierKind ?? '',
    c.unit ? minutesPer(c) : '',
    c.speaker ?? '',
    f.lang,
    f.attributed ? 'a' : '',
    f.hedged ? 'h' : '',
    MARKER_KINDS.has(c.kind) ? fold(c.text) : f.sequence.join(' '),
  ].join('\u0001');
}

/** The order flags are listed in: values first, then who and how, then how it is framed. */
const DISCREPANCY_ORDER: readonly DiscrepancyType[] = [
  'number-differs',
  'duration-differs',
  'date-differs',
  'time-differs',
  'qualifier-differs',
  'speaker-differs',
  'wording-differs',
  'attribution-added',
  'attribution-dropped',
  'hedge-added',
  'hedge-dropped',
  'framing-differs',
];

/** What differs between two claims of one row from two articles (`a` from the earlier one; `first`: the row's first). */
function pairDifferences(fa: Feature, fb: Feature, first: boolean): DiscrepancyType[] {
  const a = fa.claim;
  const b = fb.claim;
  const out: DiscrepancyType[] = [];
  if (a.kind === 'quantity' || isDuration(a)) {
    if (valuesDiffer(a, b)) out.push(isDuration(a) ? 'duration-differs' : 'number-differs');
    if (sameValue(a, b) && qualifierCategory(a) !== qualifierCategory(b)) out.push('qualifier-differs');
  } else if (a.kind === 'date') {
    if (a.normalized && b.normalized && ['overlap', 'disjoint'].includes(dateRelation(a, b)))
      out.push('date-differs');
  } else if (a.kind === 'time') {
    if (timeRelation(a, b) === 'disjoint') out.push('time-differs');
  } else if (STATEMENT_KINDS.has(a.kind)) {
    if (a.speaker && b.speaker && differentSpeakers(a.speaker, b.speaker)) out.push('speaker-differs');
    if (
      a.kind === 'quote' &&
      b.kind === 'quote' &&
      fa.lang === fb.lang &&
      wordingDiffers(fa.sequence, fb.sequence)
    )
      out.push('wording-differs');
  } else if (a.kind === 'framing') {
    if (fa.lang === fb.lang && fold(a.text) !== fold(b.text)) out.push('framing-differs');
  }
  if (first && (a.kind === 'quantity' || a.kind === 'date' || a.kind === 'time')) {
    if (fa.attributed !== fb.attributed)
      out.push(fb.attributed ? 'attribution-added' : 'attribution-dropped');
    if (fa.hedged !== fb.hedged) out.push(fb.hedged ? 'hedge-added' : 'hedge-dropped');
  }
  return out;
}

/**
 * True when two quotations of one statement are worded differently: words changed, or the shorter one is the longer
 * cut inside (its words in order with a gap). The same words, or one quotation a run of the other's words (a shorter
 * excerpt), are a look-alike; case, accents, punctuation, apostrophes and hyphens ("south-eastern", "southeastern")
 * do not count.
 */
export function wordingDiffers(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 0) return false;
  const joined = ` ${long.join(' ')} `;
  if (joined.includes(` ${short.join(' ')} `)) return false;
  const letters = (words: readonly string[]): string => words.join('').replace(/[^\p{L}\p{N}]/gu, '');
  return !letters(long).includes(letters(short));
}

/** A quantity's stated value in its base unit (minutes for a duration), when it states one. */
function baseValue(c: Claim): number | undefined {
  return c.value === undefined ? undefined : c.value * minutesPer(c);
}

/** True when two quantities state the same figure (however qualified). */
function sameValue(a: Claim, b: Claim): boolean {
  const x = baseValue(a);
  return x !== undefined && x === baseValue(b);
}

/** Two bounds in one direction further apart than this share of the larger are two different figures. */
const BOUND_GAP = 0.1;

/**
 * True when two quantities give different figures. Compatible precisions are not a difference: a bound or a vague
 * amount that holds the other figure ("more than two hours" and "three hours", "several metres" and "five metres"),
 * and two bounds in one direction within a rounding ("more than 5,000" and "more than 5,385"). Two stated figures
 * (exact or approximate) that differ, or bounds that exclude each other, are.
 */
function valuesDiffer(a: Claim, b: Claim): boolean {
  if (!quantitiesCompatible(a, b)) return true;
  const x = baseValue(a);
  const y = baseValue(b);
  if ((x === undefined) !== (y === undefined)) {
    const [range, figure] = x === undefined ? [a, y!] : [b, x];
    const [low, high] = bounds(range);
    return figure < low || figure > high;
  }
  if (x === undefined || y === undefined || x === y) return false;
  const ca = qualifierCategory(a);
  const cb = qualifierCategory(b);
  const stated = (c: string): boolean => c === 'exact' || c === 'approx';
  if (stated(ca) && stated(cb)) return !roundedAlike(a, b);
  if (stated(ca) !== stated(cb)) {
    const [bound, figure, kind] = stated(ca) ? [y, x, cb] : [x, y, ca];
    return kind === 'more' ? figure < bound : kind === 'less' ? figure > bound : false;
  }
  return ca === cb && (ca === 'more' || ca === 'less') && Math.abs(x - y) > BOUND_GAP * Math.max(x, y);
}

/**
 * True when one figure is the other rounded to its own last digit ("18 km" and "17.9 km", "120 miles" and "124
 * miles"): the rounded figure holds the precise one.
 */
function roundedAlike(a: Claim, b: Claim): boolean {
  if (a.value === undefined || b.value === undefined || minutesPer(a) !== minutesPer(b)) return false;
  const step = (v: number): number => {
    const digits = String(v);
    const decimals = digits.includes('.') ? digits.split('.')[1]!.length : 0;
    if (decimals > 0) return 10 ** -decimals;
    const zeros = /0*$/.exec(digits)![0].length;
    return v === 0 ? 1 : 10 ** Math.min(zeros, digits.length - 1);
  };
  const coarse = Math.max(step(a.value), step(b.value));
  return Math.abs(a.value - b.value) < coarse / 2 - 1e-9;
}

/** The qualifier family compared across articles: exact, approximate, lower bound, upper bound, vague, range. */
function qualifierCategory(c: Claim): string {
  switch (c.qualifierKind) {
    case 'nearly':
      return 'approx';
    case 'at-least':
      return 'more';
    case 'at-most':
      return 'less';
    default:
      return c.qualifierKind ?? 'exact';
  }
}

/** Titles and courtesy words that are not part of a speaker's name. */
const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'm',
  'mme',
  'president',
  'both',
  'minister',
  'ministre',
  'authorities',
  'experts',
  'officials',
  'residents',
  'resident',
  'seismologists',
  'sources',
  'analysts',
  'many',
  'several',
  'autorites',
  'experts',
  'responsables',
]);

/** The capitalised name words of a speaker as folded ("Mr. Biden" → ["biden"]); none for a title ("the minister"). */
function nameWords(speaker: string): string[] {
  return [...speaker.matchAll(/(?<![\p{L}])\p{Lu}[\p{L}’'-]+/gu)]
    .map((m) => fold(m[0]).replace(/[’'.]/g, ''))
    .filter((w) => w.length > 1 && !TITLES.has(w) && !NON_CONTEXT.has(w));
}

/** Two spellings of one name word: equal, one letter apart, or a shared stem of four letters ("Prigozhin", "Prigojine"). */
function sameNameWord(x: string, y: string): boolean {
  if (x === y) return true;
  if (x.length >= 5 && y.length >= 5 && x.slice(0, 4) === y.slice(0, 4)) return true;
  return x.length >= 5 && y.length >= 5 && withinOneEdit(x, y);
}

/** True when one insertion, deletion or substitution turns `x` into `y`. */
function withinOneEdit(x: string, y: string): boolean {
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  const tail = (a: string, b: string): boolean => a === b;
  return (
    tail(x.slice(i + 1), y.slice(i + 1)) ||
    tail(x.slice(i), y.slice(i + 1)) ||
    tail(x.slice(i + 1), y.slice(i))
  );
}

/**
 * Whether two speakers are known to be different people: both named (a bare title or "a statement" says too little)
 * and no name word in common, misspellings and transliterations aside ("Antony" and "Anthony Blinken", "Poutine"
 * and "Vladimir Putin" share a word).
 */
function differentSpeakers(a: string, b: string): boolean {
  const x = nameWords(a);
  const y = nameWords(b);
  if (x.length === 0 || y.length === 0) return false;
  return !x.some((w) => y.some((v) => sameNameWord(w, v)));
}

/** Context words that make poor topics: adverbs and verb forms ("mutuellement", "lasted", "entretenus", "duré"). */
const NOT_TOPIC =
  /(?:ment|ly|ed|ing|é|ée|és|ées|us|ait|aient|ont|era|ant)$|^(?:said|says|told|any|happen|dit|déclaré|sujet|fois|part|cas|matter|time|way)$/u;

/** What a row is about, as data: its kind, the counted concept, a context word, the speaker or the first words. */
function subjectOf(group: readonly Feature[]): RowSubject {
  const claim = group[0]!.claim;
  if (STATEMENT_KINDS.has(claim.kind)) {
    const speaker = group.map((f) => f.claim.speaker).find((s) => s && nameWords(s).length > 0);
    const subject: RowSubject = { kind: 'statement' };
    if (speaker) subject.speaker = speaker;
    else subject.words = claim.text.split(/\s+/).slice(0, 5).join(' ');
    return subject;
  }
  const weights = new Map<string, number>();
  for (const f of group) {
    for (const [stem, w] of f.window) {
      const surface = f.surface.get(stem) ?? stem;
      if (/^\p{Ll}/u.test(surface) && NOT_TOPIC.test(surface.toLowerCase())) continue;
      // A date, time or length is named by its event ("réunion", "call"), not a name near it.
      const noun = f.nouns.has(stem) ? 2 : 1;
      const name = claim.kind !== 'quantity' && /^\p{Lu}/u.test(surface) ? 0.5 : 1;
      weights.set(stem, (weights.get(stem) ?? 0) + noun * name * w * Math.min(1, stem.length / 7));
    }
  }
  const best = [...weights.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  const context = best ? group.map((f) => f.surface.get(best)).find(Boolean) : undefined;
  const subject: RowSubject =
    claim.kind === 'quantity'
      ? { kind: 'count', ...(claim.unit ? { unit: claim.unit } : {}) }
      : isDuration(claim)
        ? { kind: 'duration' }
        : MARKER_KINDS.has(claim.kind)
          ? { kind: claim.kind as 'framing' | 'source' | 'attribution', words: claim.text }
          : { kind: claim.kind === 'time' ? 'time' : 'date' };
  if (claim.kind === 'quantity') {
    const concept = conceptOf(claim.unit);
    if (KNOWN_CONCEPTS.has(concept)) subject.concept = concept;
  }
  if (context) subject.context = context;
  return subject;
}

/** The concepts the interface names in its own language. */
const KNOWN_CONCEPTS: ReadonlySet<string> = new Set(CONCEPTS.map(([, c]) => c));

/** A short label for a row, in the articles' words ("soldats · frontière", "citation · Iouri Ouchakov"). */
function topicOf(subject: RowSubject): string {
  if (subject.kind === 'statement') return `citation · ${subject.speaker ?? subject.words ?? ''}`;
  const head =
    subject.kind === 'count'
      ? (subject.unit ?? 'nombre')
      : subject.kind === 'duration' || subject.kind === 'time'
        ? 'heure'
        : subject.kind === 'date'
          ? 'date'
          : (subject.words ?? subject.kind);
  return subject.context ? `${head} · ${subject.context}` : head;
}

/** Applies "dismiss" corrections to rows. */
function applyDismissals(rows: ClaimRow[], corrections: readonly ClaimCorrection[]): ClaimRow[] {
  return rows.map((row) => {
    const dismissed = new Set<DiscrepancyType>();
    for (const c of corrections) {
      if (c.type !== 'dismiss') continue;
      const ref = stripRow(c.claimId);
      if (row.claims.includes(ref) && row.discrepancies.includes(c.discrepancy)) dismissed.add(c.discrepancy);
    }
    if (dismissed.size === 0) return row;
    return {
      ...row,
      discrepancies: row.discrepancies.filter((d) => !dismissed.has(d)),
      dismissed: [...dismissed],
      differences: (row.differences ?? []).filter((d) => !dismissed.has(d.type)),
    };
  });
}
