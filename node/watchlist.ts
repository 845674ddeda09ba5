import { DEFAULT_WATCHLIST_PHRASES, watchlistSchema, type Watchlist } from '../shared/claims/model';
import { fold } from '../shared/text/fold';
import { nullLogger, type Logger } from './logger';
import { stateFile, type StateFile, type StateItems, type StateRead } from './state-file';

/** File name of the watched phrases inside `<folder>/.recoupe/`. */
export const WATCHLIST_FILE = 'watchlist.json';

/** A watched phrase's item id: the phrase folded (case and accents ignored, spaces collapsed). */
const phraseKey = (phrase: string): string => fold(phrase.trim().replace(/\s+/g, ' '));

/** The watchlist's items: its phrases, by `phraseKey`. */
const phraseItems: StateItems<Watchlist> = {
  split: (value) => new Map(value.phrases.map((p) => [phraseKey(p), p])),
  join: (items) => ({ version: 1, phrases: [...items.values()].map(String) }),
};

/** The accessor of a folder's `.recoupe/watchlist.json`. */
function watchlistFile(root: string, logger: Logger): StateFile<Watchlist> {
  return stateFile(
    root,
    {
      name: WATCHLIST_FILE,
      schema: watchlistSchema,
      empty: { version: 1, phrases: [...DEFAULT_WATCHLIST_PHRASES] },
      what: 'watchlist',
      items: phraseItems,
    },
    logger,
  );
}

/** Path of a folder's watchlist. */
export function watchlistPath(root: string): string {
  return watchlistFile(root, nullLogger).path;
}

/** The folder's watched phrases; a folder without a watchlist watches "ligne rouge" (so does a damaged one, left in place). */
export async function readWatchlist(
  root: string,
  logger: Logger = nullLogger,
): Promise<StateRead<Watchlist>> {
  return watchlistFile(root, logger).read();
}

/** The phrases trimmed, with inner spaces collapsed and duplicates by case and accents removed. */
function uniquePhrases(phrases: readonly string[]): string[] {
  const seen = new Set<string>();
  const unique: string[] = [];
  for (const phrase of phrases.map((p) => p.trim().replace(/\s+/g, ' ')).filter(Boolean)) {
    const key = fold(phrase);
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(phrase);
  }
  return unique;
}

/**
 * Saves the folder's watched phrases (trimmed, duplicates by case and accents removed), made from `base` (what the
 * caller read): phrases added or removed since are merged with those saved meanwhile elsewhere. Without a base, the
 * list replaces the file, except that phrases removed by anyone do not come back.
 */
export async function writeWatchlist(
  root: string,
  phrases: readonly string[],
  logger: Logger = nullLogger,
  base?: readonly string[],
): Promise<StateRead<Watchlist>> {
  return watchlistFile(root, logger).write(
    { version: 1, phrases: uniquePhrases(phrases) },
    base ? { version: 1, phrases: uniquePhrases(base) } : undefined,
  );
}

/** Adds a phrase to the folder's watchlist (no-op when already watched), to the file as it is when saved. */
export async function addWatchedPhrase(
  root: string,
  phrase: string,
  logger: Logger = nullLogger,
): Promise<StateRead<Watchlist>> {
  return watchlistFile(root, logger).update((current) => ({
    version: 1,
    phrases: uniquePhrases([...current.phrases, phrase]),
  }));
}

/** Removes a phrase from the folder's watchlist, compared insensitive to case and accents. */
export async function removeWatchedPhrase(
  root: string,
  phrase: string,
  logger: Logger = nullLogger,
): Promise<StateRead<Watchlist>> {
  const key = phraseKey(phrase);
  return watchlistFile(root, logger).update((current) => ({
    version: 1,
    phrases: current.phrases.filter((p) => phraseKey(p) !== key),
  }));
}
