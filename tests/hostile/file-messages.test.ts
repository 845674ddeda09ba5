import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportCommand } from '../../cli/commands/export';
import { scanCommand } from '../../cli/commands/scan';
import type { FsLike } from '../../node/fs-like';
import { nodeFs } from '../../node/fs-like';
import { scanFolder } from '../../node/scan-folder';
import { catalogs } from '../../shared/i18n/index';
import { wordNotice } from '../../shared/i18n/notice';
import { NOTICE_CODES } from '../../shared/ipc/notice';
import { runCommands } from '../helpers/cli';
import { copyStoryFixture, withApp } from './app';

let base: string;
let root: string;

beforeEach(async () => {
  ({ base, root } = await copyStoryFixture('recoupe-messages-'));
});
afterEach(() => rm(base, { recursive: true, force: true }));

describe('what the app and the CLI say about files and folders', () => {
  it('calls a loop of symbolic links a loop, not a broken link', async () => {
    await symlink(join(root, 'boucle-b.txt'), join(root, 'boucle-a.txt'));
    await symlink(join(root, 'boucle-a.txt'), join(root, 'boucle-b.txt'));
    await symlink(join(root, 'absent.txt'), join(root, 'casse.txt'));
    const scan = await runCommands([scanCommand], ['scan', 'story', '--json'], base, { LANG: 'en' });
    const skipped = (JSON.parse(scan.out) as { skipped: { path: string; code: string; reason: string }[] })
      .skipped;
    expect(skipped.map((s) => [s.path, s.code])).toEqual([
      ['boucle-a.txt', 'skip-link-loop'],
      ['boucle-b.txt', 'skip-link-loop'],
      ['casse.txt', 'skip-broken-link'],
    ]);
    expect(skipped[0]?.reason).toMatch(/loop/);
    await withApp(base, async ({ call }) => {
      const folder = await call('openFolder', root);
      expect(folder.skipped.map((s) => s.reason.code)).toEqual([
        'skip-link-loop',
        'skip-link-loop',
        'skip-broken-link',
      ]);
    });
  });

  it('exports an article whose file name holds a backslash', async () => {
    await writeFile(join(root, 'avis\\urgent.txt'), await readFile(join(root, 'b-courrier.txt')));
    const out = join(base, 'out.html');
    const run = await runCommands(
      [exportCommand],
      ['export', 'story', 'a-gazette.txt', 'avis\\urgent.txt', '--html', out],
      base,
      { LANG: 'en', RECOUPE_DATA_DIR: join(base, 'data') },
    );
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(await readFile(out, 'utf8')).toContain('avis\\urgent.txt');
  });

  it('does not call a folder it may not read "this file"', async () => {
    await mkdir(join(root, 'privé'));
    const denied: FsLike = {
      ...nodeFs,
      readdir: async (path) => {
        if (path.endsWith('privé')) throw Object.assign(new Error('denied'), { code: 'EACCES' });
        return nodeFs.readdir(path);
      },
    };
    const { skipped } = await scanFolder(root, { fs: denied });
    const reason = skipped.find((s) => s.path === 'privé')?.reason;
    expect(reason?.code).toBe('skip-folder-unreadable');
    for (const lang of ['en', 'fr'] as const) {
      const text = wordNotice(lang, reason!);
      expect(text).not.toMatch(/this file|ce fichier|the file/i);
    }
  });

  it('never points to a setting or a log the user does not have, nor says "left as it is" of a moved file', () => {
    for (const lang of ['en', 'fr'] as const) {
      const notice = catalogs[lang].notice as Record<string, string>;
      for (const code of NOTICE_CODES.filter((c) => c.startsWith('skip-') || c.startsWith('state-'))) {
        const text = notice[code] ?? notice[`${code}_other`] ?? '';
        expect(text, code).not.toMatch(/settings|réglages|the log|journal/i);
      }
      for (const problem of Object.keys(catalogs.en.noticeProblem)) {
        const moved = wordNotice(lang, {
          code: 'notes-moved-aside',
          params: { file: 'a.json', aside: 'a.json.corrupt-1', problem },
        });
        expect(moved, problem).not.toMatch(/left as it is|laissé tel quel|open it in|ouvrez-le/i);
      }
    }
  });
});
