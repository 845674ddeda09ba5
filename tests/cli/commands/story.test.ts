import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from '../../../cli/commands/index';
import { runCommands, type CliRun } from '../../helpers/cli';
import { flat, readPdf } from '../../helpers/pdf-text';
import { describeSeeds, seedsDir } from '../../helpers/seeds';
import { storyFixturesDir } from '../../helpers/story-fixture';

/** Runs `recoupe <args>` with every command, from the story fixtures folder, capturing output. */
function run(args: string[], env: Record<string, string> = { LANG: 'en_US.UTF-8' }): Promise<CliRun> {
  return runCommands(commands, args, storyFixturesDir, env);
}

interface StoryJson {
  story: { id: string; title: string } | null;
  columns: { article: string; label: string; date: string | null; paragraphs: number }[];
  order: string;
  rows: {
    key: string;
    reference: string;
    carriers: number;
    cells: ({
      article: string;
      kind: string;
      paragraphs: number[];
      text: string;
      inline: string | null;
      moved: boolean;
    } | null)[];
  }[];
  graph: { edges: { source: string; target: string; share: number; direction: string; primary: boolean }[] };
  coverage: {
    article: string;
    share: number;
    onlyHere: string[];
    quotes: { text: string; alsoIn: string[] }[];
  }[];
  pairs: { a: string; b: string; verbatimA: number; verbatimB: number }[];
}

/** The id `recoupe scan --json` gives the fixture story. */
async function fixtureStoryId(): Promise<string> {
  const scan = JSON.parse((await run(['scan', 'vellmark', '--json'])).out) as { stories: { id: string }[] };
  return scan.stories[0]?.id ?? '';
}

