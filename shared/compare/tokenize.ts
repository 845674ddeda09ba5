/** What a token is. */
export type TokenKind = 'word' | 'number' | 'quote' | 'punct' | 'url';

/** A token of an article's text: a `[start, end)` range and its kind. */
export interface Token {
  start: number;
  end: number;
  kind: TokenKind;
}

/** Which differences a comparison treats as no difference. */
export interface TextEquivalence {
  ignoreCase: boolean;
  ignorePunctuation: boolean;
  /** ’ and ', « » “ ” and ", no-break and normal spaces, dashes, "…" and "...", digit grouping, accents on capitals. */
  ignoreTypography: boolean;
}

/** French elided words that stand apart from the word they precede (l', d', qu', jusqu'…). */
const ELISION = String.raw`(?<![\p{L}\p{M}\p{N}])(?:[lLdDjJmMnNsStTcC]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu|[qQ]uoiqu|[pP]resqu|[qQ]uelqu)['’](?=[\p{L}\p{N}])`;
const URL = String.raw`(?:https?:\/\/|www\.)[^\s«»"“”<>]+[^\s«»"“”<>.,;:!?)]`;
/** Numbers with their separators as one token: "100.000", "100 000", "1,5", "31.12.2021", "16h07", "1er". */
const NUMBER = String.raw`\d+(?:(?:[.,]|[ \u00A0\u202F](?=\d{3}(?!\d)))\d+)*(?:[hH]\d{2}(?!\d))?[\p{L}\p{M}]*`;
const WORD = String.raw`[\p{L}\p{M}\p{N}]+(?:[-‐'’][\p{L}\p{M}\p{N}]+)*`;
const QUOTE = '[«»"“”„‹›]';
const ELLIPSIS = String.raw`\.{3}|…`;
const TOKEN = new RegExp(`(${URL})|(${NUMBER})|(${ELISION})|(${WORD})|(${QUOTE})|(${ELLIPSIS})|[^\\s]`, 'gu');

/** Splits `text[start, end)` into French-aware tokens: elisions apart, numbers whole, quotation marks apart; whitespace is skipped. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = start;
  for (let m = TOKEN.exec(text); m && m.index < end; m = TOKEN.exec(text)) {
    const tokenEnd = Math.min(end, m.index + m[0].length);
    tokens.push({ start: m.index, end: tokenEnd, kind: kindOf(m) });
  }
  return tokens;
}

/** The kind of the token a TOKEN match found, from the group that matched. */
function kindOf(m: RegExpExecArray): TokenKind {
  if (m[1] !== undefined) return 'url';
  if (m[2] !== undefined) return 'number';
  if (m[3] !== undefined || m[4] !== undefined) return 'word';
  if (m[5] !== undefined) return 'quote';
  return 'punct';
}

/** True for tokens that carry words (words, numbers, URLs), as opposed to punctuation and quotation marks. */
export function isWordToken(token: Token): boolean {
  return token.kind === 'word' || token.kind === 'number' || token.kind === 'url';
}

const TYPO_QUOTES = /[«»“”„‹›]/g;
const TYPO_APOSTROPHES = /[’‘‛′]/g;
const TYPO_SPACES = /[\u00A0\u202F\u2007\u2009\u200A]/g;
const TYPO_DASHES = /[‐‑‒–—―]/g;
const DIGIT_GROUP = /(?<=\d)[.\u00A0\u202F ](?=\d{3}(?!\d))/g;
const CAPITAL = /\p{Lu}/gu;
const MARKS = /\p{M}/gu;
/** ASCII text, which has no typographic variant to map unless it groups digits. */
const ASCII = /^[\t\n\r\x20-\x7e]*$/;
const ASCII_GROUPED_DIGITS = /\d[. ]\d{3}(?!\d)/;

/** Maps typographic variants to one plain form (quotes, apostrophes, spaces, dashes, ellipsis, digit grouping, accented capitals). */
export function plainTypography(s: string): string {
  if (ASCII.test(s) && !ASCII_GROUPED_DIGITS.test(s)) return s;
  return s
    .replace(TYPO_QUOTES, '"')
    .replace(TYPO_APOSTROPHES, "'")
    .replace(TYPO_SPACES, ' ')
    .replace(TYPO_DASHES, '-')
    .replace(/…/g, '...')
    .replace(DIGIT_GROUP, '')
    .replace(CAPITAL, (c) => c.normalize('NFD').replace(MARKS, ''));
}

/** The comparison key of a piece of text under the chosen equivalence (case, typography). */
export function normalizeText(s: string, eq: TextEquivalence): string {
  let out = eq.ignoreTypography ? plainTypography(s) : s;
  if (eq.ignoreCase) out = out.toLowerCase();
  return out;
}

/** Key used to find shared text across articles whatever the options: lowercase, plain typography, no accents. */
export function matchKey(s: string): string {
  return plainTypography(s).normalize('NFD').replace(MARKS, '').toLowerCase();
}

/** True when `token` takes part in a diff under `eq` (punctuation and quotation marks drop out when punctuation is ignored). */
export function isDiffToken(token: Token, eq: TextEquivalence): boolean {
  return !eq.ignorePunctuation || isWordToken(token);
}
