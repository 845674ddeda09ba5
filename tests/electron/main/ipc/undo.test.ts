import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers, type Handlers } from '../../../../electron/main/ipc/handlers';
import { AlignmentStore } from '../../../../node/alignment-store';
import { AnnotationStore, annotationsPath } from '../../../../node/annotation-store';
import type { Article } from '../../../../shared/article/model';
import type { Correction } from '../../../../shared/compare/correction-schema';
import type { EventMap } from '../../../../shared/ipc/channels';
import type { UndoStepKind } from '../../../../shared/ipc/undo';
import { applyNoteOp } from '../../../../shared/notes/ops';
import { ipcTestClient } from '../../../helpers/ipc';
import { stubServices } from '../../../helpers/services';

const HERON =
  'LORVENNE (Écho des Marais) - Le pont du Héron rouvrira le 12 mai, annonce la préfecture.\n\nLes travaux ont coûté 4 millions.\n';
const VIGIE =
  'LORVENNE (La Vigie) - Le pont du Héron doit rouvrir en mai.\n\nLe chantier a coûté près de 5 millions.\n';

let base: string;
let root: string;
let handlers: Handlers;
let events: EventMap['undoChanged'][];
const { connect, call } = ipcTestClient();

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'recoupe-undo-ipc-'));
  root = join(base, 'pont');
  await mkdir(root);
  await writeFile(join(root, 'heron.txt'), HERON);
  await writeFile(join(root, 'vigie.txt'), VIGIE);
  events = [];
  handlers = createHandlers(
    stubServices(base, {
      emit: (event, payload) => {
        if (event === 'undoChanged') events.push(payload as EventMap['undoChanged']);
      },
    }),
  );
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

/** A hand unlink of the first paragraphs of the two articles. */
function unlink(a: Article, b: Article): Correction {
  const side = (article: Article) => ({
    article: article.id,
    sha256: article.sha256,
    segments: [{ quote: article.text.slice(0, 40), start: 0 }],
  });
  return { id: 'c1', at: '2026-05-01T10:00:00.000Z', op: 'unlink', a: side(a), b: side(b) };
}

/** Everything the steps below change, as the app reads it. */
async function snapshot() {
  const folder = await call('getCurrentFolder');
  const notes = await call('listNotes');
  const claims = await call('getClaims', ['heron.txt', 'vigie.txt']);
  return {
    outlets: folder?.articles.map((a) => [a.id, a.outlet.name]),
    stories: folder?.stories.map((s) => s.articles),
    notes: notes.notes.map((n) => [n.tag, n.text]),
    alignment: (await call('getCorrections', 'heron.txt', 'vigie.txt')).corrections.map((c) => c.op),
    claims: claims.corrections,
  };
}

