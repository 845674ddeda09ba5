import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  ESTIMATED_ROW_HEIGHT,
  RENDER_ALL_ROWS,
  useRowVirtualizer,
} from '../../../../renderer/src/components/compare/use-row-virtualizer';
import { rows } from './compare-hooks-fixture';

/** A scroll element `height` pixels tall. */
function scroller(height: number): { current: HTMLDivElement } {
  const element = document.createElement('div');
  Object.defineProperty(element, 'clientHeight', { value: height });
  return { current: element };
}

describe('useRowVirtualizer', () => {
  it(`overscans every row of a comparison of up to ${RENDER_ALL_ROWS} rows, placed by estimate until measured`, () => {
    expect(rows.length).toBeLessThanOrEqual(RENDER_ALL_ROWS);
    const { result } = renderHook(() => useRowVirtualizer(rows, scroller(600)));
    expect(result.current.virtualizer.options.overscan).toBe(rows.length);
    expect(result.current.place(3)).toEqual({ start: 3 * ESTIMATED_ROW_HEIGHT, size: ESTIMATED_ROW_HEIGHT });
    expect(result.current.view).toEqual({ start: 0, size: 600 });
    expect(result.current.virtualizer.getTotalSize()).toBe(rows.length * ESTIMATED_ROW_HEIGHT);
  });

  it('centres a row scrolled to, unless it is taller than the view: then it is shown from its top', () => {
    const { result: tall } = renderHook(() => useRowVirtualizer(rows, scroller(100)));
    const toTop = vi.spyOn(tall.current.virtualizer, 'scrollToIndex').mockImplementation(() => undefined);
    tall.current.scrollToRow(2);
    expect(toTop).toHaveBeenCalledWith(2, { align: 'start' });
    const { result: roomy } = renderHook(() => useRowVirtualizer(rows, scroller(800)));
    const centre = vi.spyOn(roomy.current.virtualizer, 'scrollToIndex').mockImplementation(() => undefined);
    roomy.current.scrollToRow(2);
    expect(centre).toHaveBeenCalledWith(2, { align: 'center' });
  });
});
