import { createHash } from 'node:crypto';
import {
  cp,
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  symlink,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimsCommand } from '../../cli/commands/claims';
import { exportCommand } from '../../cli/commands/export';
import { findCommand } from '../../cli/commands/find';
import { notesCommand } from '../../cli/commands/notes';
import { scanCommand } from '../../cli/commands/scan';
import { LEFTOVER_AGE_MS } from '../../node/state-file';
import { runCommands } from '../helpers/cli';
import { withApp } from './app';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/claims-story');
/** Words that only the state kept outside the folder holds: no command may show them. */
const OUTSIDE = 'Dehors-Secret';
const STATE_NAMES = [
  'corrections.json',
  'watchlist.json',
  'claims.json',
  'alignment.json',
  'annotations.json',
  'annotations.json.bak',
];

let base: string;
let root: string;
let outside: string;

/** Every file under `dir` with the sha-256 of its bytes: what must not change. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort())
    found[name] = createHash('sha256')
      .update(await readFile(join(dir, name)))
      .digest('hex');
  return found;
}

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'recoupe-linked-'));
  root = join(base, 'story');
  outside = join(base, 'elsewhere');
  await cp(FIXTURE, root, { recursive: true });
  await mkdir(outside);
  const note = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    version: 1,
    items: [],
    label: OUTSIDE,
  };
  const files: Record<string, string> = {
    'corrections.json': JSON.stringify({
      version: 1,
      outlets: [{ match: { path: 'a-gazette.txt' }, outlet: { id: 'dehors', name: OUTSIDE } }],
      stories: [],
    }),
    'watchlist.json': JSON.stringify({ version: 1, phrases: [OUTSIDE] }),
    'claims.json': JSON.stringify({ version: 1, corrections: [] }),
    'alignment.json': JSON.stringify({ version: 1, pairs: [] }),
    'annotations.json': JSON.stringify(note),
    'annotations.json.bak': JSON.stringify(note),
    'corrections.json.1234567890': '{"version":1',
  };
  for (const [name, text] of Object.entries(files)) await writeFile(join(outside, name), text);
  const old = new Date(Date.now() - 2 * LEFTOVER_AGE_MS);
  await utimes(join(outside, 'corrections.json.1234567890'), old, old);
});
afterEach(() => rm(base, { recursive: true, force: true }));

/** Runs every command that reads state, and every app call that writes it; returns what they printed and said. */
async function everything(): Promise<string> {
  let said = '';
  for (const [command, args] of [
    [scanCommand, ['scan', 'story', '--json']],
    [findCommand, ['find', '--watchlist', 'story']],
    [claimsCommand, ['claims', 'story']],
    [notesCommand, ['notes', 'story']],
    [exportCommand, ['export', 'story', 'a-gazette.txt', 'b-courrier.txt', '--html', join(base, 'out.html')]],
  ] as const) {
    const run = await runCommands([command], [...args], base, { RECOUPE_DATA_DIR: join(base, 'data') });
    said += run.out + run.err;
  }
  said += await readFile(join(base, 'out.html'), 'utf8').catch(() => '');
  await withApp(base, async ({ call, send }) => {
    said += JSON.stringify(await call('openFolder', root));
    said += JSON.stringify(await send('setArticleOutlet', 'a-gazette.txt', 'Autre Titre'));
    said += JSON.stringify(await send('moveToStory', ['a-gazette.txt'], null));
    said += JSON.stringify(await send('setWatchlist', ['ligne rouge']));
    said += JSON.stringify(await send('getWatchlist'));
    said += JSON.stringify(
      await send('correctClaim', {
        type: 'dismiss',
        claimId: 'row:a-gazette.txt#number@0',
        discrepancy: 'number-differs',
      }),
    );
    said += JSON.stringify(await send('getCorrections', 'a-gazette.txt', 'b-courrier.txt'));
    said += JSON.stringify(await send('setCorrections', 'a-gazette.txt', 'b-courrier.txt', []));
    said += JSON.stringify(
      await send('addNote', {
        tag: 'number-change',
        text: 'à vérifier',
        targets: [{ article: 'a-gazette.txt', start: 0, end: 5 }],
      }),
    );
    said += JSON.stringify(await send('listNotes'));
  });
  return said;
}

describe('a `.recoupe` that is a symbolic link to a folder elsewhere', () => {
  it('is neither read, written, renamed nor cleaned through, by the CLI or the app', async () => {
    await symlink(outside, join(root, '.recoupe'));
    const before = await snapshot(outside);
    const said = await everything();
    expect(await snapshot(outside)).toEqual(before);
    expect(said).not.toContain(OUTSIDE);
    expect(said).not.toMatch(/Something went wrong/);
  });
});

describe('state files that are symbolic links to files elsewhere', () => {
  it('are neither read nor written through, backups included, by the CLI or the app', async () => {
    await mkdir(join(root, '.recoupe'));
    for (const name of STATE_NAMES) await symlink(join(outside, name), join(root, '.recoupe', name));
    await symlink(
      join(outside, 'corrections.json.1234567890'),
      join(root, '.recoupe', 'corrections.json.99'),
    );
    const before = await snapshot(outside);
    const said = await everything();
    expect(await snapshot(outside)).toEqual(before);
    expect(said).not.toContain(OUTSIDE);
    expect(said).not.toMatch(/Something went wrong/);
  });
});

describe('a notes backup that is a symbolic link beside a plain notes file', () => {
  it('is replaced by a plain backup when the app saves notes, its target left untouched', async () => {
    const addNote = (text: string) =>
      withApp(base, async ({ call }) => {
        await call('openFolder', root);
        await call('addNote', {
          tag: 'number-change',
          text,
          targets: [{ article: 'a-gazette.txt', start: 0, end: 5 }],
        });
      });
    await addNote('première note');
    const backup = join(root, '.recoupe', 'annotations.json.bak');
    await rm(backup, { force: true });
    await symlink(join(outside, 'annotations.json.bak'), backup);
    const before = await snapshot(outside);
    await addNote('deuxième note');
    expect(await snapshot(outside)).toEqual(before);
    expect(await readFile(join(root, '.recoupe', 'annotations.json'), 'utf8')).toContain('deuxième note');
    expect((await lstat(backup)).isSymbolicLink()).toBe(false);
    expect(await readFile(backup, 'utf8')).toContain('première note');
  });
});