describe('recoupe story', () => {
  it("lists the folder's stories with their ids when no story is given", async () => {
    const { code, out } = await run(['story', 'vellmark']);
    expect(code).toBe(0);
    expect(out).toContain(`${await fixtureStoryId()}  4 articles`);
    expect(out).toContain('recoupe story <folder> <story-id>');
  });

  it('prints the documented JSON for a story id from `recoupe scan`, the same from run to run', async () => {
    const id = await fixtureStoryId();
    const first = await run(['story', 'vellmark', id, '--json']);
    expect(first.code).toBe(0);
    const json = JSON.parse(first.out) as StoryJson;
    expect(json.story?.id).toBe(id);
    expect(json.columns.map((c) => c.article)).toEqual([
      'agence-nordique.txt',
      'gazette-des-plaines.txt',
      'courrier-du-lac.txt',
      'le-veilleur.txt',
    ]);
    expect(json.order).toBe('agence-nordique.txt');
    for (const row of json.rows) expect(row.cells).toHaveLength(4);
    const edited = json.rows.flatMap((r) => r.cells).find((c) => c?.inline?.includes('[-près-]{+plus+}'));
    expect(edited?.kind).toBe('edited');
    expect(json.graph.edges.find((e) => e.target === 'le-veilleur.txt' && e.primary)?.source).toBe(
      'courrier-du-lac.txt',
    );
    expect(json.coverage.map((c) => c.article)).toEqual(json.columns.map((c) => c.article));
    expect(json.pairs).toHaveLength(6);
    const again = await run(['story', 'vellmark', id, '--json']);
    expect(again.out).toBe(first.out);
  });

  it('prints a table of marks, the reuse and the coverage', async () => {
    const { code, out } = await run(['story', 'vellmark', await fixtureStoryId()]);
    expect(code).toBe(0);
    expect(out).toMatch(/\(4 articles, \d+ rows\)/);
    expect(out).toMatch(/ROW\s+1\s+2\s+3\s+4\s+TEXT/);
    expect(out).toContain('Marks: # reference wording');
    expect(out).toMatch(/courrier-du-lac → le-veilleur: 7\d% of le-veilleur/);
    expect(out).toContain('COVERAGE');
  });

  it('collates chosen articles, ordered by one of them', async () => {
    const { code, out } = await run([
      'story',
      'vellmark',
      '--articles',
      'le-veilleur.txt,courrier-du-lac.txt',
      '--order',
      'le-veilleur.txt',
      '--json',
    ]);
    expect(code).toBe(0);
    const json = JSON.parse(out) as StoryJson;
    expect(json.story).toBeNull();
    expect(json.order).toBe('le-veilleur.txt');
    const own = json.rows.map((r) => r.cells[1]?.paragraphs[0]).filter((p): p is number => p !== undefined);
    expect(own).toEqual([...own].sort((a, b) => a - b));
  });

  it('applies --ignore-case, --ignore-punctuation and --ignore-typography to every pair', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'recoupe-story-eq-'));
    writeFileSync(
      join(dir, 'a.txt'),
      'Le Conseil de Brenmark a voté, mardi soir, la fermeture du Pont des Tanneurs.\n',
    );
    writeFileSync(
      join(dir, 'b.txt'),
      'le conseil de brenmark a voté mardi soir la fermeture du pont des tanneurs\n',
    );
    const kinds = async (flags: string[]) => {
      const { code, out } = await run(['story', dir, '--articles', 'a.txt,b.txt', '--json', ...flags]);
      expect(code).toBe(0);
      return (JSON.parse(out) as StoryJson).rows.map((r) => r.cells[1]?.kind);
    };
    expect(await kinds(['--ignore-case', '--ignore-punctuation', '--ignore-typography'])).toEqual([
      'identical',
    ]);
    expect(await kinds([])).toEqual(['edited']);
  });

  it('writes the collation as an HTML document', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'recoupe-story-cli-'));
    const path = join(dir, 'story.html');
    const { code, out } = await run([
      'story',
      'vellmark',
      await fixtureStoryId(),
      '--html',
      path,
      '--lang',
      'fr',
    ]);
    expect(code).toBe(0);
    expect(out.trim()).toBe(path);
    const html = readFileSync(path, 'utf8');
    expect(html).toContain('Collation d’un sujet');
    expect(html).toContain('<table class="story">');
  });

  it('exits 1 naming the folder and its stories for an unknown story, 2 on bad arguments', async () => {
    const unknown = await run(['story', 'vellmark', 'story-000000000000']);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(
      /There is no story story-000000000000 in .*vellmark\. Stories with several articles \(with their number of articles\): story-\w+ \(4\)/,
    );
    const missing = await run(['story', 'nowhere', 'story-x']);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('nowhere');
    expect((await run(['story', 'vellmark', 'x', '--json', '--html', 'out.html'])).code).toBe(2);
    expect((await run(['story', 'vellmark', 'x', '--frobnicate'])).code).toBe(2);
    expect((await run(['story', 'vellmark', 'x', '--articles', 'a.txt,b.txt'])).code).toBe(2);
    expect((await run(['story', 'vellmark', 'x', '--lang', 'de'])).err).toContain('--lang must be fr or en');
    expect((await run(['story'])).err).toContain('missing <folder>');
  });

  it('prints the collation to PDF with Chromium, titled after the story', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'recoupe-story-pdf-'));
    const path = join(dir, 'story.pdf');
    const { code } = await run(['story', 'vellmark', await fixtureStoryId(), '--pdf', path, '--lang', 'en']);
    expect(code).toBe(0);
    const pdf = await readPdf(path);
    expect(pdf.pages.length).toBeGreaterThan(1);
    expect(pdf.pages[0]?.width).toBeGreaterThan(pdf.pages[0]?.height ?? 0);
    const text = flat(pdf.pages.map((p) => p.text).join('\n'));
    expect(text).toMatch(/story collation/i);
    expect(text).toContain('Who reuses whom');
    expect(pdf.info.Title).toMatch(/collation of 4 articles$/);
    expect(pdf.info.Creator).toMatch(/^Recoupe /);
  }, 120_000);
});

