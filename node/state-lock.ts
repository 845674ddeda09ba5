import { randomBytes } from 'node:crypto';
import { closeSync, openSync, promises as fsp, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { errorCode } from './fs-like';

/** A lock older than this is taken over whoever holds it (a process on another machine, or a hung one). */
export const LOCK_STALE_MS = 5_000;
/** A lock held by a live process of this machine is taken over only after this long (its save may be slow). */
export const LOCK_LIVE_STALE_MS = 30_000;
/** How long a save waits for a lock held by someone else before giving up. */
export const LOCK_TIMEOUT_MS = 20_000;

/** This machine's name, written in its locks. */
const HOST = hostname();

/** What a lock file holds: who took it, when, and a token so that only its holder removes it. */
interface LockContent {
  pid: number;
  host: string;
  time: number;
  token: string;
}

/** Options of `withFileLock` (tests shorten the times). */
export interface LockOptions {
  staleMs?: number;
  liveStaleMs?: number;
  timeoutMs?: number;
  now?: () => number;
}

/** A lock that could not be taken in time: another Recoupe is saving the same file (or hung while saving it). */
export class LockTimeoutError extends Error {
  override name = 'LockTimeoutError';
}

/** True when `pid` names a running process of this machine (EPERM: it runs, as another user). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

/** The lock file's content, or undefined when it is gone or unreadable (being written, or damaged). */
async function readLock(path: string): Promise<{ content?: LockContent; mtimeMs: number } | undefined> {
  try {
    const [text, stat] = await Promise.all([fsp.readFile(path, 'utf8'), fsp.lstat(path)]);
    try {
      const parsed = JSON.parse(text) as Partial<LockContent>;
      if (
        typeof parsed.pid === 'number' &&
        typeof parsed.time === 'number' &&
        typeof parsed.token === 'string'
      )
        return { content: parsed as LockContent, mtimeMs: stat.mtimeMs };
    } catch {
      // Empty (its holder was killed right after creating it) or not Recoupe's: judged by its age below.
    }
    return { mtimeMs: stat.mtimeMs };
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
}

/** Whether a lock found on disk may be taken over: its holder died, or it is older than the stale times. */
function isStale(found: { content?: LockContent; mtimeMs: number }, options: Required<LockOptions>): boolean {
  const now = options.now();
  const { content } = found;
  if (!content) return now - found.mtimeMs > options.staleMs;
  if (content.host === HOST)
    return !alive(content.pid) || (content.pid !== process.pid && now - content.time > options.liveStaleMs);
  return now - content.time > options.staleMs;
}

/**
 * Runs `work` holding the lock `<path>.lock`, a file created exclusively (O_EXCL) that holds the pid, the machine and
 * the time: other processes (another window, the CLI, another machine on a shared folder) wait for it. A lock whose
 * process is dead, or older than the stale times, is taken over, so a crashed process cannot hold it forever.
 * Errors creating the lock (a read-only folder) are thrown as they are, with their code.
 */
export async function withFileLock<R>(
  path: string,
  work: () => Promise<R>,
  options: LockOptions = {},
): Promise<R> {
  const settings: Required<LockOptions> = {
    staleMs: options.staleMs ?? LOCK_STALE_MS,
    liveStaleMs: options.liveStaleMs ?? LOCK_LIVE_STALE_MS,
    timeoutMs: options.timeoutMs ?? LOCK_TIMEOUT_MS,
    now: options.now ?? Date.now,
  };
  const lockPath = `${path}.lock`;
  const started = Date.now();
  let held = '';
  for (let attempt = 0; ; attempt++) {
    const token = randomBytes(12).toString('hex');
    const content: LockContent = { pid: process.pid, host: HOST, time: settings.now(), token };
    if (create(lockPath, content)) {
      held = token;
      break;
    }
    const found = await readLock(lockPath);
    if (found && isStale(found, settings)) {
      await takeOver(lockPath, found);
      continue;
    }
    if (Date.now() - started > settings.timeoutMs) {
      const holder = found?.content ? ` (process ${found.content.pid} on ${found.content.host})` : '';
      throw new LockTimeoutError(
        `Recoupe could not save ${path}: another Recoupe${holder} has been saving it for too long. Close the other Recoupe or delete ${lockPath}, then try again.`,
      );
    }
    await new Promise((done) => setTimeout(done, Math.min(50, 2 + attempt * 3) * (0.5 + Math.random())));
  }
  try {
    return await work();
  } finally {
    release(lockPath, held);
  }
}

/**
 * Creates the lock file with O_EXCL and writes it, in synchronous calls so that nothing else runs in between (a
 * process killed between the two leaves an empty lock, judged by its age). False when the lock exists.
 */
function create(lockPath: string, content: LockContent): boolean {
  let fd: number;
  try {
    fd = openSync(lockPath, 'wx');
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, JSON.stringify(content));
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Removes a stale lock, unless it changed since it was judged stale (another process took it over first): it is
 * renamed to a name of our own, checked, and put back if it was not the one judged.
 */
async function takeOver(lockPath: string, judged: { content?: LockContent; mtimeMs: number }): Promise<void> {
  const aside = `${lockPath}.${process.pid}-${randomBytes(12).toString('hex')}`;
  try {
    await fsp.rename(lockPath, aside);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return;
    throw error;
  }
  const moved = await readLock(aside);
  const same =
    moved !== undefined &&
    (judged.content ? moved.content?.token === judged.content.token : moved.mtimeMs === judged.mtimeMs);
  if (!same) {
    // Someone else's fresh lock: give it back unless a third process has already made a new one.
    await fsp.link(aside, lockPath).catch(() => undefined);
  }
  await fsp.unlink(aside).catch(() => undefined);
}

/** Removes the lock if it is still ours (it may have been taken over after a very long save); never throws. */
function release(lockPath: string, token: string): void {
  try {
    if (readFileSync(lockPath, 'utf8').includes(`"token":"${token}"`)) unlinkSync(lockPath);
  } catch {
    // Gone already (taken over): nothing of ours to remove.
  }
}
