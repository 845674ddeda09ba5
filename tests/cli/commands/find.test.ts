import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCommand } from '../../../cli/commands/find';
import { addWatchedPhrase } from '../../../node/watchlist';
import type { ConcordanceHit } from '../../../shared/claims/concordance';
import { runCommands, type CliRun } from '../../helpers/cli';
import { describeSeeds, seedsDir } from '../../helpers/seeds';

const fixtures = join(__dirname, '../../fixtures');

/** Runs `recoupe <args>` with only the find command, capturing output. */
function run(cwd: string, ...args: string[]): Promise<CliRun> {
  return runCommands([findCommand], args, cwd);
}

/** Runs `recoupe <args>` with only the find command in an environment (LANG…), capturing output. */
function runIn(env: Record<string, string>, cwd: string, ...args: string[]): Promise<CliRun> {
  return runCommands([findCommand], args, cwd, env);
}

interface FindJson {
  query: string;
  hits: ConcordanceHit[];
  perOutlet: Record<string, number>;
}

describe('recoupe find', () => {
  let tmp: string;
  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'recoupe-find-'));
    await cp(join(fixtures, 'claims-story'), join(tmp, 'story'), { recursive: true });
  });
  afterAll(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  it('prints the documented JSON with hits in every inflection and counts per outlet', async () => {
    const { code, out } = await run(fixtures, 'find', 'ligne rouge', 'claims-story', '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out) as FindJson;
    expect(json.query).toBe('ligne rouge');
    expect(json.hits.map((h) => [h.article, h.match])).toEqual([
      ['a-gazette.txt', 'ligne rouge'],
      ['b-courrier.txt', 'lignes rouges'],
    ]);
    expect(Object.values(json.perOutlet).reduce((a, b) => a + b, 0)).toBe(2);
    expect(json.hits[1]).toMatchObject({
      left: 'Pour les dockers, la sécurité des quais reste une des ',
      right: ' de la ville.',
    });
  });

  it('prints CSV and a readable table grouped by outlet', async () => {
    const csv = (await run(fixtures, 'find', 'Lorient', 'claims-story', '--csv')).out.trimEnd().split('\r\n');
    expect(csv[0]).toBe('query,article,outlet,start,end,left,match,right');
    expect(csv.length).toBeGreaterThan(2);
    const table = (await run(fixtures, 'find', 'ligne rouge', 'claims-story', '--context', '20')).out;
    expect(table).toMatch(/^"ligne rouge": 2 hits in 3 articles/);
    expect(table).toContain('[lignes rouges]');
  });

  it('writes the table header in French with --lang fr or a French locale', async () => {
    const fr = (await run(fixtures, 'find', 'ligne rouge', 'claims-story', '--lang', 'fr')).out;
    expect(fr).toMatch(/^« ligne rouge » : 2 occurrences dans 3 articles\n/);
    expect(
      (await runIn({ LC_ALL: 'fr_CA.UTF-8' }, fixtures, 'find', 'ligne rouge', 'claims-story')).out,
    ).toBe(fr);
    const one = (await run(fixtures, 'find', 'Marc Olivier', 'claims-story', '--lang=fr')).out;
    expect(one).toMatch(/^« Marc Olivier » : 1 occurrence dans 3 articles/);
    expect((await run(fixtures, 'find', 'Marc Olivier', 'claims-story')).out).toMatch(
      /^"Marc Olivier": 1 hit in 3 articles/,
    );
    expect((await run(fixtures, 'find', 'x', 'claims-story', '--lang')).err).toContain(
      "--lang must be fr or en, not ''",
    );
  });

  it('searches the folder watchlist', async () => {
    await addWatchedPhrase(join(tmp, 'story'), 'évité le pire');
    const json = JSON.parse((await run(tmp, 'find', '--watchlist', 'story', '--json')).out) as FindJson[];
    expect(json.map((r) => [r.query, r.hits.length])).toEqual([
      ['ligne rouge', 2],
      ['évité le pire', 2],
    ]);
  });

  it('explains usage errors and a missing folder', async () => {
    expect((await run(fixtures, 'find', 'ligne rouge')).err).toContain('missing <folder>');
    expect((await run(fixtures, 'find', 'ligne', 'rouge', 'claims-story')).err).toContain('quote a phrase');
    const missing = await run(fixtures, 'find', 'x', 'no-such-folder');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('no-such-folder');
  });
});

describeSeeds('recoupe find on the seeds', () => {
  it('finds "ligne rouge" once at Reuters and once at Sputnik', async () => {
    const json = JSON.parse((await run(seedsDir, 'find', 'ligne rouge', '.', '--json')).out) as FindJson;
    expect(json.perOutlet).toEqual({ reuters: 1, sputnik: 1 });
  });
});
