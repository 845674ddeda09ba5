import { useEffect, useRef } from 'react';
import type { UndoDomain } from '../../../shared/ipc/undo';
import { api } from '../api';

/** Calls `reload` whenever an Undo or Redo (from the keyboard or the menu) changed the state of `domain`. */
export function useUndoReload(domain: UndoDomain, reload: () => void): void {
  const latest = useRef(reload);
  useEffect(() => {
    latest.current = reload;
  }, [reload]);
  useEffect(
    () =>
      api().on('undoChanged', (event) => {
        if (event.changed === domain) latest.current();
      }),
    [domain],
  );
}
