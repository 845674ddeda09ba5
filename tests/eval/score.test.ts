import { describe, expect, it } from 'vitest';
import type { Claim } from '../../shared/claims/model';
import {
  organisationKey,
  pairClaims,
  pairKey,
  prf,
  referenceParagraphs,
  sameOrganisation,
  sameSpeaker,
  scoreSets,
  storyPairs,
} from './score';

const claim = (id: string, kind: Claim['kind'], start: number, end: number, articleId = 'x.txt'): Claim => ({
  id,
  articleId,
  kind,
  text: '',
  start,
  end,
});

describe('eval scoring', () => {
  it('computes precision, recall and F1, and 1 where nothing was expected nor said', () => {
    expect(prf({ tp: 3, fp: 1, fn: 2 })).toEqual({
      precision: 0.75,
      recall: 0.6,
      f1: (2 * 0.75 * 0.6) / 1.35,
    });
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(prf({ tp: 0, fp: 0, fn: 4 }).precision).toBe(0);
  });

  it('lists misses and false alarms of two key sets', () => {
    expect(scoreSets(new Set(['a', 'c']), new Set(['a', 'b']))).toEqual({
      tp: 1,
      fp: 1,
      fn: 1,
      missed: ['b'],
      wrong: ['c'],
    });
  });

  it('maps an engine span onto the reference paragraphs it mostly covers, not onto a sliver of a neighbour', () => {
    const paragraphs: [number, number][] = [
      [0, 100],
      [101, 200],
      [201, 300],
    ];
    expect(referenceParagraphs([0, 200], paragraphs)).toEqual([0, 1]);
    expect(referenceParagraphs([95, 200], paragraphs)).toEqual([1]);
  });

  it('pairs reference claims with overlapping engine claims of the same kind, one to one', () => {
    const gold = [
      { id: 'g1', articleId: 'x.txt', kind: 'number' as const, start: 10, end: 30 },
      { id: 'g2', articleId: 'x.txt', kind: 'date' as const, start: 40, end: 50 },
      { id: 'g3', articleId: 'x.txt', kind: 'number' as const, start: 12, end: 20 },
    ];
    const engine = [
      claim('e1', 'quantity', 15, 30),
      claim('e2', 'time', 40, 50),
      claim('e3', 'quantity', 60, 70),
    ];
    const matched = pairClaims(gold, engine);
    expect([...matched].map(([g, e]) => [g, e.id])).toEqual([['g1', 'e1']]);
  });

  it('accepts a speaker named with a title or by surname, not another person', () => {
    expect(sameSpeaker('M. Biden', 'Joe Biden')).toBe(true);
    expect(sameSpeaker('le Kremlin', 'the Kremlin')).toBe(true);
    expect(sameSpeaker('Jen Psaki', 'Joe Biden')).toBe(false);
    expect(sameSpeaker('Vladimir Poutine', 'Vladimir Putin')).toBe(true);
    expect(sameSpeaker('Vladimir Poutine', 'Joe Biden')).toBe(false);
    expect(sameSpeaker(undefined, 'Joe Biden')).toBe(false);
  });

  it('reads organisation names and outlet slugs alike', () => {
    expect(organisationKey('Agence France-Presse')).toBe('afp');
    expect(organisationKey('The New York Times')).toBe(organisationKey('New York Times'));
    expect(sameOrganisation({ id: 'ap', name: 'AP', source: 'rule' }, 'Associated Press')).toBe(true);
    expect(sameOrganisation({ id: 'reuters', name: 'Reuters', source: 'rule' }, 'AFP')).toBe(false);
  });

  it('scores stories by pairs, within and across languages', () => {
    const eventOf = new Map([
      ['a', 'e1'],
      ['b', 'e1'],
      ['c', 'e1'],
      ['d', 'e2'],
    ]);
    const languageOf = new Map([
      ['a', 'en'],
      ['b', 'en'],
      ['c', 'fr'],
      ['d', 'en'],
    ]);
    const stories = [
      { id: 's1', title: '', articles: ['a', 'b', 'd'], origin: 'auto' as const },
      { id: 's2', title: '', articles: ['c'], origin: 'auto' as const },
    ];
    const scored = storyPairs(stories, eventOf, languageOf);
    expect(scored.sameLanguage.missed).toEqual([]);
    expect(scored.sameLanguage.wrong).toEqual([pairKey('a', 'd'), pairKey('b', 'd')].sort());
    expect(scored.crossLanguage.missed).toEqual([pairKey('a', 'c'), pairKey('b', 'c')].sort());
  });
});
