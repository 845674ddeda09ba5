import type { Span } from '../article/model';
import { stopWords } from '../text/stop-words';
import { fold } from '../text/fold';
import { phrasePattern } from '../text/phrases';
import type { ClaimLexicon } from './lexicon';

/** An attribution marker, a cited source or a framing word, before it becomes a `Claim`. */
export interface MarkerFinding {
  kind: 'attribution' | 'source' | 'framing';
  start: number;
  end: number;
}

/** "according to X", "selon X", "d'après X": X is the source. */
const CITED = /(?<![\p{L}])(?:according to|selon|d['’]après|as reported by)\s+([^,.;:!?()«»"“”\n]{2,90})/giu;
/** Where a cited source's words stop. */
const SOURCE_STOP =
  /\s+(?:that|who|which|on|in|at|after|qui|que|dans|lors|le|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\p{L}])/u;
/**
 * Words before a framing word that make it a hypothesis someone fears or denies rather than the outlet's frame ("fears
 * of an invasion", "in the event of an invasion", "en cas d'invasion", "denies it intends to invade").
 */
const HYPOTHETICAL =
  /(?<![\p{L}])(?:fears?|feared|fearing|in the event of|in case of|any|avoid|avoiding|prevent|preventing|planning to|plans to|intends to|wants to|wanting to|choose to|pretext to|possibility of|speculation about|preparing|to launch|en cas d['’]|en cas de|de vouloir|veut|craint[a-z]*|crainte|risque|menace d['’]|éviter|empêcher|repousser)(?:\s+[\p{L}’'-]+){0,3}\s+(?:an?|the|une?|d['’]|l['’])?\s*$/iu;
/**
 * Framing made by a word's form rather than a listed word: who holds or backs a place ("rebel-held",
 * "Moscow-backed"), which side someone is on ("pro-Western", "anti-Kremlin"), an evaluative adverb before a
 * participle or adjective ("carefully orchestrated", "seemingly intractable").
 */
const FRAMING_FORMS =
  /(?<![\p{L}-])(?:[\p{L}]+-(?:held|backed|controlled|occupied|installed|sponsored)|pro-[\p{L}]+|anti-(?!(?:tank|aircraft|missile|char|chars|aérienne|aérien|missiles?)(?![\p{L}]))[\p{L}]+|(?:carefully|heavily|seemingly|increasingly|thinly|deeply|hastily|brutally)\s+[\p{Ll}]+(?:ed|ing|ble|ive|ous|al|ent|ant))(?![\p{L}-])/gu;
const PRONOUNS = /^(?:lui|elle|eux|elles|moi|nous|vous|him|her|them)$/iu;
const NOT_QUALIFIERS = stopWords('context');
const DETERMINERS = new Set(['a', 'an', 'the', 'le', 'la', 'les', 'l', 'un', 'une']);
/** Prepositions before a head noun: the source starts after them ("au cours d'une conférence" is not a source). */
const PREPOSITIONS = new Set(['du', 'de', 'des', 'd', 'au', 'aux', 'cours', 'of', 'at', 'in', 'from', 'by']);

/**
 * Finds attribution and hedge markers, cited sources ("according to X", a named or anonymous official, a statement,
 * television) and framing words from the lexicon, plus the watched phrases as framing.
 */
export function extractMarkers(
  text: string,
  zones: readonly Span[],
  lexicon: ClaimLexicon,
  watched: readonly string[] = [],
): MarkerFinding[] {
  const found: MarkerFinding[] = [];
  const { attribution, framing, heads } = patternsOf(lexicon, watched);
  for (const [from, to] of zones) {
    const zone = text.slice(from, to);
    for (const [re, kind] of [
      [attribution, 'attribution'],
      [framing, 'framing'],
    ] as const) {
      if (!re) continue;
      for (const m of zone.matchAll(re)) {
        const start = from + (m.index ?? 0);
        if (kind === 'framing' && HYPOTHETICAL.test(text.slice(Math.max(from, start - 45), start))) continue;
        if (kind === 'framing' && /[-‐]$/u.test(text.slice(Math.max(from, start - 1), start))) continue;
        found.push({ kind, start, end: start + m[0].length });
      }
    }
    for (const m of zone.matchAll(FRAMING_FORMS)) {
      const start = from + (m.index ?? 0);
      if (!found.some((f) => f.kind === 'framing' && f.start < start + m[0].length && f.end > start))
        found.push({ kind: 'framing', start, end: start + m[0].length });
    }
    const sources: Span[] = [];
    for (const m of zone.matchAll(CITED)) {
      const words = m[1]!;
      const stop = SOURCE_STOP.exec(words);
      const phrase = (stop ? words.slice(0, stop.index) : words).trimEnd();
      if (!phrase || PRONOUNS.test(phrase)) continue;
      const start = from + (m.index ?? 0) + m[0].length - words.length;
      sources.push([start, start + phrase.length]);
    }
    if (heads) {
      for (const m of zone.matchAll(heads)) {
        const at = from + (m.index ?? 0);
        const span = extendSource(text, [at, at + m[0].length], [from, to]);
        const words = text.slice(span[0], span[1]);
        if (/^(?:d|l)['’]?$/iu.test(text.slice(Math.max(from, span[0] - 2), span[0]).trim())) continue;
        if (/^(?:d['’]|de\s|du\s|des\s)/iu.test(words)) continue;
        if (!/\s/u.test(words) && /^\p{Ll}/u.test(words)) continue;
        sources.push(span);
      }
    }
    for (const span of longestFirst(sources)) found.push({ kind: 'source', start: span[0], end: span[1] });
  }
  return found.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The lexicon's patterns, built once per lexicon and list of watched phrases. */
interface LexiconPatterns {
  attribution: RegExp | undefined;
  framing: RegExp | undefined;
  heads: RegExp | undefined;
}

const patternCache = new WeakMap<ClaimLexicon, Map<string, LexiconPatterns>>();

/** `LexiconPatterns` of a lexicon with the watched phrases, remembered: every article reads the same ones. */
function patternsOf(lexicon: ClaimLexicon, watched: readonly string[]): LexiconPatterns {
  let byWatched = patternCache.get(lexicon);
  if (!byWatched) {
    byWatched = new Map();
    patternCache.set(lexicon, byWatched);
  }
  const key = watched.join('\n');
  let patterns = byWatched.get(key);
  if (!patterns) {
    patterns = {
      attribution: phrasePattern(lexicon.attribution),
      framing: phrasePattern([...lexicon.framing, ...watched]),
      heads: phrasePattern(lexicon.sources),
    };
    byWatched.set(key, patterns);
  }
  return patterns;
}

/** A source's head noun with the words that qualify it before and the name that follows it. */
function extendSource(text: string, [start, end]: Span, [zoneStart, zoneEnd]: Span): Span {
  let s = start;
  for (let i = 0; i < 4; i++) {
    const m = /([\p{L}’'-]+)\s+$/u.exec(text.slice(Math.max(zoneStart, s - 30), s));
    if (!m) break;
    const word = fold(m[1]!.replace(/^l['’]/u, 'l'));
    const candidate = s - m[0].length;
    if (PREPOSITIONS.has(word)) break;
    if (DETERMINERS.has(word) || /^l['’]/u.test(m[1]!)) {
      s = candidate;
      break;
    }
    if (NOT_QUALIFIERS.has(word)) break;
    s = candidate;
  }
  let e = end;
  const name = /^\s+((?:[\p{Lu}][\p{L}.’'-]+)(?:\s+[\p{Lu}][\p{L}.’'-]+){0,3})/u.exec(text.slice(e, zoneEnd));
  if (name) e += name[0].length;
  return [s, e];
}

/** Spans without overlaps, the longest kept where two overlap. */
function longestFirst(spans: readonly Span[]): Span[] {
  const kept: Span[] = [];
  for (const span of [...spans].sort((a, b) => b[1] - b[0] - (a[1] - a[0]) || a[0] - b[0])) {
    if (!kept.some(([s, e]) => span[0] < e && span[1] > s)) kept.push(span);
  }
  return kept;
}
