import { describe, expect, it } from 'vitest';
import { canonical, mergeItems, type Tombstone } from '../../../shared/state/merge-items';

const NOW = '2026-12-04T10:00:00.000Z';
const map = (entries: Record<string, unknown>): Map<string, unknown> => new Map(Object.entries(entries));

describe('merging a save with the file as it is now', () => {
  it('applies the save’s adds, edits and deletions and keeps what others saved meanwhile', () => {
    const base = map({ a: 1, b: 2, c: 3 });
    const ours = map({ a: 10, c: 3, d: 4 });
    const disk = map({ a: 1, b: 2, c: 3, e: 5 });
    const merged = mergeItems(base, ours, disk, [], NOW);
    expect(Object.fromEntries(merged.items)).toEqual({ a: 10, c: 3, e: 5, d: 4 });
    expect(merged.tombstones).toEqual([{ id: 'b', deleted: NOW }]);
    expect(merged.conflicts).toEqual([]);
  });

  it('lets the last save win over an edit made meanwhile, keeping the other version as a conflict', () => {
    const merged = mergeItems(map({ a: 1 }), map({ a: 'ours' }), map({ a: 'theirs' }), [], NOW);
    expect(merged.items.get('a')).toBe('ours');
    expect(merged.conflicts).toEqual([{ id: 'a', at: NOW, kept: 'ours', lost: 'theirs' }]);
  });

  it('keeps an item deleted meanwhile deleted, the edit of it kept as a conflict', () => {
    const dead: Tombstone[] = [{ id: 'a', deleted: '2026-12-04T09:00:00.000Z' }];
    const merged = mergeItems(map({ a: 1, b: 2 }), map({ a: 'edited', b: 2 }), map({ b: 2 }), dead, NOW);
    expect(Object.fromEntries(merged.items)).toEqual({ b: 2 });
    expect(merged.tombstones).toEqual(dead);
    expect(merged.conflicts).toEqual([{ id: 'a', at: NOW, kept: null, lost: 'edited' }]);
  });

  it('keeps the edit another save made to an item this one deletes, as a conflict', () => {
    const merged = mergeItems(map({ a: 1 }), map({}), map({ a: 'theirs' }), [], NOW);
    expect(merged.items.size).toBe(0);
    expect(merged.conflicts).toEqual([{ id: 'a', at: NOW, kept: null, lost: 'theirs' }]);
  });

  it('brings back a deleted item re-added by someone who saw the deletion, and drops its tombstone', () => {
    const dead: Tombstone[] = [{ id: 'a', deleted: NOW }];
    const merged = mergeItems(map({}), map({ a: 'again' }), map({}), dead, NOW);
    expect(merged.items.get('a')).toBe('again');
    expect(merged.tombstones).toEqual([]);
  });

  it('without a base, replaces the file but brings nothing deleted back', () => {
    const dead: Tombstone[] = [{ id: 'gone', deleted: NOW }];
    const merged = mergeItems(undefined, map({ gone: 1, a: 2 }), map({ b: 3 }), dead, NOW);
    expect(Object.fromEntries(merged.items)).toEqual({ a: 2 });
    expect(merged.tombstones.map((t) => t.id).sort()).toEqual(['b', 'gone']);
  });

  it('compares items whatever the order of their keys', () => {
    expect(canonical({ b: 1, a: { d: 2, c: 3 } })).toBe(canonical({ a: { c: 3, d: 2 }, b: 1 }));
    const merged = mergeItems(
      map({ x: { a: 1, b: 2 } }),
      map({ x: { b: 2, a: 1 } }),
      map({ x: 'theirs' }),
      [],
      NOW,
    );
    expect(merged.items.get('x')).toBe('theirs');
  });
});
