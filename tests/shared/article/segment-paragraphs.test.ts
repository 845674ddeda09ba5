import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentParagraphs } from '../../../shared/article/segment-paragraphs';

/** Paragraph texts of `text`. */
const texts = (text: string, from = 0): string[] =>
  segmentParagraphs(text, from).paragraphs.map(([s, e]) => text.slice(s, e));

describe('segmentParagraphs', () => {
  it('splits on blank lines and trims each paragraph', () => {
    expect(texts('  Un.  \n\n\n Deux.\n \nTrois.\n')).toEqual(['Un.', 'Deux.', 'Trois.']);
  });

  it('starts after a given offset', () => {
    expect(segmentParagraphs(' date 2021-12 Texte.', 14).paragraphs).toEqual([[14, 20]]);
  });

  it('splits glued sentences and a glued heading, counting the splits', () => {
    const text =
      'Le vote a eu lieu lundi.La séance a duré trois heures.Un nouveau calendrierLes députés reprendront mardi.';
    const result = segmentParagraphs(text);
    expect(result.paragraphs.map(([s, e]) => text.slice(s, e))).toEqual([
      'Le vote a eu lieu lundi.',
      'La séance a duré trois heures.',
      'Un nouveau calendrier',
      'Les députés reprendront mardi.',
    ]);
    expect(result.gluedSplits).toBe(3);
  });

  it('does not split brand names, initials or quotes that close a sentence', () => {
    expect(texts('Il utilise PowerPoint et YouTube, dit J.R.R. Tolkien.')).toHaveLength(1);
    expect(texts('Le ministre a parlé d\'un accord "historique".Le texte sera signé jeudi.')).toEqual([
      'Le ministre a parlé d\'un accord "historique".',
      'Le texte sera signé jeudi.',
    ]);
  });

  it('keeps a line that continues a sentence with the line before', () => {
    expect(texts('Le maire a annoncé\nque le marché rouvrira.\nTitre suivant')).toEqual([
      'Le maire a annoncé\nque le marché rouvrira.',
      'Titre suivant',
    ]);
  });

  it('returns sorted, disjoint, trimmed spans whose text is the source text (property)', () => {
    const piece = fc.constantFrom(
      'Le texte.',
      'La suite',
      '\n',
      '\n\n',
      ' ',
      'mot',
      'Encore.',
      'conflitEn',
      '"Oui."',
      'É',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }).map((p) => p.join('')),
        (text) => {
          const { paragraphs } = segmentParagraphs(text);
          let previous = 0;
          for (const [s, e] of paragraphs) {
            expect(s).toBeGreaterThanOrEqual(previous);
            expect(e).toBeGreaterThan(s);
            expect(text.slice(s, e)).toBe(text.slice(s, e).trim());
            previous = e;
          }
          const covered = paragraphs.map(([s, e]) => text.slice(s, e)).join('');
          expect(covered.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
        },
      ),
    );
  });
});
