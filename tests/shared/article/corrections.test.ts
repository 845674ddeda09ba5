import { describe, expect, it } from 'vitest';
import {
  applyOutletCorrections,
  assignStory,
  correctionsSchema,
  emptyCorrections,
  findEntry,
  setOutletCorrection,
} from '../../../shared/article/corrections';
import { parseArticle } from '../../../shared/article/parse-article';

const sha = (c: string): string => c.repeat(64);

describe('corrections', () => {
  it('finds an entry by sha256 first, then by id', () => {
    const entries = [
      { sha256: sha('a'), id: 'old.txt', story: 's1' },
      { sha256: sha('b'), id: 'b.txt', story: 's2' },
    ];
    expect(findEntry(entries, { sha256: sha('a'), id: 'renamed.txt' })?.story).toBe('s1');
    expect(findEntry(entries, { sha256: sha('c'), id: 'b.txt' })?.story).toBe('s2');
    expect(findEntry(entries, { sha256: sha('c'), id: 'c.txt' })).toBeUndefined();
  });

  it('applies outlet corrections as user-sourced without touching the input', () => {
    const article = { ...parseArticle({ id: 'a.txt', text: 'PARIS (AFP) - Un texte.' }), sha256: sha('a') };
    const corrections = setOutletCorrection(emptyCorrections, article, { id: 'le-monde', name: 'Le Monde' });
    const [corrected] = applyOutletCorrections([article], corrections);
    expect(corrected?.outlet).toMatchObject({ id: 'le-monde', source: 'user' });
    expect(corrected?.outlet.evidence).toMatch(/detected: AFP/);
    expect(article.outlet.id).toBe('afp');
    expect(correctionsSchema.parse(corrections)).toEqual(corrections);
  });

  it('replaces earlier entries for the same article', () => {
    const a = { sha256: sha('a'), id: 'a.txt' };
    let corrections = assignStory(emptyCorrections, [a], 's1');
    corrections = assignStory(corrections, [a], 's2');
    expect(corrections.stories).toEqual([{ sha256: sha('a'), id: 'a.txt', story: 's2' }]);
  });
});
