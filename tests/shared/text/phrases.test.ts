import { describe, expect, it } from 'vitest';
import { phrasePattern } from '../../../shared/text/phrases';

describe('phrasePattern', () => {
  it('finds whole phrases in any case, apostrophes and hyphens interchangeable, longest first', () => {
    const re = phrasePattern(['red line', "d'après", 'line', 'self-proclaimed'])!;
    const text = 'A Red Line, d’après lui, for the self proclaimed council; not a lineup.';
    expect([...text.matchAll(re)].map((m) => m[0])).toEqual(['Red Line', 'd’après', 'self proclaimed']);
  });

  it('has no pattern for an empty list', () => {
    expect(phrasePattern([' '])).toBeUndefined();
  });
});
