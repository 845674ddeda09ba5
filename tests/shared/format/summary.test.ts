import { describe, expect, it } from 'vitest';
import type { CompareStats } from '../../../shared/compare/types';
import { formatChangeCount, formatSummary } from '../../../shared/format/summary';

/** Figures with everything at zero but what is given. */
function stats(partial: Partial<CompareStats>): CompareStats {
  return {
    keptVerbatim: 0,
    keptEdited: 0,
    newInB: 0,
    droppedParagraphs: 0,
    addedParagraphs: 0,
    droppedQuotes: 0,
    addedQuotes: 0,
    numbersChanged: 0,
    ...partial,
  };
}

/** The summary with the locale's no-break spaces shown as plain spaces, for readable expectations. */
function summary(
  partial: Partial<CompareStats>,
  lang: 'fr' | 'en',
  outletA = 'Reuters',
  outletB = 'Sputnik',
): string {
  return formatSummary({ stats: stats(partial), outletA, outletB }, lang).replace(/[\u00a0\u202f]/g, ' ');
}

describe('formatSummary in French', () => {
  it('composes the sentence from the figures', () => {
    expect(
      summary({ keptVerbatim: 0.64, droppedParagraphs: 5, droppedQuotes: 2, addedParagraphs: 3 }, 'fr'),
    ).toBe(
      'Sputnik reprend 64 % du texte de Reuters mot pour mot, supprime 5 paragraphes dont 2 citations, en ajoute 3.',
    );
  });

  it('uses the singular for one and reads naturally at zero', () => {
    expect(summary({ keptVerbatim: 0.9, droppedParagraphs: 1, droppedQuotes: 1 }, 'fr')).toBe(
      'Sputnik reprend 90 % du texte de Reuters mot pour mot, supprime 1 paragraphe dont 1 citation.',
    );
    expect(summary({ keptVerbatim: 1 }, 'fr')).toBe(
      'Sputnik reprend tout le texte de Reuters mot pour mot, sans supprimer ni ajouter de paragraphe.',
    );
    expect(summary({ addedParagraphs: 4 }, 'fr')).toBe(
      'Sputnik ne reprend rien du texte de Reuters, ajoute 4 paragraphes.',
    );
  });

  it('mentions reworded text, added quotes and changed numbers', () => {
    expect(
      summary(
        { keptVerbatim: 0.5, keptEdited: 0.2, addedParagraphs: 2, addedQuotes: 1, numbersChanged: 1 },
        'fr',
      ),
    ).toBe(
      'Sputnik reprend 50 % du texte de Reuters mot pour mot et 20 % avec des modifications, ajoute 2 paragraphes dont 1 citation et modifie 1 nombre.',
    );
    expect(summary({ keptVerbatim: 0.98, keptEdited: 0.02, numbersChanged: 1 }, 'fr')).toBe(
      'Sputnik reprend 98 % du texte de Reuters mot pour mot et 2 % avec des modifications, modifie 1 nombre, sans supprimer ni ajouter de paragraphe.',
    );
    expect(summary({ keptEdited: 0.3 }, 'fr')).toBe(
      'Sputnik ne reprend rien du texte de Reuters mot pour mot mais en reformule 30 %, sans supprimer ni ajouter de paragraphe.',
    );
  });

  it('elides "de" before a vowel and says "moins de 1 %" for a tiny share', () => {
    expect(summary({ keptVerbatim: 0.003 }, 'fr', 'AFP', 'Le Monde')).toBe(
      "Le Monde reprend moins de 1 % du texte d'AFP mot pour mot, sans supprimer ni ajouter de paragraphe.",
    );
  });

  it('counts quotes dropped from kept paragraphs', () => {
    expect(summary({ keptVerbatim: 0.8, droppedQuotes: 2 }, 'fr')).toBe(
      'Sputnik reprend 80 % du texte de Reuters mot pour mot, supprime 2 citations.',
    );
    expect(summary({ keptVerbatim: 0.8, droppedParagraphs: 1, droppedQuotes: 3 }, 'fr')).toBe(
      'Sputnik reprend 80 % du texte de Reuters mot pour mot, supprime 1 paragraphe et 3 citations.',
    );
  });
});

describe('formatSummary in English', () => {
  it('composes the sentence from the figures', () => {
    expect(
      summary({ keptVerbatim: 0.64, droppedParagraphs: 5, droppedQuotes: 2, addedParagraphs: 3 }, 'en'),
    ).toBe(
      "Sputnik keeps 64% of Reuters' text word for word, drops 5 paragraphs including 2 quotes, adds 3.",
    );
  });

  it('uses the singular for one and reads naturally at zero', () => {
    expect(summary({ keptVerbatim: 0.9, droppedParagraphs: 1, droppedQuotes: 1 }, 'en', 'AFP')).toBe(
      "Sputnik keeps 90% of AFP's text word for word, drops 1 paragraph including 1 quote.",
    );
    expect(summary({ keptVerbatim: 1 }, 'en')).toBe(
      "Sputnik keeps all of Reuters' text word for word, without dropping or adding any paragraph.",
    );
    expect(summary({ addedParagraphs: 1 }, 'en')).toBe(
      "Sputnik keeps none of Reuters' text, adds 1 paragraph.",
    );
  });

  it('mentions reworded text and changed numbers', () => {
    expect(summary({ keptVerbatim: 0.5, keptEdited: 0.2, numbersChanged: 2 }, 'en')).toBe(
      "Sputnik keeps 50% of Reuters' text word for word and 20% with changes, changes 2 numbers, without dropping or adding any paragraph.",
    );
  });
});

describe('formatChangeCount', () => {
  it('agrees in number and gender in French, zero included', () => {
    expect(formatChangeCount(1, 'paragraph', 'dropped', 'fr')).toBe('1 paragraphe supprimé');
    expect(formatChangeCount(5, 'paragraph', 'dropped', 'fr')).toBe('5 paragraphes supprimés');
    expect(formatChangeCount(0, 'paragraph', 'added', 'fr')).toBe('aucun paragraphe ajouté');
    expect(formatChangeCount(2, 'quote', 'dropped', 'fr')).toBe('2 citations supprimées');
    expect(formatChangeCount(0, 'quote', 'added', 'fr')).toBe('aucune citation ajoutée');
    expect(formatChangeCount(1, 'number', 'changed', 'fr')).toBe('1 nombre modifié');
  });

  it('uses English plurals', () => {
    expect(formatChangeCount(1, 'paragraph', 'dropped', 'en')).toBe('1 paragraph dropped');
    expect(formatChangeCount(3, 'quote', 'added', 'en')).toBe('3 quotes added');
    expect(formatChangeCount(0, 'number', 'changed', 'en')).toBe('no number changed');
  });

  it('groups large counts in the locale', () => {
    expect(formatChangeCount(1500, 'paragraph', 'added', 'en')).toBe('1,500 paragraphs added');
    expect(formatChangeCount(1500, 'paragraph', 'added', 'fr').replace(/[\u00a0\u202f]/g, ' ')).toBe(
      '1 500 paragraphes ajoutés',
    );
  });
});
