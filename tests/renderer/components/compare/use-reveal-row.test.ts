import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { displayRows, alignRows } from '../../../../shared/compare/view-rows';
import type { RevealTarget } from '../../../../renderer/src/components/compare/CompareView';
import { useRevealRow } from '../../../../renderer/src/components/compare/use-reveal-row';
import { STORY } from '../../../helpers/compare-view-texts';
import { comparison, pair, rowWith, rows } from './compare-hooks-fixture';

const articles = { a: pair.a, b: pair.b };

/** A reveal of `phrase` in side `side`. */
function target(side: 'a' | 'b', phrase: string, seq = 1): RevealTarget {
  const start = pair[side].text.indexOf(phrase);
  return { article: pair[side].id, start, end: start + phrase.length, seq };
}

describe('useRevealRow', () => {
  it('goes to the row holding the text, once per request', () => {
    const goTo = vi.fn();
    const openFold = vi.fn();
    const { rerender } = renderHook(({ reveal }) => useRevealRow(reveal, articles, rows, goTo, openFold), {
      initialProps: { reveal: target('b', 'quai des Tanneurs') },
    });
    expect(goTo).toHaveBeenCalledExactlyOnceWith(rowWith('b', STORY.added.slice(0, 20)));
    rerender({ reveal: { ...target('b', 'quai des Tanneurs') } });
    expect(goTo).toHaveBeenCalledTimes(1);
    rerender({ reveal: target('a', 'Construit en 1911', 2) });
    expect(goTo).toHaveBeenLastCalledWith(rowWith('a', 'Construit'));
    expect(openFold).not.toHaveBeenCalled();
  });

  it('opens the fold that hides the text first, and leaves a text of another article alone', () => {
    const folded = displayRows(alignRows(comparison), {
      showBoilerplate: false,
      onlyDifferences: true,
      expanded: new Set(),
    });
    const goTo = vi.fn();
    const openFold = vi.fn();
    renderHook(() => useRevealRow(target('a', 'Construit en 1911'), articles, folded, goTo, openFold));
    const hidden = rows[rowWith('a', 'Construit')]!.key;
    const fold = folded.find((r) => r.hidden?.some((h) => h.key === hidden));
    expect(fold?.kind).toBe('collapsed');
    expect(openFold).toHaveBeenCalledExactlyOnceWith(fold);
    expect(goTo).not.toHaveBeenCalled();
    renderHook(() =>
      useRevealRow({ ...target('a', 'Construit'), article: 'other.txt' }, articles, rows, goTo, openFold),
    );
    expect(goTo).not.toHaveBeenCalled();
    expect(openFold).toHaveBeenCalledTimes(1);
  });
});
