/** Which differences a comparison treats as no difference. */
export interface TextEquivalence {
  ignoreCase: boolean;
  ignorePunctuation: boolean;
  /** ’ and ', « » “ ” and ", no-break and normal spaces, dashes, "…" and "...", digit grouping, accents on capitals. */
  ignoreTypography: boolean;
}

const MARKS = /\p{M}+/gu;
const LIGATURES = /[œŒæÆ]/g;
const LIGATURE: Record<string, string> = { œ: 'oe', Œ: 'OE', æ: 'ae', Æ: 'AE' };
const foldCache = new Map<string, string>();

/** The one fold: lowercase, accents and ligatures removed ("Élysée" → "elysee", "Œuvre" → "oeuvre"). */
export function fold(text: string): string {
  if (/^[a-z0-9]*$/.test(text)) return text;
  if (text.length > 40) return foldUncached(text);
  let folded = foldCache.get(text);
  if (folded === undefined) {
    folded = foldUncached(text);
    if (foldCache.size > 200_000) foldCache.clear();
    foldCache.set(text, folded);
  }
  return folded;
}

/** `fold` without the cache, for long texts. */
function foldUncached(text: string): string {
  return text
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(LIGATURES, (c) => LIGATURE[c] ?? c)
    .toLowerCase();
}

const TYPO_QUOTES = /[«»“”„‹›]/g;
const TYPO_APOSTROPHES = /[’‘‛′]/g;
const TYPO_SPACES = /[\u00A0\u202F\u2007\u2009\u200A]/g;
const TYPO_DASHES = /[‐‑‒–—―]/g;
const DIGIT_GROUP = /(?<=\d)[.\u00A0\u202F ](?=\d{3}(?!\d))/g;
const CAPITAL = /\p{Lu}/gu;
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
export function equivalenceKey(s: string, eq: TextEquivalence): string {
  let out = eq.ignoreTypography ? plainTypography(s) : s;
  if (eq.ignoreCase) out = out.toLowerCase();
  return out;
}

/** Key used to find shared text across articles whatever the options: the fold of the plain typography. */
export function matchKey(s: string): string {
  return fold(plainTypography(s));
}
