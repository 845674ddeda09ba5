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
  // and when the kind labels became the glossary's terms.
  it('covers the degraded notice and the empty reuse graph', () => {
    const html = renderStoryReport(input(true), { lang: 'en' });
    expect(html).toContain('<p class="notice">');
    expect(html).not.toContain('<svg');
  });

  it('is byte for byte the document rendered with hand escaping', () => {
    expect(sha(renderStoryReport(input(false), { lang: 'fr' }))).toBe(
      '4a84785c4af4ad8be10c62e498b0ac97acb79a7e73398377561a5e6ca8f37fed',
    );
    expect(sha(renderStoryReport(input(false), { lang: 'en', paper: 'letter', landscape: false }))).toBe(
      '8f4d947709796801798e1ff2720a2a15b2b8b4d5df3e849ea1ff8613f0ea5cda',
    );
    expect(sha(renderStoryReport(input(true), { lang: 'en' }))).toBe(
      'dc034c102619ae2a619e164e9dd3b1a7e77cac6445476caad5475b6cf1070890',
    );
    expect(sha(renderStoryReport(input(true), { lang: 'fr' }))).toBe(
      'c7ab454d659a656ccacf459674543665af14e698a2972b66e8e3d92d035f5bc1',
    );
  });
});
