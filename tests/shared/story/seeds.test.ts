import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Article } from '../../../shared/article/model';
import { parseArticle } from '../../../shared/article/parse-article';
import { computeReuse } from '../../../shared/article/reuse';
import { groupStories } from '../../../shared/article/stories';
import { collateStory } from '../../../shared/story/collate';
import { coverage } from '../../../shared/story/coverage';
import { reuseGraph } from '../../../shared/story/reuse-graph';
import type { Collation, StoryRow } from '../../../shared/story/types';
import { describeSeeds, seedPath, specDir } from '../../helpers/seeds';

interface SpecParagraph {
  id: string;
  start: number;
  end: number;
}
interface SpecAlignment {
  links: { a: string; b: string }[];
  onlyA: { id: string }[];
  onlyB: { id: string }[];
}

/** Reads a seed as the app does. */
function readSeed(prefix: string): Article {
  const path = seedPath(prefix);
  return parseArticle({ id: path.split('/').pop() ?? prefix, text: readFileSync(path, 'utf8') });
}

describeSeeds('story view of the Reuters, AFP and Sputnik story (000, 001, 002)', () => {
  const [reuters, afp, sputnik] = ['000', '001', '002'].map(readSeed) as [Article, Article, Article];
  const all = [reuters, afp, sputnik, readSeed('003'), readSeed('004')];
  const story = groupStories(all).find((s) => s.articles.includes(reuters.id));
  const articles = (story?.articles ?? []).map((id) => all.find((a) => a.id === id) as Article);
  const collation = collateStory(articles);
  const paragraphs = (
    JSON.parse(readFileSync(join(specDir, 'paragraphs-000-002.json'), 'utf8')) as {
      paragraphs: SpecParagraph[];
    }[]
  ).flatMap((f) => f.paragraphs);
  const spec = JSON.parse(readFileSync(join(specDir, 'align-000-002.json'), 'utf8')) as SpecAlignment;
  const column = (article: Article): number => collation.columns.findIndex((c) => c.articleId === article.id);
  const [R, A, S] = [column(reuters), column(afp), column(sputnik)];

  /** The row holding the segment of `article` that overlaps the spec paragraph `id` most. */
  const rowOf = (article: Article, id: string): StoryRow => {
    const p = paragraphs.find((x) => x.id === id);
    if (!p) throw new Error(`no spec paragraph ${id}`);
    const col = column(article);
    const segments = collation.columns[col]?.segments ?? [];
    const overlap = (s: readonly [number, number]): number => Math.min(s[1], p.end) - Math.max(s[0], p.start);
    const best = segments.map((s, i) => ({ i, o: overlap(s) })).sort((x, y) => y.o - x.o)[0];
    const row =
      best && best.o > 0 ? collation.rows.find((r) => r.cells[col]?.segments.includes(best.i)) : undefined;
    if (!row) throw new Error(`no row holds ${id}`);
    return row;
  };
  const carriers = (row: StoryRow): number[] => row.cells.flatMap((cell, c) => (cell ? [c] : []));

  it('finds the three articles as one story and puts them in date order', () => {
    expect(articles.map((a) => a.id)).toEqual([reuters.id, afp.id, sputnik.id]);
    expect([R, A, S]).toEqual([0, 1, 2]);
    expect(collation.columns.map((c) => c.label)).toEqual(['Reuters', 'AFP', 'Sputnik']);
  });

  it('puts every paragraph Sputnik copied from Reuters in the Reuters row (the spec links)', () => {
    for (const link of spec.links) {
      const row = rowOf(reuters, link.a);
      expect(row, `${link.a} → ${link.b}`).toBe(rowOf(sputnik, link.b));
      expect(row.reference).toBe(R);
    }
  });

  it('finds the rows carried by Reuters and Sputnik but not AFP: all spec links except the two AFP reworded', () => {
    const both = collation.rows.filter((r) => r.cells[R] && r.cells[S] && !r.cells[A]);
    const reworded = ['000-p1', '000-p4'].map((id) => rowOf(reuters, id));
    const expected = spec.links.map((l) => rowOf(reuters, l.a)).filter((r) => !reworded.includes(r));
    expect(new Set(both)).toEqual(new Set(expected));
    expect(both).toHaveLength(7);
    for (const row of reworded) {
      expect(carriers(row)).toEqual([R, A, S]);
      expect(row.cells[A]?.kind).toBe('paraphrase');
    }
  });

  it("finds the reverse: AFP and Sputnik share only the headline echoing AFP's lede, without Reuters", () => {
    const both = collation.rows.filter((r) => r.cells[A] && r.cells[S] && !r.cells[R]);
    expect(both).toEqual([rowOf(sputnik, '002-p1')]);
    expect(both[0]?.reference).toBe(A);
  });

  it('shows the White House spokesperson\'s quote and the "colossale" quote carried by Reuters only', () => {
    for (const id of ['000-p2', '000-p9']) {
      const row = rowOf(reuters, id);
      expect(carriers(row), id).toEqual([R]);
      expect(row.cells[A]).toBeNull();
      expect(row.cells[S]).toBeNull();
    }
    const text = (row: StoryRow): string => {
      const [s, e] = collation.columns[R]?.segments[row.cells[R]?.segments[0] ?? 0] ?? [0, 0];
      return reuters.text.slice(s, e);
    };
    expect(text(rowOf(reuters, '000-p2'))).toContain('Jen Psaki');
    expect(text(rowOf(reuters, '000-p9'))).toContain('colossale');
  });

  it('shows the "Propositions russes" row in Sputnik only, and what Sputnik added only there', () => {
    const row = rowOf(sputnik, '002-p11');
    expect(carriers(row)).toEqual([S]);
    const [s, e] = collation.columns[S]?.segments[row.cells[S]?.segments[0] ?? 0] ?? [0, 0];
    expect(sputnik.text.slice(s, e)).toBe('Propositions russes');
    for (const id of ['002-p12', '002-p13']) expect(carriers(rowOf(sputnik, id))).toEqual([S]);
  });

  it('draws Sputnik reusing Reuters with the share the engine measures, and no other arrow', () => {
    const figures = computeReuse(articles, story ? [story] : []);
    const graph = reuseGraph(collation, { figures });
    expect(graph.edges).toHaveLength(1);
    const edge = graph.edges[0];
    expect(edge).toMatchObject({ source: R, target: S, direction: 'determined', primary: true });
    const figure = figures.find((f) => f.source === reuters.id && f.target === sputnik.id)!;
    expect(edge?.share).toBe(figure.share);
    expect(edge?.sourceShare).toBe(figure.sourceShare);
    expect(figure.share).toBeGreaterThan(0.5);
    expect(edge?.evidence).toContainEqual(
      expect.objectContaining({
        code: 'authorship',
        outlet: 'Reuters',
        marks: expect.arrayContaining(['dateline']),
      }),
    );
  });

  it("gives each outlet's coverage: Reuters carries its quotes alone and disagrees on the troops", () => {
    const entries = coverage(collation as Collation, articles);
    const r = entries[R];
    expect(r?.quotes.find((q) => q.speaker === 'Jen Psaki')?.alsoIn).toEqual([]);
    expect(r?.quotes.find((q) => q.text.includes('colossale'))?.alsoIn).toEqual([]);
    const troops = r?.disagreements.find((d) => d.text.includes('soldats'));
    expect(troops?.others.find((o) => o.column === S)?.text).toContain('100.000');
    expect(entries[S]?.onlyHere).toContain(rowOf(sputnik, '002-p11').key);
  });
});
