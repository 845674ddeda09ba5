import { promises as fsp } from 'node:fs';

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
  readFile(path: string): Promise<Uint8Array>;
}

/** The real filesystem (node:fs/promises). */
export const nodeFs: FsLike = {
  readdir: (path) => fsp.readdir(path, { withFileTypes: true }),
  realpath: (path) => fsp.realpath(path),
  stat: (path) => fsp.stat(path),
  readFile: (path) => fsp.readFile(path),
};

/** The `code` of a Node system error (`ENOENT`, `EACCES`…), if any. */
export function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}
