import { describe, expect, it } from 'vitest';
import type { ReuseFigure } from '../../../shared/article/model';
import { collateStory } from '../../../shared/story/collate';
import { layoutReuseGraph, visibleEdges } from '../../../shared/story/graph-layout';
import { reuseGraph } from '../../../shared/story/reuse-graph';
import type { Collation } from '../../../shared/story/types';
import { makeArticle } from '../../helpers/compare-article';
import { readStoryFixture } from '../../helpers/story-fixture';
import { StoryGenerator } from '../../helpers/story-text';

const WIRE = 'agence-nordique.txt';
const GAZETTE = 'gazette-des-plaines.txt';
const COURRIER = 'courrier-du-lac.txt';
const VEILLEUR = 'le-veilleur.txt';

/** Column index of an article. */
function col(collation: Pick<Collation, 'columns'>, id: string): number {
  return collation.columns.findIndex((c) => c.articleId === id);
}

describe('reuseGraph', () => {
  const collation = collateStory(readStoryFixture('vellmark'));
  const graph = reuseGraph(collation);

  it('has a node per article in date order', () => {
    expect(graph.nodes.map((n) => n.articleId)).toEqual([WIRE, GAZETTE, COURRIER, VEILLEUR]);
    expect(graph.nodes[0]).toMatchObject({ column: 0, label: 'agence-nordique', date: '2024-03-04' });
  });

  it("draws an arrow for each pair sharing text word for word, from the earlier article, weighted by the engine's share", () => {
    const pairs = graph.edges.map((e) => [
      collation.columns[e.source]?.articleId,
      collation.columns[e.target]?.articleId,
    ]);
    expect(pairs).toEqual([
      [WIRE, COURRIER],
      [WIRE, VEILLEUR],
      [COURRIER, VEILLEUR],
    ]);
    for (const edge of graph.edges) {
      const pair = collation.pairs.find((p) => p.a === edge.source && p.b === edge.target);
      expect(edge.share).toBe(pair?.verbatimB);
      expect(edge.sourceShare).toBe(pair?.verbatimA);
      expect(edge.direction).toBe('determined');
      expect(edge.evidence.map((e) => e.code)).toContain('dated-earlier');
    }
  });

  it('names the likeliest source of each article: the copy of the copy took most from the copy', () => {
    const into = graph.edges.filter((e) => e.target === col(collation, VEILLEUR));
    expect(into.find((e) => e.primary)?.source).toBe(col(collation, COURRIER));
    expect(into.filter((e) => e.primary)).toHaveLength(1);
    expect(graph.edges.find((e) => e.target === col(collation, COURRIER))?.primary).toBe(true);
  });

  it('leaves out pairs below the smallest share and keeps them when asked', () => {
    expect(
      graph.edges.some((e) => e.source === col(collation, GAZETTE) || e.target === col(collation, GAZETTE)),
    ).toBe(false);
    expect(reuseGraph(collation, { minShare: 0.99 }).edges).toEqual([]);
  });

  it("takes the direction from the folder's reuse figures when they settle it, and says when nothing does", () => {
    const text =
      'Un paragraphe inventé de bout en bout pour ce test, assez long pour compter.\n\nUn second paragraphe tout aussi inventé.';
    const x = { ...makeArticle(text, { id: 'x.txt', outlet: 'Agence Nordique' }), date: '2024-03' };
    const y = { ...makeArticle(text, { id: 'y.txt', outlet: 'Courrier du Lac' }), date: '2024-03-09' };
    const same = collateStory([x, y]);
    const undetermined = reuseGraph(same);
    expect(undetermined.edges).toHaveLength(1);
    expect(undetermined.edges[0]).toMatchObject({
      source: 0,
      target: 1,
      direction: 'undetermined',
      share: 1,
    });
    const figure: ReuseFigure = {
      source: 'y.txt',
      target: 'x.txt',
      share: 1,
      sourceShare: 1,
      direction: 'determined',
      evidence: [{ code: 'cites', article: 'x.txt', outlet: 'Courrier du Lac' }],
    };
    const settled = reuseGraph(same, { figures: [figure] });
    expect(settled.edges[0]).toMatchObject({
      source: 1,
      target: 0,
      direction: 'determined',
      evidence: [{ code: 'cites', article: 'x.txt', outlet: 'Courrier du Lac' }],
    });
  });
});

describe('layoutReuseGraph', () => {
  const collation = collateStory(readStoryFixture('vellmark'));
  const layout = layoutReuseGraph(reuseGraph(collation));

  it('puts the articles on a timeline, left to right in date order', () => {
    const xs = layout.nodes.map((n) => n.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(new Set(layout.nodes.map((n) => n.y)).size).toBe(1);
    for (const n of layout.nodes) {
      expect(n.x).toBeGreaterThan(0);
      expect(n.x).toBeLessThan(layout.width);
    }
  });

  it('draws each arrow as an arc above the line, thicker for a larger share, inside the drawing', () => {
    for (const e of layout.edges) {
      expect(e.d).toMatch(/^M [\d.]+ [\d.]+ Q [\d.]+ -?[\d.]+ [\d.]+ [\d.]+$/);
      const [, y1 = 0, , control = 0] = e.d.match(/-?[\d.]+/g)?.map(Number) ?? [];
      const apex = (y1 + control) / 2;
      expect(apex).toBeGreaterThan(0);
      expect(e.labelY).toBeGreaterThan(10);
      expect(e.labelY).toBeLessThan(layout.nodes[0]?.y ?? 0);
    }
    const widths = layout.edges
      .map((e) => [e.edge.share, e.strokeWidth] as const)
      .sort((a, b) => a[0] - b[0]);
    expect(widths.map((w) => w[1])).toEqual([...widths.map((w) => w[1])].sort((a, b) => a - b));
  });

  it('draws an arrow going back in time below the line', () => {
    const graph = {
      nodes: [
        { column: 0, articleId: 'x', label: 'X' },
        { column: 1, articleId: 'y', label: 'Y' },
      ],
      edges: [
        {
          source: 1,
          target: 0,
          share: 0.5,
          sourceShare: 0.5,
          direction: 'determined' as const,
          evidence: [],
          primary: true,
        },
      ],
    };
    const back = layoutReuseGraph(graph);
    expect(back.edges[0]?.labelY).toBeGreaterThan(back.nodes[0]?.y ?? 0);
    expect(back.height).toBeGreaterThan((back.nodes[0]?.y ?? 0) + back.radius);
  });

  it("draws only each article's likeliest source when everyone copies everyone", () => {
    const graph = reuseGraph(collateStory(new StoryGenerator(4).story(8, 200)));
    expect(graph.edges.length).toBeGreaterThan(16);
    const shown = visibleEdges(graph);
    expect(shown.every((e) => e.primary)).toBe(true);
    expect(new Set(shown.map((e) => e.target)).size).toBe(shown.length);
    expect(layoutReuseGraph(graph).edges).toHaveLength(shown.length);
    expect(visibleEdges(reuseGraph(collateStory(readStoryFixture('vellmark'))))).toHaveLength(3);
  });
});
