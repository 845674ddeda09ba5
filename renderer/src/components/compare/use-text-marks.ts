import { useMemo } from 'react';
import type { Article } from '../../../../shared/article/model';
import { buildConcordance, searchConcordance } from '../../../../shared/claims/concordance';
import type { TextMark } from './pieces';

/** A span of one article of the pair to highlight (the target the view was asked to reveal). */
interface Target {
  article: string;
  start: number;
  end: number;
}

/** The highlights of each side of a pair: every occurrence of the watched phrases, and the revealed target. */
export function useTextMarks(
  articles: { a: Article; b: Article } | null,
  watchPhrases: readonly string[] | undefined,
  reveal: Target | null | undefined,
): { a: TextMark[]; b: TextMark[] } {
  return useMemo(() => {
    const out: { a: TextMark[]; b: TextMark[] } = { a: [], b: [] };
    if (!articles) return out;
    if (watchPhrases?.length) {
      const index = buildConcordance([articles.a, articles.b]);
      for (const phrase of watchPhrases) {
        for (const hit of searchConcordance(index, phrase, { context: 0 }).hits) {
          out[hit.article === articles.a.id ? 'a' : 'b'].push({
            start: hit.start,
            end: hit.end,
            kind: 'watch',
          });
        }
      }
    }
    if (reveal && reveal.end > reveal.start) {
      const side = reveal.article === articles.a.id ? 'a' : reveal.article === articles.b.id ? 'b' : null;
      if (side) out[side].push({ start: reveal.start, end: reveal.end, kind: 'target' });
    }
    return out;
  }, [articles, watchPhrases, reveal]);
}
