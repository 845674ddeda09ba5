import { inferOutletsByReuse } from '../shared/article/attribute-by-reuse';
import { articleHeadline } from '../shared/article/body';
import { contentWords } from '../shared/text/content';
import type { Corrections } from '../shared/article/corrections';
import type { Article, ReuseFigure, SkippedFile, Story } from '../shared/article/model';
import { outletColor } from '../shared/article/outlet-rules';
import { HandlerError } from '../shared/ipc/errors';
import type { ArticleSummary, FolderView } from '../shared/ipc/types';
import type { FolderAnalysis } from './analyze-folder';
import type { Notice } from '../shared/ipc/notice';

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

/** The opened folder held by the main process: its analysis, and articles removed from disk while open. */
export class FolderSession {
  private readonly byId: Map<string, Article>;
  private readonly summaries: Map<string, ArticleSummary>;
  readonly root: string;
  readonly name: string;
  readonly stories: readonly Story[];
  readonly reuse: readonly ReuseFigure[];
  readonly skipped: readonly SkippedFile[];
  readonly corrections: Corrections;
  readonly warnings: readonly Notice[];

  constructor(
    name: string,
    /** The analysis shown, kept so that a correction is applied without reading the folder again. */
    readonly analysis: FolderAnalysis,
    /** Articles that were open and have since been deleted on disk: still readable, shown as removed. */
    readonly removed: ReadonlyMap<string, Article> = new Map(),
    /** The articles' summaries when the analysis came with them (computed where it ran); else computed here. */
    summaries: readonly ArticleSummary[] = [],
    /** True for the bundled demo (its marker file): invented articles under real outlets' names. */
    readonly demo = false,
  ) {
    this.name = name;
    this.root = analysis.root;
    this.stories = analysis.stories;
    this.reuse = analysis.reuse;
    this.skipped = analysis.skipped;
    this.corrections = analysis.corrections;
    this.warnings = analysis.warnings;
    this.byId = new Map(analysis.articles.map((a) => [a.id, a]));
    this.summaries = new Map(summaries.map((s) => [s.id, s]));
  }

  /** The article with this id (a removed one included), or a NOT_FOUND error naming it. */
  article(id: string): Article {
    const found = this.byId.get(id) ?? this.removed.get(id);
    if (!found) {
      throw new HandlerError(
        'NOT_FOUND',
        `"${id}" is not in the open folder. Reopen the folder, then try again.`,
        {
          params: { name: id },
        },
      );
    }
    return found;
  }

  /** True when the id names a current (not removed) article. */
  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** Every current article, in id order. */
  articles(): Article[] {
    return [...this.byId.values()];
  }

  /** The folder as the renderer sees it. */
  view(): FolderView {
    const articles = this.articles();
    const inferred = new Map(inferOutletsByReuse(articles, this.reuse).map((i) => [i.article, i]));
    return {
      name: this.name,
      demo: this.demo,
      articles: articles.map((article) => {
        const summary = this.summaries.get(article.id) ?? summarize(article);
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
      }),
      stories: this.stories.map((s) => ({
        id: s.id,
        title: s.title,
        articles: [...s.articles],
        origin: s.origin,
      })),
      reuse: this.reuse.map((r) => ({ ...r, evidence: [...r.evidence] })),
      skipped: this.skipped.map((s) => ({ ...s })),
      removed: [...this.removed.keys()],
      warnings: [...this.warnings],
    };
  }
}
