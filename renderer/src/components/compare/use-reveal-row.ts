import { useEffect, useRef } from 'react';
import type { Article } from '../../../../shared/article/model';
import type { CompareRow } from '../../../../shared/compare/view-rows';
import type { RevealTarget } from './CompareView';

/** True when `row` shows the offset `start` of side `side`. */
function holds(row: CompareRow, side: 'a' | 'b', start: number): boolean {
  return row.kind === 'boilerplate' || row.kind === 'boilerplate-hidden'
    ? row.boilerplate?.side === side && row.boilerplate.span[0] <= start && start < row.boilerplate.span[1]
    : row[side].some((s) => s.start <= start && start < s.end);
}

/**
 * Goes to the row holding the text asked for (once per `reveal.seq`), opening first the fold that hides it; a
 * target in neither article of the pair is left alone.
 */
export function useRevealRow(
  reveal: RevealTarget | null | undefined,
  articles: { a: Article; b: Article } | null,
  rows: readonly CompareRow[],
  goTo: (index: number) => void,
  openFold: (fold: CompareRow) => void,
): void {
  const revealed = useRef<number | null>(null);
  useEffect(() => {
    if (!reveal || !articles || rows.length === 0 || revealed.current === reveal.seq) return;
    const side = reveal.article === articles.a.id ? 'a' : reveal.article === articles.b.id ? 'b' : null;
    if (!side) return;
    const shows = (row: CompareRow): boolean => holds(row, side, reveal.start);
    const at = rows.findIndex((row) => !row.hidden && shows(row));
    if (at >= 0) {
      revealed.current = reveal.seq;
      goTo(at);
      return;
    }
    const fold = rows.find((row) => row.hidden?.some(shows));
    if (!fold) {
      revealed.current = reveal.seq;
      return;
    }
    openFold(fold);
  }, [reveal, articles, rows, goTo, openFold]);
}
