import type { Article } from '../../shared/article/model';

/** An Article built from text alone for tests: lines as paragraphs, no boilerplate, the header's month as its date. */
export function articleFromText(id: string, text: string, extra: Partial<Article> = {}): Article {
  const paragraphs: [number, number][] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) paragraphs.push([start, start + line.length]);
    start += line.length + 1;
  }
  const date = /^\s*date\s+(\d{4}(?:-\d{2}){0,2})/.exec(text)?.[1];
  return {
    id,
    sha256: '0'.repeat(64),
    encoding: 'utf-8',
    size: text.length,
    text,
    outlet: { id: 'unknown', name: 'Unknown', source: 'unknown' },
    paragraphs,
    boilerplate: [],
    warnings: [],
    ...(date ? { date } : {}),
    ...extra,
  };
}
