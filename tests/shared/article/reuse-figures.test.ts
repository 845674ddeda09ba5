import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from '../../../cli/commands/index';
import { analyzeFolder } from '../../../node/analyze-folder';
import { folderRows } from '../../../node/folder-rows';
import { FolderSession } from '../../../node/folder-session';
import { analyzeStory, storyReportInput } from '../../../node/story-analysis';
import { MIN_REUSE_SHARE } from '../../../shared/article/reuse-figures';
import { formatPercent } from '../../../shared/format/index';
import { MIN_EDGE_SHARE } from '../../../shared/story/reuse-graph';
import { renderStoryReport } from '../../../shared/story/render-report';
import { runCommands } from '../../helpers/cli';
import { storyFixturesDir } from '../../helpers/story-fixture';

const run = (args: string[]) => runCommands(commands, args, storyFixturesDir, { LANG: 'en_US.UTF-8' });

describe('one definition of each reuse figure', () => {
  it('has one threshold for saying a pair reuses text and for drawing it', () => {
    expect(MIN_EDGE_SHARE).toBe(MIN_REUSE_SHARE);
  });

  it('gives one pair the same shares in the folder view, the CLI scan, the CLI story, the story graph and the export', async () => {
    const root = join(storyFixturesDir, 'vellmark');
    const folder = await analyzeFolder(root);
    const figure = folder.reuse.find(
      (f) => f.source === 'courrier-du-lac.txt' && f.target === 'le-veilleur.txt',
    )!;
    expect(figure.share).toBeGreaterThan(MIN_REUSE_SHARE);
    const share = formatPercent(figure.share, 'en');
    const kept = formatPercent(figure.sourceShare, 'en');

    const view = new FolderSession('vellmark', folder, folderRows(folder)).view();
    expect(view.reuse.find((f) => f.source === figure.source && f.target === figure.target)).toMatchObject({
      share: figure.share,
      sourceShare: figure.sourceShare,
    });

    const scan = await run(['scan', 'vellmark']);
    expect(scan.out).toContain(
      `courrier-du-lac.txt → le-veilleur.txt: ${share} of the target, ${kept} of the source kept`,
    );

    const story = await run(['story', 'vellmark', folder.stories[0]!.id]);
    expect(story.out).toContain(
      `courrier-du-lac → le-veilleur: ${share} of le-veilleur, ${kept} of courrier-du-lac kept`,
    );

    const analysis = await analyzeStory({ root, folder, storyId: folder.stories[0]!.id });
    const edge = analysis.graph.edges.find(
      (e) =>
        analysis.collation.columns[e.source]!.articleId === figure.source &&
        analysis.collation.columns[e.target]!.articleId === figure.target,
    )!;
    expect([edge.share, edge.sourceShare]).toEqual([figure.share, figure.sourceShare]);

    const html = renderStoryReport(
      storyReportInput(analysis, {
        exportedAt: '2026-12-04T00:00:00Z',
        appVersion: 'test',
        font: { family: 'Test Serif', faces: [] },
      }),
      { lang: 'en' },
    );
    expect(html).toContain(`le-veilleur takes ${share} of its text word for word from courrier-du-lac`);
    expect(html).toContain(`courrier-du-lac keeps ${kept} of its text in le-veilleur`);
  });
});
