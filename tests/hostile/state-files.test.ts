import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportCommand } from '../../cli/commands/export';
import { findCommand } from '../../cli/commands/find';
import { scanCommand } from '../../cli/commands/scan';
import { readClaimsState } from '../../node/claims-state';
import { loadCorrections } from '../../node/folder-state';
import { readWatchlist } from '../../node/watchlist';
import { readLexicon } from '../../node/lexicon';
import { runCommands } from '../helpers/cli';
import { copyStoryFixture, withApp } from './app';

const BOM = '\uFEFF';

let base: string;
let root: string;

beforeEach(async () => {
  ({ base, root } = await copyStoryFixture('recoupe-state-'));
  await mkdir(join(root, '.recoupe'), { recursive: true });
});
afterEach(() => rm(base, { recursive: true, force: true }));

/** The names in the folder's `.recoupe/`, sorted. */
const stateNames = async (): Promise<string[]> => (await readdir(join(root, '.recoupe'))).sort();

describe('state files as text editors save them, and from newer versions', () => {
  it('accepts a UTF-8 byte-order mark in every state file', async () => {
    await writeFile(
      join(root, '.recoupe', 'corrections.json'),
      `${BOM}{"version":1,"outlets":[],"stories":[]}`,
    );
    await writeFile(
      join(root, '.recoupe', 'watchlist.json'),
      `${BOM}{"version":1,"phrases":["ligne rouge"]}`,
    );
    await writeFile(join(root, '.recoupe', 'claims.json'), `${BOM}{"version":1,"corrections":[]}`);
    await writeFile(
      join(root, '.recoupe', 'lexicon.json'),
      `${BOM}{"version":1,"entries":[{"phrase":"quai maudit","kind":"framing"}]}`,
    );
    expect((await loadCorrections(root)).notice).toBeUndefined();
    const lexicon = await readLexicon(root);
    expect(lexicon.notice).toBeUndefined();
    expect(lexicon.value.entries).toEqual([{ phrase: 'quai maudit', kind: 'framing' }]);
    const watchlist = await readWatchlist(root);
    expect(watchlist.notice).toBeUndefined();
    expect(watchlist.value.phrases).toEqual(['ligne rouge']);
    expect((await readClaimsState(root)).notice).toBeUndefined();
  });

  it('refuses a corrections file of a newer format and leaves it in place, in the CLI and in the app', async () => {
    const newer = '{"version":2,"outlets":[],"stories":[],"somethingNew":true}';
    await writeFile(join(root, '.recoupe', 'corrections.json'), newer);
    const scan = await runCommands([scanCommand], ['scan', 'story', '--json'], base);
    expect(scan.err + scan.out).toMatch(/newer version of Recoupe/);
    await withApp(base, async ({ send }) => {
      await send('openFolder', root);
      const corrected = await send('setArticleOutlet', 'a-gazette.txt', 'Autre Titre');
      expect(corrected.ok).toBe(false);
    });
    expect(await stateNames()).toEqual(['corrections.json']);
    expect(await readFile(join(root, '.recoupe', 'corrections.json'), 'utf8')).toBe(newer);
  });

  it('refuses a lexicon of a newer format and leaves it in place: no framing word is saved over it', async () => {
    const newer = '{"version":2,"entries":[],"somethingNew":true}';
    await writeFile(join(root, '.recoupe', 'lexicon.json'), newer);
    await withApp(base, async ({ send }) => {
      await send('openFolder', root);
      expect((await send('setFraming', 'quai maudit', true)).ok).toBe(false);
      expect((await send('getWatchlist')).ok).toBe(false);
    });
    expect(await stateNames()).toEqual(['lexicon.json']);
    expect(await readFile(join(root, '.recoupe', 'lexicon.json'), 'utf8')).toBe(newer);
  });

  it('never renames a damaged state file on `scan`, `export` or `find --watchlist`', async () => {
    await writeFile(join(root, '.recoupe', 'corrections.json'), '{ not json');
    await writeFile(join(root, '.recoupe', 'watchlist.json'), '{ not json');
    await writeFile(join(root, '.recoupe', 'annotations.json'), '{ not json');
    const before = await stateNames();
    await runCommands([scanCommand], ['scan', 'story'], base);
    await runCommands([findCommand], ['find', '--watchlist', 'story'], base);
    await runCommands(
      [exportCommand],
      ['export', 'story', 'a-gazette.txt', 'b-courrier.txt', '--html', join(base, 'out.html')],
      base,
    );
    expect(await stateNames()).toEqual(before);
  });
});
