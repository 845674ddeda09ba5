import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';
import { correctionListSchema, type Correction } from '../shared/compare/correction-schema';
import { errorCode } from './fs-like';
import { nullLogger, type Logger } from './logger';
import { STATE_DIR, isInside } from './scan-folder';
import { readStateJson } from './state-json';

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

/** Path of a folder's alignment corrections file. */
export function alignmentPath(root: string): string {
  return join(root, STATE_DIR, ALIGNMENT_FILE);
}

/** The two ids of a pair in the order the file keeps them. */
function pairKey(x: string, y: string): [string, string] {
  return x <= y ? [x, y] : [y, x];
}

/**
 * Hand corrections of alignments, kept in `<folder>/.recoupe/alignment.json`: validated on every read, written
 * atomically after re-reading the file (so corrections saved meanwhile by another window or the CLI are kept);
 * a damaged file is moved aside as `alignment.json.corrupt-<time>`, never overwritten.
 */
export class AlignmentStore {
  /** Where a damaged file was moved by the last read, until the user is told (`takeMovedAside`). */
  private movedAside: string | undefined;

  constructor(
    readonly root: string,
    private readonly logger: Logger = nullLogger,
  ) {}

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
    const file = await this.read();
    const others = file.pairs.filter((p) => p.articles[0] !== articles[0] || p.articles[1] !== articles[1]);
    const pairs = valid.length ? [...others, { articles, corrections: valid }] : others;
    pairs.sort((p, q) => p.articles.join('\u0000').localeCompare(q.articles.join('\u0000')));
    const next: AlignmentFile = { version: FILE_VERSION, pairs };
    await fsp.mkdir(join(this.root, STATE_DIR), { recursive: true });
    await this.checkStateDir();
    await writeFileAtomic(alignmentPath(this.root), `${JSON.stringify(next, null, 2)}\n`, {
      encoding: 'utf8',
      fsync: true,
    });
    return valid;
  }

  /** The path a damaged file was moved to by a read since the last call, once. */
  takeMovedAside(): string | undefined {
    const aside = this.movedAside;
    this.movedAside = undefined;
    return aside;
  }

  /** Reads and validates the file; none yet gives an empty file; a damaged one is moved aside first. */
  async read(): Promise<AlignmentFile> {
    await this.checkStateDir();
    const { value, movedAside } = await readStateJson(
      alignmentPath(this.root),
      alignmentFileSchema,
      { version: FILE_VERSION, pairs: [] },
      'alignment corrections',
      this.logger,
    );
    if (movedAside) this.movedAside = movedAside;
    return value;
  }

  /** Refuses a `.recoupe` that resolves outside the folder (a symbolic link elsewhere). */
  private async checkStateDir(): Promise<void> {
    const dir = join(this.root, STATE_DIR);
    let real: string;
    let realRoot: string;
    try {
      [real, realRoot] = await Promise.all([fsp.realpath(dir), fsp.realpath(this.root)]);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return;
      throw error;
    }
    if (!isInside(realRoot, real)) {
      throw new Error(
        `${dir} points outside the folder; remove that link so Recoupe can keep its corrections inside ${this.root}.`,
      );
    }
  }
}
