import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../shared/claims/extract';
import type { Claim } from '../../../shared/claims/model';
import { articleFromText } from '../../helpers/claims-article';

/** Quote claims of a text. */
function quotesOf(text: string): Claim[] {
  return extractClaims(articleFromText('q.txt', text)).filter((c) => c.kind === 'quote');
}

describe('extractQuotes', () => {
  it('finds quotes in « », “ ” and straight quotes, without the marks', () => {
    const quotes = quotesOf(
      '« Nous rouvrirons le pont », a déclaré la maire de Lorient, Anne Kervella.\n' +
        '“Le chantier avance”, a dit Marc Olivier.\n' +
        '"Rien n\'est joué", a affirmé Paul Dufresne.',
    );
    expect(quotes.map((q) => [q.text, q.speaker, q.quoteType])).toEqual([
      ['Nous rouvrirons le pont', 'Anne Kervella', 'full'],
      ['Le chantier avance', 'Marc Olivier', 'full'],
      ["Rien n'est joué", 'Paul Dufresne', 'full'],
    ]);
    expect(quotes[0]?.speakerAsWritten).toBe('la maire de Lorient, Anne Kervella');
  });

  it('finds the speaker of a fragment from the subject of the speech verb', () => {
    const [fragment] = quotesOf(
      'Le préfet du Morbihan Jean Lestrade a indiqué que la digue restait un « point faible » du port.',
    );
    expect(fragment).toMatchObject({ text: 'point faible', speaker: 'Jean Lestrade', quoteType: 'fragment' });
  });

  it('resolves "a-t-il ajouté" to the speaker named in the previous paragraph', () => {
    const quotes = quotesOf(
      'Les travaux coûteront plus cher que prévu, a déclaré Paul Dufresne.\n' +
        '"Nous devrons revoir le budget", a-t-il ajouté.\n' +
        '"La facture sera lourde", a ajouté Marie Caradec.\n' +
        '"Personne ne le conteste", a-t-elle précisé.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Paul Dufresne', 'Marie Caradec', 'Marie Caradec']);
    expect(quotes[0]?.speakerAsWritten).toBe('a-t-il ajouté');
  });

  it('finds "selon X" and institutions as speakers', () => {
    const quotes = quotesOf(
      'Le port restera "fermé jusqu\'à nouvel ordre", selon un porte-parole de la capitainerie.\n' +
        '"Aucune victime n\'est à déplorer", a fait savoir le Kremlin dans un communiqué.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['un porte-parole de la capitainerie', 'Kremlin']);
  });

  it('resolves a title to the person it introduced earlier', () => {
    const quotes = quotesOf(
      'Le maire a reçu le ministre breton Yann Morvan.\nLe ministre breton a dit avoir obtenu un "accord de principe".',
    );
    expect(quotes[0]).toMatchObject({ text: 'accord de principe', speaker: 'Yann Morvan' });
  });

  it('leaves scare quotes without a speaker', () => {
    const [scare] = quotesOf('La ville a fixé comme "priorité absolue" la réfection des quais.');
    expect(scare?.speaker).toBeUndefined();
  });

  it('reads English attributions and drops the comma closing the quote', () => {
    const text = '"We will rebuild," said Defence Minister Erik Solvang.\n"It is over," John Smith said.';
    const quotes = extractClaims(articleFromText('en.txt', text, { language: 'en' })).filter(
      (c) => c.kind === 'quote',
    );
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['We will rebuild', 'Erik Solvang'],
      ['It is over', 'John Smith'],
    ]);
  });
});
