import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../shared/claims/extract';
import { articleFromText } from '../../helpers/claims-article';

describe('extractEntities', () => {
  it('finds people, places and organisations, and links a surname to the full name', () => {
    const text =
      "Le ministre norvégien Erik Solvang a rencontré à Oslo des représentants de l'Otan et de l'ONU. " +
      'Selon Solvang, la Norvège et le Portugal signeront. La Maison blanche a salué la rencontre.';
    const entities = extractClaims(articleFromText('e.txt', text))
      .filter((c) => ['person', 'place', 'organisation'].includes(c.kind))
      .map((c) => [c.kind, c.text, c.normalized]);
    expect(entities).toEqual([
      ['person', 'Erik Solvang', 'Erik Solvang'],
      ['place', 'Oslo', 'Oslo'],
      ['organisation', 'Otan', 'Otan'],
      ['organisation', 'ONU', 'ONU'],
      ['person', 'Solvang', 'Erik Solvang'],
      ['place', 'Norvège', 'Norvège'],
      ['place', 'Portugal', 'Portugal'],
      ['organisation', 'Maison blanche', 'Maison Blanche'],
    ]);
  });

  it('does not take sentence-initial words for names', () => {
    const people = extractClaims(
      articleFromText('e.txt', 'Selon Lisbonne, Des Conseillers ont parlé. Dans Madrid aussi.'),
    ).filter((c) => c.kind === 'person');
    expect(people).toEqual([]);
  });
});
