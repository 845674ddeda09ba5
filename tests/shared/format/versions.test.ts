import { describe, expect, it } from 'vitest';
import type { VersionSet, VersionStep } from '../../../shared/article/versions';
import { formatVersionHeading, formatVersionStep } from '../../../shared/format/versions';

const stamped: VersionStep = {
  earlier: 'a.txt',
  later: 'b.txt',
  ordered: true,
  evidence: [
    {
      code: 'stamped-later',
      article: 'b.txt',
      stamp: 'Updated 2:05 p.m.',
      other: 'a.txt',
      otherStamp: 'Published 9:30 a.m.',
    },
  ],
};
const dated: VersionStep = {
  earlier: 'a.txt',
  later: 'b.txt',
  ordered: true,
  evidence: [
    { code: 'dated-later', article: 'b.txt', date: '2025-03-05', other: 'a.txt', otherDate: '2025-03-04' },
  ],
};
const unordered: VersionStep = {
  earlier: 'a.txt',
  later: 'b.txt',
  ordered: false,
  evidence: [{ code: 'order-unknown' }],
};

describe('formatVersionStep', () => {
  it('words each kind of evidence in English and French, dates at their precision', () => {
    expect(formatVersionStep(stamped, 'en')).toBe(
      'later: stamped “Updated 2:05 p.m.”, the one before “Published 9:30 a.m.”',
    );
    expect(formatVersionStep(stamped, 'fr')).toBe(
      'plus récente : horodatée « Updated 2:05 p.m. », la précédente « Published 9:30 a.m. »',
    );
    expect(formatVersionStep(dated, 'en')).toBe('later: dated March 5, 2025, the one before March 4, 2025');
    expect(formatVersionStep(dated, 'fr')).toBe(
      'plus récente : datée du 5 mars 2025, la précédente du 4 mars 2025',
    );
    expect(formatVersionStep(unordered, 'en')).toMatch(/^order unknown: /);
    expect(formatVersionStep(unordered, 'fr')).toMatch(/^ordre inconnu : /);
  });

  it('counts the articles of a set in its heading', () => {
    const set: VersionSet = {
      outlet: { id: 'afp', name: 'AFP' },
      articles: ['a.txt', 'b.txt'],
      steps: [dated],
    };
    expect(formatVersionHeading(set, 'en')).toBe('Versions of one AFP text, oldest first (2 articles):');
  });
});
