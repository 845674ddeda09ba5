import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LockTimeoutError, withFileLock } from '../../node/state-lock';

let dir: string;
let path: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'recoupe-lock-'));
  path = join(dir, 'notes.json');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A pid that no process has any more: a child that ran and exited. */
function deadPid(): number {
  const { pid } = spawnSync(process.execPath, ['-e', '']);
  return pid!;
}

/** Writes a lock file as another process would have left it. */
async function leaveLock(content: object): Promise<void> {
  await writeFile(`${path}.lock`, JSON.stringify({ token: 'theirs', ...content }));
}

describe('the state files lock', () => {
  it('lets one holder at a time run and leaves nothing behind', async () => {
    let inside = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 8 }, () =>
        withFileLock(path, async () => {
          most = Math.max(most, ++inside);
          await new Promise((done) => setTimeout(done, 5));
          inside--;
        }),
      ),
    );
    expect(most).toBe(1);
    expect(await readdir(dir)).toEqual([]);
  });

  it('takes over at once a lock left by a process that is dead', async () => {
    await leaveLock({ pid: deadPid(), host: hostname(), time: Date.now() });
    const started = Date.now();
    expect(await withFileLock(path, () => Promise.resolve('saved'), { timeoutMs: 2_000 })).toBe('saved');
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(await readdir(dir)).toEqual([]);
  });

  it('waits for a live holder, then gives up naming it and the lock file', async () => {
    await leaveLock({ pid: process.ppid, host: hostname(), time: Date.now() });
    await expect(withFileLock(path, () => Promise.resolve(), { timeoutMs: 200 })).rejects.toThrow(
      LockTimeoutError,
    );
    await expect(withFileLock(path, () => Promise.resolve(), { timeoutMs: 200 })).rejects.toThrow(
      `process ${process.ppid} on ${hostname()}`,
    );
    expect(await readdir(dir)).toEqual(['notes.json.lock']);
  });

  it('takes over a lock of another machine, or one that is not Recoupe’s, once older than the stale time', async () => {
    await leaveLock({ pid: 1, host: 'elsewhere.example', time: Date.now() - 10_000 });
    await withFileLock(path, () => Promise.resolve(), { timeoutMs: 2_000, staleMs: 5_000 });
    await writeFile(`${path}.lock`, 'garbage');
    const old = new Date(Date.now() - 10_000);
    await utimes(`${path}.lock`, old, old);
    await withFileLock(path, () => Promise.resolve(), { timeoutMs: 2_000, staleMs: 5_000 });
    expect(await readdir(dir)).toEqual([]);
  });

  it('takes over a lock of a live process held longer than the live stale time (a hung save, a reused pid)', async () => {
    await leaveLock({ pid: process.ppid, host: hostname(), time: Date.now() - 60_000 });
    await withFileLock(path, () => Promise.resolve(), { timeoutMs: 2_000, liveStaleMs: 30_000 });
    expect(await readdir(dir)).toEqual([]);
  });

  it('throws the folder’s own error when the lock cannot be created (a read-only or missing folder)', async () => {
    await expect(withFileLock(join(dir, 'missing', 'x.json'), () => Promise.resolve())).rejects.toMatchObject(
      {
        code: 'ENOENT',
      },
    );
  });
});
