import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../shared/article/model';
import { assertValidOps } from '../../../shared/compare/check-diff';
import { compare } from '../../../shared/compare/compare';
import { renderInline } from '../../../shared/compare/render-inline';
import { segmentArticle } from '../../../shared/compare/segment';
import type { Comparison } from '../../../shared/compare/types';
import { collateStory } from '../../../shared/story/collate';
import { orderRows } from '../../../shared/story/order-rows';
import type { Collation, StoryRow } from '../../../shared/story/types';
import { makeArticle } from '../../helpers/compare-article';
import { readStoryFixture } from '../../helpers/story-fixture';
import { StoryGenerator } from '../../helpers/story-text';

const WIRE = 'agence-nordique.txt';
const GAZETTE = 'gazette-des-plaines.txt';
const COURRIER = 'courrier-du-lac.txt';
const VEILLEUR = 'le-veilleur.txt';

/** Column index of an article. */
function col(collation: Collation, id: string): number {
  return collation.columns.findIndex((c) => c.articleId === id);
}

/** The text of a cell. */
function cellText(collation: Collation, articles: readonly Article[], row: StoryRow, column: number): string {
  const article = articles.find((a) => a.id === collation.columns[column]?.articleId);
  const spans = row.cells[column]?.segments.map((s) => collation.columns[column]?.segments[s]) ?? [];
  return spans.map((span) => (article && span ? article.text.slice(span[0], span[1]) : '')).join('\n');
}

/** The row one of whose cells contains `needle`. */
function rowWith(collation: Collation, articles: readonly Article[], needle: string): StoryRow {
  const row = collation.rows.find((r) =>
    r.cells.some((_, c) => cellText(collation, articles, r, c).includes(needle)),
  );
  if (!row) throw new Error(`no row contains ${needle}`);
  return row;
}

/** Ids of the articles carrying a row. */
function carriers(collation: Collation, row: StoryRow): string[] {
  return row.cells.flatMap((cell, c) => (cell ? [collation.columns[c]?.articleId ?? ''] : []));
}

/** Throws unless every segment of every column is in exactly one row, references are the earliest carriers and every cell's operations are a valid diff against its reference. */
function assertWellFormed(collation: Collation, articles: readonly Article[]): void {
  const byId = new Map(articles.map((a) => [a.id, a]));
  collation.columns.forEach((column, c) => {
    const seen = collation.rows.flatMap((row) => row.cells[c]?.segments ?? []).sort((x, y) => x - y);
    expect(seen).toEqual(column.segments.map((_, i) => i));
  });
  for (const row of collation.rows) {
    const present = row.cells.flatMap((cell, c) => (cell ? [c] : []));
    expect(row.reference).toBe(Math.min(...present));
    expect(row.carriers).toBe(present.length);
    expect(row.cells[row.reference]?.kind).toBe('reference');
    const refArticle = byId.get(collation.columns[row.reference]?.articleId ?? '') as Article;
    const refSegments = segmentArticle(refArticle, 'a');
    for (const c of present) {
      const cell = row.cells[c];
      if (!cell || c === row.reference) continue;
      const article = byId.get(collation.columns[c]?.articleId ?? '') as Article;
      const link = {
        a: row.cells[row.reference]?.segments.map((s) => `a${s}`) ?? [],
        b: cell.segments.map((s) => `b${s}`),
        kind: 'edited' as const,
        moved: false,
        similarity: cell.similarity,
        ops: cell.ops,
      };
      assertValidOps(
        link,
        { text: refArticle.text, segments: refSegments },
        { text: article.text, segments: segmentArticle(article, 'b') },
      );
    }
  }
}

