import {
  correctionsSchema,
  emptyCorrections,
  type Corrections,
  type OutletCorrection,
  type StoryAssignment,
} from '../shared/article/corrections';
import { nullLogger, type Logger } from './logger';
import {
  stateFile,
  type StateFile,
  type StateFileNotice,
  type StateItems,
  type StateRead,
} from './state-file';

/** File name of the corrections inside `<folder>/.recoupe/`. */
export const CORRECTIONS_FILE = 'corrections.json';

/** Loaded corrections, and the notice for the user when the file was damaged (it is left in place). */
export interface LoadedCorrections {
  corrections: Corrections;
  notice?: StateFileNotice;
}

/** A correction's item id: the kind and the article's sha256 (an article has at most one outlet and one story). */
const correctionItems: StateItems<Corrections> = {
  split: (value) =>
    new Map<string, unknown>([
      ...value.outlets.map((e) => [`outlet:${e.sha256}`, e] as const),
      ...value.stories.map((e) => [`story:${e.sha256}`, e] as const),
    ]),
  join: (items) => {
    const entries = [...items];
    return {
      version: 1,
      outlets: entries.filter(([id]) => id.startsWith('outlet:')).map(([, e]) => e as OutletCorrection),
      stories: entries.filter(([id]) => id.startsWith('story:')).map(([, e]) => e as StoryAssignment),
    };
  },
};

/** The accessor of a folder's `.recoupe/corrections.json`. */
function correctionsFile(root: string, logger: Logger): StateFile<Corrections> {
  return stateFile(
    root,
    {
      name: CORRECTIONS_FILE,
      schema: correctionsSchema,
      empty: emptyCorrections,
      what: 'corrections',
      items: correctionItems,
    },
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

/**
 * Saves the corrections made from `base` (what the caller read), merged by article with the file as it is now, and
 * returns what was saved (a damaged file is moved aside first, with a notice naming both files). Without a base, the
 * file is replaced, except that corrections removed by anyone do not come back.
 */
export async function saveCorrections(
  root: string,
  corrections: Corrections,
  logger: Logger = nullLogger,
  base?: Corrections,
): Promise<StateRead<Corrections>> {
  return correctionsFile(root, logger).write(corrections, base);
}
