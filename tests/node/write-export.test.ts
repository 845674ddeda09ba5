import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExportWriteError, nodeExportFs, writeExport, type ExportFs } from '../../node/write-export';

/** A system error with a code, as node:fs throws them. */
function fsError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'recoupe-export-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeExport', () => {
  it('writes the file, and replaces an older export whole', async () => {
    const path = join(dir, 'rapport.pdf');
    await writeExport(path, new Uint8Array([1, 2, 3]));
    expect([...(await readFile(path))]).toEqual([1, 2, 3]);
    await writeExport(path, '<!DOCTYPE html>é');
    expect(await readFile(path, 'utf8')).toBe('<!DOCTYPE html>é');
    expect(await readdir(dir)).toEqual(['rapport.pdf']);
  });

  it('on a full disk midway, leaves neither a partial file nor a damaged older export, and says what to do', async () => {
    const path = join(dir, 'rapport.pdf');
    await writeFile(path, 'older export');
    const fullDisk: ExportFs = {
      ...nodeExportFs,
      async writeNew(temp, data) {
        await writeFile(temp, data.subarray(0, 2));
        throw fsError('ENOSPC');
      },
    };
    const error = await writeExport(path, new Uint8Array(1000), fullDisk).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExportWriteError);
    expect((error as ExportWriteError).problem).toBe('disk-full');
    expect((error as Error).message).toBe(
      `Cannot save ${path}: the disk is full. Free some space or choose another place, then export again.`,
    );
    expect(await readdir(dir)).toEqual(['rapport.pdf']);
    expect(await readFile(path, 'utf8')).toBe('older export');
  });

  it('when the rename is refused, removes the temporary file and names the folder', async () => {
    const path = join(dir, 'rapport.html');
    const refused: ExportFs = { ...nodeExportFs, rename: () => Promise.reject(fsError('EACCES')) };
    const error = (await writeExport(path, 'x', refused).catch((e: unknown) => e)) as ExportWriteError;
    expect(error.problem).toBe('not-allowed');
    expect(error.message).toContain(`you are not allowed to write in ${dir}`);
    expect(await readdir(dir)).toEqual([]);
  });

  it('explains a missing folder, a read-only disk, a folder in the way and anything else', async () => {
    const cases: [string, string, string][] = [
      ['ENOENT', 'no-folder', 'does not exist'],
      ['EROFS', 'read-only', 'read-only disk'],
      ['EISDIR', 'is-folder', 'a folder already has that name'],
      ['EIO', 'other', '(EIO)'],
    ];
    for (const [code, problem, words] of cases) {
      const failing: ExportFs = { ...nodeExportFs, writeNew: () => Promise.reject(fsError(code)) };
      const error = (await writeExport(join(dir, 'r.pdf'), 'x', failing).catch(
        (e: unknown) => e,
      )) as ExportWriteError;
      expect(error.problem).toBe(problem);
      expect(error.message).toContain(words);
      expect(error.message).toContain(join(dir, 'r.pdf'));
    }
  });

  it('fails cleanly on the real file system when the folder does not exist', async () => {
    const path = join(dir, 'absent', 'r.pdf');
    const error = (await writeExport(path, 'x').catch((e: unknown) => e)) as ExportWriteError;
    expect(error.problem).toBe('no-folder');
    expect(await readdir(dir)).toEqual([]);
  });
});
