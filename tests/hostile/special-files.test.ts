import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimsCommand } from '../../cli/commands/claims';
import { compareCommand } from '../../cli/commands/compare';
import { scanCommand } from '../../cli/commands/scan';
import { nodeFs, type FsLike } from '../../node/fs-like';
import { ArticleReadError, readArticleFile } from '../../node/read-article';
import { scanFolder } from '../../node/scan-folder';
import { runCommands } from '../helpers/cli';
import { withApp } from './app';

/** A hang shows as this test timing out, well before Vitest's own limit. */
const QUICK = 10_000;

const ARTICLE =
  'Le bac de Kerlaz reprend ses traversees\n\nLe bac qui relie Kerlaz a l ile de Tevenn a repris ses traversees ' +
  'mardi apres deux jours d arret, a indique la compagnie.\n';

const posix = process.platform !== 'win32';

describe.runIf(posix)(
  'special files in a folder: pipes, sockets and devices are skipped, nothing blocks',
  () => {
    let base: string;
    let root: string;
    let server: Server;
    beforeAll(async () => {
      base = await mkdtemp(join(tmpdir(), 'recoupe-special-'));
      root = join(base, 'folder');
      await mkdir(join(root, '.recoupe'), { recursive: true });
      await writeFile(join(root, 'a-bac.txt'), ARTICLE);
      execFileSync('mkfifo', [join(root, 'pipe.txt')]);
      execFileSync('mkfifo', [join(root, '.recoupe', 'corrections.json')]);
      execFileSync('mkfifo', [join(base, 'claims-corrections.json')]);
      server = createServer();
      await new Promise<void>((done) => server.listen(join(root, 'socket.txt'), done));
    });
    afterAll(async () => {
      await new Promise((done) => server.close(done));
      await rm(base, { recursive: true, force: true });
    });

    it(
      'lists the pipe and the socket as skipped in `recoupe scan`, with a reason',
      async () => {
        const { code, out } = await runCommands([scanCommand], ['scan', 'folder', '--json'], base);
        expect(code).toBe(0);
        const json = JSON.parse(out) as {
          articles: { id: string }[];
          skipped: { path: string; reason: string }[];
        };
        expect(json.articles.map((a) => a.id)).toEqual(['a-bac.txt']);
        expect(json.skipped.map((s) => s.path).sort()).toEqual(['pipe.txt', 'socket.txt']);
      },
      QUICK,
    );

    it(
      'opens the folder through the IPC handler table, a pipe in place of a state file included',
      async () => {
        await withApp(base, async ({ call }) => {
          const view = await call('openFolder', root);
          expect(view.articles.map((a) => a.id)).toEqual(['a-bac.txt']);
          expect(view.skipped.map((s) => s.path).sort()).toEqual(['pipe.txt', 'socket.txt']);
        });
      },
      QUICK,
    );

    it(
      'never opens a pipe swapped in after the folder was listed: the read refuses it at once',
      async () => {
        const claimsEveryEntryIsAFile: FsLike = {
          ...nodeFs,
          readdir: async (path) =>
            (await nodeFs.readdir(path)).map((entry) => ({
              name: entry.name,
              isFile: () => !entry.isDirectory(),
              isDirectory: () => entry.isDirectory(),
              isSymbolicLink: () => false,
            })),
        };
        const scan = await scanFolder(root, { fs: claimsEveryEntryIsAFile });
        expect(scan.articles.map((a) => a.id)).toEqual(['a-bac.txt']);
        const pipe = scan.skipped.find((s) => s.path === 'pipe.txt');
        expect(pipe?.reason).toEqual({ code: 'skip-pipe' });
        await expect(readArticleFile(join(root, 'pipe.txt'))).rejects.toThrow(ArticleReadError);
      },
      QUICK,
    );

    it(
      'refuses a device and a socket named on the command line, naming them',
      async () => {
        const device = await runCommands(
          [compareCommand],
          ['compare', '/dev/zero', 'folder/a-bac.txt'],
          base,
        );
        expect(device.code).toBe(1);
        expect(device.err).toMatch(/zero.*device/);
        const socket = await runCommands(
          [compareCommand],
          ['compare', 'folder/socket.txt', 'folder/a-bac.txt'],
          base,
        );
        expect(socket.code).toBe(1);
        expect(socket.err).toMatch(/socket\.txt.*socket/);
      },
      QUICK,
    );

    it(
      '`recoupe compare` and `recoupe claims --corrections` on a pipe fail at once with a message',
      async () => {
        const compared = await runCommands(
          [compareCommand],
          ['compare', 'folder/pipe.txt', 'folder/a-bac.txt'],
          base,
        );
        expect(compared.code).toBe(1);
        expect(compared.err).toMatch(/pipe\.txt.*pipe/);
        const claims = await runCommands(
          [claimsCommand],
          ['claims', 'folder/a-bac.txt', '--corrections', 'claims-corrections.json'],
          base,
        );
        expect(claims.code).toBe(1);
        expect(claims.err).toContain('claims-corrections.json');
      },
      QUICK,
    );
  },
);
