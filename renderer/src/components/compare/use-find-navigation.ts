import { useCallback, useEffect, useState } from 'react';
import type { Article } from '../../../../shared/article/model';
import type { CompareRow } from '../../../../shared/compare/view-rows';
import { useFindMatches } from './use-find-matches';

/** The find bar: open or not, its query, and the match shown (-1: none yet). */
export interface FindState {
  open: boolean;
  query: string;
  index: number;
}

const CLOSED: FindState = { open: false, query: '', index: -1 };

/**
 * Find in both columns: the bar's state, its matches, and the moves between them; the match shown is scrolled to,
 * and a match inside a folded run opens that fold first.
 */
export function useFindNavigation(
  rows: readonly CompareRow[],
  articles: { a: Article; b: Article } | null,
  scrollToRow: (index: number) => void,
  expand: (key: string) => void,
) {
  const [find, setFind] = useState<FindState>(CLOSED);
  const { matches, matchesByRow } = useFindMatches(find, rows, articles);

  /** Moves to the next or previous find match, opening a folded run if the match is in it. */
  const stepMatch = useCallback(
    (delta: 1 | -1) => {
      if (matches.length === 0) return;
      const index =
        find.index < 0
          ? delta > 0
            ? 0
            : matches.length - 1
          : (find.index + delta + matches.length) % matches.length;
      const match = matches[index];
      if (!match) return;
      setFind((f) => ({ ...f, index }));
      const at = rows.findIndex((r) => r.key === match.row);
      if (at >= 0) {
        scrollToRow(at);
        return;
      }
      const fold = rows.find((r) => r.hidden?.some((h) => h.key === match.row));
      if (fold) expand(fold.key);
    },
    [matches, find.index, rows, scrollToRow, expand],
  );

  useEffect(() => {
    if (find.index < 0) return;
    const match = matches[find.index];
    if (!match) return;
    const at = rows.findIndex((r) => r.key === match.row);
    if (at >= 0) scrollToRow(at);
  }, [rows, matches, find.index, scrollToRow]);

  const open = useCallback(() => setFind((f) => ({ ...f, open: true })), []);
  const search = useCallback((query: string) => setFind({ open: true, query, index: -1 }), []);
  const close = useCallback(() => setFind(CLOSED), []);
  return { find, matches, matchesByRow, stepMatch, open, search, close };
}
