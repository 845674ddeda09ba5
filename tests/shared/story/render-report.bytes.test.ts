import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ReportFont } from '../../../shared/report/input';
import { collateStory } from '../../../shared/story/collate';
import { coverage } from '../../../shared/story/coverage';
import { renderStoryReport, type StoryReportInput } from '../../../shared/story/render-report';
import { reuseGraph } from '../../../shared/story/reuse-graph';
import { readStoryFixture } from '../../helpers/story-fixture';

const font: ReportFont = { family: 'Test Serif', faces: [] };

/** The fixture story with a title that needs escaping; `pair`: its first two articles, compared with no time budget on a clock that ticks at each look (degraded). */
function input(pair: boolean): StoryReportInput {
  const all = readStoryFixture('vellmark');
  const articles = pair ? all.slice(0, 2) : all;
  let tick = 0;
  const collation = collateStory(articles, pair ? { compare: { budgetMs: 0, now: () => tick++ } } : {});
  return {
    title: 'Tempête <b> & "co" sur Vellmark',
    articles,
    collation,
    graph: pair ? { ...reuseGraph(collation), edges: [] } : reuseGraph(collation),
    coverage: coverage(collation, articles),
    exportedAt: '2024-03-07T10:00:00.000Z',
    appVersion: '9.9.9',
    font,
  };
}

/** sha256 of a rendered document. */
const sha = (html: string): string => createHash('sha256').update(html).digest('hex');

describe('renderStoryReport output', () => {
  // Hashes of the documents rendered before the report moved onto the escaping template: the move changed no byte.
  it('covers the degraded notice and the empty reuse graph', () => {
    const html = renderStoryReport(input(true), { lang: 'en' });
    expect(html).toContain('<p class="notice">');
    expect(html).not.toContain('<svg');
  });

  it('is byte for byte the document rendered with hand escaping', () => {
    expect(sha(renderStoryReport(input(false), { lang: 'fr' }))).toBe(
      '881047be10db53debb7b8b240f4055e9ce44bdda334aa53490425555b2d8a1c7',
    );
    expect(sha(renderStoryReport(input(false), { lang: 'en', paper: 'letter', landscape: false }))).toBe(
      'c92dfdddeb3df25908819a620d55cfc3581e731f3f33d001b55266284596ef4d',
    );
    expect(sha(renderStoryReport(input(true), { lang: 'en' }))).toBe(
      '8a10de8cb5ba131dbf582f8fe0770dceac3d405e1c20b6126d1cdadc14c04620',
    );
    expect(sha(renderStoryReport(input(true), { lang: 'fr' }))).toBe(
      '38fba50e51c01f5144b87a93f3c395758d3b567d1a2f4e4b02a0fe65efeea74f',
    );
  });
});
