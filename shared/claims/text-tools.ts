import type { Article, Span } from '../article/model';

/** A word of the text with its span, its elision removed ("l'Ukraine" → "Ukraine"). */
export interface WordToken {
  start: number;
  end: number;
  /** Lowercase, accents removed, elision removed. */
  folded: string;
  /** `folded` with plural and feminine endings removed: "lignes rouges" and "ligne rouge" share stems. */
  stem: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’]/i;
/** The ` date YYYY-MM ` header that starts every file of the corpus. */
const DATE_HEADER = /^[ \t]*date[ \t]+\d{4}(?:-\d{2}){0,2}[ \t]*/;

/** Lowercases and strips accents and ligatures: "Élysée" → "elysee". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'AE')
    .toLowerCase();
}

/** Removes common French and English inflection from a folded word: plural s/x, -aux, feminine e, doubled consonant. */
export function stemWord(folded: string): string {
  let w = folded;
  if (w.length <= 3 || /^\d/.test(w)) return w;
  if (w.endsWith('aux') && w.length > 4) w = `${w.slice(0, -3)}al`;
  else if (/[sx]$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 4 && /(nn|ll|tt)$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** Splits `text[from, to)` into word tokens with their spans; hyphens and punctuation separate words. */
export function tokenizeWords(text: string, from = 0, to = text.length): WordToken[] {
  const tokens: WordToken[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(WORD)) {
    let start = from + (m.index ?? 0);
    let word = m[0];
    const elided = ELISION.exec(word);
    if (elided && elided[0].length < word.length) {
      start += elided[0].length;
      word = word.slice(elided[0].length);
    }
    const folded = foldText(word).replace(/’/g, "'");
    tokens.push({ start, end: start + word.length, folded, stem: stemWord(folded) });
  }
  return tokens;
}

/** End offset of the ` date YYYY-MM ` header at the start of `text`, or 0 when there is none. */
export function dateHeaderEnd(text: string): number {
  const m = DATE_HEADER.exec(text);
  return m ? m[0].length : 0;
}

/** Subtracts `holes` from `spans` (both sorted or not), returning sorted non-empty spans. */
export function subtractSpans(spans: readonly Span[], holes: readonly Span[]): Span[] {
  const sortedHoles = [...holes].sort((a, b) => a[0] - b[0]);
  const out: Span[] = [];
  for (const [s, e] of [...spans].sort((a, b) => a[0] - b[0])) {
    let cursor = s;
    for (const [hs, he] of sortedHoles) {
      if (he <= cursor || hs >= e) continue;
      if (hs > cursor) out.push([cursor, hs]);
      cursor = Math.max(cursor, he);
    }
    if (cursor < e) out.push([cursor, e]);
  }
  return out;
}

/**
 * The parts of an article that analyses read: its paragraphs (or, when there are none, its lines)
 * minus boilerplate and minus the ` date YYYY-MM ` header.
 */
export function contentZones(article: Pick<Article, 'text' | 'paragraphs' | 'boilerplate'>): Span[] {
  const { text } = article;
  const base: Span[] = article.paragraphs.length > 0 ? [...article.paragraphs] : splitLines(text);
  const header = dateHeaderEnd(text);
  const holes: Span[] = [...article.boilerplate];
  if (header > 0) holes.push([0, header]);
  return subtractSpans(base, holes).filter(([s, e]) => text.slice(s, e).trim().length > 0);
}

/** Non-blank lines of `text` as spans. */
function splitLines(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    if (line.trim()) out.push([start, end]);
    start = end + 1;
  }
  return out;
}

/** Words that end with a full stop without ending the sentence. */
const ABBREVIATIONS = new Set([
  'm',
  'mm',
  'mme',
  'mmes',
  'mlle',
  'dr',
  'pr',
  'me',
  'st',
  'ste',
  'etc',
  'cf',
  'art',
  'av',
  'bd',
  'no',
  'mr',
  'mrs',
  'ms',
  'gen',
  'gén',
  'col',
  'lt',
  'sgt',
  'vs',
  'env',
  'p',
]);

/**
 * Splits a zone into sentence spans: after `.`, `!`, `?` or `…` (and closing quotes) before a capital, a digit or an
 * opening quote, also when glued without a space ("minutes.Le"), and inside a heading glued to its paragraph ("russesDans").
 */
export function splitSentences(text: string, zone: Span): Span[] {
  const [from, to] = zone;
  const cuts: number[] = [];
  const end = /[.!?…]+["”»)]*(?=\s*["«“(]?[\p{Lu}\d])|\p{Ll}{4}(?=\p{Lu}\p{Ll})/gu;
  end.lastIndex = from;
  const slice = text.slice(0, to);
  for (let m = end.exec(slice); m; m = end.exec(slice)) {
    const cut = m.index + m[0].length;
    const word = /([\p{L}]+)\.$/u.exec(slice.slice(Math.max(from, m.index - 12), m.index + 1));
    const glued = !/\s/.test(text[cut] ?? ' ');
    if (
      m[0].startsWith('.') &&
      word &&
      (ABBREVIATIONS.has(word[1]!.toLowerCase()) || /^\p{Lu}$/u.test(word[1]!))
    )
      continue;
    if (m[0].startsWith('.') && glued && isInsideUrlOrNumber(text, m.index)) continue;
    cuts.push(cut);
  }
  const spans: Span[] = [];
  let start = from;
  for (const cut of [...cuts, to]) {
    let s = start;
    let e = cut;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) spans.push([s, e]);
    start = cut;
  }
  return spans;
}

/** True when the dot at `index` belongs to a URL, an e-mail or a dotted number ("31.12.2021"). */
function isInsideUrlOrNumber(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 60), index);
  const word = /\S*$/.exec(before)?.[0] ?? '';
  return /[/@]|www|^\d+$/.test(word) || (/\d$/.test(before) && /^\.\d/.test(text.slice(index, index + 2)));
}

/** Content-word stems of `text[from, to)`, stop words left out. */
export function contentStems(text: string, from: number, to: number): string[] {
  return tokenizeWords(text, from, to)
    .filter((t) => !STOP_WORDS.has(t.folded) && t.folded.length > 1)
    .map((t) => t.stem);
}

/** Function words left out of context comparisons. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'le la les un une des de du d l au aux a à et ou en dans par pour sur sous avec sans entre vers chez que qui quoi dont ou ' +
    'ce cet cette ces son sa ses leur leurs notre nos votre vos mon ma mes ton ta tes il elle ils elles on se s y ' +
    'ne pas plus moins tres tout tous toute toutes aussi mais donc or ni car si comme lors apres avant depuis ' +
    'est sont etait ont avait ete etre avoir fait a été qu n c j m t lui eux meme autre autres quelque ' +
    'the of and to in on for with by at from as is are was were be been has have had that this these those it its an or not'
  ).split(' '),
);
