import { promises as fsp } from 'node:fs';
import { dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { z } from 'zod';
import { errorCode } from './fs-like';
import { nullLogger, type Logger } from './logger';

/** What reading a versioned JSON state file gave. */
export interface StateRead<T> {
  value: T;
  /** Where a damaged file was moved, when it was. */
  movedAside?: string;
}

/**
 * Reads a versioned JSON file of `<folder>/.recoupe/` validated by `schema`: a missing file gives `empty`; a damaged one
 * is moved aside as `<file>.corrupt-<time>` (never overwritten) and gives `empty`; a newer format is refused.
 */
export async function readStateJson<T extends { version: number }>(
  path: string,
  schema: z.ZodType<T>,
  empty: T,
  what: string,
  logger: Logger = nullLogger,
): Promise<StateRead<T>> {
  let raw: string;
  try {
    raw = await fsp.readFile(path, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { value: empty };
    throw new Error(
      `Recoupe cannot read ${path} (${errorCode(error) ?? String(error)}). Check its permissions, then try again.`,
    );
  }
  let problem: string;
  try {
    const json: unknown = JSON.parse(raw);
    const version = (json as { version?: unknown } | null)?.version;
    if (typeof version === 'number' && version > empty.version) {
      throw new NewerStateError(
        `${path} was written by a newer version of Recoupe (format ${version}). Update Recoupe to use or change these ${what}.`,
      );
    }
    const parsed = schema.safeParse(json);
    if (parsed.success) return { value: parsed.data };
    problem = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
  } catch (error) {
    if (error instanceof NewerStateError) throw error;
    problem = `not valid JSON (${error instanceof Error ? error.message : String(error)})`;
  }
  const aside = `${path}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  await fsp.rename(path, aside);
  logger.warn(`${what} ${path} were unreadable (${problem}); moved to ${aside}`);
  return { value: empty, movedAside: aside };
}

/** Validates `value` and writes it atomically as pretty JSON, creating the folder. */
export async function writeStateJson<T>(path: string, schema: z.ZodType<T>, value: T): Promise<T> {
  const valid = schema.parse(value);
  await fsp.mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(path, `${JSON.stringify(valid, null, 2)}\n`, { encoding: 'utf8', fsync: true });
  return valid;
}

/** A state file in a newer format: neither read nor overwritten. */
export class NewerStateError extends Error {
  override name = 'NewerStateError';
}
