import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
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
    const state = await addClaimCorrection(root, { type: 'move', claimId: 'a.txt#date@5', toClaimId: null });
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

  it('moves a damaged file aside instead of overwriting it', async () => {
    await mkdir(join(root, '.recoupe'));
    await writeFile(claimsStatePath(root), '{ not json');
    const read = await readClaimsState(root);
    expect(read.value.corrections).toEqual([]);
    expect(read.movedAside).toMatch(/claims\.json\.corrupt-/);
    expect((await readdir(join(root, '.recoupe'))).some((f) => f.startsWith('claims.json.corrupt-'))).toBe(
      true,
    );
  });

  it('refuses a file written by a newer version, naming it', async () => {
    await mkdir(join(root, '.recoupe'));
    await writeFile(claimsStatePath(root), JSON.stringify({ version: 2, corrections: [] }));
    await expect(readClaimsState(root)).rejects.toThrow(/claims\.json was written by a newer version/);
  });
});
