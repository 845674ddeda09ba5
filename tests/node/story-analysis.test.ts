import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFolder } from '../../node/analyze-folder';
import { analyzeStory, StoryRequestError } from '../../node/story-analysis';
import { anchorSide } from '../../shared/compare/corrections';
import { segmentArticle } from '../../shared/compare/segment';
import type { Collation, StoryRow } from '../../shared/story/types';
import { storyFixturesDir } from '../helpers/story-fixture';
import { summarizeComparison } from '../../shared/format/summary';
import { collate } from '../../renderer/src/workers/story-work';

/** A copy of the fixture story folder in a temporary directory. */
function copyFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'recoupe-story-'));
  cpSync(join(storyFixturesDir, 'vellmark'), dir, { recursive: true });
  return dir;
}

/** The row whose cell in column `col` starts with `start`. */
function rowStarting(collation: Collation, col: number, text: string, prefix: string): StoryRow | undefined {
  return collation.rows.find((r) => {
    const seg = r.cells[col]?.segments[0];
    const span = seg === undefined ? undefined : collation.columns[col]?.segments[seg];
    return span !== undefined && text.slice(span[0], span[1]).startsWith(prefix);
  });
}

describe('analyzeStory', () => {
  it('collates a story by its id, with its reuse graph and coverage', async () => {
    const root = copyFixture();
    const folder = await analyzeFolder(root);
    const story = folder.stories[0];
    const analysis = await analyzeStory({ root, storyId: story?.id ?? '' });
    expect(analysis.story?.id).toBe(story?.id);
    expect(analysis.articles.map((a) => a.id)).toEqual(story?.articles);
    expect(analysis.collation.columns).toHaveLength(4);
    // The wire copy (first column) is reused by the third article, which the fourth reuses in turn.
    const primary = analysis.graph.edges.filter((e) => e.primary).map((e) => [e.source, e.target]);
    expect(primary).toEqual([
      [0, 2],
      [2, 3],
    ]);
    expect(analysis.graph.edges.every((e) => e.source !== e.target && e.share >= 0.1)).toBe(true);
    expect(analysis.coverage).toHaveLength(4);
    expect(analysis.warnings).toEqual([]);
  });

  it("applies the folder's hand corrections of a pair: an unlinked paragraph leaves the row", async () => {
    const root = copyFixture();
    const folder = await analyzeFolder(root);
    const wire = folder.articles.find((a) => a.id === 'agence-nordique.txt')!;
    const courrier = folder.articles.find((a) => a.id === 'courrier-du-lac.txt')!;
    const pick = (article: typeof wire) =>
      segmentArticle(article, 'a').filter((s) =>
        article.text.slice(s.start, s.end).startsWith('Le gouverneur'),
      );
    const correction = {
      id: 'c1',
      at: '2024-03-07T10:00:00Z',
      op: 'unlink',
      a: anchorSide(wire, pick(wire)),
      b: anchorSide(courrier, pick(courrier)),
    };
    mkdirSync(join(root, '.recoupe'), { recursive: true });
    writeFileSync(
      join(root, '.recoupe', 'alignment.json'),
      JSON.stringify({
        version: 1,
        pairs: [{ articles: [wire.id, courrier.id], corrections: [correction] }],
      }),
    );
    const storyId = folder.stories[0]?.id ?? '';
    const before = await analyzeStory({ root: copyFixture(), storyId });
    const after = await analyzeStory({ root, storyId });
    const col = (c: Collation, id: string): number => c.columns.findIndex((x) => x.articleId === id);
    const joined = rowStarting(before.collation, col(before.collation, wire.id), wire.text, 'Le gouverneur');
    expect(joined?.cells[col(before.collation, courrier.id)]).not.toBeNull();
    const split = rowStarting(after.collation, col(after.collation, wire.id), wire.text, 'Le gouverneur');
    expect(split?.cells[col(after.collation, courrier.id)]).toBeNull();
    expect(after.collation.rows).toHaveLength(before.collation.rows.length + 1);
  });

  it('collates a selection of articles, ordered by the article asked for', async () => {
    const root = copyFixture();
    const analysis = await analyzeStory({
      root,
      articleIds: ['le-veilleur.txt', 'agence-nordique.txt'],
      orderBy: 'le-veilleur.txt',
    });
    expect(analysis.story).toBeUndefined();
    expect(analysis.collation.columns.map((c) => c.articleId)).toEqual([
      'agence-nordique.txt',
      'le-veilleur.txt',
    ]);
    expect(analysis.collation.pivot).toBe(1);
    const pair = analysis.collation.pairs[0]!;
    const [a, b] = [pair.a, pair.b].map((col) =>
      analysis.articles.find((x) => x.id === analysis.collation.columns[col]?.articleId),
    );
    expect(summarizeComparison({ a: a!, b: b!, stats: pair.stats }, 'fr')).toMatch(/reprend/);
  });

  it('says what the folder has when the request names something it does not', async () => {
    const root = copyFixture();
    await expect(analyzeStory({ root, storyId: 'story-nope' })).rejects.toThrow(StoryRequestError);
    await expect(analyzeStory({ root, storyId: 'story-nope' })).rejects.toThrow(
      /There is no story story-nope in .*Stories with several articles \(with their number of articles\): story-\w+ \(4\)/,
    );
    await expect(analyzeStory({ root, articleIds: ['agence-nordique.txt', 'absent.txt'] })).rejects.toThrow(
      /absent\.txt is not an article of/,
    );
    await expect(analyzeStory({ root, articleIds: ['agence-nordique.txt'] })).rejects.toThrow(
      /at least two different articles/,
    );
    await expect(
      analyzeStory({
        root,
        articleIds: ['agence-nordique.txt', 'le-veilleur.txt'],
        orderBy: 'courrier-du-lac.txt',
      }),
    ).rejects.toThrow(/courrier-du-lac\.txt is not one of the collated articles/);
    await expect(analyzeStory({ root: join(root, 'missing'), storyId: 'x' })).rejects.toThrow(
      StoryRequestError,
    );
  });
});

