import { applyOutletCorrections, type Corrections } from '../shared/article/corrections';
import type { Article, ReuseFigure, SkippedFile, Story } from '../shared/article/model';
import { computeReuse } from '../shared/article/reuse';
import { groupStories } from '../shared/article/stories';
import { loadCorrections } from './folder-state';
import { scanFolder, type ScanOptions } from './scan-folder';

/** A folder read and analysed: articles (user corrections applied), stories, reuse figures, skipped files. */
export interface FolderAnalysis {
  root: string;
  /** The articles as read, before the user's corrections: what a new correction is applied to. */
  scanned: Article[];
  articles: Article[];
  stories: Story[];
  reuse: ReuseFigure[];
  skipped: SkippedFile[];
  corrections: Corrections;
  /** Problems the user should know about (e.g. a damaged corrections file). */
  warnings: string[];
}

/** Scans a folder, applies its saved corrections, groups stories and measures reuse: what every view and the CLI show. */
export async function analyzeFolder(root: string, options: ScanOptions = {}): Promise<FolderAnalysis> {
  const scan = await scanFolder(root, options);
  const { corrections, notice } = await loadCorrections(scan.root, options.logger);
  return reapplyCorrections(
    {
      root: scan.root,
      scanned: scan.articles,
      skipped: scan.skipped,
      warnings: notice ? [notice.message] : [],
    },
    corrections,
  );
}

/** Applies corrections to articles already read, then groups stories and measures reuse again (no file is read). */
export function reapplyCorrections(
  read: Pick<FolderAnalysis, 'root' | 'scanned' | 'skipped' | 'warnings'>,
  corrections: Corrections,
): FolderAnalysis {
  const articles = applyOutletCorrections(read.scanned, corrections);
  const stories = groupStories(articles, corrections);
  const reuse = computeReuse(articles, stories);
  return { ...read, articles, stories, reuse, corrections };
}
