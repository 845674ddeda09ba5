import { NoticeError } from '../shared/i18n/notice';
import { constants as fsConstants, promises as fsp } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import type { Notice, StateWhat } from '../shared/ipc/notice';
import type { StateNotice } from '../shared/ipc/state-notice';
import { mergeItems, type ItemConflict, type Tombstone } from '../shared/state/merge-items';
import { writeFileNoFollow } from './atomic-write';
import { errorCode, FileTooLargeError, NotRegularFileError, readFileNoFollow } from './fs-like';
import { nullLogger, type Logger } from './logger';
import { withFileLock } from './state-lock';

/** The folder, inside each folder of articles, where Recoupe keeps its state files. */
export const STATE_DIR = '.recoupe';
/** Larger state files are not read (reported as damaged): 20 MB is far more than any of them needs. */
export const MAX_STATE_BYTES = 20 * 1024 * 1024;

/** A state file in a newer format: neither read nor overwritten. */
export class NewerStateError extends NoticeError {
  override name = 'NewerStateError';
}

/** Write errors that mean "this folder cannot be written": permissions, an immutable file, a read-only disk. */
export const READ_ONLY_CODES: ReadonlySet<string> = new Set(['EACCES', 'EPERM', 'EROFS']);

/** A state file not saved because its folder cannot be written (notice `state-read-only`): nothing was changed. */
export class ReadOnlyStateError extends NoticeError {
  override name = 'ReadOnlyStateError';
}

/**
 * Why `<root>/.recoupe/` (or `root` itself, while it has no `.recoupe/`) cannot be written: the error code
 * (`EACCES`, `EPERM`, `EROFS`), or null when it can. Only asks (`access`), never writes.
 */
export async function stateWriteRefusal(root: string): Promise<string | null> {
  const dir = join(root, STATE_DIR);
  const target = (await fsp.lstat(dir).catch(() => null)) ? dir : root;
  try {
    await fsp.access(target, fsConstants.W_OK);
    return null;
  } catch (error) {
    const code = errorCode(error) ?? '';
    return READ_ONLY_CODES.has(code) ? code : null;
  }
}

/** A `.recoupe/` or a state file that is a symbolic link (notice `state-linked`): neither read nor written through. */
export class LinkedStateError extends NoticeError {
  override name = 'LinkedStateError';
}

/** A notice about a state file, with the absolute paths (the IPC layer makes them relative to the folder). */
export type StateFileNotice = StateNotice & {
  /** What the file holds. */
  what: StateWhat;
  /** One English sentence for the log, with the technical detail (the user is told `stateNotice`). */
  message: string;
};

/** A state file's notice as the user is told it: a code with the file, the file set aside and what it holds. */
export function stateNotice(notice: StateFileNotice): Notice {
  switch (notice.code) {
    case 'damaged':
      return { code: 'state-damaged', params: { file: notice.file, what: notice.what } };
    case 'linked':
      return { code: 'state-linked-not-read', params: { file: notice.file, what: notice.what } };
    case 'moved-aside':
      return {
        code: 'state-moved-aside',
        params: { file: notice.file, aside: notice.aside ?? '', what: notice.what },
      };
  }
}

/** Conflicts kept in a state file at most (the oldest go first). */
export const MAX_CONFLICTS = 100;

/**
 * What reading (or saving) a state file gave: the value, a notice when the file on disk was damaged, and the
 * conflicts (a read: those the file keeps; a save: those this save found, also kept in the file).
 */
export interface StateRead<T> {
  value: T;
  notice?: StateFileNotice;
  conflicts?: ItemConflict[];
}

/** The notice telling the user that saves made elsewhere changed the same items: the versions set aside are kept. */
export function conflictNotice(file: string, what: StateWhat, conflicts: readonly ItemConflict[]): Notice {
  return { code: 'state-conflict', params: { file, what, count: conflicts.length } };
}

/** How a state file's value splits into items with ids (unique in the file), so that saves merge item by item. */
export interface StateItems<T> {
  /** The items of a value, by id, in the file's order. */
  split(value: T): Map<string, unknown>;
  /** The value holding these items (as `split` gives them). */
  join(items: ReadonlyMap<string, unknown>): T;
}

