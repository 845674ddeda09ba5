import { useEffect, useRef } from 'react';

/** What the scroll memory of a pair needs. */
export interface ScrollMemoryInput {
  /** The pair shown; a new pair restores its own row once. */
  pairKey: string;
  rowCount: number;
  /** The first row in view when the pair was last seen. */
  initialRow: number;
  /** The first row in view now. */
  firstInView: number;
  /** Scrolls so that a row is at the top. */
  scrollToTop: (row: number) => void;
  onScrollRow: (row: number) => void;
}

/**
 * Brings back the first row in view when a pair was last seen, once its rows are drawn, and from then on reports
 * the first row in view as the user scrolls.
 */
export function useScrollMemory(input: ScrollMemoryInput): void {
  const { pairKey, rowCount, initialRow, firstInView, scrollToTop, onScrollRow } = input;
  const restoredFor = useRef<string | null>(null);
  useEffect(() => {
    if (restoredFor.current === pairKey || rowCount === 0) return;
    restoredFor.current = pairKey;
    const row = Math.min(initialRow, rowCount - 1);
    if (row > 0) scrollToTop(row);
  }, [pairKey, rowCount, initialRow, scrollToTop]);

  useEffect(() => {
    if (restoredFor.current === pairKey && rowCount > 0) onScrollRow(firstInView);
  }, [firstInView, onScrollRow, pairKey, rowCount]);
}
