import { describe, expect, it } from 'vitest';
import { segmentArticle, splitSentences, subtractSpans } from '../../../shared/compare/segment';
import { makeArticle } from '../../helpers/compare-article';

/** The sentences of `text` as strings. */
function sentences(text: string): string[] {
  return splitSentences(text, [0, text.length]).map(([s, e]) => text.slice(s, e));
}

describe('splitSentences', () => {
  it('splits at sentence ends followed by a capital', () => {
    expect(sentences('La crue monte. Les secours arrivent! Qui paiera ? Personne.')).toEqual([
      'La crue monte.',
      'Les secours arrivent!',
      'Qui paiera ?',
      'Personne.',
    ]);
  });

  it('does not split after abbreviations or initials', () => {
    expect(sentences('M. Dupont et Mme. Leroy ont reçu J. Martin, cf. p. 4. Ils sont partis.')).toEqual([
      'M. Dupont et Mme. Leroy ont reçu J. Martin, cf. p. 4.',
      'Ils sont partis.',
    ]);
  });

  it('does not split inside numbers', () => {
    expect(sentences('Environ 100.000 personnes et 2,5 millions d’euros. Fin du bilan.')).toEqual([
      'Environ 100.000 personnes et 2,5 millions d’euros.',
      'Fin du bilan.',
    ]);
  });

  it('keeps closing quotes and guillemets with their sentence', () => {
    expect(sentences('Il a dit : « Nous partons. » Puis il est sorti. "C\'est fini." Elle a souri.')).toEqual(
      ['Il a dit : « Nous partons. »', 'Puis il est sorti.', '"C\'est fini."', 'Elle a souri.'],
    );
  });

  it('splits a sentence end glued to the next sentence, not a question inside a sentence', () => {
    expect(sentences('Il a duré 50 minutes.Le conseiller a parlé. « Pourquoi ? » a-t-il demandé.')).toEqual([
      'Il a duré 50 minutes.',
      'Le conseiller a parlé.',
      '« Pourquoi ? » a-t-il demandé.',
    ]);
  });

  it('returns the sentence spans as offsets into the whole text', () => {
    const text = 'xx Une phrase. Une autre. yy';
    expect(splitSentences(text, [3, 25])).toEqual([
      [3, 14],
      [15, 25],
    ]);
  });
});

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

  it('subtracts spans', () => {
    expect(
      subtractSpans(
        [0, 10],
        [
          [2, 4],
          [6, 12],
        ],
      ),
    ).toEqual([
      [0, 2],
      [4, 6],
    ]);
    expect(subtractSpans([5, 8], [[0, 3]])).toEqual([[5, 8]]);
    expect(subtractSpans([5, 8], [[0, 9]])).toEqual([]);
  });
});