describe('recoupe story and recoupe scan with versions of one text', () => {
  // An AP wire story and its update, with two paragraphs added (fixtures in our own words).
  const folder = mkdtempSync(join(tmpdir(), 'recoupe-versions-cli-'));
  for (const name of ['wire-update-1.txt', 'wire-update-2.txt'])
    copyFileSync(resolve(import.meta.dirname, '../../fixtures/real-copy', name), join(folder, name));
  const ids = 'wire-update-1.txt,wire-update-2.txt';
  interface VersionsJson {
    outlet: { id: string };
    articles: string[];
    heading: string;
    steps: {
      earlier: string;
      later: string;
      ordered: boolean;
      evidence: { code: string }[];
      reason: string;
    }[];
  }

  it('lists the versions in order with their evidence, worded in the language, in the JSON and the table', async () => {
    const json = await run(['story', folder, '--articles', ids, '--json', '--lang', 'fr']);
    expect(json.code).toBe(0);
    const { versions } = JSON.parse(json.out) as { versions: VersionsJson[] };
    expect(versions).toEqual([
      {
        outlet: { id: 'ap', name: 'AP' },
        articles: ['wire-update-1.txt', 'wire-update-2.txt'],
        heading: 'Versions d’un même texte de AP, de la plus ancienne à la plus récente (2 articles) :',
        steps: [
          {
            earlier: 'wire-update-1.txt',
            later: 'wire-update-2.txt',
            ordered: true,
            evidence: [expect.objectContaining({ code: 'paragraphs-added', count: 2 })],
            reason: 'plus récente : 2 paragraphes ajoutés',
          },
        ],
      },
    ]);
    const table = await run(['story', folder, '--articles', ids, '--lang', 'en']);
    expect(table.out).toMatch(
      /VERSIONS OF ONE TEXT\n {2}Versions of one AP text, oldest first \(2 articles\):\n {4}1 {2}wire-update-1\.txt\n {4}2 {2}wire-update-2\.txt — later: 2 paragraphs added\n/,
    );
  });

  it('shows the versions in the story report', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'recoupe-versions-out-')), 'story.html');
    expect((await run(['story', folder, '--articles', ids, '--html', path, '--lang', 'en'])).code).toBe(0);
    const html = readFileSync(path, 'utf8');
    expect(html).toContain('<h2>Versions of one text</h2>');
    expect(html).toMatch(/wire-update-2\.txt\)<\/span> — later: 2 paragraphs added<\/li>/);
  });

  it('gives each story of `recoupe scan --json` its versions, and none to a story without', async () => {
    const scan = JSON.parse((await run(['scan', folder, '--json'])).out) as {
      stories: { articles: string[]; versions: VersionsJson[] }[];
    };
    const story = scan.stories.find((s) => s.articles.length === 2)!;
    expect(story.versions.map((v) => v.articles)).toEqual([['wire-update-1.txt', 'wire-update-2.txt']]);
    expect(story.versions[0]!.steps[0]!.reason).toBe('later: 2 paragraphs added');
    const vellmark = JSON.parse((await run(['scan', 'vellmark', '--json'])).out) as {
      stories: { versions: unknown[] }[];
    };
    expect(vellmark.stories.every((s) => s.versions.length === 0)).toBe(true);
  });
});

describeSeeds('recoupe story on the seeds', () => {
  it('collates the Reuters, AFP and Sputnik story by its scan id', async () => {
    const scan = JSON.parse((await run(['scan', seedsDir, '--json'])).out) as {
      stories: { id: string; articles: string[] }[];
    };
    const story = scan.stories.find((s) => s.articles.length === 3);
    const { code, out } = await run(['story', seedsDir, story?.id ?? '', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(out) as StoryJson;
    expect(json.columns.map((c) => c.label)).toEqual(['Reuters', 'AFP', 'Sputnik']);
    const edge = json.graph.edges[0];
    expect(json.graph.edges).toHaveLength(1);
    expect(edge).toMatchObject({
      source: json.columns[0]?.article,
      target: json.columns[2]?.article,
      direction: 'determined',
    });
    const only = (i: number) => json.rows.filter((r) => r.carriers === 1 && r.cells[i]);
    expect(only(2).some((r) => r.cells[2]?.text === 'Propositions russes')).toBe(true);
    expect(only(0).some((r) => r.cells[0]?.text.includes('Jen Psaki'))).toBe(true);
  });
});
