import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandlers, type Handlers } from '../../../../electron/main/ipc/handlers';
import { createNotesHandlers } from '../../../../electron/main/ipc/notes';
import { AnnotationStore, annotationsPath } from '../../../../node/annotation-store';
import { createUndoHistory } from '../../../../node/undo-history';
import { ipcTestClient } from '../../../helpers/ipc';
import { stubServices } from '../../../helpers/services';

const GAZETTE =
  ' date 2026-03 VALBRUME (Gazette du Port) - Le conseil a voté la fermeture du quai nord.\n\nQuelque 340 dockers sont concernés, dit le syndicat.\n';
const COURRIER =
  ' date 2026-03 VALBRUME (Courrier des Quais) - Le quai nord va fermer.\n\nPlus de 500 dockers perdront leur poste.\n';

let base: string;
let root: string;
let handlers: Handlers;
const { connect, send, call } = ipcTestClient();

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'recoupe-notes-ipc-'));
  root = join(base, 'story');
  await mkdir(root);
  await writeFile(join(root, 'gazette.txt'), GAZETTE);
  await writeFile(join(root, 'courrier.txt'), COURRIER);
  handlers = createHandlers(stubServices(base));
  connect(handlers);
});

afterEach(async () => {
  await handlers.dispose();
  await rm(base, { recursive: true, force: true });
});

/** The `[start, end)` of `quote` in `text`. */
function at(text: string, quote: string): { start: number; end: number } {
  return { start: text.indexOf(quote), end: text.indexOf(quote) + quote.length };
}

