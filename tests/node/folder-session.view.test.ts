import { describe, expect, it, vi } from 'vitest';
import type { FolderAnalysis } from '../../node/analyze-folder';
import { FolderSession } from '../../node/folder-session';
import { emptyCorrections } from '../../shared/article/corrections';
import { parseArticle } from '../../shared/article/parse-article';
import type { ArticleSummary } from '../../shared/ipc/types';

// The engine's share of the folder view is computed in a worker with the analysis: the main process's session
// must not run it again (a 2,000-article folder's reuse inference and summaries held up the main loop).
vi.mock('../../shared/article/attribute-by-reuse', () => ({
  inferOutletsByReuse: () => {
    throw new Error('the reuse inference ran in the folder session');
  },
}));
vi.mock('../../node/folder-rows', () => ({
  summarize: () => {
    throw new Error('a summary was computed in the folder session');
  },
  folderRows: () => {
    throw new Error('the folder rows were computed in the folder session');
  },
}));

describe('the folder view on the main process', () => {
  it('is assembled from the rows that came with the analysis, computing nothing', () => {
    const articles = ['a.txt', 'b.txt'].map((id) =>
      parseArticle({ id, text: `Un titre\n\nUn corps ${id}.\n` }),
    );
    const reuse = [
      {
        source: 'a.txt',
        target: 'b.txt',
        share: 0.8,
        sourceShare: 0.7,
        direction: 'undetermined' as const,
        evidence: [{ code: 'no-authorship' as const }],
      },
    ];
    const analysis: FolderAnalysis = {
      root: '/dossier',
      scanned: articles,
      articles,
      skipped: [],
      warnings: [],
      stories: [],
      reuse,
      corrections: emptyCorrections,
    };
    const rows: ArticleSummary[] = articles.map((a) => ({
      id: a.id,
      title: 'Un titre',
      outlet: { id: 'ap', name: 'AP', source: 'text', color: '#123456' },
      inferredOutlet: { id: 'ap', name: 'AP', share: 0.8, from: 'x.txt' },
      words: 3,
      warnings: [],
    }));
    const view = new FolderSession('dossier', analysis, rows).view();
    expect(view.articles).toEqual(rows);
    expect(view.reuse).toEqual(reuse);
    expect(view.name).toBe('dossier');
  });
});
