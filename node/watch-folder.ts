import { relative, sep } from 'node:path';
import { watch } from 'chokidar';
import { nullLogger, type Logger } from './logger';
import { ARTICLE_EXTENSIONS } from './read-article';
import { STATE_DIR } from './state-file';

/** A change in the watched folder; `path` is the article id (relative, `/` separators), or `.recoupe/<name>.json`. */
export interface FolderEvent {
  kind: 'added' | 'changed' | 'removed';
  path: string;
}

/** Options for `watchFolder`. */
export interface WatchOptions {
  /** Quiet time before a batch of events is reported (default 250 ms). */
  debounceMs?: number;
  /** Subfolder depth watched (default 3, as the scan reads). */
  depth?: number;
  logger?: Logger;
  /** Report every file, not only article formats. */
  allFiles?: boolean;
  /** Also report the state files `.recoupe/<name>.json` of the root (saved by another window, the CLI, a sync client). */
  stateFiles?: boolean;
}

/** A running watcher. */
export interface FolderWatcher {
  /** Resolves once the initial listing is done and changes are being reported. */
  ready: Promise<void>;
  close(): Promise<void>;
}

/** Watches a folder (chokidar) and reports added, changed and removed article files in debounced batches. */
export function watchFolder(
  root: string,
  onChange: (events: FolderEvent[]) => void,
  options: WatchOptions = {},
): FolderWatcher {
  const logger = options.logger ?? nullLogger;
  const debounceMs = options.debounceMs ?? 250;
  const pending = new Map<string, FolderEvent['kind']>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;
  const flush = (): void => {
    timer = undefined;
    if (closed || pending.size === 0) return;
    const events = [...pending].map(([path, kind]) => ({ kind, path }));
    pending.clear();
    events.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    try {
      onChange(events);
    } catch (error) {
      logger.error('folder change handler failed', error);
    }
  };
  const record = (kind: FolderEvent['kind'], absPath: string): void => {
    const path = relative(root, absPath).split(sep).join('/');
    const state = isStateFile(path);
    if (state ? !options.stateFiles : !options.allFiles && !ARTICLE_EXTENSIONS.has(extensionOf(path))) return;
    const before = pending.get(path);
    if (before === 'added' && kind === 'changed') return;
    if (before === 'added' && kind === 'removed') pending.delete(path);
    else pending.set(path, before === 'removed' && kind === 'added' ? 'changed' : kind);
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, debounceMs);
  };
  const watcher = watch(root, {
    ignoreInitial: true,
    depth: options.depth ?? 3,
    followSymlinks: false,
    ignored: (path: string) => isIgnored(root, path, options.stateFiles ?? false),
    awaitWriteFinish: false,
  });
  watcher.on('add', (path) => record('added', path));
  watcher.on('change', (path) => record('changed', path));
  watcher.on('unlink', (path) => record('removed', path));
  watcher.on('error', (error) => logger.error(`watching ${root} failed`, error));
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return {
    ready,
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      await watcher.close();
    },
  };
}

/** A state file of the root's `.recoupe/` (not a backup, a lock or a temporary file of a save). */
export function isStateFile(path: string): boolean {
  return path.startsWith(`${STATE_DIR}/`) && /^[\w-]+\.json$/.test(path.slice(STATE_DIR.length + 1));
}

/** Hidden entries and `.recoupe/` below the root are not watched; the root's `.recoupe/` state files are when asked. */
function isIgnored(root: string, path: string, stateFiles: boolean): boolean {
  const rel = relative(root, path);
  if (rel === '') return false;
  const parts = rel.split(sep);
  if (
    stateFiles &&
    parts[0] === STATE_DIR &&
    (parts.length === 1 || (parts.length === 2 && isStateFile(parts.join('/'))))
  )
    return false;
  return parts.some((part) => part.startsWith('.') || part === STATE_DIR);
}

/** Lowercase extension with its dot. */
function extensionOf(path: string): string {
  const dot = path.lastIndexOf('.');
  return dot > path.lastIndexOf('/') ? path.slice(dot).toLowerCase() : '';
}
