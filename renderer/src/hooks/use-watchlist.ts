import { useCallback, useEffect, useState } from 'react';
import type { AppError } from '../../../shared/ipc/errors';
import type { StateNotice } from '../../../shared/ipc/state-notice';
import type { FolderView } from '../../../shared/ipc/types';
import type { WatchlistView } from '../../../shared/claims/ipc';
import { api } from '../api';
import { notifyClaimsChanged } from '../components/claims/claims-events';
import { toAppError } from '../errors';

/**
 * The open folder's watched phrases, their number of hits in the folder, the phrases its lexicon counts as framing
 * (`.recoupe/lexicon.json`), and how to change them.
 */
export interface WatchlistState {
  phrases: readonly string[];
  /** Phrases found as framing claims besides the built-in lexicon (watched or not). */
  framing: readonly string[];
  /** Hits in the folder, by phrase (absent while being counted). */
  counts: ReadonlyMap<string, number>;
  /** When the watchlist file is damaged (left in place) or was set aside by the last save. */
  notice: StateNotice | undefined;
  /** When the lexicon file is damaged (left in place: only the built-in lexicon is used) or was set aside. */
  lexiconNotice: StateNotice | undefined;
  error: AppError | null;
  add: (phrase: string) => void;
  remove: (phrase: string) => void;
  /** Counts a phrase as a framing word of the folder, or no longer. */
  setFraming: (phrase: string, framing: boolean) => void;
  clearError: () => void;
}

const NONE: readonly string[] = [];
const EMPTY_COUNTS: ReadonlyMap<string, number> = new Map();

/** What the main process said of the folder's watched phrases and framing words. */
interface WatchRead {
  folder: string;
  phrases: readonly string[];
  framing: readonly string[];
  notice: StateNotice | undefined;
  lexiconNotice: StateNotice | undefined;
}

/** The state kept of a `getWatchlist` answer for `folder`. */
function readOf(folder: string, answer: WatchlistView): WatchRead {
  return {
    folder,
    phrases: answer.phrases,
    framing: answer.framing,
    notice: answer.notice,
    lexiconNotice: answer.lexiconNotice,
  };
}

/** Reads the open folder's watched phrases (again when the folder changes), counts their hits, saves changes. */
export function useWatchlist(folder: FolderView | null): WatchlistState {
  const [read, setRead] = useState<WatchRead | null>(null);
  const [counted, setCounted] = useState<{
    phrases: readonly string[];
    counts: ReadonlyMap<string, number>;
  } | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const current = folder && read?.folder === folder.name ? read : null;
  const phrases = current ? current.phrases : NONE;

  useEffect(() => {
    if (!folder) return;
    let live = true;
    api()
      .getWatchlist()
      .then(
        (answer) => {
          if (live) setRead(readOf(folder.name, answer));
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

  /** Runs a save, then reads both files again. */
  const saveWith = useCallback(
    (work: () => Promise<unknown>) => {
      if (!folder) return;
      setError(null);
      work()
        .then(() => api().getWatchlist())
        .then(
          (saved) => setRead(readOf(folder.name, saved)),
          (e: unknown) => setError(toAppError(e)),
        );
    },
    [folder],
  );

  const add = useCallback(
    (phrase: string) => saveWith(() => api().setWatchlist([...phrases, phrase])),
    [phrases, saveWith],
  );
  const remove = useCallback(
    (phrase: string) => saveWith(() => api().setWatchlist(phrases.filter((p) => p !== phrase))),
    [phrases, saveWith],
  );
  const setFraming = useCallback(
    (phrase: string, framing: boolean) =>
      // The claims change with the lexicon: every claims view reads them again.
      saveWith(() => api().setFraming(phrase, framing).then(notifyClaimsChanged)),
    [saveWith],
  );

  return {
    phrases,
    counts: counted?.phrases === phrases ? counted.counts : EMPTY_COUNTS,
    framing: current ? current.framing : NONE,
    notice: current?.notice,
    lexiconNotice: current?.lexiconNotice,
    error,
    add,
    remove,
    setFraming,
    clearError: () => setError(null),
  };
}
