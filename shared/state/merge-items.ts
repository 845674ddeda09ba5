/** A deleted item's id and when it was deleted (ISO time), so that a stale copy does not bring it back. */
export interface Tombstone {
  id: string;
  deleted: string;
}

/**
 * Two saves that changed the same item: `kept` is the version saved last (null: the item stays deleted), `lost` the
 * other one (null: the other save deleted it), kept so that the user can see it and redo it by hand.
 */
export interface ItemConflict {
  id: string;
  /** ISO time of the save that found the conflict. */
  at: string;
  kept: unknown;
  lost: unknown;
}

/** What a merge gives: the items to write, the tombstones to keep, and the conflicts it found. */
export interface ItemMerge {
  items: Map<string, unknown>;
  tombstones: Tombstone[];
  conflicts: ItemConflict[];
}

/** Tombstones kept at most (the oldest go first): enough for months of deletions. */
export const MAX_TOMBSTONES = 2_000;

/** JSON text of a value with its object keys sorted, to compare items whatever order their keys were written in. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

const same = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b);

/**
 * Merges a save into the file as it is on disk now, by item id. `base` is what the saver last read (or saved), `ours`
 * what it saves, `disk` and `tombstones` what the file holds now. The saver's changes since `base` (adds, edits,
 * deletions) are applied to `disk`, the rest of `disk` is kept (items the save changed go last, as the newest). The save is the last one, so its edit wins over an
 * edit made meanwhile by someone else (kept as a conflict); an item deleted meanwhile stays deleted, and an edit of it
 * is kept as a conflict. Without a `base`, `ours` replaces the file, except that tombstoned items do not come back.
 */
export function mergeItems(
  base: ReadonlyMap<string, unknown> | undefined,
  ours: ReadonlyMap<string, unknown>,
  disk: ReadonlyMap<string, unknown>,
  tombstones: readonly Tombstone[],
  now: string,
): ItemMerge {
  const from = base ?? disk;
  const items = new Map(disk);
  const dead = new Map(tombstones.map((t) => [t.id, t]));
  const conflicts: ItemConflict[] = [];
  for (const [id, before] of from) {
    if (ours.has(id)) continue;
    const there = disk.get(id);
    if (there !== undefined && !same(there, before)) conflicts.push({ id, at: now, kept: null, lost: there });
    items.delete(id);
    if (disk.has(id) || base) dead.set(id, { id, deleted: now });
  }
  for (const [id, item] of ours) {
    const before = from.get(id);
    if (before !== undefined && same(before, item)) continue;
    const there = disk.get(id);
    const deletedMeanwhile = base
      ? before !== undefined && there === undefined
      : there === undefined && dead.has(id);
    if (deletedMeanwhile) {
      conflicts.push({ id, at: now, kept: null, lost: item });
      continue;
    }
    if (there !== undefined && !same(there, item) && (before === undefined || !same(there, before)))
      conflicts.push({ id, at: now, kept: item, lost: there });
    items.delete(id);
    items.set(id, item);
    dead.delete(id);
  }
  const kept = [...dead.values()]
    .filter((t) => !items.has(t.id))
    .sort((a, b) => (a.deleted < b.deleted ? -1 : a.deleted > b.deleted ? 1 : 0))
    .slice(-MAX_TOMBSTONES);
  return { items, tombstones: kept, conflicts };
}
