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
  // Updated when the reference cell became "reference wording" unless the dates show it is the earliest version,
  // and when the kind labels became the glossary's terms, and when the rows' table stopped collapsing its borders so
  // that a long row may break across pages.
  it('covers the degraded notice and the empty reuse graph', () => {
    const html = renderStoryReport(input(true), { lang: 'en' });
    expect(html).toContain('<p class="notice">');
    expect(html).not.toContain('<svg');
  });

  it('is byte for byte the document rendered with hand escaping', () => {
    expect(sha(renderStoryReport(input(false), { lang: 'fr' }))).toBe(
      '9c6ff5b6fdd13a195c015a276d069f5aec8413af9cbad0f01ea99300a802d829',
    );
    expect(sha(renderStoryReport(input(false), { lang: 'en', paper: 'letter', landscape: false }))).toBe(
      '3c5c0f1ce38b04afa5fbe1b5d115430daa30375c40d1592fc9ef76646c17c15a',
    );
    expect(sha(renderStoryReport(input(true), { lang: 'en' }))).toBe(
      '996500427acf2ccc814526b4308dfa8a10a1fa8feb41d9c76798061efa5a3855',
    );
    expect(sha(renderStoryReport(input(true), { lang: 'fr' }))).toBe(
      '03f084660df510a2b535be9fe545f654c0eb9eebc4a723841f0e790b3db0db20',
    );
  });
});
