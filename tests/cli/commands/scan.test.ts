import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanCommand } from '../../../cli/commands/scan';
import { runCommands, type CliRun } from '../../helpers/cli';
import { describeSeeds, seedsDir } from '../../helpers/seeds';

const fixtures = join(__dirname, '../../fixtures');

/** Runs `recoupe <args>` with only the scan command, capturing output. */
function run(...args: string[]): Promise<CliRun> {
  return runCommands([scanCommand], args, fixtures);
}

interface ScanJson {
  articles: {
    id: string;
    outlet: { id: string; name: string; source: string; evidence: string | null };
    date: string | null;
    text: string;
    paragraphs: [number, number][];
    boilerplate: [number, number][];
    boilerplateKinds: string[];
  }[];
  stories: { id: string; title: string; articles: string[] }[];
  reuse: {
    source: string;
    target: string;
    share: number;
    sourceShare: number;
    direction: string;
    evidence: string[];
  }[];
  skipped: { path: string; reason: string }[];
}

describe('recoupe scan', () => {
  it('prints the documented JSON for a folder, relative to the working directory', async () => {
    const { code, out } = await run('scan', 'stories', '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out) as ScanJson;
    expect(json.articles).toHaveLength(14);
    expect(json.stories).toHaveLength(4);
    expect(json.skipped).toEqual([]);
    const sputnik = json.articles.find((a) => a.id === 'e1-sputnik.txt')!;
    expect(sputnik.outlet).toMatchObject({ id: 'sputnik', source: 'rule' });
    expect(sputnik.date).toBe('2023-03-14');
    expect(sputnik.boilerplateKinds).toContain('url');
    for (const [s, e] of sputnik.paragraphs) expect(e).toBeGreaterThan(s);
    expect(json.reuse).toContainEqual(
      expect.objectContaining({
        source: 'e1-reuters.txt',
        target: 'e1-sputnik.txt',
        direction: 'determined',
      }),
    );
  });

  it('prints a table with story, outlet, date, title, words and warnings', async () => {
    const { code, out } = await run('scan', 'citation');
    expect(code).toBe(0);
    expect(out).toMatch(/STORY\s+OUTLET\s+DATE\s+TITLE\s+WORDS\s+WARNINGS/);
    expect(out).toMatch(/AFP\s+2023-09-04/);
    expect(out).toMatch(/\?\s+2023-09-05 .*no outlet evidence/);
  });

  it('says which outlets are only inferred from copied text, with the share and the file, in the table and the JSON', async () => {
    const table = await run('scan', 'attribution');
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/probably AP\?\s+2024-04-09 +copy-unsigned\.txt/);
    expect(table.out).toMatch(
      /INFERRED OUTLETS \(from copied text, not stated by the articles\)\n {2}copy-unsigned\.txt: probably AP: \d+% of its text is in wire-ap\.txt \(AP\): inferred from copied text, not stated by the article\.\n/,
    );
    const json = JSON.parse((await run('scan', 'attribution', '--json')).out) as {
      articles: { id: string; outlet: { id: string }; inferredOutlet: unknown }[];
    };
    const copy = json.articles.find((a) => a.id === 'copy-unsigned.txt')!;
    expect(copy.outlet.id).toBe('unknown');
    expect(copy.inferredOutlet).toMatchObject({ outlet: { id: 'ap', name: 'AP' }, from: 'wire-ap.txt' });
    expect(json.articles.find((a) => a.id === 'quotes-only.txt')!.inferredOutlet).toBeNull();
  });

  it('words its warnings and the reasons of skipped files in the user’s language (French), with their codes in JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'recoupe-scan-fr-'));
    writeFileSync(
      join(dir, 'a.txt'),
      'Le conseil de Brenmark ferme le pont des Tanneurs pour dix-huit mois.\n',
    );
    writeFileSync(join(dir, 'photo.jpg'), 'pas une image');
    writeFileSync(join(dir, 'vide.txt'), '');
    mkdirSync(join(dir, '.recoupe'));
    writeFileSync(join(dir, '.recoupe', 'corrections.json'), '{ pas du JSON');
    const { code, out, err } = await runCommands([scanCommand], ['scan', dir, '--json'], fixtures, {
      LANG: 'fr_FR.UTF-8',
    });
    expect(code).toBe(0);
    expect(err).toMatch(
      /^avertissement : Vos corrections des médias et des sujets \(« .*corrections\.json »\)/,
    );
    const json = JSON.parse(out) as { skipped: { path: string; code: string; reason: string }[] };
    expect(json.skipped).toEqual([
      expect.objectContaining({ path: 'photo.jpg', code: 'skip-not-article', params: { extension: '.jpg' } }),
      expect.objectContaining({ path: 'vide.txt', code: 'skip-empty', reason: 'fichier vide (0 octet)' }),
    ]);
    const words = [err, ...json.skipped.map((s) => s.reason)].join('\n').replace(/\S*corrections\.json/g, '');
    expect(words).not.toMatch(/\b(warning|could not|the file|not an article|empty file|Recoupe reads)\b/i);
  });

  it('exits 2 on an unknown flag and 1 naming a missing folder', async () => {
    const bad = await run('scan', 'stories', '--frobnicate');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/unknown option '--frobnicate'/);
    const missing = await run('scan', 'no-such-folder');
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/folder not found: .*no-such-folder/);
    expect((await run('scan')).code).toBe(2);
  });
});

describeSeeds('recoupe scan on the sample articles', () => {
  it('reports outlets, one story for 000–002 and 002 reusing 000', async () => {
    const { code, out } = await run('scan', seedsDir, '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out) as ScanJson;
    const outlets = Object.fromEntries(json.articles.map((a) => [a.id.slice(0, 3), a.outlet.id]));
    expect(outlets).toEqual({
      '000': 'reuters',
      '001': 'afp',
      '002': 'sputnik',
      '003': 'reuters',
      '004': 'unknown',
    });
    const story = json.stories.find((s) => s.articles.some((id) => id.startsWith('000')))!;
    expect(story.articles.map((id) => id.slice(0, 3)).sort()).toEqual(['000', '001', '002']);
    const reuse = json.reuse.find((r) => r.target.startsWith('002'))!;
    expect(reuse.source.startsWith('000')).toBe(true);
  });
});
