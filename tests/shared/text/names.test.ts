import { describe, expect, it } from 'vitest';
import { nameKeys } from '../../../shared/text/names';

/** The name keys of a whole text. */
function keys(text: string, lang: 'fr' | 'en'): string[] {
  return nameKeys(text, [[0, text.length]], lang);
}

describe('nameKeys', () => {
  it('gives a French and an English sentence on one fictional meeting the same keys for people, places and numbers', () => {
    const fr = keys(
      'Poutine et le ministre Arvel Tomsk se sont vus à Genève avec 120 diplomates russes.',
      'fr',
    );
    const en = keys('Putin and minister Arvel Tomsk met in Geneva with 120 Russian diplomats.', 'en');
    expect(fr).toEqual(['putin', 'arvel', 'tomsk', 'geneva', '#120', 'russia']);
    expect(en).toEqual(['putin', 'arvel', 'tomsk', 'geneva', '#120', 'russia']);
  });

  it('reads two-word and hyphenated country names as one key, and numbers with their grouping removed', () => {
    expect(keys('Les États-Unis et le Royaume-Uni ont livré 12 000 obus.', 'fr')).toEqual([
      'us',
      'britain',
      '#12000',
    ]);
    expect(keys('The United States and the United Kingdom sent 12,000 shells.', 'en')).toEqual([
      'us',
      'britain',
      '#12000',
    ]);
  });

  it('leaves out capitalised stop words and single digits, and keeps elided names', () => {
    expect(keys("Le port de l'Ostravie a rouvert 3 quais.", 'fr')).toEqual(['ostravie']);
  });
});
