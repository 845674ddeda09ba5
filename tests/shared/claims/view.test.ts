import { describe, expect, it } from 'vitest';
import type { ClaimsView } from '../../../shared/claims/ipc';
import type { Claim, ClaimCorrection, ClaimRow } from '../../../shared/claims/model';
import {
  buildClaimMatrix,
  describeClaimValue,
  describeTopic,
  sectionRows,
  disagreementsOf,
  moveTargetsFor,
  splitTopic,
  withoutDismissal,
} from '../../../shared/claims/view';

const claim = (articleId: string, start: number, extra: Partial<Claim> = {}): Claim => ({
  id: `${articleId}#quantity@${start}`,
  articleId,
  kind: 'quantity',
  text: 'x',
  start,
  end: start + 1,
  ...extra,
});

const row = (claims: Claim[], extra: Partial<ClaimRow> = {}): ClaimRow => ({
  id: `row:${claims[0]!.id}`,
  topic: 'pompiers · incendie',
  kind: claims[0]!.kind,
  claims: claims.map((c) => c.id),
  articles: [...new Set(claims.map((c) => c.articleId))],
  discrepancies: [],
  dismissed: [],
  ...extra,
});

describe('claims view helpers', () => {
  const a1 = claim('a.txt', 10, { normalized: '>100' });
  const b1 = claim('b.txt', 20, { normalized: '~100' });
  const c1 = claim('c.txt', 5);
  const c2 = claim('c.txt', 2);
  const lone = claim('b.txt', 90);
  const flagged = row([a1, b1], { discrepancies: ['number-differs', 'qualifier-differs'] });
  const agreeing = row([c1, c2, a1]);
  const single = row([lone], { discrepancies: ['reported-by-one'] });
  const view: ClaimsView = {
    articles: ['a.txt', 'b.txt', 'c.txt'],
    claims: [a1, b1, c1, c2, lone],
    rows: [flagged, agreeing, single],
    corrections: [],
  };

  it('lays rows out by article, marking the cells of rows that disagree', () => {
    const matrix = buildClaimMatrix(view);
    expect(matrix.map((m) => m.row.id)).toEqual([flagged.id, agreeing.id]);
    expect(matrix[0]!.cells.map((c) => c.flagged)).toEqual([true, true, false]);
    expect(matrix[0]!.cells[2]!.claims).toEqual([]);
    expect(matrix[1]!.flagged).toBe(false);
    expect(matrix[1]!.cells[2]!.claims.map((c) => c.start)).toEqual([2, 5]);
    expect(buildClaimMatrix(view, { includeSingle: true })).toHaveLength(3);
  });

  it('a row reported by one article is not a disagreement', () => {
    expect(disagreementsOf(single)).toEqual([]);
    expect(buildClaimMatrix(view, { includeSingle: true })[2]!.flagged).toBe(false);
  });

  it('splits topics, translating only the heads the matcher writes in French', () => {
    expect(splitTopic({ topic: 'soldats · frontière', kind: 'quantity' })).toEqual({
      head: { text: 'soldats' },
      detail: 'frontière',
    });
    expect(splitTopic({ topic: 'citation · Jeanne Dupré', kind: 'quote' })).toEqual({
      head: { key: 'quote' },
      detail: 'Jeanne Dupré',
    });
    expect(splitTopic({ topic: 'heure', kind: 'time' })).toEqual({ head: { key: 'time' } });
    expect(splitTopic({ topic: 'nombre · incendie', kind: 'quantity' }).head).toEqual({ key: 'number' });
    expect(splitTopic({ topic: 'heure · durée', kind: 'quantity' }).head).toEqual({ text: 'heure' });
  });

  it('offers the other rows of the same kind as move targets', () => {
    const date = { ...claim('a.txt', 50), id: 'a.txt#date@50', kind: 'date' as const };
    const rows = [flagged, agreeing, single, row([date])];
    expect(moveTargetsFor(rows, a1).map((r) => r.id)).toEqual([single.id]);
    expect(moveTargetsFor(rows, lone).map((r) => r.id)).toEqual([flagged.id, agreeing.id]);
  });

  it('restores a flag by dropping the dismissals that name any claim of its row', () => {
    const corrections: ClaimCorrection[] = [
      { type: 'dismiss', claimId: b1.id, discrepancy: 'number-differs' },
      { type: 'dismiss', claimId: flagged.id, discrepancy: 'number-differs' },
      { type: 'dismiss', claimId: b1.id, discrepancy: 'qualifier-differs' },
      { type: 'move', claimId: b1.id, toClaimId: null },
    ];
    expect(withoutDismissal(corrections, flagged, 'number-differs')).toEqual(corrections.slice(2));
  });

  it('writes values for a reader in both languages', () => {
    expect(describeClaimValue(claim('a', 0, { normalized: '>100000' }), 'fr')).toBe('> 100\u202f000');
    expect(describeClaimValue(claim('a', 0, { normalized: '~50' }), 'en')).toBe('≈ 50');
    expect(describeClaimValue(claim('a', 0, { normalized: '20000–99999' }), 'en')).toBe('20,000–99,999');
    expect(describeClaimValue(claim('a', 0, { normalized: '2.5' }), 'fr')).toBe('2,5');
    const date = (normalized: string): Claim => ({ ...claim('a', 0), kind: 'date', normalized });
    expect(describeClaimValue(date('2022-01-10'), 'fr')).toBe('10 janvier 2022');
    expect(describeClaimValue(date('2022-01-09,2022-01-10'), 'en')).toBe('January 9, 2022, January 10, 2022');
    expect(describeClaimValue(date('2022-01-09/2022-01-12'), 'fr')).toBe('9 janvier 2022 – 12 janvier 2022');
    expect(describeClaimValue({ ...claim('a', 0), kind: 'quote', speaker: 'Jeanne Dupré' }, 'fr')).toBe(
      'Jeanne Dupré',
    );
    expect(describeClaimValue(claim('a', 0), 'fr')).toBe('');
  });
});

