import { inferOutletsByReuse } from '../shared/article/attribute-by-reuse';
import { articleHeadline } from '../shared/article/body';
import type { Article, ReuseFigure } from '../shared/article/model';
import { outletColor } from '../shared/article/outlet-rules';
import type { ArticleSummary } from '../shared/ipc/types';
import { contentWords } from '../shared/text/content';

/** What the renderer is shown of an article: no path beyond its id, no text. */
export function summarize(article: Article): ArticleSummary {
  return {
    id: article.id,
    title: articleHeadline(article),
    outlet: { ...article.outlet, color: outletColor(article.outlet.id) },
    ...(article.date ? { date: article.date } : {}),
    ...(article.dateline ? { dateline: article.dateline } : {}),
    words: contentWords(article).words.length,
    warnings: [...article.warnings],
  };
}

/**
 * The folder view's rows, one per article in the order given: its summary and, when its outlet is unknown, the
 * organisation its copied text points to. Computed where the analysis runs (an engine worker), so that the main
 * process only assembles the view.
 */
export function folderRows(analysis: {
  articles: readonly Article[];
  reuse: readonly ReuseFigure[];
}): ArticleSummary[] {
  const inferred = new Map(inferOutletsByReuse(analysis.articles, analysis.reuse).map((i) => [i.article, i]));
  return analysis.articles.map((article) => {
    const summary = summarize(article);
    const inference = inferred.get(article.id);
    if (!inference) return summary;
    return {
      ...summary,
      inferredOutlet: {
        ...inference.outlet,
        share: inference.share,
        from: inference.from,
        color: outletColor(inference.outlet.id),
      },
    };
  });
}
