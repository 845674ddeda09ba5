import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../shared/claims/extract';
import { matchClaims } from '../../../shared/claims/match';
import { describeTopic } from '../../../shared/claims/view';
import { articleFromText } from '../../helpers/claims-article';

/** The rows of two articles of a fictional story, by kind, with their topic in English and French. */
function topics(a: string, b: string): { kind: string; en: string; fr: string }[] {
  const articles = [
    articleFromText('a.txt', a, { language: 'fr' }),
    articleFromText('b.txt', b, { language: 'fr' }),
  ];
  const claims = new Map(articles.map((x) => [x.id, extractClaims(x)]));
  return matchClaims(articles, claims)
    .filter((r) => r.articles.length === 2)
    .map((r) => ({ kind: r.kind, en: describeTopic(r, 'en'), fr: describeTopic(r, 'fr') }));
}

describe('row topics', () => {
  it('name a date by the event it is the date of (a noun after its determiner), not a nearby name or verb', () => {
    const rows = topics(
      'date 2031-04\nSelon Maël Quéré, la réunion se tiendra, annonçant une trêve, le 14 mars à Kervellec.',
      'date 2031-04\nLa réunion, annonçant une trêve, aura lieu le 14 mars à Kervellec.',
    );
    const date = rows.find((r) => r.kind === 'date');
    expect(date).toEqual({ kind: 'date', en: 'date (réunion)', fr: 'date (réunion)' });
  });

  it('name a length by the thing that lasted, in the interface language', () => {
    const rows = topics(
      'date 2031-04\nLe conseil du port a duré 40 minutes, hésitant, jeudi.',
      'date 2031-04\nLe conseil du port, hésitant, a duré une quarantaine de minutes jeudi.',
    );
    expect(rows.find((r) => r.kind === 'time')).toMatchObject({
      en: 'length (conseil)',
      fr: 'durée (conseil)',
    });
  });
});
