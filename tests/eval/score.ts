import type { Article, Story } from '../../shared/article/model';
import type { Claim, ClaimRow } from '../../shared/claims/model';
import type { Comparison } from '../../shared/compare/types';
import { nameKeys } from '../../shared/text/names';
import type { CorpusClaimKind } from './corpus-data';

/** Counts behind one precision/recall figure; `null` fields mean the capability is not measured there. */
export interface Tally {
  tp: number;
  fp: number;
  fn: number;
  /** True when the answers list what must be found but not everything there is: precision is not measured. */
  recallOnly?: boolean;
}

/** An empty tally. */
export const emptyTally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });

/** Adds `b` into `a`. */
export function addTally(a: Tally, b: Tally): void {
  a.tp += b.tp;
  a.fp += b.fp;
  a.fn += b.fn;
}

/** Precision, recall and F1 of a tally (1 where nothing was expected and nothing was said). */
export function prf(t: Tally): { precision: number; recall: number; f1: number } {
  const precision = t.tp + t.fp === 0 ? (t.fn === 0 ? 1 : 0) : t.tp / (t.tp + t.fp);
  const recall = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Scores a set of predicted keys against a set of expected keys, listing the misses and the false alarms. */
export function scoreSets(
  predicted: ReadonlySet<string>,
  expected: ReadonlySet<string>,
): Tally & { missed: string[]; wrong: string[] } {
  const missed = [...expected].filter((k) => !predicted.has(k)).sort();
  const wrong = [...predicted].filter((k) => !expected.has(k)).sort();
  return { tp: expected.size - missed.length, fp: wrong.length, fn: missed.length, missed, wrong };
}

type Range = readonly [number, number];

const overlap = (x: Range, y: Range): number => Math.max(0, Math.min(x[1], y[1]) - Math.max(x[0], y[0]));

/**
 * The reference paragraphs an engine span stands for: each reference paragraph it covers for at least `share` of the
 * paragraph's length or of its own.
 */
export function referenceParagraphs(span: Range, paragraphs: readonly Range[], share = 0.3): number[] {
  const out: number[] = [];
  paragraphs.forEach((p, i) => {
    const o = overlap(span, p);
    if (o > 0 && (o >= share * (p[1] - p[0]) || o >= share * (span[1] - span[0]))) out.push(i);
  });
  return out;
}

/** The reference paragraph pairs `a:b` that an engine comparison links. */
export function linkedPairs(
  comparison: Comparison,
  paragraphsA: readonly Range[],
  paragraphsB: readonly Range[],
): Set<string> {
  const spans = new Map<string, Range>();
  for (const s of [...comparison.segments.a, ...comparison.segments.b]) spans.set(s.id, [s.start, s.end]);
  const pairs = new Set<string>();
  for (const link of comparison.links) {
    const as = link.a.flatMap((id) => referenceParagraphs(spans.get(id)!, paragraphsA));
    const bs = link.b.flatMap((id) => referenceParagraphs(spans.get(id)!, paragraphsB));
    for (const a of as) for (const b of bs) pairs.add(`${a}:${b}`);
  }
  return pairs;
}

/** The answer kind an engine claim kind stands for (`undefined`: a kind the answers do not score). */
export function answerKind(kind: Claim['kind']): CorpusClaimKind | undefined {
  const map: Partial<Record<Claim['kind'], CorpusClaimKind>> = {
    quantity: 'number',
    date: 'date',
    time: 'time',
    place: 'place',
    quote: 'quote',
    'reported-speech': 'reported-speech',
    attribution: 'attribution',
    source: 'source',
    framing: 'framing',
  };
  return map[kind];
}

/** A reference claim as the scorer needs it. */
export interface GoldClaim {
  id: string;
  articleId: string;
  kind: CorpusClaimKind;
  start: number;
  end: number;
  speaker?: string | null;
}

/**
 * Pairs reference claims with engine claims of the same kind whose spans overlap, one to one, largest overlap first.
 * Returns the engine claim id of each matched reference claim.
 */
export function pairClaims(gold: readonly GoldClaim[], engine: readonly Claim[]): Map<string, Claim> {
  const candidates: { g: GoldClaim; e: Claim; o: number }[] = [];
  for (const g of gold) {
    for (const e of engine) {
      if (e.articleId !== g.articleId || answerKind(e.kind) !== g.kind) continue;
      const o = overlap([g.start, g.end], [e.start, e.end]);
      if (o > 0) candidates.push({ g, e, o });
    }
  }
  candidates.sort((x, y) => y.o - x.o || x.e.start - y.e.start || x.g.id.localeCompare(y.g.id));
  const out = new Map<string, Claim>();
  const used = new Set<string>();
  for (const { g, e } of candidates) {
    if (out.has(g.id) || used.has(e.id)) continue;
    out.set(g.id, e);
    used.add(e.id);
  }
  return out;
}

const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`-]/g, ' ');
const SPEAKER_FILLER = new Set([
  'le',
  'la',
  'les',
  'l',
  'the',
  'de',
  'du',
  'des',
  'of',
  'm',
  'mr',
  'mrs',
  'ms',
]);

/**
 * Whether the engine's speaker names the reference speaker: the same name, or the reference's surname in it, in either
 * language's form ("Vladimir Poutine" names "Vladimir Putin": the app's exonym table).
 */
export function sameSpeaker(engine: string | undefined, gold: string): boolean {
  if (!engine) return false;
  const words = (s: string): string[] =>
    fold(s)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w && !SPEAKER_FILLER.has(w));
  const e = words(engine);
  const g = words(gold);
  if (!g.length) return false;
  if (e.join(' ') === g.join(' ') || e.includes(g[g.length - 1]!)) return true;
  const keys = (s: string): string[] => nameKeys(s, [[0, s.length]]);
  const surname = keys(gold).pop();
  return surname !== undefined && keys(engine).includes(surname);
}

/** The organisation names that stand for the same outlet slug. */
const ORGANISATION_ALIASES: Record<string, string> = {
  'associated press': 'ap',
  'agence france presse': 'afp',
  'agence france-presse': 'afp',
  'deutsche presse agentur': 'dpa',
  'new york times': 'nyt',
  'the new york times': 'nyt',
  'washington post': 'washington-post',
  'the washington post': 'washington-post',
};

/** A comparable key for an organisation name or outlet (case, accents, "the" and known aliases folded away). */
export function organisationKey(name: string): string {
  const f = fold(name).replace(/\s+/g, ' ').trim();
  return ORGANISATION_ALIASES[f] ?? f.replace(/^the /, '').replace(/\s+/g, '-');
}

/** Whether the engine's outlet is the reference organisation. */
export function sameOrganisation(outlet: Article['outlet'], gold: string): boolean {
  const key = organisationKey(gold);
  return organisationKey(outlet.id) === key || organisationKey(outlet.name) === key;
}

/** The unordered key of a pair of ids. */
export const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Pairwise story scores: pairs put in one story against pairs of one event, split by whether both share a language. */
export function storyPairs(
  stories: readonly Story[],
  eventOf: ReadonlyMap<string, string>,
  languageOf: ReadonlyMap<string, string>,
): { sameLanguage: ReturnType<typeof scoreSets>; crossLanguage: ReturnType<typeof scoreSets> } {
  const storyOf = new Map<string, string>();
  for (const s of stories) for (const a of s.articles) storyOf.set(a, s.id);
  const ids = [...eventOf.keys()].sort();
  const sets = {
    same: [new Set<string>(), new Set<string>()],
    cross: [new Set<string>(), new Set<string>()],
  };
  for (let i = 0; i < ids.length; i += 1) {
    for (let j = i + 1; j < ids.length; j += 1) {
      const a = ids[i]!;
      const b = ids[j]!;
      const bucket = languageOf.get(a) === languageOf.get(b) ? sets.same : sets.cross;
      const key = pairKey(a, b);
      if (storyOf.has(a) && storyOf.get(a) === storyOf.get(b)) bucket[0]!.add(key);
      if (eventOf.get(a) === eventOf.get(b)) bucket[1]!.add(key);
    }
  }
  return {
    sameLanguage: scoreSets(sets.same[0]!, sets.same[1]!),
    crossLanguage: scoreSets(sets.cross[0]!, sets.cross[1]!),
  };
}

/** Rows of matched claims that carry a discrepancy (the "reported by one" notice is not a discrepancy). */
export function flaggedRows(rows: readonly ClaimRow[]): ClaimRow[] {
  return rows.filter((r) => r.discrepancies.some((d) => d !== 'reported-by-one'));
}
