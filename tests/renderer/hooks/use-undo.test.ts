import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { IpcError } from '../../../shared/ipc/errors';
import type { UndoOutcome } from '../../../shared/ipc/undo';
import { useUndo } from '../../../renderer/src/hooks/use-undo';
import { installApi } from '../helpers/fake-api';

describe('useUndo', () => {
  it('undoes and redoes through main, saying which step, or that there was none', async () => {
    const outcomes: UndoOutcome[] = [
      { step: 'note-add', state: { undo: null, redo: 'note-add' } },
      { step: 'note-add', state: { undo: 'note-add', redo: null } },
      { step: null, state: { undo: 'note-add', redo: null } },
    ];
    const api = installApi({
      undo: vi.fn(async () => outcomes.shift()!),
      redo: vi.fn(async () => outcomes.shift()!),
    });
    const onError = vi.fn();
    const { result } = renderHook(() => useUndo(onError));
    await act(() => result.current.run('undo'));
    expect(result.current.announcement).toBe('Undone: add note');
    await act(() => result.current.run('redo'));
    expect(result.current.announcement).toBe('Redone: add note');
    await act(() => result.current.run('redo'));
    expect(result.current.announcement).toBe('Nothing to redo');
    expect(api.undo).toHaveBeenCalledTimes(1);
    expect(api.redo).toHaveBeenCalledTimes(2);
    expect(onError).not.toHaveBeenCalled();
  });

  it('passes on why a step could not be undone', async () => {
    const refused = new IpcError({
      code: 'UNDO_CHANGED',
      message: 'changed since',
      params: { file: '.recoupe/alignment.json' },
    });
    installApi({ undo: vi.fn(() => Promise.reject(refused)) });
    const onError = vi.fn();
    const { result } = renderHook(() => useUndo(onError));
    await act(() => result.current.run('undo'));
    expect(onError).toHaveBeenCalledWith(refused);
    expect(result.current.announcement).toBe('');
  });
});
