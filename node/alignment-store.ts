import { z } from 'zod';
import { correctionListSchema, type Correction } from '../shared/compare/correction-schema';
import { nullLogger, type Logger } from './logger';
import { stateFile, type StateFile, type StateFileNotice, type StateItems } from './state-file';

/** File name of the hand corrections of alignments inside `<folder>/.recoupe/`. */
export const ALIGNMENT_FILE = 'alignment.json';

const FILE_VERSION = 1;

const pairSchema = z
  .object({
    /** The two article ids, in sorted order: a pair's corrections apply whichever side each article is shown on. */
    articles: z.tuple([z.string().min(1), z.string().min(1)]),
    corrections: correctionListSchema,
  })
  .strict();

const alignmentFileSchema = z
  .object({ version: z.literal(FILE_VERSION), pairs: z.array(pairSchema) })
  .strict();

/** What `<folder>/.recoupe/alignment.json` holds. */
export type AlignmentFile = z.infer<typeof alignmentFileSchema>;

/** The alignment file's items: its pairs, by their two article ids. */
const pairItems: StateItems<AlignmentFile> = {
  split: (value) => new Map(value.pairs.map((p) => [p.articles.join('\u0000'), p])),
  join: (items) => ({
    version: FILE_VERSION,
    pairs: sortPairs([...items.values()] as AlignmentFile['pairs']),
  }),
};

/** Pairs in the file's order: by their two article ids. */
function sortPairs(pairs: AlignmentFile['pairs']): AlignmentFile['pairs'] {
  return pairs.sort((p, q) => p.articles.join('\u0000').localeCompare(q.articles.join('\u0000')));
}

/** The accessor of a folder's `.recoupe/alignment.json`. */
function alignmentFile(root: string, logger: Logger): StateFile<AlignmentFile> {
  return stateFile(
    root,
    {
      name: ALIGNMENT_FILE,
      schema: alignmentFileSchema,
      empty: { version: FILE_VERSION, pairs: [] },
      what: 'alignment',
      items: pairItems,
    },
    logger,
  );
}

/** Path of a folder's alignment corrections file. */
export function alignmentPath(root: string): string {
  return alignmentFile(root, nullLogger).path;
}

/** The two ids of a pair in the order the file keeps them. */
function pairKey(x: string, y: string): [string, string] {
  return x <= y ? [x, y] : [y, x];
}

/**
 * Hand corrections of alignments, kept in `<folder>/.recoupe/alignment.json`: validated on every read, written
 * atomically after re-reading the file under its lock (so corrections saved meanwhile by another window or the CLI are kept);
 * a damaged file is reported and left in place, and moved aside as `alignment.json.corrupt-<time>` by the next save.
 */
export class AlignmentStore {
  /** The notice of the last read or save about a damaged file, until the user is told (`takeNotice`). */
  private notice: StateFileNotice | undefined;
  private readonly file: StateFile<AlignmentFile>;

  constructor(
    readonly root: string,
    logger: Logger = nullLogger,
  ) {
    this.file = alignmentFile(root, logger);
  }

  /** The corrections of a pair of articles, oldest first; none when the file or the pair is absent. */
  async corrections(x: string, y: string): Promise<Correction[]> {
    const [first, second] = pairKey(x, y);
    const file = await this.read();
    return file.pairs.find((p) => p.articles[0] === first && p.articles[1] === second)?.corrections ?? [];
  }

  /** Replaces the corrections of a pair (an empty list removes the pair) and returns what was saved. */
  async setCorrections(x: string, y: string, corrections: readonly Correction[]): Promise<Correction[]> {
    const valid = correctionListSchema.parse(corrections);
    const articles = pairKey(x, y);
    const saved = await this.file.update((file) => {
      const others = file.pairs.filter((p) => p.articles[0] !== articles[0] || p.articles[1] !== articles[1]);
      return {
        version: FILE_VERSION,
        pairs: sortPairs(valid.length ? [...others, { articles, corrections: valid }] : others),
      };
    });
    this.notice = saved.notice;
    return valid;
  }

  /** The notice about a damaged file given by a read or save since the last call, once. */
  takeNotice(): StateFileNotice | undefined {
    const notice = this.notice;
    this.notice = undefined;
    return notice;
  }

  /** Reads and validates the file; none yet, or a damaged one (left in place), gives an empty file. */
  async read(): Promise<AlignmentFile> {
    const { value, notice } = await this.file.read();
    if (notice) this.notice = notice;
    return value;
  }
}
