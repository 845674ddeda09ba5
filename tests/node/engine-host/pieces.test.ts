import { describe, expect, it } from 'vitest';
import { PieceCollector, splitPieces } from '../../../node/engine-host/pieces';

describe('pieces', () => {
  it('takes the long top-level lists out in slices and puts them back in order', () => {
    const value = { root: '/f', articles: Array.from({ length: 130 }, (_, i) => ({ i })), skipped: [1, 2] };
    const { head, fields, pieces } = splitPieces(value, 64);
    expect(fields).toEqual(['articles']);
    expect(head).toEqual({ root: '/f', skipped: [1, 2] });
    expect(pieces.map((p) => p.items.length)).toEqual([64, 64, 2]);
    const collector = new PieceCollector();
    for (const piece of pieces) collector.add(piece);
    expect(collector.join(head, fields)).toEqual(value);
  });

  it('leaves what is not a plain object as it is', () => {
    const list = Array.from({ length: 100 }, (_, i) => i);
    expect(splitPieces(list, 64)).toEqual({ head: list, fields: [], pieces: [] });
    expect(splitPieces(null)).toEqual({ head: null, fields: [], pieces: [] });
  });
});
