import { useCallback, useEffect, useState } from 'react';
import type { AppError } from '../../../shared/ipc/errors';
import type { FolderView } from '../../../shared/ipc/types';
import { api } from '../api';
import { toAppError } from '../errors';

/** The open folder's watched phrases, their number of hits in the folder, and how to change them. */
export interface WatchlistState {
  phrases: readonly string[];
  /** Hits in the folder, by phrase (absent while being counted). */
  counts: ReadonlyMap<string, number>;
  /** Where a damaged watchlist file was moved, relative to the folder. */
  movedAside: string | null;
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
    movedAside: string | null;
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
          if (live)
            setRead({ folder: folder.name, phrases: answer.phrases, movedAside: answer.movedAside ?? null });
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
        .then(
          (saved) => setRead({ folder: folder.name, phrases: saved, movedAside: null }),
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
    movedAside: folder && read?.folder === folder.name ? read.movedAside : null,
    error,
    add,
    remove,
    clearError: () => setError(null),
  };
}
