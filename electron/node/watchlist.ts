import { join } from 'node:path';
import { DEFAULT_WATCHLIST_PHRASES, watchlistSchema, type Watchlist } from '../../shared/claims/model';
import { fold } from '../../shared/text/fold';
import { nullLogger, type Logger } from './logger';
import { STATE_DIR } from './scan-folder';
import { readStateJson, writeStateJson, type StateRead } from './state-json';

/** File name of the watched phrases inside `<folder>/.recoupe/`. */
export const WATCHLIST_FILE = 'watchlist.json';

/** Path of a folder's watchlist. */
export function watchlistPath(root: string): string {
  return join(root, STATE_DIR, WATCHLIST_FILE);
}

/** The folder's watched phrases; a folder without a watchlist watches "ligne rouge". */
export async function readWatchlist(
  root: string,
  logger: Logger = nullLogger,
): Promise<StateRead<Watchlist>> {
  return readStateJson(
    watchlistPath(root),
    watchlistSchema,
    { version: 1, phrases: [...DEFAULT_WATCHLIST_PHRASES] },
    'watched phrases',
    logger,
  );
}

/** Replaces the folder's watched phrases (trimmed, duplicates by case and accents removed), written atomically. */
export async function writeWatchlist(root: string, phrases: readonly string[]): Promise<Watchlist> {
  const seen = new Set<string>();
  const unique: string[] = [];
  for (const phrase of phrases.map((p) => p.trim().replace(/\s+/g, ' ')).filter(Boolean)) {
    const key = fold(phrase);
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(phrase);
  }
  return writeStateJson(watchlistPath(root), watchlistSchema, { version: 1, phrases: unique });
}

/** Adds a phrase to the folder's watchlist (no-op when already watched). */
export async function addWatchedPhrase(
  root: string,
  phrase: string,
  logger: Logger = nullLogger,
): Promise<Watchlist> {
  const { value } = await readWatchlist(root, logger);
  return writeWatchlist(root, [...value.phrases, phrase]);
}

/** Removes a phrase from the folder's watchlist, compared insensitive to case and accents. */
export async function removeWatchedPhrase(
  root: string,
  phrase: string,
  logger: Logger = nullLogger,
): Promise<Watchlist> {
  const { value } = await readWatchlist(root, logger);
  const key = fold(phrase.trim().replace(/\s+/g, ' '));
  return writeWatchlist(
    root,
    value.phrases.filter((p) => fold(p) !== key),
  );
}
