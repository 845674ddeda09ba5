import { describe, expect, it } from 'vitest';
import { equivalenceKey, matchKey, plainTypography } from '../../../shared/text/fold';
import { tokenize } from '../../../shared/text/tokenize';

/** The token texts of `text` as `text:kind`. */
function tokens(text: string): string[] {
  return tokenize(text).map((t) => `${text.slice(t.start, t.end)}:${t.kind}`);
}

describe('tokenize', () => {
  it('keeps elisions apart from their word, with either apostrophe', () => {
    expect(tokens("l'armée d’Ukraine qu'il jusqu'à")).toEqual([
      "l':elision",
      'armée:word',
      'd’:elision',
      'Ukraine:word',
      "qu':elision",
      'il:word',
      "jusqu':elision",
      'à:word',
    ]);
  });

  it('keeps words that contain an apostrophe or hyphens whole', () => {
    expect(tokens("aujourd'hui a-t-il porte-parole")).toEqual([
      "aujourd'hui:word",
      'a-t-il:word',
      'porte-parole:word',
    ]);
  });

  it('keeps numbers with their separators as one token', () => {
    expect(tokens('100.000 et 100 000 et 100\u00a0000, 4,80 m à 16h07 le 1er 31.12.2021')).toEqual([
      '100.000:number',
      'et:word',
      '100 000:number',
      'et:word',
      '100\u00a0000:number',
      ',:punct',
      '4,80:number',
      'm:word',
      'à:word',
      '16h07:number',
      'le:word',
      '1er:number',
      '31.12.2021:number',
    ]);
  });

  it('does not glue two separate numbers', () => {
    expect(tokens('les 9 et 10 janvier, en 2014 20 blessés')).toEqual([
      'les:word',
      '9:number',
      'et:word',
      '10:number',
      'janvier:word',
      ',:punct',
      'en:word',
      '2014:number',
      '20:number',
      'blessés:word',
    ]);
  });

  it('makes guillemets and quotation marks tokens of their own', () => {
    expect(tokens('«\u00a0oui\u00a0» “non” "peut-être"')).toEqual([
      '«:quote',
      'oui:word',
      '»:quote',
      '“:quote',
      'non:word',
      '”:quote',
      '":quote',
      'peut-être:word',
      '":quote',
    ]);
  });

  it('reads URLs and ellipses whole and a glued sentence end apart', () => {
    expect(tokens('voir https://exemple.org/a-b.html... fin.Le')).toEqual([
      'voir:word',
      'https://exemple.org/a-b.html:url',
      '...:punct',
      'fin:word',
      '.:punct',
      'Le:word',
    ]);
  });

  it('tokenizes only inside the given range, with offsets into the whole text', () => {
    const text = 'avant | dedans | après';
    expect(tokenize(text, 8, 14)).toEqual([{ start: 8, end: 14, kind: 'word' }]);
  });
});

describe('equivalenceKey', () => {
  const none = { ignoreCase: false, ignorePunctuation: false, ignoreTypography: false };
  it('changes nothing without options', () => {
    expect(equivalenceKey('L’État « Oui »', none)).toBe('L’État « Oui »');
  });
  it('folds case', () => {
    expect(equivalenceKey('L’État', { ...none, ignoreCase: true })).toBe('l’état');
  });
  it('maps typographic variants to one form', () => {
    expect(plainTypography('L’État «\u00a0oui\u00a0» – 100\u202f000…')).toBe('L\'Etat " oui " - 100000...');
    expect(equivalenceKey('100.000', { ...none, ignoreTypography: true })).toBe(
      equivalenceKey('100 000', { ...none, ignoreTypography: true }),
    );
    expect(equivalenceKey('31.12.2021', { ...none, ignoreTypography: true })).toBe('31.12.2021');
  });
  it('gives a match key without case, accents or typography', () => {
    expect(matchKey('Élargissement')).toBe('elargissement');
    expect(matchKey('l’Otan')).toBe("l'otan");
  });
});
