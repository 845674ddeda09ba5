import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useCompareRows } from '../../../../renderer/src/components/compare/use-compare-rows';
import { comparison, differences, rows } from './compare-hooks-fixture';

describe('useCompareRows', () => {
  it('aligns the rows of a comparison and says which differ; none without a comparison', () => {
    const options = { showBoilerplate: false, onlyDifferences: false };
    const { result, rerender } = renderHook(({ c }) => useCompareRows(c, options), {
      initialProps: { c: comparison as typeof comparison | null },
    });
    expect(result.current.rows.map((r) => r.key)).toEqual(rows.map((r) => r.key));
    expect(result.current.differences).toEqual(differences);
    expect(result.current.aligned.length).toBeGreaterThanOrEqual(rows.length);
    rerender({ c: null });
    expect(result.current).toMatchObject({ aligned: [], rows: [], differences: [] });
  });

  it('folds identical runs when only differences are shown, and keeps a fold the user opened open', () => {
    const { result } = renderHook(() =>
      useCompareRows(comparison, { showBoilerplate: false, onlyDifferences: true }),
    );
    const fold = result.current.rows.find((r) => r.kind === 'collapsed');
    expect(fold?.hidden?.length).toBeGreaterThan(0);
    const before = result.current.rows.length;
    act(() => result.current.expand(fold!.key));
    expect(result.current.rows.some((r) => r.key === fold!.key)).toBe(false);
    expect(result.current.rows.length).toBe(before - 1 + fold!.hidden!.length);
  });
});
