import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_VIEW_OPTIONS, type CompareViewState } from '../../../shared/compare/view-state';
import type { FolderView } from '../../../shared/ipc/types';
import { useComparePair } from '../../../renderer/src/hooks/use-compare-pair';
import { installApi } from '../helpers/fake-api';

/** A folder with the given article ids. */
function folder(ids: string[], name = 'dossier'): FolderView {
  return {
    name,
    demo: false,
    articles: ids.map((id) => ({
      id,
      title: id,
      outlet: { id: 'x', name: 'X', source: 'rule' },
      words: 10,
      warnings: [],
    })),
    stories: [],
    reuse: [],
    skipped: [],
    removed: [],
    warnings: [],
  } as FolderView;
}

/** Installs a stub `window.api` with the two view-state methods. */
function stubApi(saved: CompareViewState | null) {
  return installApi({
    getCompareView: vi.fn(async () => saved),
    setCompareView: vi.fn(async () => undefined),
  });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('useComparePair', () => {
  it('restores the saved pair of the folder, dropping articles that are gone', async () => {
    stubApi({
      a: 'a.txt',
      b: 'gone.txt',
      scrollRow: 7,
      options: { ...DEFAULT_VIEW_OPTIONS, onlyDifferences: true },
    });
    const { result } = renderHook(() => useComparePair(folder(['a.txt', 'b.txt'])));
    await waitFor(() => expect(result.current.restored).toBe(true));
    expect(result.current.view).toMatchObject({
      a: 'a.txt',
      b: null,
      scrollRow: 0,
      options: { onlyDifferences: true },
    });
  });

  it('click selects one article, Ctrl+click adds the second, swap and Compare with… change the pair', async () => {
    stubApi(null);
    const { result } = renderHook(() => useComparePair(folder(['a.txt', 'b.txt', 'c.txt'])));
    await waitFor(() => expect(result.current.restored).toBe(true));
    act(() => result.current.select('b.txt', true));
    expect(result.current.view).toMatchObject({ a: 'b.txt', b: null });
    act(() => result.current.select('a.txt', true));
    expect(result.current.view).toMatchObject({ a: 'b.txt', b: 'a.txt' });
    act(() => result.current.swap());
    expect(result.current.view).toMatchObject({ a: 'a.txt', b: 'b.txt' });
    act(() => result.current.compareWith('c.txt'));
    expect(result.current.view).toMatchObject({ a: 'a.txt', b: 'c.txt' });
    act(() => result.current.select('c.txt'));
    expect(result.current.view).toMatchObject({ a: 'c.txt', b: null });
  });

  it('saves the view once the user stops changing it', async () => {
    const api = stubApi(null);
    const { result } = renderHook(() => useComparePair(folder(['a.txt', 'b.txt'])));
    await waitFor(() => expect(result.current.restored).toBe(true));
    vi.useFakeTimers();
    act(() => result.current.select('a.txt'));
    act(() => result.current.select('b.txt', true));
    act(() => result.current.setScrollRow(4));
    expect(api.setCompareView).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(500));
    expect(api.setCompareView).toHaveBeenCalledTimes(1);
    expect(api.setCompareView).toHaveBeenLastCalledWith({
      a: 'a.txt',
      b: 'b.txt',
      scrollRow: 4,
      options: DEFAULT_VIEW_OPTIONS,
    });
  });
});
