import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Folder of the real sample articles: `RECOUPE_SEEDS`, else `../shared/seeds` beside the repo. */
export const seedsDir: string = process.env.RECOUPE_SEEDS ?? resolve(repoRoot, '../shared/seeds');

/** Folder of the hand-made reference answers for the seeds. */
export const specDir: string = process.env.RECOUPE_SPEC ?? resolve(seedsDir, '../spec');

/** True when the seeds folder is present (it is absent on a user's fresh clone). */
export const haveSeeds: boolean = existsSync(seedsDir) && readdirSync(seedsDir).length > 0;

/** Path of the seed file whose name starts with `prefix` (e.g. `000`). */
export function seedPath(prefix: string): string {
  const name = readdirSync(seedsDir).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no seed file starting with ${prefix} in ${seedsDir}`);
  return join(seedsDir, name);
}

/**
 * `describe` for suites that need the seeds: when they are absent the suite is reported skipped, with the reason in
 * its name, and its body is never run (it may read the seeds or the reference answers while collecting).
 */
export const describeSeeds = (name: string, body: () => void): void => {
  if (haveSeeds) describe(`seeds: ${name}`, body);
  else
    describe.skip(`seeds: ${name} (skipped: ${seedsDir} not found; set RECOUPE_SEEDS)`, () => {
      it('needs the sample articles', () => undefined);
    });
};
