import {
  lexiconFileSchema,
  uniqueEntries,
  type LexiconEntry,
  type LexiconFile,
} from '../shared/claims/lexicon-file';
import { fold } from '../shared/text/fold';
import { nullLogger, type Logger } from './logger';
import { stateFile, type StateFile, type StateRead } from './state-file';

/** File name of the user's lexicon inside `<folder>/.recoupe/`. */
export const LEXICON_FILE = 'lexicon.json';

/** The accessor of a folder's `.recoupe/lexicon.json`. */
function lexiconFile(root: string, logger: Logger): StateFile<LexiconFile> {
  return stateFile(
    root,
    { name: LEXICON_FILE, schema: lexiconFileSchema, empty: { version: 1, entries: [] }, what: 'lexicon' },
    logger,
  );
}

/** Path of a folder's lexicon. */
export function lexiconPath(root: string): string {
  return lexiconFile(root, nullLogger).path;
}

/** The words the folder's user added to the lexicon: none without the file, none (with a notice) when it is damaged. */
export async function readLexicon(
  root: string,
  logger: Logger = nullLogger,
): Promise<StateRead<LexiconFile>> {
  return lexiconFile(root, logger).read();
}

/** Replaces the folder's lexicon entries (trimmed, without repeats), written atomically. */
export async function writeLexicon(
  root: string,
  entries: readonly LexiconEntry[],
  logger: Logger = nullLogger,
): Promise<StateRead<LexiconFile>> {
  return lexiconFile(root, logger).write({ version: 1, entries: uniqueEntries(entries) });
}

/**
 * Makes `phrase` count as a framing word of every language (`framing`), or no longer (its framing entries of
 * every language removed, compared without case or accents); the other entries are kept.
 */
export async function setFramingPhrase(
  root: string,
  phrase: string,
  framing: boolean,
  logger: Logger = nullLogger,
): Promise<StateRead<LexiconFile>> {
  const { value } = await readLexicon(root, logger);
  const key = fold(phrase.trim().replace(/\s+/g, ' '));
  const others = value.entries.filter((e) => !(e.kind === 'framing' && fold(e.phrase) === key));
  return writeLexicon(root, framing ? [...others, { phrase, kind: 'framing' }] : others, logger);
}
