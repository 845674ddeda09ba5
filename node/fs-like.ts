import { resolve as resolvePath, sep } from 'node:path';
import iconv from 'iconv-lite';
import { closeSync, constants, fstatSync, openSync, promises as fsp, readSync, type Stats } from 'node:fs';

/** A directory entry as `readdir(…, { withFileTypes: true })` gives it. */
export interface DirEntryLike {
  name: string;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

/** What `stat` tells about a path. */
export interface StatLike {
  size: number;
  isFile(): boolean;
  isDirectory(): boolean;
}

/** The filesystem calls the reader makes; injectable so tests can simulate unreadable or vanishing files. */
export interface FsLike {
  readdir(path: string): Promise<DirEntryLike[]>;
  realpath(path: string): Promise<string>;
  stat(path: string): Promise<StatLike>;
  /** Reads a whole file; with `maxBytes`, may throw FileTooLargeError instead of reading a larger file. */
  readFile(path: string, maxBytes?: number): Promise<Uint8Array>;
}

/** Thrown by `readFile` when a file is larger than the limit it was given. */
export class FileTooLargeError extends Error {
  override name = 'FileTooLargeError';
  constructor(readonly size: number) {
    super(`file of ${size} bytes is over the limit`);
  }
}

/** What a path that is not a regular file turned out to be when it was opened. */
export type SpecialFileKind = 'folder' | 'pipe' | 'device' | 'socket' | 'other';

/** Thrown by `readFile` when the path opened is not a regular file (a FIFO, a device, a socket swapped in, say). */
export class NotRegularFileError extends Error {
  override name = 'NotRegularFileError';
  constructor(readonly kind: SpecialFileKind) {
    super(`not a regular file (${kind})`);
  }
}

/** The kind of a non-regular file from its stat. */
function specialKind(stat: Stats): SpecialFileKind {
  if (stat.isDirectory()) return 'folder';
  if (stat.isFIFO()) return 'pipe';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'device';
  if (stat.isSocket()) return 'socket';
  return 'other';
}

/**
 * Opening a FIFO for reading blocks until a writer comes: non-blocking open returns at once, and the descriptor's
 * type is checked before anything is read. (Not defined on Windows, where FIFOs do not appear in folders.)
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Reads a regular file with one open (non-blocking, so a pipe never blocks), its type and size checked on the open
 * descriptor before anything is read. Synchronous
 * calls under a promise: for the many small files of a folder they are several times faster than the
 * thread-pool round trips of fs.promises (scanFolder yields to the event loop between batches).
 */
async function readFileLimited(
  path: string | Buffer,
  maxBytes?: number,
  flags = OPEN_FLAGS,
): Promise<Uint8Array> {
  const fd = openSync(path, flags);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new NotRegularFileError(specialKind(stat));
    const { size } = stat;
    if (maxBytes !== undefined && size > maxBytes) throw new FileTooLargeError(size);
    const buffer = Buffer.allocUnsafe(size);
    let offset = 0;
    while (offset < size) {
      const read = readSync(fd, buffer, offset, size - offset, offset);
      if (read === 0) break;
      offset += read;
    }
    return offset === size ? buffer : buffer.subarray(0, offset);
  } finally {
    closeSync(fd);
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The names of a folder's entries as Recoupe shows them, with their bytes. A name that is not valid UTF-8 (written
 * on an old system in Latin-1 or windows-1252, or copied from an archive) is read as windows-1252, the likeliest
 * for French and English file names; if that reading is the name of another entry, its bytes from 0x80 on are
 * written `%XX` instead, so that every name shown stands for one entry.
 */
async function listNames(
  dir: string | Buffer,
): Promise<{ name: string; raw: Buffer; entry: DirEntryLike }[]> {
  const entries = await fsp.readdir(dir, { withFileTypes: true, encoding: 'buffer' });
  const valid = new Set<string>();
  const decoded = entries.map((entry) => {
    try {
      const name = strictUtf8.decode(entry.name);
      valid.add(name);
      return { entry, name, utf8: true };
    } catch {
      return { entry, name: iconv.decode(entry.name, 'windows-1252'), utf8: false };
    }
  });
  return decoded.map(({ entry, name, utf8 }) => {
    const shown =
      utf8 || !valid.has(name)
        ? name
        : [...entry.name]
            .map((b) => (b < 0x80 ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase()}`))
            .join('');
    return {
      name: shown,
      raw: entry.name,
      entry: {
        name: shown,
        isFile: () => entry.isFile(),
        isDirectory: () => entry.isDirectory(),
        isSymbolicLink: () => entry.isSymbolicLink(),
      },
    };
  });
}

/**
 * The bytes of a path whose components `listNames` showed (some not valid UTF-8), found component by component;
 * null when some component is not there.
 */
async function rawPath(path: string): Promise<Buffer | null> {
  const parts = resolvePath(path).split(sep).filter(Boolean);
  let raw = Buffer.from(sep);
  for (const part of parts) {
    const plain = Buffer.concat([raw, Buffer.from(part)]);
    const exists = await fsp.lstat(plain).then(
      () => true,
      () => false,
    );
    const found = exists
      ? Buffer.from(part)
      : (await listNames(raw).catch(() => [])).find((n) => n.name === part)?.raw;
    if (!found) return null;
    raw = Buffer.concat([raw, found, Buffer.from(sep)]);
  }
  return raw.subarray(0, Math.max(1, raw.length - 1));
}

/** Runs `work` on `path`, or, when it is not found, on the bytes of the path it shows (a name not valid UTF-8). */
async function onShownPath<T>(path: string, work: (path: string | Buffer) => Promise<T>): Promise<T> {
  try {
    return await work(path);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
    const raw = await rawPath(path);
    if (!raw) throw error;
    return work(raw);
  }
}

/** The real filesystem; names that are not valid UTF-8 are listed as `listNames` shows them, and opened by them. */
export const nodeFs: FsLike = {
  readdir: (path) => onShownPath(path, async (p) => (await listNames(p)).map((n) => n.entry)),
  realpath: (path) => onShownPath(path, (p) => fsp.realpath(p)),
  stat: (path) => onShownPath(path, (p) => fsp.stat(p)),
  readFile: (path, maxBytes) => onShownPath(path, (p) => readFileLimited(p, maxBytes)),
};

/**
 * Reads a state file of `.recoupe/` as `nodeFs.readFile` does, but never through a symbolic link: a link at `path`
 * fails with `ELOOP` (O_NOFOLLOW; where the platform lacks it, the callers' `lstat` check stands alone).
 */
export function readFileNoFollow(path: string, maxBytes?: number): Promise<Uint8Array> {
  return readFileLimited(path, maxBytes, OPEN_FLAGS | (constants.O_NOFOLLOW ?? 0));
}

/** The `code` of a Node system error (`ENOENT`, `EACCES`…), if any. */
export function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}
