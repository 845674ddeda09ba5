import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useDifferenceNavigation } from '../../../../renderer/src/components/compare/use-difference-navigation';
import { differences, rows } from './compare-hooks-fixture';

/** The hook over the fixture's rows, with spies for what it asks of the view. */
function navigate(list = differences, inView: { startIndex: number; endIndex: number } | null = null) {
  const calls = { scrollToRow: vi.fn(), focusRow: vi.fn(), announce: vi.fn() };
  const { result } = renderHook(() =>
    useDifferenceNavigation({ rows, differences: list, inView: () => inView, ...calls }),
  );
  return { result, ...calls };
}

describe('useDifferenceNavigation', () => {
  it('steps from difference to difference, focusing, scrolling and announcing each', () => {
    expect(differences.length).toBeGreaterThan(1);
    const { result, scrollToRow, focusRow, announce } = navigate();
    expect(result.current.position).toBe(0);
    act(() => result.current.step(1));
    const first = differences[0]!;
    expect(result.current).toMatchObject({ currentKey: rows[first]!.key, currentIndex: first, position: 1 });
    expect(scrollToRow).toHaveBeenLastCalledWith(first);
    expect(focusRow).toHaveBeenLastCalledWith(rows[first]!.key);
    expect(announce).toHaveBeenLastCalledWith(expect.stringMatching(new RegExp(`1.*${differences.length}`)));
    act(() => result.current.step(1));
    expect(result.current.position).toBe(2);
    act(() => result.current.step(-1));
    expect(result.current.position).toBe(1);
    act(() => result.current.step(-1));
    expect(announce).toHaveBeenLastCalledWith('This is the first difference.');
    expect(result.current.position).toBe(1);
  });

  it('starts from the rows in view, says when there is no difference, and jumps to any row', () => {
    const last = differences.at(-1)!;
    const fromView = navigate(differences, { startIndex: last, endIndex: last });
    act(() => fromView.result.current.step(1));
    expect(fromView.result.current.currentIndex).toBe(last);
    act(() => fromView.result.current.step(1));
    expect(fromView.announce).toHaveBeenLastCalledWith('This is the last difference.');

    const none = navigate([]);
    act(() => none.result.current.step(1));
    expect(none.announce).toHaveBeenLastCalledWith('No differences');
    act(() => none.result.current.goTo(0));
    expect(none.result.current.currentKey).toBe(rows[0]!.key);
    expect(none.scrollToRow).toHaveBeenLastCalledWith(0);
  });
});
