import { applyOutletCorrections, type Corrections } from '../shared/article/corrections';
import type { Article, ReuseFigure, SkippedFile, Story } from '../shared/article/model';
import { computeReuse } from '../shared/article/reuse';
import { groupStories } from '../shared/article/stories';
import { realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { loadCorrections } from './folder-state';
import { stateNotice, stateWriteRefusal } from './state-file';
import type { Notice } from '../shared/ipc/notice';
import { nullLogger } from './logger';
import { ArticleReadError, DEFAULT_MAX_BYTES, readArticleFile } from './read-article';
import { compareIds, describeUnexpected, isInside, scanFolder, type ScanOptions } from './scan-folder';
import type { FolderEvent } from './watch-folder';

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
  /** Problems with the folder's saved state (codes with parameters). */
  warnings: Notice[];
}

/** Scans a folder, applies its saved corrections, groups stories and measures reuse: what every view and the CLI show. */
export async function analyzeFolder(root: string, options: ScanOptions = {}): Promise<FolderAnalysis> {
  const scan = await scanFolder(root, options);
  const { corrections, notice } = await loadCorrections(scan.root, options.logger);
  const refusal = await stateWriteRefusal(scan.root);
  const warnings: Notice[] = notice ? [stateNotice(notice)] : [];
  if (refusal) warnings.push({ code: 'state-folder-read-only', params: { root: scan.root, error: refusal } });
  return reapplyCorrections(
    { root: scan.root, scanned: scan.articles, skipped: scan.skipped, warnings },
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

/**
 * Re-reads only the files a watcher reported (added, changed or removed) and keeps every other article as it was
 * read; then applies the folder's corrections, groups stories and measures reuse again.
 */
export async function rereadFiles(
  previous: FolderAnalysis,
  events: readonly FolderEvent[],
  options: Pick<ScanOptions, 'maxBytes' | 'logger' | 'rules'> = {},
): Promise<FolderAnalysis> {
  const logger = options.logger ?? nullLogger;
  const touched = new Set(events.map((e) => e.path));
  const scanned = previous.scanned.filter((a) => !touched.has(a.id));
  const skipped = previous.skipped.filter((s) => !touched.has(s.path));
  for (const event of events) {
    if (event.kind === 'removed') continue;
    const abs = join(previous.root, ...event.path.split('/'));
    const real = await realpath(abs).catch(() => null);
    if (real === null) continue;
    if (!isInside(previous.root, real)) {
      skipped.push({
        path: event.path,
        reason: { code: 'skip-link-outside' },
      });
      continue;
    }
    try {
      scanned.push(
        await readArticleFile(real, event.path, {
          maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
          ...(options.rules ? { rules: options.rules } : {}),
        }),
      );
    } catch (error) {
      if (!(error instanceof ArticleReadError)) logger.error(`reading ${abs} failed`, error);
      skipped.push({
        path: event.path,
        reason: error instanceof ArticleReadError ? error.reason : describeUnexpected(error),
      });
    }
  }
  scanned.sort((x, y) => compareIds(x.id, y.id));
  skipped.sort((x, y) => compareIds(x.path, y.path));
  return reapplyCorrections({ ...previous, scanned, skipped }, previous.corrections);
}
