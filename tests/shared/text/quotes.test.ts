import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../shared/text/quotes';

/** The quoted texts of `text`'s paragraphs (split on blank lines) with their depth. */
function quoted(text: string): string[] {
  const zones: [number, number][] = [];
  let at = 0;
  for (const part of text.split('\n\n')) {
    zones.push([at, at + part.length]);
    at += part.length + 2;
  }
  return findQuotes(text, zones).map((q) => `${q.depth}:${text.slice(q.open + 1, q.close)}`);
}

describe('findQuotes', () => {
  it('finds quotes in guillemets, curly, straight and single guillemets', () => {
    expect(quoted('Il a dit « oui », puis “non”, puis "peut-être" et ‹ bof ›.')).toEqual([
      '0: oui ',
      '0:non',
      '0:peut-être',
      '0: bof ',
    ]);
  });

  it('finds nested quotes with their depth', () => {
    expect(quoted('« Il m’a dit “jamais” hier », a-t-elle raconté.')).toEqual([
      '0: Il m’a dit “jamais” hier ',
      '1:jamais',
    ]);
  });

  it('runs a quote over paragraphs that reopen it, and drops one left open', () => {
    expect(quoted('« Premier paragraphe.\n\n« Second paragraphe. »\n\nEt « jamais fermé.\n\nFin.')).toEqual([
      '0: Premier paragraphe.\n\n« Second paragraphe. ',
    ]);
  });
});
