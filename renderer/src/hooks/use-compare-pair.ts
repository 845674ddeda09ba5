import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  DEFAULT_VIEW_OPTIONS,
  type CompareViewOptions,
  type CompareViewState,
} from '../../../shared/compare/view-state';
import type { FolderView } from '../../../shared/ipc/types';
import { api } from '../api';

/** How long the view waits after the last change before saving it. */
const SAVE_DELAY_MS = 400;

const EMPTY: CompareViewState = { a: null, b: null, scrollRow: 0, options: DEFAULT_VIEW_OPTIONS };

/** The compare view's state and what changes it. */
export interface ComparePairState {
  view: CompareViewState;
  /** True once the saved view of the open folder was read (or found absent). */
  restored: boolean;
  /** Selects an article; with `add` (Ctrl/Cmd+click) it becomes the second article of the pair. */
  select: (id: string, add?: boolean) => void;
  /** Sets the second article of the pair. */
  compareWith: (id: string) => void;
  swap: () => void;
  setOptions: (options: CompareViewOptions) => void;
  setScrollRow: (row: number) => void;
}

/** Keeps the view's state valid for a folder: articles that are gone are dropped. */
function validFor(folder: FolderView, view: CompareViewState): CompareViewState {
  const ids = new Set(folder.articles.map((a) => a.id));
  const a = view.a && ids.has(view.a) ? view.a : null;
  const b = a && view.b && ids.has(view.b) && view.b !== a ? view.b : null;
  return a === view.a && b === view.b ? view : { ...view, a, b, scrollRow: b ? view.scrollRow : 0 };
}

/**
 * The open pair of articles, the scroll position and the options of the compare view, restored from the settings
 * when a folder is opened and saved (debounced) whenever they change.
 */
export function useComparePair(folder: FolderView | null): ComparePairState {
  const [stored, setView] = useState<CompareViewState>(EMPTY);
  const [restoredFor, setRestoredFor] = useState<string | null>(null);
  const folderName = folder?.name ?? null;
  const latestFolder = useRef(folder);
  useEffect(() => {
    latestFolder.current = folder;
  });

  useEffect(() => {
    if (folderName === null) return;
    let live = true;
    api()
      .getCompareView()
      .then(
        (saved) => {
          if (!live) return;
          const current = latestFolder.current;
          setView(saved && current ? validFor(current, saved) : EMPTY);
          setRestoredFor(folderName);
        },
        () => {
          if (!live) return;
          setView(EMPTY);
          setRestoredFor(folderName);
        },
      );
    return () => {
      live = false;
    };
  }, [folderName]);

  const view = useMemo(() => (folder ? validFor(folder, stored) : stored), [folder, stored]);

  const restored = folderName !== null && restoredFor === folderName;
  useEffect(() => {
    if (!restored) return;
    const timer = setTimeout(
      () =>
        void api()
          .setCompareView(view)
          .catch(() => undefined),
      SAVE_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [view, restored]);

  const select = useCallback((id: string, add = false) => {
    setView((current) => {
      if (add && current.a && current.a !== id) return { ...current, b: id, scrollRow: 0 };
      if (current.a === id && !add) return { ...current, b: null, scrollRow: 0 };
      return { ...current, a: id, b: null, scrollRow: 0 };
    });
  }, []);
  const compareWith = useCallback((id: string) => {
    setView((current) => (current.a && current.a !== id ? { ...current, b: id, scrollRow: 0 } : current));
  }, []);
  const swap = useCallback(() => {
    setView((current) => (current.a && current.b ? { ...current, a: current.b, b: current.a } : current));
  }, []);
  const setOptions = useCallback(
    (options: CompareViewOptions) => setView((current) => ({ ...current, options })),
    [],
  );
  const setScrollRow = useCallback(
    (row: number) =>
      setView((current) => (current.scrollRow === row ? current : { ...current, scrollRow: row })),
    [],
  );
  return { view, restored, select, compareWith, swap, setOptions, setScrollRow };
}