/** How one state file of `<folder>/.recoupe/` is read and written. */
export interface StateFileSpec<T extends { version: number }> {
  /** File name inside `.recoupe/`. */
  name: string;
  schema: z.ZodType<T>;
  /** The value of a folder without the file (its `version` is the newest format this Recoupe reads). */
  empty: T;
  /** What the file holds, named in its notices. */
  what: StateWhat;
  maxBytes?: number;
  /** Its items, for merging saves (without: a save replaces the file, under the lock all the same). */
  items?: StateItems<T>;
}

/** The one accessor of a folder's `.recoupe/` state file. */
export interface StateFile<T> {
  readonly path: string;
  /**
   * Reads and validates the file. A missing file gives the empty value; a damaged one gives the empty value and a
   * `damaged` notice, and is left in place (reading never renames nor writes); a newer format is a NewerStateError.
   */
  read(): Promise<StateRead<T>>;
  /**
   * Saves `value`, made from `base` (by default what this accessor last read or saved), merged with the file as it is
   * now: under the file's lock, the file is read again and the changes from `base` to `value` are applied to it by
   * item (see `mergeItems`); the result is validated and written atomically (fsync on) and returned. A damaged file
   * is first moved aside as `<file>.corrupt-<time>`, with a `moved-aside` notice naming both files; a newer format
   * is not overwritten.
   */
  write(value: T, base?: T): Promise<StateRead<T>>;
  /** Saves `change` applied to the file as it is now, read under the lock (an add or a removal that loses nothing). */
  update(change: (current: T) => T): Promise<StateRead<T>>;
}

