import { describe, expect, it } from 'vitest';
import {
  cellKindKey,
  certainlyBefore,
  dateSpan,
  referenceIsEarliest,
} from '../../../shared/story/order-evidence';
import type { StoryCell, StoryColumn, StoryRow } from '../../../shared/story/types';

const column = (date?: string): StoryColumn => ({
  articleId: `${date ?? 'undated'}.txt`,
  outlet: { id: 'unknown', name: '', source: 'unknown' },
  ...(date ? { date } : {}),
  label: date ?? 'undated',
  headline: '',
  segments: [],
  words: [],
});
const cell = (kind: StoryCell['kind']): StoryCell => ({
  segments: [0],
  kind,
  similarity: 1,
  ops: [],
  words: 3,
});
const row = (cells: (StoryCell | null)[]): StoryRow => ({
  key: '0:0',
  cells,
  reference: 0,
  carriers: cells.filter(Boolean).length,
});

describe('claims of order in the story view', () => {
  it('reads a date at its precision', () => {
    expect(dateSpan('2021-12')).toEqual([Date.UTC(2021, 11, 1), Date.UTC(2022, 0, 1)]);
    expect(dateSpan('2021')).toEqual([Date.UTC(2021, 0, 1), Date.UTC(2022, 0, 1)]);
    expect(dateSpan('2021-12-03')?.[1]).toBe(Date.UTC(2021, 11, 4));
    expect(dateSpan('2021-12-03T10:15:00Z')?.[0]).toBe(Date.UTC(2021, 11, 3, 10, 15));
    expect(dateSpan('sometime')).toBeNull();
  });

  it('says one date comes before another only when their spans do not overlap', () => {
    expect(certainlyBefore('2021-12-02', '2021-12-03')).toBe(true);
    expect(certainlyBefore('2021-12', '2021-12-03')).toBe(false);
    expect(certainlyBefore('2021-12', '2021-12')).toBe(false);
    expect(certainlyBefore('2021-12-03T09:00Z', '2021-12-03T10:00Z')).toBe(true);
    expect(certainlyBefore(undefined, '2021-12-03')).toBe(false);
  });

  it('labels the reference "earliest version" only when the dates support it', () => {
    const two = row([cell('reference'), cell('edited')]);
    expect(cellKindKey(cell('reference'), two, [column('2021-12-02'), column('2021-12-03')])).toBe(
      'story.kind.earliest',
    );
    // All dated "December 2021": no order is known.
    expect(cellKindKey(cell('reference'), two, [column('2021-12'), column('2021-12')])).toBe(
      'story.kind.reference',
    );
    expect(referenceIsEarliest(two, [column('2021-12-02'), column()])).toBe(false);
    expect(cellKindKey(cell('edited'), two, [column('2021-12'), column('2021-12')])).toBe(
      'story.kind.edited',
    );
  });

  it('gives no kind to a paragraph only one article carries (nothing is compared with it)', () => {
    const alone = row([cell('reference'), null]);
    expect(cellKindKey(cell('reference'), alone, [column('2021-12-02'), column('2021-12-03')])).toBeNull();
  });
});
