import type { Span } from '../article/model';
import { fold, type TextEquivalence } from './fold';
import type { TextLang } from './lang';
import { stem } from './stem';

/** What a token is. */
export type TokenKind = 'word' | 'number' | 'elision' | 'quote' | 'punct' | 'url';

/** A token of an article's text: a `[start, end)` range and its kind. */
export interface Token {
  start: number;
  end: number;
  kind: TokenKind;
}

/** French elided words that stand apart from the word they precede (l', d', qu', jusqu'…). */
const ELISION = String.raw`(?<![\p{L}\p{M}\p{N}])(?:[lLdDjJmMnNsStTcC]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu|[qQ]uoiqu|[pP]resqu|[qQ]uelqu)['’](?=[\p{L}\p{N}])`;
const URL = String.raw`(?:https?:\/\/|www\.)[^\s«»"“”<>]+[^\s«»"“”<>.,;:!?)]`;
/**
 * Numbers with their separators as one token, as the language writes them: "100.000", "100 000", "1,5",
 * "31.12.2021", "16h07", "1er" in French; "100,000", "2.5" in English, where a normal space does not group digits
 * ("in 2023 100 people" is two numbers) but a no-break or narrow one does. Space groups follow one to three digits
 * ("en 2023 100 000 personnes" is "2023" and "100 000").
 */
const NUMBER = (groupSpaces: string): string =>
  String.raw`(?:\d{1,3}(?:[${groupSpaces}]\d{3}(?!\d))+|\d+)(?:[.,]\d+)*(?:[hH]\d{2}(?!\d))?[\p{L}\p{M}]*`;
const WORD = String.raw`[\p{L}\p{M}\p{N}]+(?:[-‐'’][\p{L}\p{M}\p{N}]+)*`;
const QUOTE = '[«»"“”„‹›]';
const ELLIPSIS = String.raw`\.{3}|…`;
const tokenPattern = (groupSpaces: string): RegExp =>
  new RegExp(
    `(${URL})|(${NUMBER(groupSpaces)})|(${ELISION})|(${WORD})|(${QUOTE})|(${ELLIPSIS})|[^\\s]`,
    'gu',
  );
const TOKEN: Record<TextLang, RegExp> = {
  fr: tokenPattern(' \\u00A0\\u202F'),
  en: tokenPattern('\\u00A0\\u202F'),
};

/**
 * The one tokenizer: splits `text[start, end)` into tokens with kinds, whitespace skipped. Elisions stand apart
 * ("l'" "Ukraine"), numbers stay whole with their separators as `lang` writes them (French when not given),
 * quotation marks and URLs are tokens of their own.
 */
export function tokenize(text: string, start = 0, end = text.length, lang: TextLang = 'fr'): Token[] {
  const tokens: Token[] = [];
  const pattern = TOKEN[lang];
  pattern.lastIndex = start;
  for (let m = pattern.exec(text); m && m.index < end; m = pattern.exec(text)) {
    const tokenEnd = Math.min(end, m.index + m[0].length);
    tokens.push({ start: m.index, end: tokenEnd, kind: kindOf(m) });
  }
  return tokens;
}

/** The kind of the token a TOKEN match found, from the group that matched. */
function kindOf(m: RegExpExecArray): TokenKind {
  if (m[1] !== undefined) return 'url';
  if (m[2] !== undefined) return 'number';
  if (m[3] !== undefined) return 'elision';
  if (m[4] !== undefined) return 'word';
  if (m[5] !== undefined) return 'quote';
  return 'punct';
}

/** True for tokens that carry words (words, elisions, numbers, URLs), as opposed to punctuation and quotation marks. */
export function isWordToken(token: Token): boolean {
  return token.kind === 'word' || token.kind === 'elision' || token.kind === 'number' || token.kind === 'url';
}

/** A word of the text in its folded and stemmed views. */
export interface WordToken {
  start: number;
  end: number;
  /** Lowercase, accents and ligatures removed, straight apostrophe. */
  folded: string;
  /** `folded` with inflection removed: "lignes rouges" and "ligne rouge" share stems. */
  stem: string;
}

/**
 * The words of `text[from, to)`: word and number tokens, elisions left out ("l'Ukraine" → "ukraine"), compound words
 * split at their hyphens ("porte-parole" → "porte", "parole"), each folded and stemmed.
 */
export function words(text: string, from = 0, to = text.length, lang?: TextLang): WordToken[] {
  const out: WordToken[] = [];
  for (const token of tokenize(text, from, to, lang)) {
    if (token.kind !== 'word' && token.kind !== 'number') continue;
    const surface = text.slice(token.start, token.end);
    if (token.kind === 'number' || !/[-‐'’]/.test(surface)) {
      out.push(wordToken(surface, token.start, lang));
      continue;
    }
    for (const part of surface.matchAll(/[^-‐]+/gu)) {
      const at = token.start + (part.index ?? 0);
      const elided = /^(?:[lLdDjJmMnNsStTcC]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu|[qQ]uoiqu)['’](?=.)/u.exec(
        part[0],
      );
      const skip = elided?.[0].length ?? 0;
      out.push(wordToken(part[0].slice(skip), at + skip, lang));
    }
  }
  return out;
}

/** A word token for `surface` at `start`. */
function wordToken(surface: string, start: number, lang: TextLang | undefined): WordToken {
  const folded = fold(surface).replace(/’/g, "'");
  return { start, end: start + surface.length, folded, stem: stem(folded, lang) };
}

/** Folded words of a text with their `[start, end)` offsets and hashes, for shingling. */
export interface FoldedWords {
  words: string[];
  /** 32-bit hash of each word. */
  hashes: Uint32Array;
  starts: Uint32Array;
  ends: Uint32Array;
}

/** The folded word view of `[start, end)` ranges of `text`: every word-carrying token, elisions without their apostrophe. */
export function foldedWords(text: string, ranges: readonly Span[], lang?: TextLang): FoldedWords {
  const list: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const [start, end] of ranges) {
    for (const token of tokenize(text, start, end, lang)) {
      if (!isWordToken(token)) continue;
      list.push(fold(text.slice(token.start, token.end)).replace(/['’]$/, ''));
      starts.push(token.start);
      ends.push(token.end);
    }
  }
  const hashes = new Uint32Array(list.length);
  for (let i = 0; i < list.length; i++) hashes[i] = hashString(list[i]!);
  return { words: list, hashes, starts: Uint32Array.from(starts), ends: Uint32Array.from(ends) };
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

/** True when `token` takes part in a diff under `eq` (punctuation and quotation marks drop out when punctuation is ignored). */
export function isDiffToken(token: Token, eq: TextEquivalence): boolean {
  return !eq.ignorePunctuation || isWordToken(token);
}