/** The accessor of the state file `spec.name` of the folder `root`. */
export function stateFile<T extends { version: number }>(
  root: string,
  spec: StateFileSpec<T>,
  logger: Logger = nullLogger,
): StateFile<T> {
  const dir = join(root, STATE_DIR);
  const path = join(dir, spec.name);
  const maxBytes = spec.maxBytes ?? MAX_STATE_BYTES;

  /** What the file holds: absent, valid, or damaged with the reason. */
  const inspect = async (): Promise<
    | { kind: 'missing' }
    | { kind: 'ok'; value: T; tombstones: Tombstone[]; conflicts: ItemConflict[] }
    | { kind: 'damaged'; problem: string }
  > => {
    await refuseLinkedState(root, path);
    let raw: string;
    try {
      raw = Buffer.from(await readFileNoFollow(path, maxBytes))
        .toString('utf8')
        .replace(/^\uFEFF/, '');
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return { kind: 'missing' };
      if (errorCode(error) === 'ELOOP')
        throw new LinkedStateError({ code: 'state-linked', params: { file: path, root } });
      if (error instanceof FileTooLargeError)
        return { kind: 'damaged', problem: `larger than ${Math.round(maxBytes / 1024 / 1024)} MB` };
      if (error instanceof NotRegularFileError)
        return { kind: 'damaged', problem: `not a regular file (${error.kind})` };
      throw new Error(
        `Recoupe cannot read ${path} (${errorCode(error) ?? String(error)}). Check its permissions, then try again.`,
      );
    }
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (error) {
      return {
        kind: 'damaged',
        problem: `not valid JSON (${error instanceof Error ? error.message : String(error)})`,
      };
    }
    const version = (json as { version?: unknown } | null)?.version;
    if (typeof version === 'number' && version > spec.empty.version) {
      throw new NewerStateError({ code: 'state-newer', params: { file: path, what: spec.what, version } });
    }
    const { tombstones, conflicts, ...rest } = (json ?? {}) as Record<string, unknown>;
    const merge = mergeSchema.safeParse({ tombstones, conflicts });
    const parsed = spec.schema.safeParse(rest);
    if (parsed.success && merge.success)
      return {
        kind: 'ok',
        value: parsed.data,
        tombstones: merge.data.tombstones ?? [],
        conflicts: merge.data.conflicts ?? [],
      };
    const issues = parsed.success ? (merge.error?.issues ?? []) : parsed.error.issues;
    const problem = issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    return { kind: 'damaged', problem };
  };

  /** What this accessor last read or saved: the base of its next save. */
  let seen: T | undefined;

  /**
   * One save under the lock: the file read again, `next` (from `base`, or made by `change`) merged in and written
   * without following links; a folder that cannot be written gives a `state-read-only` refusal.
   */
  const save = async (next: (current: T) => { value: T; base: T | undefined }): Promise<StateRead<T>> => {
    try {
      await refuseLinkedState(root, path);
      await fsp.mkdir(dir, { recursive: true });
      await refuseLinkedState(root, path);
      return await withFileLock(path, () => saveLocked(next));
    } catch (error) {
      const code = errorCode(error);
      if (code === undefined || !READ_ONLY_CODES.has(code)) throw error;
      logger.warn(`state: ${path} not saved, ${root} cannot be written (${code})`);
      throw new ReadOnlyStateError({
        code: 'state-read-only',
        params: { file: path, what: spec.what, root, error: code },
      });
    }
  };

  /** The save itself, the lock held. */
  const saveLocked = async (
    next: (current: T) => { value: T; base: T | undefined },
  ): Promise<StateRead<T>> => {
    const found = await inspect();
    const current = found.kind === 'ok' ? found.value : spec.empty;
    const { value, base } = next(current);
    let valid = spec.schema.parse(value);
    let notice: StateFileNotice | undefined;
    let tombstones: Tombstone[] = [];
    let kept: ItemConflict[] = [];
    let conflicts: ItemConflict[] = [];
    if (found.kind === 'ok') {
      kept = found.conflicts;
      tombstones = found.tombstones;
      if (spec.items) {
        const merged = mergeItems(
          base === undefined ? undefined : spec.items.split(base),
          spec.items.split(valid),
          spec.items.split(found.value),
          found.tombstones,
          new Date().toISOString(),
        );
        valid = spec.schema.parse(spec.items.join(merged.items));
        tombstones = merged.tombstones;
        conflicts = merged.conflicts;
      }
    }
    if (found.kind === 'damaged') {
      const aside = await moveStateAside(path);
      const message = `Your ${spec.what} in ${path} could not be read (${found.problem}); the file was kept as ${aside} and a new ${basename(path)} was saved.`;
      logger.warn(message);
      notice = { code: 'moved-aside', file: path, aside, what: spec.what, message };
    }
    if (conflicts.length > 0)
      logger.warn(
        `${path}: ${conflicts.length} item(s) changed by another save meanwhile (${conflicts.map((c) => c.id).join(', ')}); the last save was kept, the other version is kept in the file's conflicts`,
      );
    const stored = [...kept, ...conflicts].slice(-MAX_CONFLICTS);
    await refuseLinkedState(root, path);
    const file = {
      ...valid,
      ...(tombstones.length ? { tombstones } : {}),
      ...(stored.length ? { conflicts: stored } : {}),
    };
    await writeFileNoFollow(path, `${JSON.stringify(file, null, 2)}\n`);
    seen = valid;
    return {
      value: valid,
      ...(notice ? { notice } : {}),
      ...(conflicts.length ? { conflicts } : {}),
    };
  };

  return {
    path,
    async read() {
      const found = await inspect().catch((error: unknown) => {
        if (!(error instanceof LinkedStateError)) throw error;
        return { kind: 'linked' as const, link: String(error.notice.params?.file ?? path) };
      });
      if (found.kind === 'linked') {
        const message = `${found.link} is a symbolic link: your ${spec.what} were not read through it.`;
        logger.warn(message);
        return { value: spec.empty, notice: { code: 'linked', file: found.link, what: spec.what, message } };
      }
      if (found.kind === 'ok') {
        seen = found.value;
        return found.conflicts.length
          ? { value: found.value, conflicts: found.conflicts }
          : { value: found.value };
      }
      if (found.kind === 'missing') {
        seen = spec.empty;
        return { value: spec.empty };
      }
      const message = `Your ${spec.what} in ${path} could not be read (${found.problem}). The file was left as it is; fix it, or save a change to keep it aside and start a new one.`;
      logger.warn(message);
      return { value: spec.empty, notice: { code: 'damaged', file: path, what: spec.what, message } };
    },
    async write(value, base) {
      spec.schema.parse(value);
      const from = base ?? seen;
      return save(() => ({ value, base: from }));
    },
    update(change) {
      return save((current) => ({ value: change(current), base: current }));
    },
  };
}

