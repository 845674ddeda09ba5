import { act, renderHook, waitFor } from '@testing-library/react';
import type { KeyboardEvent } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Correction } from '../../../../shared/compare/correction-schema';
import { onCorrections } from '../../../../renderer/src/components/compare/correction-events';
import {
  useAlignmentCorrections,
  type AlignmentCorrectionsInput,
} from '../../../../renderer/src/components/compare/use-alignment-corrections';
import { installApi } from '../../helpers/fake-api';
import { pair, rowWith, rows } from './compare-hooks-fixture';

const articles = { a: pair.a, b: pair.b };
let unsubscribe = (): void => undefined;
afterEach(() => unsubscribe());

/** The hook for the fixture's pair, with `setCorrections` answered by `save`, and the corrections each view is told. */
function corrections(save: (list: Correction[]) => Promise<Correction[]>, saved: Correction[] = []) {
  const api = installApi({
    setCorrections: vi.fn((_a: string, _b: string, list: Correction[]) => save(list)),
  });
  const told: Correction[][] = [];
  unsubscribe = onCorrections((_a, _b, list) => told.push(list));
  const announce = vi.fn();
  const input: AlignmentCorrectionsInput = {
    aId: pair.a.id,
    bId: pair.b.id,
    articles,
    corrections: saved,
    names: { a: 'Gazette', b: 'Courrier' },
    announce,
  };
  const { result, rerender } = renderHook(
    (props: AlignmentCorrectionsInput) => useAlignmentCorrections(props),
    {
      initialProps: input,
    },
  );
  return { result, rerender, input, api, told, announce };
}

describe('useAlignmentCorrections', () => {
  it('unlinks a row: the new list is shown at once, saved, and the saved list shown', async () => {
    const { result, api, told } = corrections(async (list) => list);
    const row = rows[rowWith('a', 'Construit')]!;
    act(() => result.current.toggleActions(row.key));
    expect(result.current.actionsOpen).toBe(row.key);
    act(() => result.current.act(row, { type: 'unlink' }));
    expect(result.current.actionsOpen).toBeNull();
    await waitFor(() => expect(told).toHaveLength(2));
    expect(told[0]!.map((c) => c.op)).toEqual(['unlink']);
    expect(api.setCorrections).toHaveBeenCalledWith(pair.a.id, pair.b.id, told[0]);
  });

  it('links two paragraphs chosen one after the other, announcing the first; Escape gives up', async () => {
    const { result, told, announce } = corrections(async (list) => list);
    const row = rows[rowWith('a', 'Construit')]!;
    act(() => result.current.act(row, { type: 'start-link', side: 'a', segment: row.a[0]! }));
    expect(result.current.pendingLink).toMatchObject({ side: 'a' });
    expect(announce).toHaveBeenCalledWith(expect.stringContaining('Courrier'));
    const stop = vi.fn();
    act(() => result.current.onKeyDown({ key: 'Escape', stopPropagation: stop } as unknown as KeyboardEvent));
    expect(result.current.pendingLink).toBeNull();
    expect(stop).toHaveBeenCalled();

    act(() => result.current.act(row, { type: 'start-link', side: 'a', segment: row.a[0]! }));
    const other = rows[rowWith('b', 'Selon les élus')]!;
    act(() => result.current.act(other, { type: 'link-here', segment: other.b[0]! }));
    expect(result.current.pendingLink).toBeNull();
    await waitFor(() => expect(told.at(-1)?.map((c) => c.op)).toEqual(['link']));
  });

  it('shows the list as it was and says why when saving fails; discards corrections by id', async () => {
    const kept: Correction = {
      id: 'old',
      at: '2026-01-01T00:00:00.000Z',
      op: 'unlink',
      a: { article: pair.a.id, sha256: pair.a.sha256, segments: [{ quote: 'x', start: 0 }] },
      b: { article: pair.b.id, sha256: pair.b.sha256, segments: [{ quote: 'y', start: 0 }] },
    };
    const failing = corrections(
      () => Promise.reject(Object.assign(new Error('disk full'), { code: 'FOLDER_UNREADABLE' })),
      [kept],
    );
    const row = rows[rowWith('a', 'Construit')]!;
    act(() => failing.result.current.act(row, { type: 'unlink' }));
    await waitFor(() => expect(failing.result.current.actionError).toMatchObject({ message: 'disk full' }));
    expect(failing.told.at(-1)).toEqual([kept]);
    act(() => failing.result.current.dismissError());
    expect(failing.result.current.actionError).toBeNull();
    act(() => failing.result.current.discard(['old']));
    expect(failing.api.setCorrections).toHaveBeenLastCalledWith(pair.a.id, pair.b.id, []);
  });
});