describe('readable topics and values', () => {
  const base = { topic: 'x', kind: 'quantity' as const };
  it('words the subject of a row in the interface language, the context word as the articles write it', () => {
    const troops = {
      ...base,
      subject: { kind: 'count' as const, concept: 'troops', unit: 'soldats', context: 'frontière' },
    };
    expect(describeTopic(troops, 'en')).toBe('troops (frontière)');
    expect(describeTopic(troops, 'fr')).toBe('soldats (frontière)');
    const cranes = { ...base, subject: { kind: 'count' as const, unit: 'grues' } };
    expect(describeTopic(cranes, 'en')).toBe('grues');
    const call = { ...base, kind: 'time' as const, subject: { kind: 'duration' as const, context: 'appel' } };
    expect(describeTopic(call, 'en')).toBe('length (appel)');
    expect(describeTopic(call, 'fr')).toBe('durée (appel)');
    const talks = {
      ...base,
      kind: 'date' as const,
      subject: { kind: 'date' as const, context: 'discussions' },
    };
    expect(describeTopic(talks, 'en')).toBe('date (discussions)');
    const said = {
      ...base,
      kind: 'quote' as const,
      subject: { kind: 'statement' as const, speaker: 'Anne Kervella' },
    };
    expect(describeTopic(said, 'en')).toBe('statement by Anne Kervella');
    expect(describeTopic(said, 'fr')).toBe('propos de Anne Kervella');
    const word = {
      ...base,
      kind: 'framing' as const,
      subject: { kind: 'framing' as const, words: 'blocus' },
    };
    expect(describeTopic(word, 'fr')).toBe('mot choisi : « blocus »');
  });

  it('falls back on the topic for rows without a subject', () => {
    expect(describeTopic({ topic: 'heure · appel', kind: 'time' }, 'en')).toBe('time · appel');
  });

  it('writes durations and zoned times in words, never as ISO', () => {
    const time = (normalized: string, extra: Partial<Claim> = {}): Claim =>
      claim('a', 0, { kind: 'time', normalized, ...extra });
    expect(describeClaimValue(time('PT50M', { unit: 'minutes' }), 'en')).toBe('50 minutes');
    expect(describeClaimValue(time('~PT120M', { unit: 'heures' }), 'fr')).toBe('≈ 2 heures');
    expect(describeClaimValue(time('>PT90M', { unit: 'minutes' }), 'en')).toBe('> 90 minutes');
    expect(describeClaimValue(time('P3Y', { unit: 'years' }), 'fr')).toBe('3 ans');
    expect(describeClaimValue(time('PT30M–PT60M', { unit: 'minutes' }), 'en')).toBe('30 minutes – 1 hour');
    expect(describeClaimValue(time('15:07Z'), 'en')).toBe('15:07 UTC');
    expect(describeClaimValue(time('16:07+01:00'), 'fr')).toBe('16:07 (UTC+01:00)');
    expect(describeClaimValue(time('09:20'), 'en')).toBe('09:20');
  });

  it('sorts rows into facts reported differently, alike, and by one article', () => {
    const rowOf = (articles: string[], discrepancies: ClaimRow['discrepancies']) => ({
      articles,
      discrepancies,
    });
    const differ = rowOf(['a', 'b'], ['number-differs']);
    const agree = rowOf(['a', 'b'], []);
    const single = rowOf(['a'], ['reported-by-one']);
    expect(sectionRows([single, agree, differ])).toEqual({
      differ: [differ],
      agree: [agree],
      single: [single],
    });
  });
});
