import type { CellKind, StoryCell, StoryColumn, StoryRow } from './types';

/** The time span a date names at its precision, [start, end) in ms since the epoch (UTC); null when not a date. */
export function dateSpan(date: string): [number, number] | null {
  const year = /^(\d{4})$/.exec(date);
  if (year) return [Date.UTC(Number(year[1]), 0, 1), Date.UTC(Number(year[1]) + 1, 0, 1)];
  const month = /^(\d{4})-(\d{2})$/.exec(date);
  if (month) {
    const [y, m] = [Number(month[1]), Number(month[2]) - 1];
    return [Date.UTC(y, m, 1), Date.UTC(y, m + 1, 1)];
  }
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (day) {
    const start = Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
    return [start, start + 86_400_000];
  }
  const time = Date.parse(date);
  if (!/T\d{2}:\d{2}/.test(date) || Number.isNaN(time)) return null;
  return [time, time + 60_000];
}

/** True when `earlier` certainly comes before `later`: both dated, the first span ending before the second begins. */
export function certainlyBefore(earlier: string | undefined, later: string | undefined): boolean {
  const a = earlier === undefined ? null : dateSpan(earlier);
  const b = later === undefined ? null : dateSpan(later);
  return a !== null && b !== null && a[1] <= b[0];
}

/**
 * True when the dates show that a row's reference cell is its earliest version: the row has other carriers and the
 * reference article is dated before each of them at the dates' precision ("December 2021" against "3 December 2021"
 * proves nothing). Otherwise the reference is only the wording the other cells are compared with.
 */
export function referenceIsEarliest(row: StoryRow, columns: readonly StoryColumn[]): boolean {
  if (row.carriers < 2) return false;
  const reference = columns[row.reference]?.date;
  return row.cells.every(
    (cell, col) => cell === null || col === row.reference || certainlyBefore(reference, columns[col]?.date),
  );
}

/**
 * The catalog key of a cell's kind label: a reference cell is "earliest version" only when the dates show it, the
 * neutral "reference wording" otherwise, and unlabelled when the row has no other carrier (nothing is compared).
 */
export function cellKindKey(
  cell: StoryCell,
  row: StoryRow,
  columns: readonly StoryColumn[],
): `story.kind.${CellKind | 'earliest'}` | null {
  if (cell.kind !== 'reference') return `story.kind.${cell.kind}`;
  if (row.carriers < 2) return null;
  return referenceIsEarliest(row, columns) ? 'story.kind.earliest' : 'story.kind.reference';
}
