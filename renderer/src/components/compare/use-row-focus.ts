import { useCallback, useEffect, useState, type RefObject } from 'react';

/** Tries this many animation frames for a row to be drawn before giving up focusing it. */
const FOCUS_FRAMES = 20;

/**
 * Moves the keyboard focus to the row with a key inside `container` (`[data-key]`), once it is drawn: a row scrolled
 * to in a long comparison appears a few frames later. Returns the function that asks for it.
 */
export function useRowFocus(container: RefObject<HTMLElement | null>): (key: string) => void {
  const [wanted, setWanted] = useState<{ key: string } | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let frames = 0;
    let handle = 0;
    const tryFocus = (): void => {
      const element = container.current?.querySelector<HTMLElement>(`[data-key="${CSS.escape(wanted.key)}"]`);
      if (element) element.focus({ preventScroll: true });
      else if (frames++ < FOCUS_FRAMES) handle = requestAnimationFrame(tryFocus);
    };
    handle = requestAnimationFrame(tryFocus);
    return () => cancelAnimationFrame(handle);
  }, [wanted, container]);
  return useCallback((key: string) => setWanted({ key }), []);
}
