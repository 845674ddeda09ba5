import type { Collation, OrderedRow, StoryRow } from './types';

/**
 * Orders the rows by one article: its rows in its own text order; then, article by article in date order, each row
 * it alone brings is placed right after the row before it in that article. Cells out of their article's order in
 * the result (outside the longest run of rows that keeps the article's order) are flagged as moved.
 */
export function orderRows(collation: Pick<Collation, 'columns' | 'rows'>, column: number): OrderedRow[] {
  const { rows, columns } = collation;
  const firstSegment = (row: StoryRow, col: number): number => row.cells[col]?.segments[0] ?? -1;
  const carriedBy = (col: number): StoryRow[] =>
    rows.filter((row) => row.cells[col]).sort((x, y) => firstSegment(x, col) - firstSegment(y, col));

  const sequence: StoryRow[] = carriedBy(column);
  const placed = new Set(sequence);
  for (let col = 0; col < columns.length; col++) {
    if (col === column) continue;
    let after = -1;
    for (const row of carriedBy(col)) {
      if (placed.has(row)) {
        after = Math.max(after, sequence.indexOf(row));
      } else {
        sequence.splice(after + 1, 0, row);
        placed.add(row);
        after++;
      }
    }
  }
  for (const row of rows) if (!placed.has(row)) sequence.push(row);

  const moved = sequence.map(() => columns.map(() => false));
  columns.forEach((_, col) => {
    const positions = sequence
      .map((row, i) => ({ i, seg: firstSegment(row, col) }))
      .filter((p) => p.seg >= 0);
    const kept = new Set(longestIncreasing(positions.map((p) => p.seg)).map((k) => positions[k]?.i));
    for (const p of positions) if (!kept.has(p.i)) (moved[p.i] as boolean[])[col] = true;
  });
  return sequence.map((row, i) => ({ row, moved: moved[i] as boolean[] }));
}

/** Indices of a longest strictly increasing subsequence, in order (patience sorting, O(n log n)). */
export function longestIncreasing(values: readonly number[]): number[] {
  const tails: number[] = [];
  const previous = new Int32Array(values.length).fill(-1);
  values.forEach((value, index) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((values[tails[mid] ?? 0] ?? 0) < value) lo = mid + 1;
      else hi = mid;
    }
    previous[index] = lo > 0 ? (tails[lo - 1] ?? -1) : -1;
    tails[lo] = index;
  });
  const out: number[] = [];
  for (let k = tails[tails.length - 1] ?? -1; k !== -1; k = previous[k] ?? -1) out.push(k);
  return out.reverse();
}
