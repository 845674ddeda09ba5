import { describe, expect, it } from 'vitest';
import { fold } from '../../../shared/text/fold';
import { stem } from '../../../shared/text/stem';
import { baseStopWords, stopWords } from '../../../shared/text/stop-words';
import { foldedWords, tokenize, words } from '../../../shared/text/tokenize';
import { approxBase, quantityWordRange, scaleOf, vagueBase } from '../../../shared/text/quantity-words';

/** The token texts of `text` read in `lang` as `text:kind`. */
function tokens(text: string, lang: 'fr' | 'en'): string[] {
  return tokenize(text, 0, text.length, lang).map((t) => `${text.slice(t.start, t.end)}:${t.kind}`);
}

describe('the text layer', () => {
  it('folds case, accents and ligatures', () => {
    expect(fold('Élysée Œuvre cœur')).toBe('elysee oeuvre coeur');
  });

  it('reads English numbers with commas, and a normal space as no group separator', () => {
    expect(tokens('100,000 troops on Feb. 14, 2023', 'en')).toEqual([
      '100,000:number',
      'troops:word',
      'on:word',
      'Feb:word',
      '.:punct',
      '14:number',
      ',:punct',
      '2023:number',
    ]);
    expect(tokens('in 2023 100 people', 'en')).toEqual([
      'in:word',
      '2023:number',
      '100:number',
      'people:word',
    ]);
    expect(tokens('en 2023 100 000 personnes', 'fr')).toEqual([
      'en:word',
      '2023:number',
      '100 000:number',
      'personnes:word',
    ]);
  });

  it('gives the folded and stemmed word view without elisions, compounds split', () => {
    expect(words("l'Ukraine, les lignes rouges du porte-parole").map((w) => `${w.folded}/${w.stem}`)).toEqual(
      ['ukraine/ukrain', 'les/les', 'lignes/lign', 'rouges/roug', 'du/du', 'porte/port', 'parole/parol'],
    );
    expect(foldedWords("L'armée a 100.000 hommes", [[0, 24]]).words).toEqual([
      'l',
      'armee',
      'a',
      '100.000',
      'hommes',
    ]);
  });

  it('stems per language', () => {
    expect(stem('chevaux', 'fr')).toBe('cheval');
    expect(stem('lignes', 'fr')).toBe(stem('ligne', 'fr'));
    expect(stem('countries', 'en')).toBe(stem('country', 'en'));
    expect(stem('repondraient')).toBe(stem('repondre'));
  });

  it('has a base stop-word list per language and extras per purpose', () => {
    expect(baseStopWords('fr').has('les')).toBe(true);
    expect(baseStopWords('en').has('the')).toBe(true);
    expect(baseStopWords('fr').has('the')).toBe(false);
    expect(stopWords('paraphrase').has('said')).toBe(true);
    expect(stopWords('context').has('said')).toBe(false);
    expect(stopWords('not-names').has('president')).toBe(true);
  });

  it('has one quantity-word vocabulary', () => {
    expect(approxBase('cinquantaine')).toBe(50);
    expect(vagueBase('milliers')).toBe(1000);
    expect(scaleOf('milliers')).toBe(1000);
    expect(quantityWordRange('cinquantaine')).toEqual([40, 60]);
    expect(quantityWordRange('dizaines')).toEqual([20, 99]);
  });
});
