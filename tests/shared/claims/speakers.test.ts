import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../shared/claims/extract';
import { articleFromText } from '../../helpers/claims-article';

/** The speakers of the quotes of a text of our own writing, in text order. */
const speakers = (text: string): (string | undefined)[] =>
  extractClaims(articleFromText('s.txt', text, { language: 'en' }))
    .filter((c) => c.kind === 'quote')
    .map((c) => c.speaker);

describe('speakers of quotes', () => {
  it('gives a quote that continues after "X said." to the same speaker', () => {
    expect(
      speakers(
        '“The quay will reopen soon,” Ilse Brandt said on Monday. “We are checking every cable first.”',
      ),
    ).toEqual(['Ilse Brandt', 'Ilse Brandt']);
  });

  it('reads a title with lowercase words before the name after the quote', () => {
    expect(speakers('“No ferry will sail tonight,” Harbour spokesman Piet Oort told reporters.')).toEqual([
      'Piet Oort',
    ]);
  });

  it('leaves a quote far from any attribution without a speaker', () => {
    expect(
      speakers(
        '“The quay will reopen soon,” Ilse Brandt said.\nThe ferries stayed in port for the whole of the week while the divers inspected the hull of each one in turn.\n“Nobody knows when,” a poster read.',
      )[1],
    ).not.toBe('Ilse Brandt');
  });
});
