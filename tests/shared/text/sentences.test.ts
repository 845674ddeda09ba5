import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../shared/text/sentences';

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

describe('splitSentences per language', () => {
  it('keeps English abbreviations and dates in their sentence', () => {
    const text = 'Talks began on Feb. 14, 2023 in Geneva. Mr. Smith said 2.5 million people left. They did.';
    expect(splitSentences(text, [0, text.length], 'en').map(([s, e]) => text.slice(s, e))).toEqual([
      'Talks began on Feb. 14, 2023 in Geneva.',
      'Mr. Smith said 2.5 million people left.',
      'They did.',
    ]);
  });

  it('splits a heading glued to its paragraph', () => {
    expect(sentences('Propositions russesDans un texte publié vendredi.')).toEqual([
      'Propositions russes',
      'Dans un texte publié vendredi.',
    ]);
  });
});
