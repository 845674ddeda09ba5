import type { Article, Span } from './model';
import { tokenize, type Tokens } from './tokens';

/** The article's body: its paragraphs minus boilerplate and the title paragraph. */
export function bodySpans(article: Article): Span[] {
  const { boilerplate, titleSpan } = article;
  return article.paragraphs.filter(
    (p) =>
      !(titleSpan && titleSpan[0] === p[0] && titleSpan[1] === p[1]) &&
      !boilerplate.some((b) => b[0] <= p[0] && b[1] >= p[1]),
  );
}

/** Body paragraphs' text, with partial boilerplate (a stamp ending a paragraph) cut out. */
export function bodyParagraphs(article: Article): { span: Span; text: string }[] {
  return bodySpans(article).map((span) => {
    let [start, end] = span;
    for (const [bs, be] of article.boilerplate) {
      if (bs > start && bs < end && be >= end) end = bs;
      if (bs <= start && be > start && be < end) start = be;
    }
    return { span: [start, end] as Span, text: article.text.slice(start, end) };
  });
}

/** The first day and last day (ISO `YYYY-MM-DD`) an article's date can mean, at its precision. */
export function dateRange(date: string | undefined): { first: string; last: string } | undefined {
  if (!date) return undefined;
  const [y, m, d] = date.split('-');
  if (!y) return undefined;
  if (d && m) return { first: date, last: date };
  if (m) {
    const days = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return { first: `${y}-${m}-01`, last: `${y}-${m}-${String(days).padStart(2, '0')}` };
  }
  return { first: `${y}-01-01`, last: `${y}-12-31` };
}

/** Days since 1970-01-01 of an ISO day. */
export function dayNumber(isoDay: string): number {
  return Math.round(Date.parse(`${isoDay}T00:00:00Z`) / 86_400_000);
}

/** Compares two ISO dates at the coarser of their precisions: negative when `a` is earlier, 0 when they cannot be told apart. */
export function compareDates(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

const tokenCache = new WeakMap<Article, Tokens>();

/** Folded words of an article's body with their offsets (cached per article object). */
export function bodyTokens(article: Article): Tokens {
  let tokens = tokenCache.get(article);
  if (!tokens) {
    tokens = tokenize(
      article.text,
      bodyParagraphs(article).map((p) => p.span),
    );
    tokenCache.set(article, tokens);
  }
  return tokens;
}

/** A one-line name for an article: its title, else the first sentence of its lead without the dateline, shortened. */
export function articleHeadline(article: Article, maxLength = 100): string {
  if (article.title) return article.title;
  const lead = bodyParagraphs(article)[0]?.text ?? '';
  const withoutDateline = lead.replace(/^[^()\n]{0,80}\([^()]{2,40}\)\s*[-–—]\s*/u, '');
  const sentence = /^.*?[.!?](?=\s|$)/u.exec(withoutDateline)?.[0] ?? withoutDateline;
  if (!sentence) return article.id;
  return sentence.length > maxLength
    ? `${sentence.slice(0, maxLength - 3).replace(/\s+\S*$/u, '')}…`
    : sentence;
}
