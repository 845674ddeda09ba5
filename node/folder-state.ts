import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { correctionsSchema, emptyCorrections, type Corrections } from '../shared/article/corrections';
import { errorCode } from './fs-like';
import { nullLogger, type Logger } from './logger';
import { STATE_DIR, isInside } from './scan-folder';

/** File name of the corrections inside `<folder>/.recoupe/`. */
export const CORRECTIONS_FILE = 'corrections.json';

/** Loaded corrections, and a warning for the user when a bad file had to be moved aside. */
export interface LoadedCorrections {
  corrections: Corrections;
  warning?: string;
}

/** Path of a folder's corrections file. */
export function correctionsPath(root: string): string {
  return join(root, STATE_DIR, CORRECTIONS_FILE);
}

/**
 * Reads `<folder>/.recoupe/corrections.json` (none yet → empty corrections). A file that is not valid JSON or
 * does not match the schema is moved aside as `corrections.json.corrupt-<time>`, never overwritten.
 */
export async function loadCorrections(root: string, logger: Logger = nullLogger): Promise<LoadedCorrections> {
  const path = correctionsPath(root);
  await checkStateDir(root);
  let raw: string;
  try {
    raw = await fsp.readFile(path, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { corrections: emptyCorrections };
    throw new Error(`cannot read ${path} (${errorCode(error) ?? String(error)}): check its permissions`);
  }
  let problem: string;
  try {
    const parsed = correctionsSchema.safeParse(JSON.parse(raw));
    if (parsed.success) return { corrections: parsed.data };
    problem = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
  } catch (error) {
    problem = `not valid JSON (${error instanceof Error ? error.message : String(error)})`;
  }
  const aside = `${path}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  await fsp.rename(path, aside);
  logger.warn(`corrections file ${path} was unreadable (${problem}); moved to ${aside}`);
  return {
    corrections: emptyCorrections,
    warning: `Your corrections in ${path} could not be read (${problem}). The file was kept as ${aside}; fix it and rename it back to restore them.`,
  };
}

/** Writes the corrections atomically to `<folder>/.recoupe/corrections.json`, creating the folder if needed. */
export async function saveCorrections(root: string, corrections: Corrections): Promise<void> {
  const valid = correctionsSchema.parse(corrections);
  await fsp.mkdir(join(root, STATE_DIR), { recursive: true });
  await checkStateDir(root);
  await writeFileAtomic(correctionsPath(root), `${JSON.stringify(valid, null, 2)}\n`, { encoding: 'utf8' });
}

/** Refuses a `.recoupe` that resolves outside the folder (a symlink elsewhere). */
async function checkStateDir(root: string): Promise<void> {
  const dir = join(root, STATE_DIR);
  let real: string;
  let realRoot: string;
  try {
    [real, realRoot] = await Promise.all([fsp.realpath(dir), fsp.realpath(root)]);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return;
    throw error;
  }
  if (!isInside(realRoot, real)) {
    throw new Error(
      `${dir} points outside the folder; remove that link so Recoupe can keep its corrections inside ${root}`,
    );
  }
}