describe('collateStory on a story of four articles (fixture vellmark)', () => {
  const articles = readStoryFixture('vellmark');
  const collation = collateStory(articles);

  it('puts the articles in date order, the given order kept between equal dates', () => {
    expect(collation.columns.map((c) => c.articleId)).toEqual([WIRE, GAZETTE, COURRIER, VEILLEUR]);
    expect(collation.columns.map((c) => c.date)).toEqual([
      '2024-03-04',
      '2024-03-04',
      '2024-03-05',
      '2024-03-06',
    ]);
    expect(collation.pivot).toBe(0);
    expect(collation.pairs.map((p) => [p.a, p.b])).toEqual([
      [0, 1],
      [0, 2],
      [0, 3],
      [1, 2],
      [1, 3],
      [2, 3],
    ]);
  });

  it('places every paragraph of every article in exactly one row, each cell a valid diff against the earliest version', () => {
    assertWellFormed(collation, articles);
  });

  it('makes one row of a paragraph every copy carries, identical cells marked identical', () => {
    const row = rowWith(collation, articles, 'Trois pêcheurs portés disparus');
    expect(carriers(collation, row)).toEqual([WIRE, COURRIER, VEILLEUR]);
    expect(row.cells[col(collation, WIRE)]?.kind).toBe('reference');
    expect(row.cells[col(collation, COURRIER)]?.kind).toBe('identical');
    expect(row.cells[col(collation, VEILLEUR)]?.kind).toBe('edited');
  });

  it('shows an edited cell with its differences against the earliest version', () => {
    const row = rowWith(collation, articles, "privant d'électricité plus de");
    const cell = row.cells[col(collation, COURRIER)];
    expect(cell?.kind).toBe('edited');
    const inline = renderInline(
      cell?.ops ?? [],
      articles.find((a) => a.id === WIRE)!.text,
      articles.find((a) => a.id === COURRIER)!.text,
    );
    expect(inline).toContain('[-près-]{+plus+}');
    expect(inline).toContain('[-VELLMARK (Agence Nordique) --]');
  });

  it('joins paragraphs one outlet merged into one row, with the parts in one cell', () => {
    const row = rowWith(collation, articles, 'Les vents ont atteint 160 km/h');
    expect(row.cells[col(collation, WIRE)]?.segments).toEqual([0, 1]);
    expect(row.cells[col(collation, COURRIER)]?.segments).toEqual([0, 1]);
    expect(row.cells[col(collation, VEILLEUR)]?.segments).toEqual([0]);
  });

  it('joins rows transitively: text the wire never had, copied from one later outlet by another', () => {
    const row = rowWith(collation, articles, 'déjà connu une tempête comparable');
    expect(carriers(collation, row)).toEqual([COURRIER, VEILLEUR]);
    expect(row.reference).toBe(col(collation, COURRIER));
    expect(row.cells[col(collation, VEILLEUR)]?.kind).toBe('identical');
  });

  it('leaves empty the cells of outlets that did not carry a paragraph', () => {
    expect(carriers(collation, rowWith(collation, articles, "Les écoles de l'archipel"))).toEqual([WIRE]);
    expect(carriers(collation, rowWith(collation, articles, "fonds d'urgence"))).toEqual([GAZETTE]);
    expect(carriers(collation, rowWith(collation, articles, 'Sur les réseaux sociaux'))).toEqual([VEILLEUR]);
    expect(carriers(collation, rowWith(collation, articles, 'Un précédent en 1999'))).toEqual([COURRIER]);
  });

  it("orders rows by the pivot, adding each outlet's own rows after the row they follow in it", () => {
    const keys = collation.rows.map((r) => r.key);
    const at = (needle: string): number => keys.indexOf(rowWith(collation, articles, needle).key);
    expect(at('Les vents ont atteint')).toBe(0);
    expect(at('Un précédent en 1999')).toBe(at('Le ferry reliant') + 1);
    expect(at('déjà connu une tempête')).toBe(at('Un précédent en 1999') + 1);
    expect(at('Sur les réseaux sociaux')).toBe(at('déjà connu une tempête') + 1);
    expect(at('Le gouverneur régional')).toBeGreaterThan(at('Sur les réseaux sociaux'));
  });

  it("orders rows by any chosen article and flags the cells out of their article's order", () => {
    const veilleur = col(collation, VEILLEUR);
    const ordered = orderRows(collation, veilleur);
    expect(ordered).toHaveLength(collation.rows.length);
    const own = ordered.filter((o) => o.row.cells[veilleur]).map((o) => o.row.cells[veilleur]?.segments[0]);
    expect(own).toEqual([0, 1, 2, 3, 4, 5]);
    expect(ordered.every((o) => !o.moved[veilleur])).toBe(true);
    const byPivot = orderRows(collation, collation.pivot);
    const mayor = byPivot.find((o) => o.row === rowWith(collation, articles, 'jamais vu la mer monter'));
    expect(mayor?.moved[veilleur]).toBe(true);
    expect(mayor?.moved[col(collation, WIRE)]).toBe(false);
  });

  it('is deterministic and keeps row keys whatever order the articles come in', () => {
    const again = collateStory(
      [...articles]
        .reverse()
        .sort((x, y) => (x.date ?? '').localeCompare(y.date ?? '') || x.id.localeCompare(y.id)),
    );
    expect(again).toEqual(collation);
  });

  it('follows a chosen pivot and says which pivot is unknown', () => {
    const byVeilleur = collateStory(articles, { pivot: VEILLEUR });
    expect(byVeilleur.pivot).toBe(3);
    expect(byVeilleur.rows.map((r) => r.key)).toEqual(orderRows(collation, 3).map((o) => o.row.key));
    expect(() => collateStory(articles, { pivot: 'nope.txt' })).toThrow(
      /nope\.txt is not among the collated articles/,
    );
  });

  it('compares each pair once, earlier article first, through an injected comparison, and reports progress', () => {
    const calls: string[] = [];
    const progress: number[] = [];
    const injected = collateStory(articles, {
      comparePair: (a: Article, b: Article): Comparison => {
        calls.push(`${a.id}>${b.id}`);
        return compare(a, b);
      },
      onProgress: (done, total) => progress.push(done / total),
    });
    expect(calls).toHaveLength(6);
    expect(calls[0]).toBe(`${WIRE}>${GAZETTE}`);
    expect(calls).toContain(`${COURRIER}>${VEILLEUR}`);
    expect(progress.at(-1)).toBe(1);
    expect(injected).toEqual(collation);
  });

  it('measures each pair word for word: the later copy takes most of its words from the wire', () => {
    const pair = collation.pairs.find(
      (p) => p.a === col(collation, WIRE) && p.b === col(collation, COURRIER),
    );
    expect(pair?.verbatimB).toBeGreaterThan(0.75);
    expect(pair?.verbatimA).toBeGreaterThan(0.6);
    const gazette = collation.pairs.find(
      (p) => p.a === col(collation, WIRE) && p.b === col(collation, GAZETTE),
    );
    expect(gazette?.verbatimB).toBeLessThan(0.2);
  });
});

