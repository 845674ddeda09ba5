import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { errorCode } from './fs-like';
import { NoticeError } from '../shared/i18n/notice';

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

/** An export that was not saved; nothing was left at the destination, and `notice` tells the user what to do. */
export class ExportWriteError extends NoticeError {
  override name = 'ExportWriteError';
  constructor(
    readonly path: string,
    readonly problem: ExportWriteProblem,
    params: Record<string, string> = {},
  ) {
    super({ code: `export-${problem}`, params: { path, ...params } });
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
      return new ExportWriteError(path, 'disk-full');
    case 'EACCES':
    case 'EPERM':
      return new ExportWriteError(path, 'not-allowed', { folder });
    case 'ENOENT':
    case 'ENOTDIR':
      return new ExportWriteError(path, 'no-folder', { folder });
    case 'EROFS':
      return new ExportWriteError(path, 'read-only', { folder });
    case 'EISDIR':
      return new ExportWriteError(path, 'is-folder');
    default: {
      const reason = code ?? (error instanceof Error ? error.message : String(error));
      return new ExportWriteError(path, 'other', { error: reason });
    }
  }
}