describe('analyzeStory with the view’s equivalences', () => {
  /** Two reports of a fictional vote that differ only in case, punctuation and typography. */
  function writeVariants(): string {
    const dir = mkdtempSync(join(tmpdir(), 'recoupe-story-eq-'));
    writeFileSync(
      join(dir, 'a.txt'),
      'Le Conseil de Brenmark a voté, mardi soir, la fermeture du Pont des Tanneurs pour 18 mois.\n\n' +
        "Les travaux coûteront 4.200.000 couronnes, selon l'adjointe chargée de la voirie.\n\n" +
        'Les riverains redoutent des « détours interminables » pendant toute la durée du chantier.\n',
    );
    writeFileSync(
      join(dir, 'b.txt'),
      'le conseil de brenmark a voté mardi soir la fermeture du pont des tanneurs pour 18 mois\n\n' +
        'Les travaux coûteront 4 200 000 couronnes, selon l’adjointe chargée de la voirie.\n\n' +
        'Les riverains redoutent des "détours interminables" pendant toute la durée du chantier.\n',
    );
    return dir;
  }

  it("collates as the story view's worker does for the same equivalences, and the equivalences matter", async () => {
    const root = writeVariants();
    const folder = await analyzeFolder(root);
    const equivalence = { ignoreCase: true, ignorePunctuation: true, ignoreTypography: true };
    const exported = await analyzeStory({ root, folder, articleIds: ['a.txt', 'b.txt'], equivalence });
    const screen = collate(
      {
        id: 1,
        type: 'collate',
        articles: exported.articles,
        corrections: [],
        equivalence,
        reuse: folder.reuse,
      },
      () => undefined,
    );
    expect(exported.collation).toEqual(screen.collation);
    expect(exported.graph).toEqual(screen.graph);
    const kinds = (collation: Collation) => collation.rows.map((r) => r.cells[1]?.kind);
    expect(kinds(exported.collation)).toEqual(['identical', 'identical', 'identical']);
    const strict = await analyzeStory({ root, folder, articleIds: ['a.txt', 'b.txt'] });
    expect(kinds(strict.collation)).not.toEqual(kinds(exported.collation));
  });
});