const tombstoneSchema = z.object({ id: z.string(), deleted: z.string() });
const conflictSchema = z.object({ id: z.string(), at: z.string(), kept: z.unknown(), lost: z.unknown() });
/** The merge's own keys beside a state file's value: deleted items and conflicting versions. */
const mergeSchema = z.object({
  tombstones: z.array(tombstoneSchema).optional(),
  conflicts: z
    .array(conflictSchema)
    .optional()
    .transform((list) =>
      list?.map((c) => ({ id: c.id, at: c.at, kept: c.kept ?? null, lost: c.lost ?? null })),
    ),
});

/** The filesystem calls of the link check and of setting a file aside (injectable for the notes store's tests). */
export interface StateFs {
  lstat(path: string): Promise<{ isSymbolicLink(): boolean }>;
  rename(from: string, to: string): Promise<void>;
}

const nodeStateFs: StateFs = { lstat: (path) => fsp.lstat(path), rename: (from, to) => fsp.rename(from, to) };

/** Refuses (LinkedStateError) a `<root>/.recoupe/` or a state file `path` in it that is a symbolic link, wherever it points. */
export async function refuseLinkedState(
  root: string,
  path: string,
  fs: StateFs = nodeStateFs,
): Promise<void> {
  for (const target of [join(root, STATE_DIR), path]) {
    const stat = await fs.lstat(target).catch((error: unknown) => {
      if (errorCode(error) === 'ENOENT') return undefined;
      throw error;
    });
    if (stat?.isSymbolicLink())
      throw new LinkedStateError({ code: 'state-linked', params: { file: target, root } });
  }
}

/**
 * Files a save interrupted by a crash leaves beside a state file: the temporary file `<name>.json[.bak].<number>`
 * (writeFileNoFollow, and write-file-atomic before it), the save's lock `<name>.json.lock` and a stale lock set aside
 * while taken over, `<name>.json.lock.<pid>-<hex>`.
 */
const ATOMIC_TEMP = /^[\w-]+\.json(?:(?:\.bak)?\.\d+|\.lock(?:\.\d+-[0-9a-f]+)?)$/;
/** A temporary file younger than this may belong to a save still under way, in this process or another. */
export const LEFTOVER_AGE_MS = 10 * 60_000;

/**
 * Removes the temporary files that a save interrupted by a crash left in `<root>/.recoupe/` (writeFileNoFollow's
 * `<name>.json.<number>`, locks and their copies; older than LEFTOVER_AGE_MS so that another process's save under
 * way is never touched).
 * Never follows a linked `.recoupe/`, never fails: a read-only folder keeps its leftovers. Returns how many went.
 */
export async function removeSaveLeftovers(root: string, now = Date.now()): Promise<number> {
  const dir = join(root, STATE_DIR);
  try {
    if ((await fsp.lstat(dir)).isSymbolicLink()) return 0;
    let removed = 0;
    for (const entry of await fsp.readdir(dir, { withFileTypes: true })) {
      if (!entry.isFile() || !ATOMIC_TEMP.test(entry.name)) continue;
      const path = join(dir, entry.name);
      const { mtimeMs } = await fsp.lstat(path);
      if (now - mtimeMs < LEFTOVER_AGE_MS) continue;
      await fsp.unlink(path).then(
        () => removed++,
        () => undefined,
      );
    }
    return removed;
  } catch {
    return 0;
  }
}

/** Renames a damaged state file to a free `<path>.corrupt-<time>` name and returns that name. */
export async function moveStateAside(
  path: string,
  now = new Date(),
  fs: StateFs = nodeStateFs,
): Promise<string> {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  for (let n = 1; ; n++) {
    const target = `${path}.corrupt-${stamp}${n === 1 ? '' : `-${n}`}`;
    const taken = await fs.lstat(target).then(
      () => true,
      () => false,
    );
    if (taken) continue;
    await fs.rename(path, target);
    return target;
  }
}
