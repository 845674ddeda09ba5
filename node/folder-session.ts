import type { OutletInference } from '../shared/article/attribute-by-reuse';
import { ATTRIBUTION_MIN_SHARE } from '../shared/article/reuse-figures';
import type { Corrections } from '../shared/article/corrections';
import type { Article, ReuseFigure, SkippedFile, Story } from '../shared/article/model';
import { HandlerError } from '../shared/ipc/errors';
import type { ArticleSummary, FolderView } from '../shared/ipc/types';
import type { Notice } from '../shared/ipc/notice';
import type { FolderAnalysis } from './analyze-folder';

/**
 * The opened folder held by the main process: its analysis, the rows its view lists, and articles removed from
 * disk while open. It computes nothing of the engine's: the rows (summaries, outlets inferred from reuse) come
 * with the analysis from where it ran, so that building the view is only assembling it.
 */
export class FolderSession {
  private readonly byId: Map<string, Article>;
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
    /** The view's row of each article of the analysis, same order (`folderRows`, computed where the analysis ran). */
    private readonly rows: readonly ArticleSummary[],
    /** Articles that were open and have since been deleted on disk: still readable, shown as removed. */
    readonly removed: ReadonlyMap<string, Article> = new Map(),
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

  /** Outlets inferred by reuse for the articles nothing attributes (from the rows): inferences, never facts. */
  inferences(): OutletInference[] {
    return this.rows.flatMap((row) =>
      row.inferredOutlet
        ? [
            {
              article: row.id,
              outlet: { id: row.inferredOutlet.id, name: row.inferredOutlet.name },
              share: row.inferredOutlet.share,
              from: row.inferredOutlet.from,
              minShare: ATTRIBUTION_MIN_SHARE,
            },
          ]
        : [],
    );
  }

  /**
   * The folder as the renderer sees it, assembled from what the session holds (the reuse figures are the session's
   * own, read-only: they cross to the renderer by copy).
   */
  view(): FolderView {
    return {
      name: this.name,
      demo: this.demo,
      articles: [...this.rows],
      stories: this.stories.map((s) => ({
        id: s.id,
        title: s.title,
        articles: [...s.articles],
        origin: s.origin,
      })),
      reuse: this.reuse as ReuseFigure[],
      skipped: this.skipped.map((s) => ({ ...s })),
      removed: [...this.removed.keys()],
      warnings: [...this.warnings],
    };
  }
}
