import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { alignRows, displayRows } from '../../../../shared/compare/view-rows';
import { useFindNavigation } from '../../../../renderer/src/components/compare/use-find-navigation';
import { comparison, pair, rowWith, rows } from './compare-hooks-fixture';

const articles = { a: pair.a, b: pair.b };

describe('useFindNavigation', () => {
  it('finds a phrase in both columns and steps through the matches, scrolling to each', () => {
    const scrollToRow = vi.fn();
    const { result } = renderHook(() => useFindNavigation(rows, articles, scrollToRow, vi.fn()));
    expect(result.current.find).toEqual({ open: false, query: '', index: -1 });
    act(() => result.current.open());
    act(() => result.current.search('Construit'));
    expect(result.current.matches.map((m) => m.side)).toEqual(['a', 'b']);
    expect(result.current.matchesByRow.get(rows[rowWith('a', 'Construit')]!.key)?.a).toHaveLength(1);
    act(() => result.current.stepMatch(1));
    expect(result.current.find.index).toBe(0);
    expect(scrollToRow).toHaveBeenLastCalledWith(rowWith('a', 'Construit'));
    act(() => result.current.stepMatch(1));
    act(() => result.current.stepMatch(1));
    expect(result.current.find.index).toBe(0);
    act(() => result.current.stepMatch(-1));
    expect(result.current.find.index).toBe(1);
    act(() => result.current.close());
    expect(result.current.matches).toEqual([]);
  });

  it('opens the fold holding a match', () => {
    const folded = displayRows(alignRows(comparison), {
      showBoilerplate: false,
      onlyDifferences: true,
      expanded: new Set(),
    });
    const expand = vi.fn();
    const { result } = renderHook(() => useFindNavigation(folded, articles, vi.fn(), expand));
    act(() => result.current.search('Construit'));
    act(() => result.current.stepMatch(1));
    const hidden = rows[rowWith('a', 'Construit')]!.key;
    const fold = folded.find((r) => r.hidden?.some((h) => h.key === hidden));
    expect(fold?.kind).toBe('collapsed');
    expect(expand).toHaveBeenCalledExactlyOnceWith(fold!.key);
  });
});
