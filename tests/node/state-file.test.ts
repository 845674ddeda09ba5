import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { NewerStateError, stateFile } from '../../node/state-file';

const schema = z.object({ version: z.literal(1), items: z.array(z.string()) }).strict();
const spec = {
  name: 'items.json',
  schema,
  empty: { version: 1 as const, items: [] },
  what: 'watchlist' as const,
  maxBytes: 64,
};

describe('the .recoupe/ state file accessor', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'recoupe-state-file-'));
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('round-trips a value and reads a missing file as empty, creating nothing', async () => {
    const file = stateFile(root, spec);
    expect(await file.read()).toEqual({ value: spec.empty });
    expect(await readdir(root)).toEqual([]);
    await file.write({ version: 1, items: ['a'] });
    expect(await file.read()).toEqual({ value: { version: 1, items: ['a'] } });
  });

  it('reports a file above the size cap as damaged without reading it or moving it', async () => {
    await mkdir(join(root, '.recoupe'));
    const big = JSON.stringify({ version: 1, items: ['x'.repeat(100)] });
    await writeFile(join(root, '.recoupe', 'items.json'), big);
    const read = await stateFile(root, spec).read();
    expect(read.value).toEqual(spec.empty);
    expect(read.notice?.message).toMatch(/larger than/);
    expect(await readFile(join(root, '.recoupe', 'items.json'), 'utf8')).toBe(big);
  });

  it('neither reads nor overwrites a newer format', async () => {
    await mkdir(join(root, '.recoupe'));
    await writeFile(join(root, '.recoupe', 'items.json'), '{"version":2,"items":[]}');
    const file = stateFile(root, spec);
    await expect(file.read()).rejects.toBeInstanceOf(NewerStateError);
    await expect(file.write({ version: 1, items: [] })).rejects.toBeInstanceOf(NewerStateError);
    expect(await readdir(join(root, '.recoupe'))).toEqual(['items.json']);
  });

  it('refuses to write a value its schema rejects', async () => {
    await expect(stateFile(root, spec).write({ version: 1, items: [3] } as never)).rejects.toThrow();
    expect(await readdir(root)).toEqual([]);
  });
});
