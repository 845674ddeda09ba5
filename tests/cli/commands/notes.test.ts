import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { notesCommand } from '../../../cli/commands/notes';
import { AnnotationStore, annotationsPath } from '../../../node/annotation-store';
import { scanFolder } from '../../../node/scan-folder';
import { anchorSpan } from '../../../shared/notes/anchor';
import { applyNoteOp } from '../../../shared/notes/ops';
import { runCommands, type CliRun } from '../../helpers/cli';

const GAZETTE =
  ' date 2026-03 VALBRUME (Gazette du Port) - Le conseil a voté la fermeture du quai nord.\n\nLe maire parle d’une « décision douloureuse mais nécessaire ». Quelque 340 dockers sont concernés.\n';
const COURRIER =
  ' date 2026-03 VALBRUME (Courrier des Quais) - Le quai nord va fermer.\n\nSelon le syndicat, « plus de 500 dockers » perdront leur poste 🚢.\n';

let base: string;
let root: string;
let dataDir: string;

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'recoupe-notes-cli-'));
  root = join(base, 'story');
  dataDir = join(base, 'data');
  await mkdir(root);
  await writeFile(join(root, 'gazette.txt'), GAZETTE);
  await writeFile(join(root, 'courrier.txt'), COURRIER);
  const scan = await scanFolder(root);
  const [courrier, gazette] = scan.articles;
  const span = (text: string, quote: string): [number, number] => [
    text.indexOf(quote),
    text.indexOf(quote) + quote.length,
  ];
  const store = await AnnotationStore.open({ root: scan.root, dataDir, articles: scan.articles });
  let file = applyNoteOp(store.file, {
    type: 'add',
    note: {
      id: 'urn:uuid:11111111-1111-4111-8111-111111111111',
      created: '2026-03-01T09:00:00.000Z',
      modified: '2026-03-01T09:00:00.000Z',
      tag: 'number-change',
      text: 'troop count inflated, "500" vs 340',
      targets: [
        anchorSpan(gazette!, span(gazette!.text, '340 dockers')),
        anchorSpan(courrier!, span(courrier!.text, 'plus de 500 dockers')),
      ],
    },
  });
  file = applyNoteOp(file, {
    type: 'add',
    note: {
      id: 'urn:uuid:22222222-2222-4222-8222-222222222222',
      created: '2026-03-01T09:10:00.000Z',
      modified: '2026-03-01T09:10:00.000Z',
      tag: 'quote-cut',
      text: '',
      targets: [anchorSpan(gazette!, span(gazette!.text, '« décision douloureuse mais nécessaire »'))],
    },
  });
  store.replace(file);
  await store.close();
});

afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

/** Runs `recoupe <args>` with only the notes command, capturing output. */
function run(...args: string[]): Promise<CliRun> {
  return runCommands([notesCommand], args, base, { RECOUPE_DATA_DIR: dataDir });
}

interface NotesJson {
  root: string;
  file: string;
  location: string;
  notes: {
    id: string;
    tag: string;
    text: string;
    status: string;
    targets: {
      article: string;
      status: string;
      start: number | null;
      end: number | null;
      quote: string;
      original: string | null;
    }[];
  }[];
  warnings: string[];
}

describe('recoupe notes', () => {
  it('prints the documented JSON', async () => {
    const { code, out, err } = await run('notes', 'story', '--json');
    expect(err).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(out) as NotesJson;
    expect(json.file).toBe(annotationsPath(json.root));
    expect(json.location).toBe('folder');
    expect(json.notes.map((n) => [n.tag, n.status])).toEqual([
      ['number-change', 'anchored'],
      ['quote-cut', 'anchored'],
    ]);
    expect(json.notes[0]!.targets).toMatchObject([
      {
        article: 'gazette.txt',
        status: 'anchored',
        quote: '340 dockers',
        start: GAZETTE.indexOf('340 dockers'),
      },
      { article: 'courrier.txt', status: 'anchored', quote: 'plus de 500 dockers' },
    ]);
  });

  it('shows re-anchored and orphaned notes after the articles changed, without writing', async () => {
    await writeFile(
      join(root, 'gazette.txt'),
      GAZETTE.replace('Le maire parle d’une « décision douloureuse mais nécessaire ». ', '').replace(
        'VALBRUME',
        'VALBRUME, mis à jour',
      ),
    );
    const before = await readdir(join(root, '.recoupe'));
    const { code, out } = await run('notes', 'story', '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out) as NotesJson;
    expect(json.notes.map((n) => n.status)).toEqual(['re-anchored', 'orphaned']);
    expect(json.notes[1]!.targets[0]).toMatchObject({
      status: 'orphaned',
      start: null,
      quote: '« décision douloureuse mais nécessaire »',
    });
    expect(await readdir(join(root, '.recoupe'))).toEqual(before);
  });

  it('follows a renamed article', async () => {
    await mkdir(join(root, 'archive'));
    await writeFile(join(root, 'archive', 'gazette-old.txt'), GAZETTE);
    await rm(join(root, 'gazette.txt'));
    const json = JSON.parse((await run('notes', 'story', '--json')).out) as NotesJson;
    expect(json.notes[1]!.targets[0]).toMatchObject({
      article: 'archive/gazette-old.txt',
      status: 'anchored',
    });
  });

  it('prints one CSV line per target', async () => {
    const { out } = await run('notes', 'story', '--csv');
    const lines = out.trimEnd().split('\r\n');
    expect(lines[0]).toBe('note,tag,status,article,start,end,quote,text,modified');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain('"troop count inflated, ""500"" vs 340"');
  });

  it('prints a readable table', async () => {
    const { out } = await run('notes', 'story');
    expect(out).toContain('2 notes in');
    expect(out).toContain('2 anchored, 0 re-anchored, 0 orphaned');
    // Tags by their names, and the day of the note written out (not 12/2/2026).
    expect(out).toMatch(/\[Number change\] troop count inflated.* — [A-Z][a-z]+ \d{1,2}, \d{4}\n/);
    expect(out).not.toContain('[number-change]');
    expect(out).toMatch(/anchored {5}courrier\.txt:\d+ {2}“plus de 500 dockers”/);
  });

  it('warns on stderr about a damaged notes file and leaves it in place', async () => {
    await copyFile(annotationsPath(root), `${annotationsPath(root)}.bak`);
    await writeFile(annotationsPath(root), '{ "items": [');
    const { code, out, err } = await run('notes', 'story', '--json');
    expect(code).toBe(0);
    expect(err).toContain(`warning: Your notes file ${annotationsPath(root)} is damaged`);
    expect(err).toContain('previous version of your notes');
    expect((JSON.parse(out) as NotesJson).notes.map((n) => n.id)).toEqual([
      'urn:uuid:11111111-1111-4111-8111-111111111111',
      'urn:uuid:22222222-2222-4222-8222-222222222222',
    ]);
    expect((await readdir(join(root, '.recoupe'))).filter((n) => n.includes('corrupt'))).toEqual([]);
  });

  it('refuses bad arguments and a missing folder', async () => {
    expect((await run('notes')).code).toBe(2);
    expect((await run('notes', 'story', '--json', '--csv')).err).toContain('choose one of --json and --csv');
    const missing = await run('notes', 'nowhere');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('folder not found');
  });
});