describe('collateStory edge cases', () => {
  it('collates two identical articles into identical rows', () => {
    const text = 'Premier paragraphe inventé pour le test.\n\nDeuxième paragraphe, tout aussi inventé.';
    const collation = collateStory([
      makeArticle(text, { id: 'x.txt', outlet: 'Agence Nordique' }),
      makeArticle(text, { id: 'y.txt', outlet: 'Agence Nordique' }),
    ]);
    expect(collation.rows).toHaveLength(2);
    expect(collation.rows.every((r) => r.cells[1]?.kind === 'identical')).toBe(true);
    expect(collation.columns.map((c) => c.label)).toEqual(['Agence Nordique (x)', 'Agence Nordique (y)']);
  });

  it('collates one article alone into its own rows, and none into nothing', () => {
    const one = collateStory([makeArticle('Un.\n\nDeux.', { id: 'a.txt' })]);
    expect(one.rows.map((r) => r.carriers)).toEqual([1, 1]);
    expect(one.pairs).toEqual([]);
    expect(collateStory([]).rows).toEqual([]);
  });

  it('keeps every paragraph in one row and every cell a valid diff on generated stories', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 2, max: 5 }), (seed, count) => {
        const articles = new StoryGenerator(seed).story(count, 250);
        const collation = collateStory(articles);
        assertWellFormed(collation, articles);
        for (let c = 0; c < collation.columns.length; c++)
          expect(orderRows(collation, c)).toHaveLength(collation.rows.length);
      }),
      { numRuns: 15 },
    );
  });
});
