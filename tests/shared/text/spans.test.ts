import { describe, expect, it } from 'vitest';
import { containsSpan, intersectSpans, joinSpans, subtractSpans, trimSpan } from '../../../shared/text/spans';

describe('spans', () => {
  it('subtracts holes from spans, in order, leaving out what is emptied', () => {
    expect(
      subtractSpans(
        [[0, 10]],
        [
          [6, 12],
          [2, 4],
        ],
      ),
    ).toEqual([
      [0, 2],
      [4, 6],
    ]);
    expect(subtractSpans([[5, 8]], [[0, 3]])).toEqual([[5, 8]]);
    expect(subtractSpans([[5, 8]], [[0, 9]])).toEqual([]);
  });

  it('joins overlapping and touching spans', () => {
    expect(
      joinSpans([
        [8, 9],
        [0, 3],
        [2, 5],
        [5, 6],
      ]),
    ).toEqual([
      [0, 6],
      [8, 9],
    ]);
  });

  it('intersects two sets of spans', () => {
    expect(
      intersectSpans(
        [
          [0, 5],
          [8, 12],
        ],
        [
          [3, 9],
          [11, 20],
        ],
      ),
    ).toEqual([
      [3, 5],
      [8, 9],
      [11, 12],
    ]);
    expect(intersectSpans([[0, 2]], [[2, 4]])).toEqual([]);
  });

  it('tells containment and trims whitespace', () => {
    expect(containsSpan([0, 10], [2, 10])).toBe(true);
    expect(containsSpan([0, 10], [2, 11])).toBe(false);
    expect(trimSpan('  ab ', [0, 5])).toEqual([2, 4]);
    expect(trimSpan('   ', [0, 3])).toBeUndefined();
  });
});
