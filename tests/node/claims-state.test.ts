import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addClaimCorrection,
  claimsStatePath,
  readClaimsState,
  writeClaimsState,
} from '../../node/claims-state';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'recoupe-claims-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('claims-state', () => {
  it('reads no corrections from a folder without the file', async () => {
    expect((await readClaimsState(root)).value).toEqual({ version: 1, corrections: [] });
  });

  it('writes .recoupe/claims.json and reads it back', async () => {
    await writeClaimsState(root, [
      { type: 'dismiss', claimId: 'a.txt#quote@3', discrepancy: 'speaker-differs' },
    ]);
    expect(claimsStatePath(root)).toBe(join(root, '.recoupe', 'claims.json'));
    const raw = JSON.parse(await readFile(claimsStatePath(root), 'utf8'));
    expect(raw).toEqual({
      version: 1,
      corrections: [{ type: 'dismiss', claimId: 'a.txt#quote@3', discrepancy: 'speaker-differs' }],
    });
    expect((await readClaimsState(root)).value.corrections).toHaveLength(1);
  });

  it('adds corrections, a later move of a claim replacing the earlier one', async () => {
    await addClaimCorrection(root, { type: 'move', claimId: 'a.txt#date@5', toClaimId: 'b.txt#date@9' });
    await addClaimCorrection(root, { type: 'dismiss', claimId: 'a.txt#date@5', discrepancy: 'date-differs' });
    await addClaimCorrection(root, { type: 'dismiss', claimId: 'a.txt#date@5', discrepancy: 'date-differs' });
    const { value: state } = await addClaimCorrection(root, {
      type: 'move',
      claimId: 'a.txt#date@5',
      toClaimId: null,
    });
    expect(state.corrections).toEqual([
      { type: 'dismiss', claimId: 'a.txt#date@5', discrepancy: 'date-differs' },
      { type: 'move', claimId: 'a.txt#date@5', toClaimId: null },
    ]);
  });

  it('refuses an invalid correction', async () => {
    await expect(
      addClaimCorrection(root, { type: 'dismiss', claimId: 'x', discrepancy: 'nope' } as never),
    ).rejects.toThrow();
  });

  it('reports a damaged file and leaves it in place; a save moves it aside instead of overwriting it', async () => {
    await mkdir(join(root, '.recoupe'));
    await writeFile(claimsStatePath(root), '{ not json');
    const read = await readClaimsState(root);
    expect(read.value.corrections).toEqual([]);
    expect(read.notice).toMatchObject({ code: 'damaged', file: claimsStatePath(root) });
    expect(await readdir(join(root, '.recoupe'))).toEqual(['claims.json']);
    const saved = await addClaimCorrection(root, { type: 'move', claimId: 'a', toClaimId: null });
    expect(saved.notice?.code).toBe('moved-aside');
    expect(saved.notice?.aside).toMatch(/claims\.json\.corrupt-/);
    expect(await readFile(saved.notice!.aside!, 'utf8')).toBe('{ not json');
    expect((await readClaimsState(root)).value.corrections).toHaveLength(1);
  });

  it('refuses a linked claims file and a linked .recoupe, writing nothing through them', async () => {
    const elsewhere = await mkdtemp(join(tmpdir(), 'recoupe-elsewhere-'));
    try {
      await writeFile(join(elsewhere, 'claims.json'), JSON.stringify({ version: 1, corrections: [] }));
      await mkdir(join(root, '.recoupe'));
      await symlink(join(elsewhere, 'claims.json'), claimsStatePath(root));
      expect(await readClaimsState(root)).toMatchObject({ notice: { code: 'linked' } });
      await expect(writeClaimsState(root, [])).rejects.toThrow(/is a symbolic link/);
      await rm(join(root, '.recoupe'), { recursive: true });
      await symlink(elsewhere, join(root, '.recoupe'));
      expect(await readClaimsState(root)).toMatchObject({
        value: { corrections: [] },
        notice: { code: 'linked', file: join(root, '.recoupe') },
      });
      await expect(writeClaimsState(root, [])).rejects.toThrow(/is a symbolic link/);
      expect(await readFile(join(elsewhere, 'claims.json'), 'utf8')).toBe(
        JSON.stringify({ version: 1, corrections: [] }),
      );
    } finally {
      await rm(elsewhere, { recursive: true, force: true });
    }
  });

  it('refuses a file written by a newer version, naming it', async () => {
    await mkdir(join(root, '.recoupe'));
    await writeFile(claimsStatePath(root), JSON.stringify({ version: 2, corrections: [] }));
    await expect(readClaimsState(root)).rejects.toThrow(
      /claims\.json” were saved by a newer version of Recoupe/,
    );
  });
});
