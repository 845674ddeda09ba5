import { createContext, useCallback, useContext, useRef, useState } from 'react';
import { DEFAULT_LAYOUT, type Layout } from '../../../shared/ipc/layout';
import type { AppError } from '../../../shared/ipc/errors';
import { api } from '../api';
import { toAppError } from '../errors';

/** The window's layout and how to change it: `save` false while a drag goes on (nothing written yet). */
export interface LayoutState {
  layout: Layout;
  change: (patch: Partial<Layout>, save?: boolean) => void;
}

/**
 * The layout the settings hold (the first run's when none), changed by the panes' separators, the menu's toggles and
 * the summary's fold, and written to the settings when a change is over.
 */
export function useLayout(saved: Layout | undefined, onError: (error: AppError) => void): LayoutState {
  const [layout, setLayout] = useState<Layout>(saved ?? DEFAULT_LAYOUT);
  const current = useRef(layout);
  const change = useCallback(
    (patch: Partial<Layout>, save = true) => {
      const next = { ...current.current, ...patch };
      current.current = next;
      setLayout(next);
      if (save)
        api()
          .updateSettings({ layout: next })
          .catch((e: unknown) => onError(toAppError(e)));
    },
    [onError],
  );
  return { layout, change };
}

/** The layout, for the parts of the compare view that fold (the summary). */
export const LayoutContext = createContext<LayoutState>({
  layout: DEFAULT_LAYOUT,
  change: () => undefined,
});

/** The window's layout from the nearest provider. */
export function useLayoutContext(): LayoutState {
  return useContext(LayoutContext);
}
