import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareCommand } from '../../cli/commands/compare';
import { scanCommand } from '../../cli/commands/scan';
import { runCommands } from '../helpers/cli';
import { withApp } from './app';

/** Own sentences about a fictional harbour. */
const TEXT = 'Le conseil du port de Kerlaz a voté mardi la construction d’une nouvelle digue de 300 mètres.';

/** A file name in Latin-1 bytes, as an old system or an archive writes it: not valid UTF-8. */
const latin1 = (name: string): Buffer => Buffer.from(name, 'latin1');

describe('file names that are not valid UTF-8', () => {
  let base: string;
  let root: string;
  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'recoupe-names-'));
    root = join(base, 'folder');
    await mkdir(root);
    const rootBytes = Buffer.from(root);
    const at = (...parts: Buffer[]): Buffer =>
      Buffer.concat([rootBytes, ...parts.flatMap((p) => [Buffer.from('/'), p])]);
    await writeFile(at(latin1('dépêche.txt')), `Digue\n\n${TEXT}\n`);
    await mkdir(at(latin1('été')));
    await writeFile(
      at(latin1('été'), latin1('brève.txt')),
      `Digue\n\n${TEXT} Les travaux commencent en mai.\n`,
    );
    // The same name in UTF-8 beside a Latin-1 one: each is shown as its own entry.
    await writeFile(at(Buffer.from('côte.txt')), `Côte\n\n${TEXT}\n`);
    await writeFile(at(latin1('côte.txt')), `Côte bis\n\n${TEXT} Autre version.\n`);
  });
  afterAll(() => rm(base, { recursive: true, force: true }));

  const IDS = ['c%F4te.txt', 'côte.txt', 'dépêche.txt', 'été/brève.txt'];

  it('are listed and read by `recoupe scan` and `recoupe compare`, not skipped as gone', async () => {
    const scan = await runCommands([scanCommand], ['scan', 'folder', '--json'], base, { LANG: 'en' });
    expect(scan.code).toBe(0);
    const json = JSON.parse(scan.out) as { articles: { id: string }[]; skipped: unknown[] };
    expect(json.articles.map((a) => a.id)).toEqual(IDS);
    expect(json.skipped).toEqual([]);
    const compare = await runCommands(
      [compareCommand],
      ['compare', join('folder', 'dépêche.txt'), join('folder', 'été', 'brève.txt')],
      base,
      { LANG: 'en' },
    );
    expect(compare.err).toBe('');
    expect(compare.code).toBe(0);
  });

  it('are listed and opened by the app', async () => {
    await withApp(base, async ({ call }) => {
      const folder = await call('openFolder', root);
      expect(folder.articles.map((a) => a.id)).toEqual(IDS);
      expect(folder.skipped).toEqual([]);
      expect((await call('getArticle', 'c%F4te.txt')).text).toContain('Autre version');
      expect((await call('getArticle', 'côte.txt')).text).not.toContain('Autre version');
    });
  });
});
