import type { Article, SkippedFile } from '../../../shared/article/model';
import { HandlerError } from '../../../shared/ipc/errors';
import type { ArticleSummary, FolderView } from '../../../shared/ipc/types';

const wordCount = (text: string, spans: readonly (readonly [number, number])[]): number =>
  spans.reduce((n, [s, e]) => n + (text.slice(s, e).match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu)?.length ?? 0), 0);

/** What the renderer is shown of an article: no path beyond its id, no text. */
export function summarize(article: Article): ArticleSummary {
  const boiler = new Set(article.boilerplate.map(([s, e]) => `${s}:${e}`));
  const body = article.paragraphs.filter(([s, e]) => !boiler.has(`${s}:${e}`));
  return {
    id: article.id,
    title: article.title ?? article.id,
    outlet: { ...article.outlet },
    ...(article.date ? { date: article.date } : {}),
    words: wordCount(article.text, body),
    warnings: [...article.warnings],
  };
}

/** The opened folder held by the main process: articles by id, and what was skipped. */
export class FolderSession {
  private readonly byId: Map<string, Article>;

  constructor(
    readonly root: string,
    readonly name: string,
    articles: readonly Article[],
    readonly skipped: readonly SkippedFile[],
  ) {
    this.byId = new Map(articles.map((a) => [a.id, a]));
  }

  /** The article with this id, or a NOT_FOUND error naming it. */
  article(id: string): Article {
    const found = this.byId.get(id);
    if (!found) {
      throw new HandlerError('NOT_FOUND', `"${id}" is not in the open folder. Reopen the folder, then try again.`, {
        params: { name: id },
      });
    }
    return found;
  }

  /** Every article, in id order. */
  articles(): Article[] {
    return [...this.byId.values()].sort((a, b) => a.id.localeCompare(b.id));
  }

  /** The folder as the renderer sees it. */
  view(): FolderView {
    return { name: this.name, articles: this.articles().map(summarize), skipped: this.skipped.map((s) => ({ ...s })) };
  }
}
