import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../shared/claims/extract';
import { matchClaims } from '../../../shared/claims/match';
import type { Claim } from '../../../shared/claims/model';
import { articleFromText } from '../../helpers/claims-article';

/** Claims of one kind in a one-paragraph article of our own writing. */
const claimsOf = (text: string, kind: Claim['kind'], language = 'en'): Claim[] =>
  extractClaims(articleFromText('v.txt', text, { language, date: '2031-05-12' })).filter(
    (c) => c.kind === kind,
  );

describe('quantities, dates and times in English as in French', () => {
  it('reads durations as time claims in minutes, compound adjectives included', () => {
    const times = claimsOf(
      'The ferry crossing took about 90 minutes, after a 45-minute delay and a three-hour wait.',
      'time',
    );
    expect(times.map((c) => [c.text, c.normalized])).toEqual([
      ['about 90 minutes', '~PT90M'],
      ['45-minute', 'PT45M'],
      ['three-hour', 'PT180M'],
    ]);
    expect(
      claimsOf('La traversée a duré plus de deux heures.', 'time', 'fr').map((c) => c.normalized),
    ).toEqual(['>PT120M']);
  });

  it('reads English clock times with a.m., p.m. and four-digit zoned times', () => {
    const times = claimsOf(
      'The quay closed at 10 a.m., reopened at 2.15 p.m. and was inspected at 0630 GMT.',
      'time',
    );
    expect(times.map((c) => c.normalized)).toEqual(['10:00', '14:15', '06:30Z']);
    expect(claimsOf('Le quai a rouvert vers 10H30 GMT.', 'time', 'fr').map((c) => c.normalized)).toEqual([
      '10:30Z',
    ]);
  });

  it('reads abbreviated months, day lists and "late Tuesday"', () => {
    const dates = claimsOf(
      'KESSEL, Jan 21 (Wire) - Talks set for March 3 and 4 follow a vote late Tuesday.',
      'date',
    );
    expect(dates.map((c) => [c.text, c.normalized])).toEqual([
      ['Jan 21', '2031-01-21'],
      ['March 3 and 4', '2031-03-03,2031-03-04'],
      ['late Tuesday', '2031-05-06'],
    ]);
    expect(claimsOf('The accord was signed on Sept. 9, 2030.', 'date').map((c) => c.normalized)).toEqual([
      '2030-09-09',
    ]);
  });

  it('does not count generic noun phrases or numbers that belong to a name', () => {
    const text =
      'The two ministers met as both countries watched; the Harbour Line 2 ferry and Channel 24 reported it. Les deux capitales attendent.';
    expect(claimsOf(text, 'quantity').map((c) => c.text)).toEqual([]);
    expect(
      claimsOf('Officials counted two ferries and 40 crew members.', 'quantity').map((c) => c.text),
    ).toEqual(['two ferries', '40 crew']);
  });

  it('matches "two hours" against "120 minutes" without flagging the duration', () => {
    const a = articleFromText('a.txt', 'The harbour talks in Kessel lasted 90 minutes, the port said.', {
      language: 'en',
    });
    const b = articleFromText('b.txt', 'The harbour talks in Kessel lasted two hours, the port said.', {
      language: 'en',
    });
    const c = articleFromText('c.txt', 'The harbour talks in Kessel lasted 120 minutes, the port said.', {
      language: 'en',
    });
    const rows = matchClaims([a, b, c], new Map([a, b, c].map((x) => [x.id, extractClaims(x)])));
    const row = rows.find((r) => r.kind === 'time' && r.articles.length === 3);
    expect(row?.discrepancies).toEqual(['duration-differs']);
    const agreeing = matchClaims([b, c], new Map([b, c].map((x) => [x.id, extractClaims(x)])));
    expect(agreeing.find((r) => r.kind === 'time')?.discrepancies).toEqual([]);
  });
});

describe('times without a figure', () => {
  const times = (text: string, language: string): string[] =>
    extractClaims(articleFromText('t.txt', text, { language }))
      .filter((c) => c.kind === 'time')
      .map((c) => c.text);

  it('reads parts of the day and durations without a figure, in both languages', () => {
    expect(
      times('The ferry left in the early hours of Sunday after talks lasting several hours.', 'en'),
    ).toEqual(['in the early hours of Sunday', 'several hours']);
    expect(
      times('Les dockers ont négocié toute la journée et signé quelques minutes plus tôt.', 'fr'),
    ).toEqual(['toute la journée', 'quelques minutes plus tôt']);
  });

  it('leaves out the page’s “1 hour ago” and “3 minute read”', () => {
    expect(times('Posted 1 hour ago · 3 minute read', 'en')).toEqual([]);
  });

  it('never flags two times without a figure as different', () => {
    const x = articleFromText('x.txt', 'The ferry crews met in the early hours of Sunday in Ostend.', {
      language: 'en',
    });
    const y = articleFromText('y.txt', 'The ferry crews met overnight in Ostend.', { language: 'en' });
    const found = new Map([x, y].map((k) => [k.id, extractClaims(k)]));
    const rows = matchClaims([x, y], found).filter((r) => r.kind === 'time');
    expect(rows.flatMap((r) => r.discrepancies).filter((d) => d === 'time-differs')).toEqual([]);
  });
});

describe('dates named from another', () => {
  const dates = (text: string, language: string): string[] =>
    extractClaims(articleFromText('d.txt', text, { language }))
      .filter((c) => c.kind === 'date')
      .map((c) => c.text);

  it('reads relative weeks, months and days in both languages', () => {
    expect(dates('The crews will answer next week; the port reopened three days later.', 'en')).toEqual([
      'next week',
      'three days later',
    ]);
    expect(dates('Les dockers répondront la semaine prochaine, le lendemain du vote.', 'fr')).toEqual([
      'la semaine prochaine',
      'le lendemain',
    ]);
  });
});
