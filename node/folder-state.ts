import { correctionsSchema, emptyCorrections, type Corrections } from '../shared/article/corrections';
import { nullLogger, type Logger } from './logger';
import { stateFile, type StateFile, type StateFileNotice } from './state-file';

/** File name of the corrections inside `<folder>/.recoupe/`. */
export const CORRECTIONS_FILE = 'corrections.json';

/** Loaded corrections, and the notice for the user when the file was damaged (it is left in place). */
export interface LoadedCorrections {
  corrections: Corrections;
  notice?: StateFileNotice;
}

/** The accessor of a folder's `.recoupe/corrections.json`. */
function correctionsFile(root: string, logger: Logger): StateFile<Corrections> {
  return stateFile(
    root,
    { name: CORRECTIONS_FILE, schema: correctionsSchema, empty: emptyCorrections, what: 'corrections' },
    logger,
  );
}

/** Path of a folder's corrections file. */
export function correctionsPath(root: string): string {
  return correctionsFile(root, nullLogger).path;
}

/** Reads `<folder>/.recoupe/corrections.json` (none yet, or a damaged one left in place → empty corrections). */
export async function loadCorrections(root: string, logger: Logger = nullLogger): Promise<LoadedCorrections> {
  const { value, notice } = await correctionsFile(root, logger).read();
  return notice ? { corrections: value, notice } : { corrections: value };
}

/** Writes the corrections atomically (a damaged file is moved aside first, with a notice naming both files). */
export async function saveCorrections(
  root: string,
  corrections: Corrections,
  logger: Logger = nullLogger,
): Promise<StateFileNotice | undefined> {
  return (await correctionsFile(root, logger).write(corrections)).notice;
}
