import type { Article, Span } from '../article/model';
import { foldedWords, type FoldedWords } from './tokenize';
import { textLang } from './lang';
import { subtractSpans, trimSpan } from './spans';

/** The ` date YYYY-MM ` header that starts every file of some corpora. */
const DATE_HEADER = /^[ \t]*date[ \t]+\d{4}(?:-\d{2}){0,2}[ \t]*/;

/**
 * The one definition of what every analysis reads of an article: its paragraphs (its non-blank lines when it has
 * none), title included, minus boilerplate (a stamp ending a paragraph is cut off it) and minus a leading
 * ` date YYYY-MM ` header; trimmed, blank pieces left out, in text order.
 */
export function contentSpans(article: Pick<Article, 'text' | 'paragraphs' | 'boilerplate'>): Span[] {
  const { text } = article;
  const base: Span[] = article.paragraphs.length > 0 ? [...article.paragraphs] : nonBlankLines(text);
  const holes: Span[] = [...article.boilerplate];
  const header = DATE_HEADER.exec(text)?.[0].length ?? 0;
  if (header > 0) holes.push([0, header]);
  const out: Span[] = [];
  for (const piece of subtractSpans(base, holes)) {
    const trimmed = trimSpan(text, piece);
    if (trimmed) out.push(trimmed);
  }
  return out;
}

/** Non-blank lines of `text` as spans. */
function nonBlankLines(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    if (line.trim()) out.push([start, end]);
    start = end + 1;
  }
  return out;
}

const wordCache = new WeakMap<Article, FoldedWords>();

/** The folded words of an article's content spans with their offsets, read in its language (cached per article object). */
export function contentWords(article: Article): FoldedWords {
  let words = wordCache.get(article);
  if (!words) {
    words = foldedWords(article.text, contentSpans(article), textLang(article.language));
    wordCache.set(article, words);
  }
  return words;
}
