import { describe, expect, it } from 'vitest';
import {
  chooseDate,
  findDateHeader,
  findStatedDate,
  findUrlDate,
  normalizeMetaDate,
} from '../../../shared/article/find-date';

describe('dates', () => {
  it('reads the collection header at month or day precision', () => {
    expect(findDateHeader(' date 2021-12 Texte')).toMatchObject({ date: '2021-12', span: [0, 14] });
    expect(findDateHeader(' date 2021-12-31 Texte')?.date).toBe('2021-12-31');
    expect(findDateHeader(' date 2021-13 Texte')).toBeUndefined();
    expect(findDateHeader('Texte date 2021-12 ')).toBeUndefined();
  });

  it('reads stamps, URLs and metadata dates', () => {
    expect(findStatedDate('31.12.2021, Sputnik France')).toBe('2021-12-31');
    expect(findStatedDate('Publié le 1er mars 2022 à 10h')).toBe('2022-03-01');
    expect(findStatedDate('Updated March 4, 2022')).toBe('2022-03-04');
    expect(findStatedDate('31.02.2021')).toBeUndefined();
    expect(findUrlDate('https://fr.sputniknews.com/20211231/x-1.html')).toBe('2021-12-31');
    expect(findUrlDate('https://www.lemonde.fr/a/article/2022/01/02/b.html')).toBe('2022-01-02');
    expect(normalizeMetaDate('2022-03-04T10:00:00+01:00')).toBe('2022-03-04');
    expect(normalizeMetaDate('2022-03')).toBe('2022-03');
  });

  it('picks the most precise date and warns on a contradiction', () => {
    expect(
      chooseDate([
        { date: '2021-12-31', evidence: 'stamp' },
        { date: '2021-12', evidence: 'header' },
      ]),
    ).toEqual({
      chosen: { date: '2021-12-31', evidence: 'stamp' },
    });
    expect(
      chooseDate([
        { date: '2022-01-02', evidence: 'stamp' },
        { date: '2021-12', evidence: 'header' },
      ]).warning,
    ).toEqual({
      code: 'dates-disagree',
      date: '2022-01-02',
      evidence: 'stamp',
      otherDate: '2021-12',
      otherEvidence: 'header',
    });
    expect(chooseDate([])).toEqual({});
  });
});
