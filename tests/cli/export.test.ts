import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main';
import { AlignmentStore } from '../../node/alignment-store';
import { AnnotationStore } from '../../node/annotation-store';
import { readArticleFile } from '../../node/read-article';
import { compare } from '../../shared/compare/compare';
import { anchorSide } from '../../shared/compare/corrections';
import { segmentIndex } from '../../shared/compare/view-rows';
import { anchorSpan } from '../../shared/notes/anchor';
import { flat, readPdf, squeezed } from '../helpers/pdf-text';

const fixture = resolve(import.meta.dirname, '../fixtures/export');
const A = 'gazette-du-port.txt';
const B = 'echo-des-quais.txt';
const version = (
  JSON.parse(await readFile(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as {
    version: string;
  }
).version;

let work: string;
let folder: string;

/** Runs `recoupe` with captured output. */
async function recoupe(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const env: Record<string, string | undefined> = {
    LANG: 'fr_FR.UTF-8',
    RECOUPE_DATA_DIR: join(work, 'data'),
  };
  if (process.env.CHROME_PATH) env.CHROME_PATH = process.env.CHROME_PATH;
  const code = await runCli(
    argv,
    { out: (t) => (out += t), err: (t) => (err += t), cwd: work, env },
    version,
  );
  return { code, out, err };
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'recoupe-cli-export-'));
  folder = join(work, 'dossier');
  await cp(fixture, folder, { recursive: true });
  const a = await readArticleFile(join(folder, A), A);
  const b = await readArticleFile(join(folder, B), B);
  const notes = await AnnotationStore.open({ root: folder, dataDir: join(work, 'data'), articles: [a, b] });
  const at = b.text.indexOf('Près de 200 pompiers');
  notes.replace({
    ...notes.file,
    notes: [
      {
        id: 'urn:uuid:00000000-0000-4000-8000-000000000001',
        created: '2026-02-01T09:00:00.000Z',
        modified: '2026-02-01T09:00:00.000Z',
        tag: 'number-change',
        text: 'Cent pompiers de moins chez l’Écho.',
        targets: [anchorSpan(b, [at, at + 'Près de 200 pompiers'.length])],
      },
    ],
  });
  await notes.close();
  const comparison = compare(a, b);
  const barn = comparison.links.find((l) =>
    a.text.slice(comparison.segments.a[segmentIndex(l.a[0]!)]!.start).startsWith("L'entrepôt"),
  )!;
  const pick = (ids: string[], side: 'a' | 'b') =>
    ids.map((id) => comparison.segments[side][segmentIndex(id)]!);
  await new AlignmentStore(folder).setCorrections(a.id, b.id, [
    {
      id: 'c1',
      at: '2026-02-01T09:00:00.000Z',
      op: 'unlink',
      a: anchorSide(a, pick(barn.a, 'a')),
      b: anchorSide(b, pick(barn.b, 'b')),
    },
  ]);
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('recoupe export', () => {
  it('writes the PDF and the HTML with the folder’s notes and hand corrections, and prints their paths', async () => {
    const result = await recoupe(
      'export',
      'dossier',
      A,
      B,
      '--pdf',
      'sortie/../rapport.pdf',
      '--html',
      'rapport.html',
    );
    // As root (CI), Chromium prints without its sandbox and the CLI says so: that notice is the only thing on stderr.
    const notices =
      process.getuid?.() === 0
        ? [expect.stringMatching(/^avis : Chromium a imprimé le PDF sans son bac à sable/)]
        : [];
    expect(result.err.split('\n').filter(Boolean)).toEqual(notices);
    expect(result.code).toBe(0);
    expect(result.out).toBe(`${join(work, 'rapport.html')}\n${join(work, 'rapport.pdf')}\n`);
    const html = await readFile(join(work, 'rapport.html'), 'utf8');
    expect(html).toContain('Cent pompiers de moins chez l’Écho.');
    expect(html).toContain('délié à la main');
    expect(html).toContain('1 correction manuelle de l’alignement est appliquée.');
    const pdf = await readPdf(join(work, 'rapport.pdf'));
    const text = flat(pdf.pages.map((p) => p.text).join('\n'));
    expect(text).toContain('Cent pompiers de moins chez l’Écho.');
    expect(text).toContain('200 pompiers[1]');
    const gazette = await readArticleFile(join(folder, A), A);
    expect(squeezed(text)).toContain(gazette.sha256);
    expect(pdf.info.Creator).toBe(`Recoupe ${version}`);
    expect(pdf.info.Keywords).toBe('gazette-du-port.txt, echo-des-quais.txt, Recoupe');
    expect(await readdir(work)).toEqual(expect.arrayContaining(['rapport.pdf', 'rapport.html']));
    expect((await readdir(work)).filter((f) => f.endsWith('.part'))).toEqual([]);
  }, 120_000);

  it('writes English HTML on letter paper in portrait, with identical rows folded and notes left out', async () => {
    const result = await recoupe(
      'export',
      'dossier',
      A,
      B,
      '--html=court.html',
      '--lang',
      'en',
      '--paper',
      'letter',
      '--portrait',
      '--collapse-identical',
      '--no-notes',
      '--no-claims',
    );
    expect(result.code).toBe(0);
    const html = await readFile(join(work, 'court.html'), 'utf8');
    expect(html).toContain('<html lang="en-US">');
    expect(html).toContain('@page{size:letter portrait;');
    expect(html).toMatch(/identical paragraphs? not shown/);
    expect(html).not.toContain('Cent pompiers');
    expect(html).not.toContain('Claims that differ');
  });

  it('shows the outlet inferred by reuse for an unsigned article, from the folder’s other articles, as the app does', async () => {
    await cp(resolve(import.meta.dirname, '../fixtures/attribution'), join(work, 'attribution'), {
      recursive: true,
    });
    // wire-ap.txt, whose text the unsigned copy carries, is not in the pair: the folder is read to find it.
    const result = await recoupe(
      'export',
      'attribution',
      'copy-unsigned.txt',
      'wire-reuters.txt',
      '--html',
      'inferred.html',
      '--lang',
      'en',
    );
    expect(result.code).toBe(0);
    const html = await readFile(join(work, 'inferred.html'), 'utf8');
    expect(html).toMatch(
      /probably AP: \d+\s?% of its text is in wire-ap\.txt \(AP\), an inference from copied text, not a credit/,
    );
    // In the article's card and in the provenance table; the Reuters article, signed, has none.
    expect(html.match(/class="inferred"/g)).toHaveLength(2);
    expect(html).not.toMatch(/probably Reuters/);
    const plain = await recoupe(
      'export',
      'attribution',
      'wire-ap.txt',
      'quotes-only.txt',
      '--html',
      'plain.html',
    );
    expect(plain.code).toBe(0);
    expect(await readFile(join(work, 'plain.html'), 'utf8')).not.toContain('class="inferred"');
  });

  it('explains usage mistakes with exit code 2', async () => {
    for (const args of [
      ['export', 'dossier', A, B],
      ['export', 'dossier', A, '--pdf', 'x.pdf'],
      ['export', 'dossier', A, B, '--pdf', 'x.pdf', '--paper', 'a3'],
      ['export', 'dossier', A, B, '--html', 'x.html', '--lang', 'de'],
      ['export', 'dossier', A, B, '--html'],
      ['export', 'dossier', A, B, '--html', 'x.html', '--colour'],
    ]) {
      const result = await recoupe(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.err).toContain('Usage: recoupe export');
    }
    expect((await recoupe('--help')).out).toContain('export    export the annotated comparison');
  });

  it('fails with exit code 1 and a message in the user’s language naming the file for a missing article, an id outside the folder or an unwritable destination', async () => {
    const missing = await recoupe('export', 'dossier', A, 'absent.txt', '--html', 'x.html');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('absent.txt');
    const outside = await recoupe('export', 'dossier', A, '../rapport.html', '--html', 'x.html');
    expect(outside.code).toBe(1);
    expect(outside.err).toContain('../rapport.html n’est pas un fichier de');
    const nowhere = await recoupe('export', 'dossier', A, B, '--html', 'pas/de/dossier/x.html');
    expect(nowhere.code).toBe(1);
    expect(nowhere.err).toContain(
      `Impossible d’enregistrer ${join(work, 'pas/de/dossier/x.html')} : le dossier ${join(work, 'pas/de/dossier')} n’existe pas.`,
    );
    // LANG is French: the reasons are worded in French, none of them in English.
    for (const run of [missing, outside, nowhere])
      expect(run.err).not.toMatch(/\b(cannot|Cannot|is not|does not|the file|Choose|check|again)\b/);
    expect(existsSync(join(work, 'x.html'))).toBe(false);
  });

  it('takes article paths as `compare` does, and for a wrong id suggests the closest one, not a vanished file', async () => {
    const paths = await recoupe(
      'export',
      'dossier',
      join('dossier', A),
      join(folder, B),
      '--html',
      'paths.html',
    );
    expect(paths.err).toBe('');
    expect(paths.code).toBe(0);
    expect(await readFile(join(work, 'paths.html'), 'utf8')).toContain(A);
    const typo = await recoupe('export', 'dossier', A, B.replace('echo', 'eco'), '--html', 'y.html');
    expect(typo.code).toBe(1);
    expect(typo.err).toContain(`Vouliez-vous dire ${B} ?`);
    expect(typo.err).not.toMatch(/disparu|disappeared/);
    const dir = await recoupe('export', 'dossier', A, '.recoupe', '--html', 'y.html');
    expect(dir.err).toMatch(/\.recoupe est un dossier, pas un article/);
  });
});
