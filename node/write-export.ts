import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { errorCode } from './fs-like';

/** The file calls an export makes; injectable so tests can simulate a full disk or a refused folder. */
export interface ExportFs {
  /** Creates `path` (never overwriting), writes all of `data` and flushes it to disk. */
  writeNew(path: string, data: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  /** Removes a file; a missing file is not an error. */
  remove(path: string): Promise<void>;
}

/** The real filesystem. */
export const nodeExportFs: ExportFs = {
  async writeNew(path, data) {
    const handle = await fsp.open(path, 'wx', 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename: (from, to) => fsp.rename(from, to),
  remove: (path) => fsp.rm(path, { force: true }),
};

/** Why an export could not be saved. */
export type ExportWriteProblem =
  'disk-full' | 'not-allowed' | 'no-folder' | 'read-only' | 'is-folder' | 'other';

/** An export that was not saved; nothing was left at the destination, and `message` tells the user what to do. */
export class ExportWriteError extends Error {
  override name = 'ExportWriteError';
  constructor(
    readonly path: string,
    readonly problem: ExportWriteProblem,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Saves an export: writes a temporary file beside the destination, flushes it, then renames it over the
 * destination, so a failed export (full disk, refused folder) leaves neither a partial file nor a damaged older
 * one. Throws ExportWriteError with a message naming the file.
 */
export async function writeExport(
  path: string,
  data: Uint8Array | string,
  fs: ExportFs = nodeExportFs,
): Promise<void> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.part`);
  try {
    await fs.writeNew(temp, bytes);
    await fs.rename(temp, path);
  } catch (error) {
    await fs.remove(temp).catch(() => undefined);
    throw describeWriteError(path, error);
  }
}

/** The user-facing error for a failed write of `path`. */
export function describeWriteError(path: string, error: unknown): ExportWriteError {
  const folder = dirname(path);
  const code = errorCode(error);
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new ExportWriteError(
        path,
        'disk-full',
        `Cannot save ${path}: the disk is full. Free some space or choose another place, then export again.`,
      );
    case 'EACCES':
    case 'EPERM':
      return new ExportWriteError(
        path,
        'not-allowed',
        `Cannot save ${path}: you are not allowed to write in ${folder}. Choose another folder, then export again.`,
      );
    case 'ENOENT':
    case 'ENOTDIR':
      return new ExportWriteError(
        path,
        'no-folder',
        `Cannot save ${path}: the folder ${folder} does not exist. Create it or choose another place, then export again.`,
      );
    case 'EROFS':
      return new ExportWriteError(
        path,
        'read-only',
        `Cannot save ${path}: ${folder} is on a read-only disk. Choose another place, then export again.`,
      );
    case 'EISDIR':
      return new ExportWriteError(
        path,
        'is-folder',
        `Cannot save ${path}: a folder already has that name. Choose another file name, then export again.`,
      );
    default: {
      const reason = code ?? (error instanceof Error ? error.message : String(error));
      return new ExportWriteError(
        path,
        'other',
        `Cannot save ${path} (${reason}). Choose another place, then export again.`,
      );
    }
  }
}
