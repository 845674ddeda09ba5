import { describe, expect, it } from 'vitest';
import { segmentArticle } from '../../../shared/compare/segment';
import { makeArticle } from '../../helpers/compare-article';

describe('segmentArticle', () => {
  it('makes one segment per paragraph, without boilerplate, trimmed, with its sentences', () => {
    const text =
      'Titre du jour\n\nPremière phrase. Deuxième phrase.\n\n(Avec la rédaction) Dernier paragraphe.';
    const boilerplate: [number, number][] = [[50, 70]];
    const segments = segmentArticle(makeArticle(text, { boilerplate }), 'a');
    expect(segments.map((s) => text.slice(s.start, s.end))).toEqual([
      'Titre du jour',
      'Première phrase. Deuxième phrase.',
      'Dernier paragraphe.',
    ]);
    expect(segments.map((s) => s.id)).toEqual(['a0', 'a1', 'a2']);
    expect(segments.map((s) => s.paragraph)).toEqual([0, 1, 2]);
    expect(segments[1]?.sentences.map(([s, e]) => text.slice(s, e))).toEqual([
      'Première phrase.',
      'Deuxième phrase.',
    ]);
  });

  it('drops paragraphs that are wholly boilerplate and makes sentence segments when asked', () => {
    const text = 'https://exemple.org/x\n\nUne phrase. Une autre.';
    const segments = segmentArticle(makeArticle(text, { boilerplate: [[0, 21]] }), 'b', 'sentence');
    expect(segments.map((s) => [s.id, text.slice(s.start, s.end), s.paragraph])).toEqual([
      ['b0', 'Une phrase.', 1],
      ['b1', 'Une autre.', 1],
    ]);
  });
});
