import { useCallback, useEffect, useState } from 'react';
import type { Article } from '../../../../shared/article/model';
import type { Correction } from '../../../../shared/compare/correction-schema';
import type { AppError } from '../../../../shared/ipc/errors';
import type { StateNotice } from '../../../../shared/ipc/state-notice';
import type { FolderView } from '../../../../shared/ipc/types';
import { api } from '../../api';
import { toAppError } from '../../errors';
import { useUndoReload } from '../../hooks/use-undo-reload';
import { onCorrections } from './correction-events';

/** The two articles of a pair and their hand corrections, once read. */
export interface PairArticles {
  a: Article;
  b: Article;
  corrections: Correction[];
  /** When the alignment file is damaged (left in place) or was set aside by a save. */
  notice?: StateNotice | undefined;
}

/** What was read for one pair, or why it could not be. */
type Loaded = { key: string; pair: PairArticles } | { key: string; error: AppError };

/**
 * Reads the articles and the saved corrections of a pair (again when the folder changes, on `retry`, or after an
 * Undo or Redo of an alignment step), and keeps the corrections up to date when they are changed for this pair
 * anywhere in the window.
 */
export function usePairArticles(
  folder: FolderView,
  aId: string,
  bId: string,
): { ready: PairArticles | null; loadError: AppError | null; retry: () => void } {
  const pairKey = `${aId}\u0000${bId}`;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    Promise.all([api().getArticle(aId), api().getArticle(bId), api().getCorrections(aId, bId)]).then(
      ([a, b, saved]) => {
        if (live)
          setLoaded({ key: pairKey, pair: { a, b, corrections: saved.corrections, notice: saved.notice } });
      },
      (error: unknown) => {
        if (live) setLoaded({ key: pairKey, error: toAppError(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [aId, bId, pairKey, folder, attempt]);

  useEffect(
    () =>
      onCorrections((a, b, corrections) => {
        setLoaded((current) => {
          if (!current || 'error' in current) return current;
          const { pair } = current;
          const same = (pair.a.id === a && pair.b.id === b) || (pair.a.id === b && pair.b.id === a);
          return same ? { ...current, pair: { ...pair, corrections } } : current;
        });
      }),
    [],
  );

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  useUndoReload('alignment', retry);
  const current = loaded?.key === pairKey ? loaded : null;
  return {
    ready: current && 'pair' in current ? current.pair : null,
    loadError: current && 'error' in current ? current.error : null,
    retry,
  };
}
