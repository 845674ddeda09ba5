import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  useScrollMemory,
  type ScrollMemoryInput,
} from '../../../../renderer/src/components/compare/use-scroll-memory';

describe('useScrollMemory', () => {
  it('scrolls back to the saved row once per pair when its rows are drawn, then reports the row in view', () => {
    const scrollToTop = vi.fn();
    const onScrollRow = vi.fn();
    const base: ScrollMemoryInput = {
      pairKey: 'a\u0000b',
      rowCount: 0,
      initialRow: 12,
      firstInView: 0,
      scrollToTop,
      onScrollRow,
    };
    const { rerender } = renderHook((input: ScrollMemoryInput) => useScrollMemory(input), {
      initialProps: base,
    });
    expect(scrollToTop).not.toHaveBeenCalled();
    expect(onScrollRow).not.toHaveBeenCalled();
    rerender({ ...base, rowCount: 8 });
    expect(scrollToTop).toHaveBeenCalledExactlyOnceWith(7);
    rerender({ ...base, rowCount: 8, firstInView: 5 });
    expect(onScrollRow).toHaveBeenLastCalledWith(5);
    rerender({ ...base, rowCount: 9, firstInView: 5 });
    expect(scrollToTop).toHaveBeenCalledTimes(1);
    rerender({ ...base, pairKey: 'a\u0000c', rowCount: 9, initialRow: 0, firstInView: 0 });
    expect(scrollToTop).toHaveBeenCalledTimes(1);
    expect(onScrollRow).toHaveBeenLastCalledWith(0);
  });
});
