import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../shared/claims/extract';
import { DEFAULT_LEXICON, extendLexicon } from '../../../shared/claims/lexicon';
import type { Claim } from '../../../shared/claims/model';
import { articleFromText } from '../../helpers/claims-article';

const TEXT = [
  'Harbour master Ilse Brandt warned on Monday that the Kessel quay would stay closed until the inspection ends.',
  'She added that two tugboats had been damaged.',
  "La ministre des Transports, Noor Vidal, a prévenu que la ligne de ferry resterait fermée jusqu'à nouvel ordre.",
  'According to the port authority, the fire was reportedly caused by a faulty cable, an official said on condition of anonymity.',
  'Selon un responsable du port, les dégâts auraient été limités; the opposition called it a cover-up.',
].join('\n');

/** Claims of one kind in the fixture. */
const claimsOf = (kind: Claim['kind'], options = {}): Claim[] =>
  extractClaims(articleFromText('k.txt', TEXT), options).filter((c) => c.kind === kind);

describe('reported speech, attribution, sources and framing', () => {
  it('finds unquoted attributed statements with their speaker, pronouns resolved to the last named one', () => {
    expect(claimsOf('reported-speech').map((c) => [c.text.slice(0, 24), c.speaker])).toEqual([
      ['the Kessel quay would st', 'Ilse Brandt'],
      ['two tugboats had been da', 'Ilse Brandt'],
      ['la ligne de ferry rester', 'Noor Vidal'],
    ]);
  });

  it('finds attribution and hedge markers in both languages', () => {
    expect(claimsOf('attribution').map((c) => c.text)).toEqual([
      'According to',
      'reportedly',
      'on condition of anonymity',
      'Selon',
      'auraient',
    ]);
  });

  it('finds who is cited: a named speaker, an agency after "according to", an anonymous official', () => {
    const sources = claimsOf('source').map((c) => c.text);
    expect(sources).toContain('Harbour master Ilse Brandt');
    expect(sources).toContain('the port authority');
    expect(sources).toContain('an official');
    expect(sources).toContain('un responsable du port');
  });

  it('finds framing words from a lexicon users extend, and the watched phrases', () => {
    expect(claimsOf('framing').map((c) => c.text)).toEqual([]);
    const lexicon = extendLexicon(DEFAULT_LEXICON, { framing: ['cover-up'] });
    expect(claimsOf('framing', { lexicon, watched: ['faulty cable'] }).map((c) => c.text)).toEqual([
      'faulty cable',
      'cover-up',
    ]);
  });
});
