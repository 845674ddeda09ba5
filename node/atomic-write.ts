import { randomInt } from 'node:crypto';
import { promises as fsp } from 'node:fs';

/**
 * Writes `data` to `path` atomically without following any symbolic link: a new temporary `<path>.<digits>` is
 * created exclusively (`wx`, which never opens an existing name, a link included), fsynced, then renamed over
 * `path` (a rename replaces a link at `path` itself, never its target). write-file-atomic, by contrast, resolves
 * `path` through links and opens its temporary file with plain `w`.
 */
export async function writeFileNoFollow(path: string, data: string | Uint8Array): Promise<void> {
  const temp = `${path}.${randomInt(1e9, 1e10)}`;
  const handle = await fsp.open(temp, 'wx');
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fsp.rename(temp, path);
  } catch (error) {
    await fsp.unlink(temp).catch(() => undefined);
    throw error;
  }
}
