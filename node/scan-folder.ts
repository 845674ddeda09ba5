import { extname, join, relative, sep } from 'node:path';
import type { Article, SkippedFile } from '../shared/article/model';
import type { OutletRules } from '../shared/article/outlet-rules';
import { errorCode, nodeFs, type FsLike } from './fs-like';
import { nullLogger, type Logger } from './logger';
import {
  ARTICLE_EXTENSIONS,
  ArticleReadError,
  DEFAULT_MAX_BYTES,
  fsErrorNotice,
  readArticleFile,
} from './read-article';
import type { Notice } from '../shared/ipc/notice';
import { NoticeError } from '../shared/i18n/notice';

/** Options for `scanFolder`. */
export interface ScanOptions {
  /** Files larger than this are skipped (default 10 MB). */
  maxBytes?: number;
  fs?: FsLike;
  onProgress?: (done: number, total: number) => void;
  logger?: Logger;
  rules?: OutletRules;
  /** Subfolder depth read below the root (default 3). */
  maxDepth?: number;
  /** Stops the scan between two files (it then rejects with the signal's reason). */
  signal?: AbortSignal;
}

/** Everything read from a folder. */
export interface ScanResult {
  /** The folder's real path. */
  root: string;
  /** Loaded articles, sorted by id. */
  articles: Article[];
  /** Files not loaded, with the reason, sorted by path. */
  skipped: SkippedFile[];
}

/** Thrown when the folder itself cannot be opened. */
export class FolderError extends NoticeError {
  override name = 'FolderError';
}

const DEFAULT_DEPTH = 3;
const PARALLEL_READS = 16;
/** Files read between two returns to the event loop, so a long scan never freezes the app. */
const YIELD_EVERY = 32;

interface Candidate {
  absPath: string;
  id: string;
}

/** Reads every article in a folder (subfolders to depth 3, hidden ones and `.recoupe/` left out); the rest is listed with a reason. */
export async function scanFolder(root: string, options: ScanOptions = {}): Promise<ScanResult> {
  const fs = options.fs ?? nodeFs;
  const logger = options.logger ?? nullLogger;
  const realRoot = await openRoot(fs, root);
  const skipped: SkippedFile[] = [];
  const candidates: Candidate[] = [];
  await walk(
    fs,
    realRoot,
    realRoot,
    0,
    options.maxDepth ?? DEFAULT_DEPTH,
    candidates,
    skipped,
    new Set([realRoot]),
  );
  const articles: Article[] = [];
  let done = 0;
  options.onProgress?.(0, candidates.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < candidates.length) {
      options.signal?.throwIfAborted();
      const candidate = candidates[next++]!;
      try {
        articles.push(
          await readArticleFile(candidate.absPath, candidate.id, {
            fs,
            maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
            ...(options.rules ? { rules: options.rules } : {}),
          }),
        );
      } catch (error) {
        const reason = error instanceof ArticleReadError ? error.reason : describeUnexpected(error);
        if (!(error instanceof ArticleReadError)) logger.error(`reading ${candidate.absPath} failed`, error);
        skipped.push({ path: candidate.id, reason });
      }
      options.onProgress?.(++done, candidates.length);
      if (done % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_READS, candidates.length) }, worker));
  options.signal?.throwIfAborted();
  articles.sort((a, b) => compareIds(a.id, b.id));
  skipped.sort((a, b) => compareIds(a.path, b.path));
  logger.info(`scanned ${realRoot}: ${articles.length} articles, ${skipped.length} skipped`);
  return { root: realRoot, articles, skipped };
}

/** The folder's real path; FolderError naming it when it is missing or not a folder. */
async function openRoot(fs: FsLike, root: string): Promise<string> {
  let real: string;
  try {
    real = await fs.realpath(root);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new FolderError({ code: 'folder-not-found', params: { folder: root } });
    }
    throw new FolderError(folderUnreadable(root, error));
  }
  const stat = await fs.stat(real).catch((error: unknown) => {
    throw new FolderError(folderUnreadable(root, error));
  });
  if (!stat.isDirectory()) throw new FolderError({ code: 'folder-not-folder', params: { folder: root } });
  return real;
}

/** The notice of a folder that cannot be opened, with why. */
function folderUnreadable(root: string, error: unknown): Notice {
  const why = fsErrorNotice(error);
  return { code: 'folder-unreadable', params: { ...why.params, folder: root, reason: why.code } };
}

/** Lists article candidates under `dir`, recording skipped entries; follows symlinks only inside the root. */
async function walk(
  fs: FsLike,
  root: string,
  dir: string,
  depth: number,
  maxDepth: number,
  out: Candidate[],
  skipped: SkippedFile[],
  visited: Set<string>,
): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(dir);
  } catch (error) {
    const why = fsErrorNotice(error);
    skipped.push({
      path: toId(root, dir) || '.',
      reason: { code: 'skip-folder-unreadable', params: { ...why.params, reason: why.code } },
    });
    return;
  }
  entries.sort((a, b) => compareIds(a.name, b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    const id = toId(root, path);
    let real = path;
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        real = await fs.realpath(path);
      } catch (error) {
        const loop = errorCode(error) === 'ELOOP';
        skipped.push({ path: id, reason: { code: loop ? 'skip-link-loop' : 'skip-broken-link' } });
        continue;
      }
      if (!isInside(root, real)) {
        skipped.push({ path: id, reason: { code: 'skip-link-outside' } });
        continue;
      }
      try {
        const stat = await fs.stat(real);
        isDir = stat.isDirectory();
        isFile = stat.isFile();
      } catch (error) {
        skipped.push({ path: id, reason: fsErrorNotice(error) });
        continue;
      }
    }
    if (isDir) {
      if (visited.has(real)) continue;
      if (depth >= maxDepth) {
        skipped.push({ path: id, reason: { code: 'skip-too-deep', params: { depth: maxDepth } } });
        continue;
      }
      visited.add(real);
      await walk(fs, root, real === path ? path : real, depth + 1, maxDepth, out, skipped, visited);
      continue;
    }
    if (!isFile) {
      skipped.push({ path: id, reason: { code: 'skip-not-file' } });
      continue;
    }
    const extension = extname(entry.name).toLowerCase();
    if (!ARTICLE_EXTENSIONS.has(extension)) {
      skipped.push({
        path: id,
        reason: extension
          ? { code: 'skip-not-article', params: { extension } }
          : { code: 'skip-no-extension' },
      });
      continue;
    }
    out.push({ absPath: real, id });
  }
}

/** True when `path` is `root` or inside it. */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel));
}

/** Id of a path: relative to the root, `/` separators. */
function toId(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

/** Stable id order (code-unit order, not locale-dependent). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A reason for an unexpected failure, pointing at the log. */
export function describeUnexpected(error: unknown): Notice {
  return {
    code: 'skip-unexpected',
    params: { error: error instanceof Error ? error.message : String(error) },
  };
}
