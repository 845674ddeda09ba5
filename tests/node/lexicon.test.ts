import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInProcessEngine } from '../../node/engine-host/host';
import { lexiconPath, readLexicon, setFramingPhrase, writeLexicon } from '../../node/lexicon';
import { LinkedStateError } from '../../node/state-file';
import { lexiconFor, type LexiconEntry } from '../../shared/claims/lexicon-file';
import { DEFAULT_LEXICON } from '../../shared/claims/lexicon';
import { articleFromText } from '../helpers/claims-article';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'recoupe-lexicon-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('user lexicon', () => {
  it('is empty in a folder without lexicon.json, and saves entries without repeats', async () => {
    expect((await readLexicon(root)).value).toEqual({ version: 1, entries: [] });
    await writeLexicon(root, [
      { phrase: ' digue  fantôme ', lang: 'fr', kind: 'framing' },
      { phrase: 'Digue fantome', lang: 'fr', kind: 'framing' },
      { phrase: 'insiders say', lang: 'en', kind: 'attribution' },
    ]);
    expect(JSON.parse(await readFile(lexiconPath(root), 'utf8'))).toEqual({
      version: 1,
      entries: [
        { phrase: 'digue fantôme', lang: 'fr', kind: 'framing' },
        { phrase: 'insiders say', lang: 'en', kind: 'attribution' },
      ],
    });
  });

  it('counts a phrase as framing and no longer, keeping the other entries', async () => {
    await writeLexicon(root, [{ phrase: 'insiders say', kind: 'attribution' }]);
    await setFramingPhrase(root, 'quai maudit', true);
    await setFramingPhrase(root, 'Quai Maudit', true);
    expect((await readLexicon(root)).value.entries).toEqual([
      { phrase: 'insiders say', kind: 'attribution' },
      { phrase: 'Quai Maudit', kind: 'framing' },
    ]);
    await setFramingPhrase(root, 'QUAI MAUDIT', false);
    expect((await readLexicon(root)).value.entries).toEqual([
      { phrase: 'insiders say', kind: 'attribution' },
    ]);
  });

  it('reports a damaged file by name, left in place, and reads no entry from it', async () => {
    await mkdir(join(root, '.recoupe'));
    const bad = JSON.stringify({ version: 1, entries: [{ phrase: 'x', kind: 'loaded' }] });
    await writeFile(lexiconPath(root), bad);
    const read = await readLexicon(root);
    expect(read.value.entries).toEqual([]);
    expect(read.notice).toMatchObject({ code: 'damaged', file: lexiconPath(root), what: 'lexicon' });
    expect(await readFile(lexiconPath(root), 'utf8')).toBe(bad);
  });

  it('reads nothing through a linked lexicon.json and refuses to save through it', async () => {
    const outside = join(root, 'outside.json');
    await writeFile(
      outside,
      JSON.stringify({ version: 1, entries: [{ phrase: 'dehors', kind: 'framing' }] }),
    );
    await mkdir(join(root, '.recoupe'));
    await symlink(outside, lexiconPath(root));
    const read = await readLexicon(root);
    expect(read.value.entries).toEqual([]);
    expect(read.notice).toMatchObject({ code: 'linked', file: lexiconPath(root) });
    await expect(setFramingPhrase(root, 'x', true)).rejects.toBeInstanceOf(LinkedStateError);
  });

  it('applies an entry to the articles of its language only, merged with the built-in lexicon', () => {
    const entries = [{ phrase: 'digue fantôme', lang: 'fr' as const, kind: 'framing' as const }];
    expect(lexiconFor([], 'fr')).toBe(DEFAULT_LEXICON);
    expect(lexiconFor(entries, 'fr').framing).toEqual([...DEFAULT_LEXICON.framing, 'digue fantôme']);
    expect(lexiconFor(entries, 'en').framing).toEqual([...DEFAULT_LEXICON.framing]);
    expect(lexiconFor(entries, undefined).framing).toContain('digue fantôme');
  });

  it('is used by claims extraction in the engine: a user phrase is a framing claim of its language', async () => {
    const fr = articleFromText('fr.txt', 'Le port a construit une digue fantôme sur la côte.', {
      language: 'fr',
    });
    const en = articleFromText('en.txt', 'The port built a digue fantôme on the coast.', { language: 'en' });
    const engine = createInProcessEngine();
    const framing = async (lexicon?: LexiconEntry[]) =>
      (await engine.run('extractClaims', { articles: [fr, en], ...(lexicon ? { lexicon } : {}) })).map(
        (claims) => claims.filter((c) => c.kind === 'framing').map((c) => c.text),
      );
    expect(await framing()).toEqual([[], []]);
    expect(await framing([{ phrase: 'digue fantôme', lang: 'fr', kind: 'framing' }])).toEqual([
      ['digue fantôme'],
      [],
    ]);
  });
});
