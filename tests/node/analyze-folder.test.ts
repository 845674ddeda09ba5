import { cp, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyzeFolder, rereadFiles } from '../../node/analyze-folder';
import * as readArticleModule from '../../node/read-article';

vi.mock('../../node/read-article', { spy: true });

const FIXTURE = resolve(import.meta.dirname, '../fixtures/claims-story');
const NEW_TEXT =
  ' date 2026-03 VALBRUME (Gazette du Port) - Le quai nord rouvrira en mai, a annoncé le conseil.\n';

let base: string;
let root: string;

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'recoupe-analyze-'));
  root = join(base, 'story');
  await cp(FIXTURE, root, { recursive: true });
});

afterEach(() => rm(base, { recursive: true, force: true }));

/** The ids the article reader was asked for since the last `mockClear`. */
const readIds = (): string[] =>
  vi.mocked(readArticleModule.readArticleFile).mock.calls.map((c) => c[1] ?? '');

describe('rereadFiles', () => {
  it('reads only the files reported, keeps the other articles as read, and drops the removed ones', async () => {
    const before = await analyzeFolder(root);
    const [first, second, ...rest] = before.scanned;
    vi.mocked(readArticleModule.readArticleFile).mockClear();
    await writeFile(join(root, first!.id), NEW_TEXT);
    await unlink(join(root, second!.id));
    await writeFile(join(root, 'z-nouveau.txt'), NEW_TEXT);
    const after = await rereadFiles(before, [
      { kind: 'changed', path: first!.id },
      { kind: 'removed', path: second!.id },
      { kind: 'added', path: 'z-nouveau.txt' },
    ]);
    expect(readIds().sort()).toEqual([first!.id, 'z-nouveau.txt']);
    expect(after.scanned.map((a) => a.id)).toEqual([first!.id, ...rest.map((a) => a.id), 'z-nouveau.txt']);
    expect(after.scanned[0]!.text).toContain('rouvrira en mai');
    for (const article of rest) expect(after.scanned).toContain(article);
    expect(after.stories.flatMap((s) => s.articles)).not.toContain(second!.id);
  });

  it('lists a reported file that cannot be read as skipped, with the reader’s reason', async () => {
    const before = await analyzeFolder(root);
    await writeFile(join(root, 'vide.txt'), '');
    const after = await rereadFiles(before, [{ kind: 'added', path: 'vide.txt' }]);
    expect(after.skipped.map((s) => s.path)).toContain('vide.txt');
    expect(after.scanned).toHaveLength(before.scanned.length);
  });
});
