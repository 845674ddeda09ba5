import { useCallback, useEffect, useState } from 'react';
import type { AppError } from '../../../shared/ipc/errors';
import type { StateNotice } from '../../../shared/ipc/state-notice';
import type { FolderView } from '../../../shared/ipc/types';
import { api } from '../api';
import { toAppError } from '../errors';

/** The open folder's watched phrases, their number of hits in the folder, and how to change them. */
export interface WatchlistState {
  phrases: readonly string[];
  /** Hits in the folder, by phrase (absent while being counted). */
  counts: ReadonlyMap<string, number>;
  /** When the watchlist file is damaged (left in place) or was set aside by the last save. */
  notice: StateNotice | undefined;
  error: AppError | null;
  add: (phrase: string) => void;
  remove: (phrase: string) => void;
  clearError: () => void;
}

const NONE: readonly string[] = [];
const EMPTY_COUNTS: ReadonlyMap<string, number> = new Map();

/** Reads the open folder's watched phrases (again when the folder changes), counts their hits, saves changes. */
export function useWatchlist(folder: FolderView | null): WatchlistState {
  const [read, setRead] = useState<{
    folder: string;
    phrases: readonly string[];
    notice: StateNotice | undefined;
  } | null>(null);
  const [counted, setCounted] = useState<{
    phrases: readonly string[];
    counts: ReadonlyMap<string, number>;
  } | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const phrases = folder && read?.folder === folder.name ? read.phrases : NONE;

  useEffect(() => {
    if (!folder) return;
    let live = true;
    api()
      .getWatchlist()
      .then(
        (answer) => {
          if (live) setRead({ folder: folder.name, phrases: answer.phrases, notice: answer.notice });
        },
        (e: unknown) => {
          if (live) setError(toAppError(e));
        },
      );
    return () => {
      live = false;
    };
  }, [folder]);

  useEffect(() => {
    if (phrases.length === 0) return;
    let live = true;
    Promise.all(
      phrases.map((p) =>
        api()
          .findPhrase(p)
          .then((r) => [p, r.hits.length] as const),
      ),
    ).then(
      (entries) => {
        if (live) setCounted({ phrases, counts: new Map(entries) });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [phrases]);

  const save = useCallback(
    (next: string[]) => {
      if (!folder) return;
      setError(null);
      api()
        .setWatchlist(next)
        .then(() => api().getWatchlist())
        .then(
          (saved) => setRead({ folder: folder.name, phrases: saved.phrases, notice: saved.notice }),
          (e: unknown) => setError(toAppError(e)),
        );
    },
    [folder],
  );

  const add = useCallback((phrase: string) => save([...phrases, phrase]), [phrases, save]);
  const remove = useCallback((phrase: string) => save(phrases.filter((p) => p !== phrase)), [phrases, save]);

  return {
    phrases,
    counts: counted?.phrases === phrases ? counted.counts : EMPTY_COUNTS,
    notice: folder && read?.folder === folder.name ? read.notice : undefined,
    error,
    add,
    remove,
    clearError: () => setError(null),
  };
}
