import type { Article, Span } from '../../shared/article/model';

/** An Article for comparison tests: paragraphs separated by blank lines, no boilerplate unless given. */
export function makeArticle(
  text: string,
  options: { id?: string; outlet?: string; boilerplate?: Span[] } = {},
): Article {
  const paragraphs: Span[] = [];
  const blank = /\n[ \t]*\n\s*/g;
  let start = 0;
  const push = (s: number, e: number): void => {
    const piece = text.slice(s, e);
    const lead = piece.length - piece.trimStart().length;
    const trail = piece.length - piece.trimEnd().length;
    if (e - trail > s + lead) paragraphs.push([s + lead, e - trail]);
  };
  for (let m = blank.exec(text); m; m = blank.exec(text)) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  const outlet = options.outlet ?? 'unknown';
  return {
    id: options.id ?? `${outlet}.txt`,
    sha256: '0'.repeat(64),
    encoding: 'utf-8',
    size: text.length,
    text,
    outlet: { id: outlet.toLowerCase(), name: outlet, source: outlet === 'unknown' ? 'unknown' : 'user' },
    paragraphs,
    boilerplate: options.boilerplate ?? [],
    warnings: [],
  };
}
