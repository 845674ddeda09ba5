import { DEFAULT_WATCHLIST_PHRASES, watchlistSchema, type Watchlist } from '../shared/claims/model';
import { fold } from '../shared/text/fold';
import { nullLogger, type Logger } from './logger';
import { stateFile, type StateFile, type StateRead } from './state-file';

/** File name of the watched phrases inside `<folder>/.recoupe/`. */
export const WATCHLIST_FILE = 'watchlist.json';

/** The accessor of a folder's `.recoupe/watchlist.json`. */
function watchlistFile(root: string, logger: Logger): StateFile<Watchlist> {
  return stateFile(
    root,
    {
      name: WATCHLIST_FILE,
      schema: watchlistSchema,
      empty: { version: 1, phrases: [...DEFAULT_WATCHLIST_PHRASES] },
      what: 'watchlist',
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

/** Replaces the folder's watched phrases (trimmed, duplicates by case and accents removed), written atomically. */
export async function writeWatchlist(
  root: string,
  phrases: readonly string[],
  logger: Logger = nullLogger,
): Promise<StateRead<Watchlist>> {
  const seen = new Set<string>();
  const unique: string[] = [];
  for (const phrase of phrases.map((p) => p.trim().replace(/\s+/g, ' ')).filter(Boolean)) {
    const key = fold(phrase);
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(phrase);
  }
  return watchlistFile(root, logger).write({ version: 1, phrases: unique });
}

/** Adds a phrase to the folder's watchlist (no-op when already watched). */
export async function addWatchedPhrase(
  root: string,
  phrase: string,
  logger: Logger = nullLogger,
): Promise<StateRead<Watchlist>> {
  const { value } = await readWatchlist(root, logger);
  return writeWatchlist(root, [...value.phrases, phrase], logger);
}

/** Removes a phrase from the folder's watchlist, compared insensitive to case and accents. */
export async function removeWatchedPhrase(
  root: string,
  phrase: string,
  logger: Logger = nullLogger,
): Promise<StateRead<Watchlist>> {
  const { value } = await readWatchlist(root, logger);
  const key = fold(phrase.trim().replace(/\s+/g, ' '));
  return writeWatchlist(
    root,
    value.phrases.filter((p) => fold(p) !== key),
    logger,
  );
}
