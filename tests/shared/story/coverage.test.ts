import { describe, expect, it } from 'vitest';
import { collateStory } from '../../../shared/story/collate';
import { coverage } from '../../../shared/story/coverage';
import { readStoryFixture } from '../../helpers/story-fixture';

describe('coverage', () => {
  const articles = readStoryFixture('vellmark');
  const collation = collateStory(articles);
  const entries = coverage(collation, articles);
  const entry = (id: string) => entries.find((e) => e.articleId === id)!;

  it('gives one entry per article, in column order', () => {
    expect(entries.map((e) => e.articleId)).toEqual(collation.columns.map((c) => c.articleId));
    for (const e of entries) expect(e.totalRows).toBe(collation.rows.length);
  });

  it('measures the share of the story each article carries, the wire most', () => {
    const wire = entry('agence-nordique.txt');
    expect(wire.rows).toBe(collation.rows.filter((r) => r.cells[0]).length);
    for (const e of entries) {
      expect(e.share).toBeGreaterThan(0);
      expect(e.share).toBeLessThanOrEqual(wire.share);
    }
    const words = collation.rows.map((r) => r.cells[r.reference]?.words ?? 0);
    const total = words.reduce((n, w) => n + w, 0);
    const carried = collation.rows.reduce((n, r, i) => n + (r.cells[0] ? (words[i] ?? 0) : 0), 0);
    expect(wire.share).toBeCloseTo(carried / total, 3);
  });

  it('lists the content found only in each article', () => {
    const gazette = entry('gazette-des-plaines.txt');
    const only = collation.rows.filter((r) => gazette.onlyHere.includes(r.key));
    expect(only.every((r) => r.carriers === 1 && r.cells[1])).toBe(true);
    expect(gazette.onlyHereWords).toBe(only.reduce((n, r) => n + (r.cells[1]?.words ?? 0), 0));
    expect(entry('agence-nordique.txt').onlyHere).toHaveLength(3);
  });

  it('lists the quotes each article carries, who else carries them and their row', () => {
    const wire = entry('agence-nordique.txt');
    const mayor = wire.quotes.find((q) => q.speaker === 'Ingrid Solvang');
    expect(mayor?.alsoIn).toEqual([2, 3]);
    expect(mayor?.quoteType).toBe('full');
    expect(collation.rows.find((r) => r.key === mayor?.rowKey)?.cells[3]).not.toBeNull();
    const engineer = wire.quotes.find((q) => q.speaker === 'Mats Hedlund');
    expect(engineer?.alsoIn).toEqual([]);
  });

  it('lists the claims the others report differently, saying who says the same', () => {
    const courrier = entry('courrier-du-lac.txt');
    const homes = courrier.disagreements.find((d) => d.text.includes('40.000'));
    expect(homes?.discrepancies).toContain('qualifier-differs');
    expect(homes?.others).toEqual(
      expect.arrayContaining([
        { column: 0, text: 'près de 40.000 foyers', same: false },
        { column: 3, text: 'plus de 40.000 foyers', same: true },
      ]),
    );
    expect(homes?.rowKey).toBe(collation.rows[0]?.key);
  });

  it('asks for every collated article by name', () => {
    expect(() => coverage(collation, articles.slice(1))).toThrow(
      /agence-nordique\.txt of the collation was not given/,
    );
  });
});