describe('one undo history over IPC', () => {
  it('undoes an interleaved sequence of every kind of edit in exact reverse order, and redoes it', async () => {
    await call('openFolder', root);
    const heron = await call('getArticle', 'heron.txt');
    const vigie = await call('getArticle', 'vigie.txt');
    const states = [await snapshot()];
    const kinds: UndoStepKind[] = [];
    const done = async (kind: UndoStepKind, edit: () => Promise<unknown>): Promise<void> => {
      await edit();
      kinds.push(kind);
      states.push(await snapshot());
      expect(await call('getUndoState')).toEqual({ undo: kind, redo: null });
    };

    let id = '';
    await done('note-add', async () => {
      ({ id } = await call('addNote', {
        tag: 'number-change',
        text: 'quatre ou cinq ?',
        targets: [{ article: 'heron.txt', ...at(HERON, '4 millions') }],
      }));
    });
    await done('outlet', () => call('setArticleOutlet', 'vigie.txt', 'La Vigie du Soir'));
    await done('note-edit', () => call('applyNoteOps', [{ type: 'edit', id, text: 'chiffre à vérifier' }]));
    await done('alignment-unlink', () =>
      call('setCorrections', 'heron.txt', 'vigie.txt', [unlink(heron, vigie)]),
    );
    await done('claim-dismiss', () =>
      call('correctClaim', {
        type: 'dismiss',
        claimId: 'row:heron.txt#number@0',
        discrepancy: 'number-differs',
      }),
    );
    await done('story', () => call('moveToStory', ['vigie.txt'], null));
    await done('note-delete', () => call('applyNoteOps', [{ type: 'delete', id }]));
    expect(new Set(states.map((s) => JSON.stringify(s))).size).toBe(states.length);

    for (let i = kinds.length - 1; i >= 0; i--) {
      expect(await call('undo')).toMatchObject({ step: kinds[i] });
      expect(await snapshot()).toEqual(states[i]);
    }
    expect(await call('undo')).toEqual({ step: null, state: { undo: null, redo: 'note-add' } });
    for (let i = 0; i < kinds.length; i++) {
      expect(await call('redo')).toMatchObject({ step: kinds[i] });
      expect(await snapshot()).toEqual(states[i + 1]);
    }
    expect(await call('redo')).toEqual({ step: null, state: { undo: 'note-delete', redo: null } });

    const changed = events.filter((e) => e.changed).map((e) => e.changed);
    const domains = ['notes', 'folder', 'notes', 'alignment', 'claims', 'folder', 'notes'];
    expect(changed).toEqual([...[...domains].reverse(), ...domains]);
  });

  it('says so when the alignment file changed since, drops that step and undoes the one before', async () => {
    await call('openFolder', root);
    const heron = await call('getArticle', 'heron.txt');
    const vigie = await call('getArticle', 'vigie.txt');
    await call('setArticleOutlet', 'heron.txt', 'Écho du Soir');
    await call('setCorrections', 'heron.txt', 'vigie.txt', [unlink(heron, vigie)]);
    // Another window (or the CLI) changes the same pair's corrections.
    await new AlignmentStore(root).setCorrections('heron.txt', 'vigie.txt', []);

    await expect(call('undo')).rejects.toMatchObject({
      code: 'UNDO_CHANGED',
      params: { file: '.recoupe/alignment.json' },
    });
    expect(await call('getUndoState')).toEqual({ undo: 'outlet', redo: null });
    expect((await call('getCorrections', 'heron.txt', 'vigie.txt')).corrections).toEqual([]);
    expect(await call('undo')).toMatchObject({ step: 'outlet' });
    const folder = await call('getCurrentFolder');
    expect(folder?.articles.find((a) => a.id === 'heron.txt')?.outlet.name).not.toBe('Écho du Soir');
  });

  it('says so when the note a step changed is gone, and leaves the rest of the history usable', async () => {
    await call('openFolder', root);
    const { id } = await call('addNote', {
      tag: 'other',
      text: 'premier',
      targets: [{ article: 'heron.txt', ...at(HERON, 'pont du Héron') }],
    });
    await call('applyNoteOps', [{ type: 'edit', id, text: 'second' }]);
    await expect
      .poll(async () => readFile(annotationsPath(root), 'utf8').catch(() => ''))
      .toContain('second');

    // Another window deletes the note; this window's next save merges the deletion in.
    const articles = [await call('getArticle', 'heron.txt'), await call('getArticle', 'vigie.txt')];
    const other = await AnnotationStore.open({ root, dataDir: join(base, 'other'), articles });
    other.replace(applyNoteOp(other.file, { type: 'delete', id }));
    await other.close();
    await call('applyNoteOps', [{ type: 'addTag', tag: { id: 'pont', label: 'Pont' } }]);
    await expect.poll(async () => (await call('listNotes')).notes.length, { timeout: 3000 }).toBe(0);

    expect(await call('undo')).toMatchObject({ step: 'note-tags' });
    await expect(call('undo')).rejects.toMatchObject({ code: 'UNDO_GONE' });
    await expect(call('undo')).rejects.toMatchObject({ code: 'UNDO_GONE' });
    expect(await call('getUndoState')).toEqual({ undo: null, redo: 'note-tags' });
    expect(await call('redo')).toMatchObject({ step: 'note-tags' });
    expect((await call('listNotes')).tags).toEqual([{ id: 'pont', label: 'Pont' }]);
  });

  it('starts afresh when a folder is opened', async () => {
    await call('openFolder', root);
    await call('setArticleOutlet', 'heron.txt', 'Écho du Soir');
    await call('openFolder', root);
    expect(await call('getUndoState')).toEqual({ undo: null, redo: null });
    expect(await call('undo')).toMatchObject({ step: null });
  });
});
