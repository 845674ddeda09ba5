import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyzeFolder } from '../../node/analyze-folder';
import { correctionsPath, loadCorrections, saveCorrections } from '../../node/folder-state';
import { assignStory, emptyCorrections, setOutletCorrection } from '../../shared/article/corrections';

const SHA = 'ab'.repeat(32);

describe('folder state (corrections)', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'recoupe-state-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('starts empty and round-trips saved corrections', async () => {
    expect(await loadCorrections(root)).toEqual({ corrections: emptyCorrections });
    const corrections = setOutletCorrection(
      emptyCorrections,
      { sha256: SHA, id: 'a.txt' },
      { id: 'afp', name: 'AFP' },
    );
    await saveCorrections(root, corrections);
    expect((await loadCorrections(root)).corrections).toEqual(corrections);
    expect(readdirSync(join(root, '.recoupe'))).toEqual(['corrections.json']);
  });

  it('reports a corrupt file and leaves it in place; a save moves it aside instead of overwriting it', async () => {
    mkdirSync(join(root, '.recoupe'));
    writeFileSync(correctionsPath(root), '{ "version": 1, "outlets": [ oops');
    const loaded = await loadCorrections(root);
    expect(loaded.corrections).toEqual(emptyCorrections);
    expect(loaded.notice?.message).toMatch(/could not be read.*left as it is/);
    expect(readdirSync(join(root, '.recoupe'))).toEqual(['corrections.json']);
    const { notice } = await saveCorrections(root, emptyCorrections);
    expect(notice?.message).toContain(correctionsPath(root));
    const files = readdirSync(join(root, '.recoupe')).filter((f) => f !== 'corrections.json');
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^corrections\.json\.corrupt-/);
    expect(notice?.aside).toBe(join(root, '.recoupe', files[0]!));
    expect(readFileSync(join(root, '.recoupe', files[0]!), 'utf8')).toContain('oops');
  });

  it('rejects a file that does not match the schema, naming the field', async () => {
    mkdirSync(join(root, '.recoupe'));
    writeFileSync(
      correctionsPath(root),
      JSON.stringify({ version: 1, outlets: [{ sha256: 'x' }], stories: [] }),
    );
    expect((await loadCorrections(root)).notice?.message).toMatch(/outlets\.0\.sha256/);
  });

  it('is honoured by the folder analysis, following a renamed file', async () => {
    const text =
      ' date 2023-02-01 MORVELLE (Reuters) - Un texte de dépêche sur un sujet local assez long pour compter.';
    writeFileSync(join(root, 'before.txt'), text);
    const first = await analyzeFolder(root);
    const article = first.articles[0]!;
    expect(article.outlet.id).toBe('reuters');
    let corrections = setOutletCorrection(
      emptyCorrections,
      article,
      { id: 'la-gazette', name: 'La Gazette' },
      '2024-01-02T03:04:05Z',
    );
    corrections = assignStory(corrections, [article], 'user-story');
    await saveCorrections(root, corrections);
    rmSync(join(root, 'before.txt'));
    writeFileSync(join(root, 'after.txt'), text);
    const second = await analyzeFolder(root);
    expect(second.articles[0]).toMatchObject({
      id: 'after.txt',
      outlet: { id: 'la-gazette', source: 'user' },
    });
    expect(second.stories).toEqual([
      expect.objectContaining({ id: 'user-story', articles: ['after.txt'], origin: 'user' }),
    ]);
  });
});
