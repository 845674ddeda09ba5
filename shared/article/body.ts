import { contentSpans } from '../text/content';
import type { Article, Span } from './model';

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

/** A one-line name for an article: its title, else the first sentence of its lead without the dateline, shortened. */
export function articleHeadline(article: Article, maxLength = 100): string {
  if (article.title) return article.title;
  const first = contentSpans(article).find((s) => !isTitle(article, s));
  const lead = first ? article.text.slice(first[0], first[1]) : '';
  const withoutDateline = lead.replace(/^[^()\n]{0,80}\([^()]{2,40}\)\s*[-–—]\s*/u, '');
  const sentence = /^.*?[.!?](?=\s|$)/u.exec(withoutDateline)?.[0] ?? withoutDateline;
  if (!sentence) return article.id;
  return sentence.length > maxLength
    ? `${sentence.slice(0, maxLength - 3).replace(/\s+\S*$/u, '')}…`
    : sentence;
}

/** True when `span` is the article's title paragraph. */
export function isTitle(article: Pick<Article, 'titleSpan'>, span: Span): boolean {
  const title = article.titleSpan;
  return title !== undefined && title[0] === span[0] && title[1] === span[1];
}
