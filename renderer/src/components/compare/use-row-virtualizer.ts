import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, type RefObject } from 'react';
import type { CompareRow } from '../../../../shared/compare/view-rows';

/** Up to this many rows, all are rendered (find, print and screen readers see them all); beyond, only those near the view. */
export const RENDER_ALL_ROWS = 80;
/** The height a row is taken to have until it is measured. */
export const ESTIMATED_ROW_HEIGHT = 110;

/**
 * The virtualizer of the compare rows inside the scroll element, with `scrollToRow` (a row taller than the view is
 * shown from its top, others centred), `place` (where a row is, measured or estimated) and `view` (the part of the
 * rows in view, in pixels).
 */
export function useRowVirtualizer(rows: readonly CompareRow[], scrollRef: RefObject<HTMLDivElement | null>) {
  // The app does not use React Compiler, so the memoization this rule protects is not in play here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: rows.length <= RENDER_ALL_ROWS ? rows.length : 6,
    getItemKey: (index) => rows[index]?.key ?? index,
  });

  const scrollToRow = useCallback(
    (index: number) => {
      const element = scrollRef.current;
      const size = virtualizer.measurementsCache[index]?.size ?? ESTIMATED_ROW_HEIGHT;
      const tall = element ? size > element.clientHeight * 0.8 : false;
      virtualizer.scrollToIndex(index, { align: tall ? 'start' : 'center' });
    },
    [virtualizer, scrollRef],
  );

  const place = useCallback(
    (index: number): { start: number; size: number } => {
      const m = virtualizer.measurementsCache[index];
      return { start: m?.start ?? index * ESTIMATED_ROW_HEIGHT, size: m?.size ?? ESTIMATED_ROW_HEIGHT };
    },
    [virtualizer],
  );

  const view = { start: virtualizer.scrollOffset ?? 0, size: scrollRef.current?.clientHeight ?? 0 };
  return { virtualizer, scrollToRow, place, view };
}
