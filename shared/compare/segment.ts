import type { Article } from '../article/model';
import { contentSpans } from '../text/content';
import { textLang } from '../text/lang';
import { splitSentences } from '../text/sentences';
import type { Segment } from './types';

/** Whether links join paragraphs (the default, what the UI shows as rows) or single sentences. */
export type Granularity = 'paragraph' | 'sentence';

/** Splits the segments of an article: its content spans (`contentSpans`), each with its sentences. */
export function segmentArticle(
  article: Article,
  side: 'a' | 'b',
  granularity: Granularity = 'paragraph',
): Segment[] {
  const { text, paragraphs } = article;
  const lang = textLang(article.language);
  const segments: Segment[] = [];
  let index = 0;
  for (const piece of contentSpans(article)) {
    while (index < paragraphs.length - 1 && paragraphs[index]![1] <= piece[0]) index++;
    const sentences = splitSentences(text, piece, lang);
    const units = granularity === 'sentence' ? sentences.map((s) => [s]) : [sentences];
    for (const unit of units) {
      const first = unit[0];
      const last = unit[unit.length - 1];
      if (!first || !last) continue;
      segments.push({
        id: `${side}${segments.length}`,
        start: first[0],
        end: last[1],
        paragraph: index,
        sentences: unit,
      });
    }
  }
  return segments;
}
