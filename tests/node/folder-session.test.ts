import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { summarize } from '../../node/folder-rows';
import { createWorkspace } from '../../node/workspace';
import type { FolderView } from '../../shared/ipc/types';
import { parseArticle } from '../../shared/article/parse-article';

describe('article summaries for the sidebar', () => {
  it('titles an untitled article with its first sentence after the dateline', () => {
    const text =
      'VALBRUNE (Reuters) - Quarante-deux maires de la vallée ont signé mardi une lettre ouverte réclamant un moratoire de deux ans sur les carrières.\n\nLa préfecture n’a pas souhaité réagir.\n';
    const article = parseArticle({ id: 'a.txt', text });
    const summary = summarize({ ...article, title: undefined });
    expect(summary.title).toBe(
      'Quarante-deux maires de la vallée ont signé mardi une lettre ouverte réclamant un moratoire de…',
    );
    expect(summary.outlet).toMatchObject({ id: 'reuters', name: 'Reuters' });
    expect(summary.outlet.color).toMatch(/^#[0-9a-f]{6}$/);
    expect(summary.words).toBeGreaterThan(20);
  });

  it('keeps a stated title', () => {
    const article = parseArticle({ id: 'b.txt', text: 'Un titre\n\nUn corps.\n' });
    expect(summarize({ ...article, title: 'Un titre' }).title).toBe('Un titre');
  });
});

describe('outlets inferred by reuse in the folder view', () => {
  const fixtures = resolve(import.meta.dirname, '../fixtures/attribution');
  let base: string;
  beforeEach(async () => {
    base = await mkdtemp(join(tmpdir(), 'recoupe-inferred-'));
    for (const file of ['wire-ap.txt', 'copy-unsigned.txt']) await cp(join(fixtures, file), join(base, file));
  });
  afterEach(() => rm(base, { recursive: true, force: true }));

  const copyOf = (view: FolderView) => view.articles.find((a) => a.id === 'copy-unsigned.txt')!;

  it('shows "probably AP" with its evidence; accepting, rejecting and undoing go through the corrections', async () => {
    const workspace = createWorkspace();
    const opened = (await workspace.open(base)).view();
    expect(copyOf(opened).outlet.id).toBe('unknown');
    expect(copyOf(opened).inferredOutlet).toMatchObject({ id: 'ap', name: 'AP', from: 'wire-ap.txt' });
    expect(copyOf(opened).inferredOutlet!.share).toBeGreaterThan(0.6);
    expect(opened.articles.find((a) => a.id === 'wire-ap.txt')!.inferredOutlet).toBeUndefined();

    const accepted = (await workspace.setArticleOutlet('copy-unsigned.txt', 'AP')).view();
    expect(copyOf(accepted).outlet).toMatchObject({ id: 'ap', source: 'user' });
    expect(copyOf(accepted).inferredOutlet).toBeUndefined();

    const rejected = (await workspace.setArticleOutlet('copy-unsigned.txt', 'unknown')).view();
    expect(copyOf(rejected).outlet).toMatchObject({ id: 'unknown', source: 'user' });
    expect(copyOf(rejected).inferredOutlet).toBeUndefined();

    expect(await workspace.history.undo()).toBe('outlet');
    const undone = workspace.current().view();
    expect(copyOf(undone).outlet).toMatchObject({ id: 'ap', source: 'user' });
    expect(await workspace.history.undo()).toBe('outlet');
    const back = workspace.current().view();
    expect(copyOf(back).inferredOutlet).toMatchObject({ id: 'ap', from: 'wire-ap.txt' });
  });
});
