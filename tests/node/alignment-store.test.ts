import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Correction } from '../../shared/compare/correction-schema';
import { AlignmentStore, alignmentPath } from '../../node/alignment-store';

const anchor = (article: string) => ({
  article,
  sha256: 'f'.repeat(64),
  segments: [{ quote: 'Un paragraphe de test.', start: 12 }],
});
const unlink = (id: string, x = 'x.txt', y = 'y.txt'): Correction => ({
  id,
  at: '2026-01-01T00:00:00.000Z',
  op: 'unlink',
  a: anchor(x),
  b: anchor(y),
});

describe('AlignmentStore', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'recoupe-align-'));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('has no corrections before anything is saved, and creates nothing by reading', async () => {
    const store = new AlignmentStore(root);
    expect(await store.corrections('x.txt', 'y.txt')).toEqual([]);
    expect(await readdir(root)).toEqual([]);
  });

  it('saves a pair in .recoupe/alignment.json and reads it back whichever way round the pair is asked', async () => {
    const store = new AlignmentStore(root);
    await store.setCorrections('y.txt', 'x.txt', [unlink('1')]);
    expect(await new AlignmentStore(root).corrections('x.txt', 'y.txt')).toEqual([unlink('1')]);
    const saved = JSON.parse(await readFile(alignmentPath(root), 'utf8')) as {
      version: number;
      pairs: { articles: string[] }[];
    };
    expect(saved.version).toBe(1);
    expect(saved.pairs[0]?.articles).toEqual(['x.txt', 'y.txt']);
  });

  it('keeps the other pairs, including ones another writer saved meanwhile, and drops a pair set to nothing', async () => {
    const one = new AlignmentStore(root);
    const two = new AlignmentStore(root);
    await one.setCorrections('x.txt', 'y.txt', [unlink('1')]);
    await two.setCorrections('x.txt', 'z.txt', [unlink('2', 'x.txt', 'z.txt')]);
    await one.setCorrections('x.txt', 'y.txt', [unlink('1'), unlink('3')]);
    expect((await one.corrections('x.txt', 'z.txt')).map((c) => c.id)).toEqual(['2']);
    await one.setCorrections('x.txt', 'y.txt', []);
    const saved = JSON.parse(await readFile(alignmentPath(root), 'utf8')) as { pairs: unknown[] };
    expect(saved.pairs).toHaveLength(1);
  });

  it('reports a damaged file once and leaves it in place; the next save sets it aside, naming both files', async () => {
    await mkdir(join(root, '.recoupe'));
    const damaged = '{ "version": 1, "pairs": [ { "articles": ["x"] } ] }';
    await writeFile(alignmentPath(root), damaged);
    const store = new AlignmentStore(root);
    expect(await store.corrections('x.txt', 'y.txt')).toEqual([]);
    expect(await readdir(join(root, '.recoupe'))).toEqual(['alignment.json']);
    expect(await readFile(alignmentPath(root), 'utf8')).toBe(damaged);
    expect(store.takeNotice()).toMatchObject({ code: 'damaged', file: alignmentPath(root) });
    expect(store.takeNotice()).toBeUndefined();
    await store.setCorrections('x.txt', 'y.txt', [unlink('1')]);
    const notice = store.takeNotice();
    expect(notice?.code).toBe('moved-aside');
    expect(notice?.message).toContain(alignmentPath(root));
    expect(notice?.message).toContain(notice!.aside!);
    expect(await readFile(notice!.aside!, 'utf8')).toBe(damaged);
    expect(await store.corrections('x.txt', 'y.txt')).toHaveLength(1);
  });

  it('treats invalid JSON the same way', async () => {
    await mkdir(join(root, '.recoupe'));
    await writeFile(alignmentPath(root), 'not json');
    const store = new AlignmentStore(root);
    expect(await store.corrections('x.txt', 'y.txt')).toEqual([]);
    expect(await readdir(join(root, '.recoupe'))).toEqual(['alignment.json']);
    await store.setCorrections('x.txt', 'y.txt', [unlink('1')]);
    expect((await readdir(join(root, '.recoupe'))).filter((f) => f.includes('corrupt'))).toHaveLength(1);
  });

  it('neither reads nor overwrites a file of a newer format', async () => {
    await mkdir(join(root, '.recoupe'));
    await writeFile(alignmentPath(root), '{ "version": 9, "pairs": [] }');
    const store = new AlignmentStore(root);
    await expect(store.corrections('x.txt', 'y.txt')).rejects.toThrow(/newer version of Recoupe/);
    await expect(store.setCorrections('x.txt', 'y.txt', [unlink('1')])).rejects.toThrow(/newer version/);
    expect(await readFile(alignmentPath(root), 'utf8')).toContain('"version": 9');
  });

  it('refuses invalid corrections, and neither reads nor writes through a linked .recoupe', async () => {
    const store = new AlignmentStore(root);
    await expect(
      store.setCorrections('x.txt', 'y.txt', [{ id: 'bad' } as unknown as Correction]),
    ).rejects.toThrow();
    const elsewhere = await mkdtemp(join(tmpdir(), 'recoupe-elsewhere-'));
    try {
      await symlink(elsewhere, join(root, '.recoupe'));
      expect(await store.corrections('x.txt', 'y.txt')).toEqual([]);
      expect(store.takeNotice()).toMatchObject({ code: 'linked', file: join(root, '.recoupe') });
      await expect(store.setCorrections('x.txt', 'y.txt', [])).rejects.toThrow(/is a symbolic link/);
    } finally {
      await rm(elsewhere, { recursive: true, force: true });
    }
  });
});
