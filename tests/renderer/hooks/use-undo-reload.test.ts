import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { UndoEvent } from '../../../shared/ipc/undo';
import { useUndoReload } from '../../../renderer/src/hooks/use-undo-reload';
import { installApi } from '../helpers/fake-api';

describe('useUndoReload', () => {
  it('reloads after an undo or redo changed its state only, with the latest callback, until unmounted', () => {
    const listeners = new Set<(event: UndoEvent) => void>();
    installApi({
      // `on` is generic over every event; this fake serves the one the hook listens to.
      on: ((_event: 'undoChanged', listener: (event: UndoEvent) => void) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      }) as never,
    });
    const tell = (event: UndoEvent) => listeners.forEach((listener) => listener(event));
    const first = vi.fn();
    const second = vi.fn();
    const { rerender, unmount } = renderHook(({ reload }) => useUndoReload('notes', reload), {
      initialProps: { reload: first },
    });
    const state = { undo: null, redo: 'note-add' as const };
    tell({ state, changed: 'notes' });
    tell({ state, changed: 'alignment' });
    tell({ state });
    expect(first).toHaveBeenCalledTimes(1);
    rerender({ reload: second });
    tell({ state, changed: 'notes' });
    expect(second).toHaveBeenCalledTimes(1);
    expect(first).toHaveBeenCalledTimes(1);
    unmount();
    expect(listeners.size).toBe(0);
  });
});
