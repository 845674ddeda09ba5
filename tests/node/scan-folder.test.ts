import { mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeFs, type FsLike } from '../../node/fs-like';
import { readArticleFile } from '../../node/read-article';
import { FolderError, scanFolder, type ScanResult } from '../../node/scan-folder';
import { wordNotice } from '../../shared/i18n/notice';

const FRENCH =
  "Le maire de Port-Lérac a annoncé vendredi l'ouverture d'un marché d'été près de l'église, « un vœu ancien » selon lui.";

/** An fs that fails on chosen files: EACCES for `unreadable`, and deletes `vanishing` just before reading it. */
function faultyFs(unreadable: string, vanishing: string): FsLike {
  const fail = (code: string): Error => Object.assign(new Error(`${code}: injected`), { code });
  return {
    ...nodeFs,
    readFile: async (path, maxBytes) => {
      if (path.endsWith(unreadable)) throw fail('EACCES');
      if (path.endsWith(vanishing)) unlinkSync(path);
      return nodeFs.readFile(path, maxBytes);
    },
  };
}

describe('scanFolder on a folder of bad inputs', () => {
  let root: string;
  let outside: string;
  let result: ScanResult;
  const reasons = (): Record<string, string> =>
    Object.fromEntries(result.skipped.map((s) => [s.path, wordNotice('en', s.reason)]));
  const article = (id: string) => result.articles.find((a) => a.id === id);

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'recoupe-scan-'));
    outside = mkdtempSync(join(tmpdir(), 'recoupe-outside-'));
    writeFileSync(join(root, 'cp1252.txt'), iconv.encode(FRENCH, 'windows-1252'));
    writeFileSync(join(root, 'utf16-nobom.txt'), Buffer.from(FRENCH, 'utf16le'));
    writeFileSync(
      join(root, 'utf8-bom.txt'),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FRENCH)]),
    );
    writeFileSync(join(root, 'crlf.txt'), `${FRENCH}\r\n\r\nDeuxième paragraphe.\r\n`);
    writeFileSync(join(root, 'empty.txt'), '');
    writeFileSync(
      join(root, 'binary.txt'),
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x08, 0, 0x41, 0x42, 0, 0xff, 0xfe, 0x12]),
    );
    writeFileSync(join(root, 'huge.txt'), Buffer.alloc(12 * 1024 * 1024, 'a'));
    writeFileSync(join(root, 'long-line.txt'), 'Une phrase qui se répète sans fin. '.repeat(60_000));
    writeFileSync(
      join(root, 'page.html'),
      `<!doctype html><html><head><title>Fête au village</title>
<meta property="og:site_name" content="Le Courrier du Lac"><meta name="author" content="Ana Perle">
<script>globalThis.__recoupePwned = 'script';</script></head>
<body onload="globalThis.__recoupePwned = 'onload'"><article><h1>Fête au village</h1>
<p>Les habitants de Port-Lérac ont célébré samedi la fête de l'été, avec des concerts et un bal jusqu'à minuit sur la place.</p>
<img src="x" onerror="globalThis.__recoupePwned = 'onerror'">
<p>Le comité des fêtes espère renouveler l'événement l'an prochain, a indiqué sa présidente devant la mairie.</p>
<script>document.write('injected')</script></article></body></html>`,
    );
    writeFileSync(join(outside, 'secret.txt'), 'Ce fichier est hors du dossier ouvert.');
    symlinkSync(join(outside, 'secret.txt'), join(root, 'link-out.txt'));
    writeFileSync(join(root, 'locked.txt'), FRENCH);
    writeFileSync(join(root, 'vanishing.txt'), FRENCH);
    writeFileSync(join(root, 'notes.pdf'), '%PDF-1.4');
    mkdirSync(join(root, '.hidden'));
    writeFileSync(join(root, '.hidden', 'a.txt'), FRENCH);
    mkdirSync(join(root, '.recoupe'));
    writeFileSync(join(root, '.recoupe', 'corrections.txt'), FRENCH);
    mkdirSync(join(root, 'a', 'b', 'c', 'd'), { recursive: true });
    writeFileSync(join(root, 'a', 'b', 'c', 'deep.txt'), FRENCH);
    writeFileSync(join(root, 'a', 'b', 'c', 'd', 'too-deep.txt'), FRENCH);
    const progress: number[] = [];
    result = await scanFolder(root, {
      fs: faultyFs('locked.txt', 'vanishing.txt'),
      onProgress: (done) => progress.push(done),
    });
    expect(progress.at(-1)).toBeGreaterThan(0);
  });

  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it('loads windows-1252, UTF-16LE without BOM and UTF-8 with BOM with correct accents', () => {
    expect(article('cp1252.txt')).toMatchObject({ text: FRENCH, encoding: 'windows-1252' });
    expect(article('utf16-nobom.txt')).toMatchObject({ text: FRENCH, encoding: 'utf-16le' });
    expect(article('utf8-bom.txt')).toMatchObject({ text: FRENCH, encoding: 'utf-8' });
    expect(article('cp1252.txt')?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('turns CRLF into LF', () => {
    expect(article('crlf.txt')?.text).toBe(`${FRENCH}\n\nDeuxième paragraphe.\n`);
    expect(article('crlf.txt')?.paragraphs).toHaveLength(2);
  });

  it('lists empty, binary, oversized, unreadable and vanished files with their reason', () => {
    const r = reasons();
    expect(r['empty.txt']).toMatch(/empty/);
    expect(r['binary.txt']).toMatch(/binary/);
    expect(r['huge.txt']).toMatch(/too large \(12 MB, limit 10 MB\)/);
    expect(r['locked.txt']).toMatch(/permission denied/);
    expect(r['vanishing.txt']).toMatch(/disappeared/);
    expect(r['notes.pdf']).toMatch(/not an article format \(\.pdf\)/);
    expect(r['a/b/c/d']).toMatch(/deeper than 3/);
  });

  it('reads a 2 MB single line as one paragraph', () => {
    const long = article('long-line.txt');
    expect(long?.size).toBeGreaterThan(2_000_000);
    expect(long?.paragraphs).toHaveLength(1);
  });

  it('extracts HTML text and metadata without running anything', () => {
    const page = article('page.html');
    expect(page?.title).toBe('Fête au village');
    expect(page?.byline).toBe('Ana Perle');
    expect(page?.outlet).toMatchObject({ name: 'Le Courrier du Lac', source: 'metadata' });
    expect(page?.text).toMatch(/^Fête au village\n\nLes habitants de Port-Lérac/);
    expect(page?.text).not.toMatch(/recoupePwned|injected|document\.write/);
    expect((globalThis as Record<string, unknown>).__recoupePwned).toBeUndefined();
  });

  it('skips a symbolic link pointing outside the folder, hidden folders and .recoupe', () => {
    expect(reasons()['link-out.txt']).toMatch(/outside the opened folder/);
    expect(result.articles.some((a) => a.text.includes('hors du dossier'))).toBe(false);
    const ids = [...result.articles.map((a) => a.id), ...result.skipped.map((s) => s.path)];
    expect(ids.some((id) => id.startsWith('.'))).toBe(false);
    expect(article('a/b/c/deep.txt')).toBeDefined();
  });

  it('names a missing folder', async () => {
    await expect(scanFolder(join(root, 'nope'))).rejects.toThrow(FolderError);
    await expect(scanFolder(join(root, 'nope'))).rejects.toThrow(/nope/);
  });

  it('reads one file on its own', async () => {
    const one = await readArticleFile(join(root, 'cp1252.txt'));
    expect(one).toMatchObject({ id: 'cp1252.txt', text: FRENCH });
  });
});
