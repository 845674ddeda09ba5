import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from './corpus-data';

const EVENT = 'e01-kessel-ferry-fire';
const dir = mkdtempSync(join(tmpdir(), 'recoupe-eval-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a tsx script of the repository on the fixture corpus in `dir`. */
function run(script: string, ...args: string[]): string {
  return execFileSync(join(repoRoot, 'node_modules/.bin/tsx'), [join(repoRoot, script), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: {
      ...process.env,
      RECOUPE_CORPUS: join(dir, 'corpus'),
      RECOUPE_CORPUS_ANSWERS: join(dir, 'answers'),
    },
  });
}

/** The cells of the table row of a capability: seeds P, R, F1, n, then corpus P, R, F1, n. */
function cells(table: string, capability: string): string[] {
  const line = table.split('\n').find((l) => l.startsWith(`| ${capability} |`));
  if (!line) throw new Error(`no row ${capability} in:\n${table}`);
  return line
    .split('|')
    .slice(2, -1)
    .map((c) => c.trim());
}

describe('npm run corpus -- build, then npm run eval, on a fixture corpus of our own writing', () => {
  const corpus = join(dir, 'corpus');
  mkdirSync(join(corpus, 'annotations'), { recursive: true });
  cpSync(join(repoRoot, 'tests/fixtures/real-copy'), join(corpus, EVENT), { recursive: true });
  cpSync(
    join(repoRoot, 'tests/fixtures/eval-corpus', `${EVENT}.src.json`),
    join(corpus, 'annotations', `${EVENT}.src.json`),
  );

  it('builds a manifest and answers holding offsets and hashes, never the quoted text', () => {
    expect(run('scripts/corpus.ts', 'build')).toContain('1 events, 6 articles');
    const answers = readFileSync(join(dir, 'answers/answers', `${EVENT}.json`), 'utf8');
    expect(answers).not.toContain('crew members');
    expect(JSON.parse(answers).claims[0]).toMatchObject({ id: 'e01-c1', start: 112, end: 128 });
    expect(run('scripts/corpus.ts', 'check')).toContain('6 articles: 0 missing, 0 drifted');
  });

  it('scores the engine on it, the same way twice', () => {
    const first = run('tests/eval/eval.ts', '--details');
    expect(first).toContain('corpus: 6 of 6 articles present, 0 drifted, 0 answers skipped');
    expect(cells(first, 'paragraph links: version').slice(4)).toEqual(['1.00', '1.00', '1.00', '3']);
    expect(cells(first, 'claims: number').slice(4)).toEqual(['1.00', '1.00', '1.00', '4']);
    expect(cells(first, 'claims: time').slice(4)).toEqual(['0.20', '1.00', '0.33', '1']);
    expect(cells(first, 'claims: source').slice(4)).toEqual(['0.10', '1.00', '0.18', '1']);
    expect(cells(first, 'outlets').slice(4)).toEqual(['1.00', '1.00', '1.00', '5']);
    expect(cells(first, 'speakers').slice(4)).toEqual(['1.00', '1.00', '1.00', '2']);
    expect(cells(first, 'discrepancies flagged').slice(4)).toEqual(['1.00', '1.00', '1.00', '1']);
    expect(cells(first, 'paragraph links: independent').slice(4)).toEqual(['1.00', '1.00', '1.00', '2']);
    expect(cells(first, 'reuse pairs').slice(4, 6)).toEqual(['1.00', '1.00']);
    expect(first).not.toMatch(/reuse: wrong .*shared-statement-a\.txt/);
    const table = (s: string): string =>
      s
        .split('\n')
        .filter((l) => l.startsWith('|'))
        .join('\n');
    expect(table(run('tests/eval/eval.ts'))).toBe(table(first));
  });

  it('says which answers a drifted text invalidates', () => {
    const file = join(corpus, EVENT, 'wire-update-2.txt');
    const text = readFileSync(file, 'utf8');
    cpSync(file, `${file}.bak`);
    try {
      execFileSync('sh', [
        '-c',
        `printf '%s' "$1" > "$2"`,
        'sh',
        text.replace('five crew', 'six crew'),
        file,
      ]);
      expect(run('tests/eval/eval.ts')).toContain('6 of 6 articles present, 1 drifted, 3 answers skipped');
    } finally {
      cpSync(`${file}.bak`, file);
      rmSync(`${file}.bak`);
    }
  });
});
