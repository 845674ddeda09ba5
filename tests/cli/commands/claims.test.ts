import { readdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimsCommand } from '../../../cli/commands/claims';
import { runCommands, type CliRun } from '../../helpers/cli';
import { describeSeeds, seedsDir } from '../../helpers/seeds';

const story = join(__dirname, '../../fixtures/claims-story');

/** Runs `recoupe <args>` with only the claims command, capturing output. */
function run(cwd: string, ...args: string[]): Promise<CliRun> {
  return runCommands([claimsCommand], args, cwd);
}

/** Runs `recoupe <args>` with only the claims command in an environment (LANG…), capturing output. */
function runIn(env: Record<string, string>, cwd: string, ...args: string[]): Promise<CliRun> {
  return runCommands([claimsCommand], args, cwd, env);
}

interface ClaimsJson {
  articles: { id: string; text: string; claims: Record<string, unknown>[] }[];
  rows: { id: string; topic: string; claims: string[]; discrepancies: string[]; dismissed?: string[] }[];
}

const FILES = ['a-gazette.txt', 'b-courrier.txt', 'c-echo.txt'];

describe('recoupe claims', () => {
  let tmp: string;
  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'recoupe-claims-cli-'));
  });
  afterAll(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  it('prints the documented JSON: claims with offsets into each text, rows with flags', async () => {
    const { code, out } = await run(story, 'claims', ...FILES, '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out) as ClaimsJson;
    expect(json.articles.map((a) => a.id)).toEqual(FILES);
    for (const article of json.articles) {
      for (const claim of article.claims) {
        expect(
          Object.keys(claim).every((k) =>
            [
              'id',
              'kind',
              'text',
              'start',
              'end',
              'value',
              'qualifier',
              'unit',
              'normalized',
              'speaker',
            ].includes(k),
          ),
        ).toBe(true);
        expect(article.text.slice(claim.start as number, claim.end as number)).toBe(claim.text);
      }
    }
    const firemen = json.articles[0]!.claims.find((c) => c.text === 'plus de 120 pompiers');
    expect(firemen).toEqual({
      id: 'a-gazette.txt#quantity@120',
      kind: 'quantity',
      text: 'plus de 120 pompiers',
      start: 120,
      end: 140,
      value: 120,
      qualifier: 'plus de',
      unit: 'pompiers',
      normalized: '>120',
    });
    const row = json.rows.find((r) => r.claims.includes(firemen!.id as string))!;
    expect(row.discrepancies).toEqual(['number-differs']);
    expect(json.rows.some((r) => r.discrepancies.length === 0)).toBe(true);
  });

  it('applies corrections from a claims.json file', async () => {
    const path = join(tmp, 'claims.json');
    await writeFile(
      path,
      JSON.stringify({
        version: 1,
        corrections: [
          { type: 'dismiss', claimId: 'a-gazette.txt#quantity@120', discrepancy: 'number-differs' },
        ],
      }),
    );
    const json = JSON.parse(
      (await run(story, 'claims', ...FILES, '--json', '--corrections', path)).out,
    ) as ClaimsJson;
    const row = json.rows.find((r) => r.claims.includes('a-gazette.txt#quantity@120'))!;
    expect(row.discrepancies).toEqual([]);
    expect(row.dismissed).toEqual(['number-differs']);
  });

  it('adds the framing words of a lexicon.json given with --lexicon, for the articles of its language', async () => {
    const framing = async (...extra: string[]) => {
      const json = JSON.parse((await run(story, 'claims', ...FILES, '--json', ...extra)).out) as ClaimsJson;
      return json.articles.flatMap((a) =>
        a.claims.filter((c) => c.kind === 'framing').map((c) => `${a.id}: ${String(c.text)}`),
      );
    };
    expect(await framing()).not.toContain('a-gazette.txt: ravagé');
    const path = join(tmp, 'lexicon.json');
    await writeFile(
      path,
      JSON.stringify({ version: 1, entries: [{ phrase: 'ravagé', lang: 'fr', kind: 'framing' }] }),
    );
    expect(await framing('--lexicon', path)).toContain('a-gazette.txt: ravagé');
    await writeFile(path, JSON.stringify({ version: 1, entries: [{ phrase: 'ravagé', kind: 'loaded' }] }));
    const refused = await run(story, 'claims', ...FILES, '--lexicon', path);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(`lexicon file ${path} is not a lexicon.json file (entries.0.kind`);
  });

  it('prints CSV, one line per claim', async () => {
    const { code, out } = await run(story, 'claims', ...FILES, '--csv');
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'article,claim,kind,start,end,text,value,qualifier,unit,normalized,speaker,row,topic,discrepancies',
    );
    expect(
      lines.some((l) =>
        l.startsWith(
          'a-gazette.txt,a-gazette.txt#quantity@120,quantity,120,140,plus de 120 pompiers,120,plus de,pompiers,>120,,',
        ),
      ),
    ).toBe(true);
    expect(lines.some((l) => l.includes('"Anne Kervella"') || l.includes(',Anne Kervella,'))).toBe(true);
  });

  it('prints a readable table of the facts several articles report', async () => {
    const { out } = await run(story, 'claims', ...FILES);
    expect(out).toMatch(/^\d+ claims in 3 articles; \d+ facts/);
    expect(out).toContain('[numbers differ]');
    expect(out.indexOf('== Reported differently')).toBeLessThan(out.indexOf('facts reported alike'));
    expect(out).toContain('. length (préfecture)  [qualifiers differ]');
    expect(out).toContain('b-courrier.txt  une quarantaine de minutes  (≈ 40 minutes, une quarantaine)');
    expect(out).toContain('. time of day (alerte)  [agree]');
    expect(out).not.toMatch(/PT\d+M/);
    expect(out).toContain('b-courrier.txt  Une centaine de pompiers  (≈ 100, Une centaine, pompiers)');
    expect(out).toMatch(/more facts reported by one article only/);
    expect((await run(story, 'claims', ...FILES, '--all')).out).toContain(
      'Les quais rouvriront dès que possible',
    );
  });

  it('writes the table in French with --lang fr or a French locale, English otherwise', async () => {
    const fr = (await run(story, 'claims', ...FILES, '--lang', 'fr')).out;
    expect(fr).toMatch(/^\d+ faits relevés dans 3 articles ; \d+ faits rapprochés/);
    expect(fr).toContain('[nombres différents]');
    expect(fr).toContain('. heure (alerte)  [concordent]');
    expect(fr).toContain('== Rapporté différemment');
    expect(fr).toContain('. durée (préfecture)  [qualificatifs différents]');
    expect(fr).toMatch(/\d+ autres faits rapportés par un seul article \(--all les affiche\)\./);
    expect((await runIn({ LANG: 'fr_FR.UTF-8' }, story, 'claims', ...FILES)).out).toBe(fr);
    expect((await runIn({ LANG: 'fr_FR.UTF-8' }, story, 'claims', ...FILES, '--lang=en')).out).toBe(
      (await run(story, 'claims', ...FILES)).out,
    );
    const one = (await run(story, 'claims', 'a-gazette.txt', '--lang', 'fr')).out;
    expect(one).toMatch(/^\d+ faits relevés dans 1 article ; /);
    const json = (await run(story, 'claims', ...FILES, '--json', '--lang', 'fr')).out;
    expect(json).toContain('"number-differs"');
    const wrong = await run(story, 'claims', ...FILES, '--lang', 'de');
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain("--lang must be fr or en, not 'de'");
  });

  it('explains usage errors and unreadable files, naming the file', async () => {
    expect((await run(story, 'claims')).code).toBe(2);
    expect((await run(story, 'claims', 'a-gazette.txt', '--json', '--csv')).err).toContain(
      'choose one of --json and --csv',
    );
    const missing = await run(story, 'claims', 'absent.txt');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('absent.txt');
    const bad = join(tmp, 'bad.json');
    await writeFile(bad, '{"version":1,"corrections":[{"type":"move"}]}');
    const refused = await run(story, 'claims', 'a-gazette.txt', '--corrections', bad);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(bad);
  });
});

describeSeeds('recoupe claims on the seeds', () => {
  it('flags the troop counts of the five seeds', async () => {
    const files = ['000', '001', '002', '003', '004'].map((p) =>
      readdirSync(seedsDir).find((f) => f.startsWith(p))!,
    );
    const json = JSON.parse((await run(seedsDir, 'claims', ...files, '--json')).out) as ClaimsJson;
    const soldiers = json.articles[2]!.claims.find((c) => c.text === 'plus de 100.000 soldats')!;
    expect(soldiers).toMatchObject({ value: 100000, qualifier: 'plus de', unit: 'soldats' });
    const row = json.rows.find((r) => r.claims.includes(soldiers.id as string))!;
    expect(row.claims).toHaveLength(4);
    expect(row.discrepancies).toContain('number-differs');
  });
});