describe('notes over IPC', () => {
  it('re-anchors no note after an outlet or story correction, which leaves the texts as they are', async () => {
    await handlers.openFolder(root);
    await call('addNote', {
      tag: 'number-change',
      text: 'à vérifier',
      targets: [{ article: 'gazette.txt', ...at(GAZETTE, '340 dockers') }],
    });
    const reanchor = vi.spyOn(AnnotationStore.prototype, 'setArticles');
    try {
      await call('setArticleOutlet', 'gazette.txt', 'Le Phare de Valbrume');
      const view = await call('listNotes');
      expect(view.notes[0]!.targets[0]).toMatchObject({ article: 'gazette.txt', status: 'anchored' });
      expect(reanchor).not.toHaveBeenCalled();
    } finally {
      reanchor.mockRestore();
    }
  });

  it('needs an open folder', async () => {
    await expect(call('listNotes')).rejects.toMatchObject({ code: 'NO_FOLDER' });
  });

  it('adds a note on two articles, edits, deletes, undoes and redoes, and saves on dispose', async () => {
    await handlers.openFolder(root);
    expect(await call('listNotes')).toMatchObject({
      notes: [],
      location: 'folder',
    });
    expect(await call('getUndoState')).toEqual({ undo: null, redo: null });
    const { id, view } = await call('addNote', {
      tag: 'number-change',
      text: 'gonflé',
      targets: [
        { article: 'gazette.txt', ...at(GAZETTE, '340 dockers') },
        { article: 'courrier.txt', ...at(COURRIER, 'Plus de 500 dockers') },
      ],
    });
    expect(id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(view.notes[0]!.targets.map((t) => [t.article, t.quote.exact, t.status])).toEqual([
      ['gazette.txt', '340 dockers', 'anchored'],
      ['courrier.txt', 'Plus de 500 dockers', 'anchored'],
    ]);
    expect(await call('getUndoState')).toEqual({ undo: 'note-add', redo: null });

    const edited = await call('applyNoteOps', [
      { type: 'addTag', tag: { id: 'chiffres', label: 'Chiffres' } },
      { type: 'edit', id, tag: 'chiffres', text: 'chiffre gonflé' },
    ]);
    expect(edited.notes[0]).toMatchObject({ tag: 'chiffres', text: 'chiffre gonflé' });
    expect(edited.tags).toEqual([{ id: 'chiffres', label: 'Chiffres' }]);

    expect((await call('applyNoteOps', [{ type: 'delete', id }])).notes).toEqual([]);
    expect(await call('undo')).toEqual({
      step: 'note-delete',
      state: { undo: 'note-batch', redo: 'note-delete' },
    });
    expect((await call('listNotes')).notes[0]).toMatchObject({ id, text: 'chiffre gonflé' });
    await call('undo');
    expect((await call('listNotes')).notes[0]).toMatchObject({ tag: 'number-change', text: 'gonflé' });
    await call('redo');
    expect((await call('listNotes')).notes[0]).toMatchObject({ tag: 'chiffres' });

    await handlers.dispose();
    const saved = JSON.parse(await readFile(annotationsPath(root), 'utf8')) as {
      items: { id: string }[];
      'recoupe:tags': unknown[];
    };
    expect(saved.items.map((i) => i.id)).toEqual([id]);
    expect(saved['recoupe:tags']).toEqual([{ id: 'chiffres', label: 'Chiffres' }]);
  });

  it('re-anchors after the folder changed on disk and re-attaches an orphan', async () => {
    await handlers.openFolder(root);
    const { id } = await call('addNote', {
      tag: 'omission',
      text: '',
      targets: [{ article: 'gazette.txt', ...at(GAZETTE, 'dit le syndicat') }],
    });
    await writeFile(join(root, 'gazette.txt'), GAZETTE.replace(', dit le syndicat', ''));
    await handlers.openFolder(root);
    const orphaned = await call('listNotes');
    expect(orphaned.notes[0]!.targets[0]).toMatchObject({
      status: 'orphaned',
      quote: { exact: 'dit le syndicat' },
    });
    const text = GAZETTE.replace(', dit le syndicat', '');
    const reattached = await call('setNoteTarget', id, {
      article: 'gazette.txt',
      ...at(text, 'sont concernés'),
    });
    expect(reattached.notes[0]!.targets[0]).toMatchObject({
      status: 'anchored',
      quote: { exact: 'sont concernés' },
    });
    expect((await call('undo')).step).toBe('note-reattach');
    expect((await call('listNotes')).notes[0]!.targets[0]!.status).toBe('orphaned');
  });

  it('says what is wrong with a call, naming the article or note', async () => {
    await handlers.openFolder(root);
    await expect(
      call('addNote', { tag: 'omission', text: '', targets: [{ article: 'absent.txt', start: 0, end: 3 }] }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('absent.txt'),
    });
    await expect(
      call('addNote', {
        tag: 'omission',
        text: '',
        targets: [{ article: 'gazette.txt', start: 0, end: 99_999 }],
      }),
    ).rejects.toMatchObject({
      code: 'BAD_ARGS',
    });
    await expect(
      call('addNote', {
        tag: 'unknown-tag',
        text: '',
        targets: [{ article: 'gazette.txt', start: 0, end: 3 }],
      }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('unknown-tag'),
    });
    await expect(call('applyNoteOps', [{ type: 'delete', id: 'urn:uuid:none' }])).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('refuses ops and targets that do not match the contract', async () => {
    await handlers.openFolder(root);
    const bad: [string, unknown[]][] = [
      ['applyNoteOps', [[{ type: 'add', note: {} }]]],
      ['applyNoteOps', [[]]],
      ['applyNoteOps', [[{ type: 'edit', id: 'x', tag: 'Not A Slug' }]]],
      ['addNote', [{ tag: 'omission', text: '', targets: [] }]],
      ['addNote', [{ tag: 'omission', text: '', targets: [{ article: '../etc/passwd', start: 0, end: 3 }] }]],
      ['addNote', [{ tag: 'omission', text: '', targets: [{ article: 'gazette.txt', start: 5, end: 5 }] }]],
      ['setNoteTarget', ['x', { article: 'gazette.txt', start: 0, end: 3, extra: true }]],
    ];
    for (const [method, args] of bad)
      expect(await send(method, ...args)).toMatchObject({ ok: false, error: { code: 'BAD_ARGS' } });
  });

  it('follows the open folder: another folder gets its own notes', async () => {
    const other = join(base, 'other');
    await mkdir(other);
    await writeFile(join(other, 'note.txt'), 'Un autre texte, sans rapport.\n');
    await handlers.openFolder(root);
    await call('addNote', {
      tag: 'other',
      text: '',
      targets: [{ article: 'gazette.txt', ...at(GAZETTE, 'quai nord') }],
    });
    await handlers.openFolder(other);
    expect((await call('listNotes')).notes).toEqual([]);
    expect(JSON.parse(await readFile(annotationsPath(root), 'utf8'))).toMatchObject({ total: 1 });
  });

  it('stand-alone handlers refuse calls while no folder is open', async () => {
    const notes = createNotesHandlers(stubServices(base), () => null, createUndoHistory());
    await expect(notes.listNotes()).rejects.toMatchObject({ code: 'NO_FOLDER' });
    await notes.dispose();
  });
});
