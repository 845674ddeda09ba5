import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../cli/command';
import { commands } from '../../../cli/commands/index';
import { runCli } from '../../../cli/main';
import { assertValidComparison } from '../../../shared/compare/check-diff';
import { comparisonSchema } from '../../../shared/compare/schema';
import type { Comparison } from '../../../shared/compare/types';
import { describeSeeds, seedPath } from '../../helpers/seeds';

const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/compare');

/** An io that records what the command prints. */
function capture(
  env: Record<string, string> = {},
  cwd = fixtures,
): CliIo & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    cwd,
    env,
    out: (text: string) => {
      io.stdout += text;
    },
    err: (text: string) => {
      io.stderr += text;
    },
  };
  return io;
}

/** Runs `recoupe compare …` and returns the exit code and the output. */
async function run(
  args: string[],
  env: Record<string, string> = {},
  cwd = fixtures,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = capture(env, cwd);
  const code = await runCli(['compare', ...args], io, '0.0.0', commands);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

describe('recoupe compare', () => {
  it('is listed in the help', async () => {
    const io = capture();
    await runCli(['--help'], io, '0.0.0', commands);
    expect(io.stdout).toMatch(/compare\s+align two articles/);
  });

  it('prints the summary and the aligned texts with the differences marked', async () => {
    const { code, stdout } = await run(['edited/a.txt', 'edited/b.txt', '--lang', 'en']);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toMatch(/^b\.txt keeps \d+% of a\.txt's text word for word/);
    expect(stdout).toContain('A: edited/a.txt');
    expect(stdout).toContain('── A2 ≈ B2 · edited');
    expect(stdout).toContain('[-4,80-]{+4,85+}');
    expect(stdout).toContain('── A1 = B1 · identical');
  });

  it('labels dropped, added, moved and reworded paragraphs, in French', async () => {
    const dropped = await run(['dropped-added/a.txt', 'dropped-added/b.txt', '--lang', 'fr']);
    expect(dropped.stdout).toContain('── A3 · supprimé\n[-« Nous avons');
    expect(dropped.stdout).toContain('── B5 · ajouté\n{+« Personne');
    const moved = await run(['moved/a.txt', 'moved/b.txt', '--lang', 'fr']);
    expect(moved.stdout).toContain('── A6 = B2 · identique, déplacé');
    const reworded = await run(['paraphrase/a.txt', 'paraphrase/b.txt', '--lang', 'fr']);
    expect(reworded.stdout).toMatch(/── A2 ~ B2 · reformulé \(0\.\d\d\)\nA: Le niveau/);
  });

  it('takes the language from LANG by default', async () => {
    expect((await run(['identical/a.txt', 'identical/b.txt'], { LANG: 'fr_FR.UTF-8' })).stdout).toMatch(
      /^b\.txt reprend tout le texte de a\.txt mot pour mot/,
    );
    expect((await run(['identical/a.txt', 'identical/b.txt'], { LANG: 'en_GB.UTF-8' })).stdout).toMatch(
      /^b\.txt keeps all of a\.txt's text/,
    );
  });

  it('prints the documented JSON with --json', async () => {
    const { code, stdout } = await run(['split/a.txt', 'split/b.txt', '--json', '--ignore-case']);
    expect(code).toBe(0);
    const json = comparisonSchema.parse(JSON.parse(stdout));
    expect(json.degraded).toBeNull();
    expect(json.a.id).toBe('split/a.txt');
    expect(json.links.find((l) => l.b.length === 2)).toMatchObject({
      a: ['a3'],
      b: ['b3', 'b4'],
      kind: 'identical',
    });
    assertValidComparison({ ...json, degraded: undefined } as unknown as Comparison, { ignoreCase: true });
    for (const s of json.segments.a)
      expect(json.a.text.slice(s.start, s.end).trim()).toBe(json.a.text.slice(s.start, s.end));
  });

  it('applies the equivalence options', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'recoupe-compare-'));
    writeFileSync(join(dir, 'x.txt'), 'Le maire a dit : « Nous restons ». Les secours arrivent.\n');
    writeFileSync(join(dir, 'y.txt'), 'LE MAIRE a dit : "Nous restons". Les secours arrivent.\n');
    const strict = JSON.parse((await run(['x.txt', 'y.txt', '--json'], {}, dir)).stdout) as Comparison;
    expect(strict.links[0]?.kind).not.toBe('identical');
    const loose = JSON.parse(
      (await run(['x.txt', 'y.txt', '--json', '--ignore-case', '--ignore-typography'], {}, dir)).stdout,
    ) as Comparison;
    expect(loose.links[0]?.kind).toBe('identical');
    const noPunctuation = JSON.parse(
      (await run(['x.txt', 'y.txt', '--json', '--ignore-case', '--ignore-punctuation'], {}, dir)).stdout,
    ) as Comparison;
    expect(noPunctuation.links[0]?.kind).toBe('identical');
  });

  it('fails with the usage on bad arguments', async () => {
    for (const args of [
      ['only-one.txt'],
      ['a', 'b', 'c'],
      ['a', 'b', '--lang', 'de'],
      ['a', 'b', '--budget-ms', 'soon'],
      ['a', 'b', '--wat'],
    ]) {
      const { code, stderr } = await run(args);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toContain('Usage: recoupe compare');
    }
  });

  it('names the file it cannot read', async () => {
    const { code, stderr } = await run(['edited/a.txt', 'missing/nowhere.txt']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/missing\/nowhere\.txt/);
    expect(stderr).not.toContain('disappeared');
  });

  it('says a missing file is not there, suggests the closest article, and says a folder is one', async () => {
    const typo = await run(['edited/a.txt', 'edited/bb.txt'], { LANG: 'en_GB.UTF-8' });
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain('There is no article edited/bb.txt in edited. Did you mean edited/b.txt?');
    const fr = await run(['edited/bb.txt', 'edited/a.txt'], { LANG: 'fr_FR.UTF-8' });
    expect(fr.stderr).toContain(
      'Il n’y a pas d’article edited/bb.txt dans edited. Vouliez-vous dire edited/b.txt ?',
    );
    const folder = await run(['edited', 'edited/a.txt'], { LANG: 'en_GB.UTF-8' });
    expect(folder.stderr).toContain('edited is a folder, not an article.');
  });
});

describeSeeds('recoupe compare on the seeds', () => {
  it('compares Reuters with Sputnik', async () => {
    const { code, stdout } = await run([seedPath('000'), seedPath('002'), '--lang', 'fr']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Sputnik reprend \d+[\u00a0\u202f]% du texte de Reuters mot pour mot/);
    expect(stdout).toMatch(/── A1 ≈ B\d+ · repris en partie\n\[-WILMINGTON/);
  });
});
