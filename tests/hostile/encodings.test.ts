import iconv from 'iconv-lite';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanCommand } from '../../cli/commands/scan';
import { runCommands } from '../helpers/cli';
import { withApp } from './app';

/** Own sentences about a fictional harbour, in Czech and Russian. */
const CZECH =
  'Předseda přístavní rady v Kerlazi řekl ve středu, že jednání o novém molu byla velmi obtížná a potrvají ještě týden.';
const RUSSIAN =
  'Мэр Керлаза заявил в среду, что переговоры о новом причале были очень трудными и продлятся ещё неделю.';

interface ScanJson {
  articles: {
    id: string;
    encoding: string;
    encodingConfidence: number | null;
    warnings: { code: string }[];
  }[];
}

describe('encodings a folder really holds', () => {
  let base: string;
  let root: string;
  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'recoupe-encodings-'));
    root = join(base, 'folder');
    await mkdir(root);
    await writeFile(
      join(root, 'declared.html'),
      Buffer.concat([
        Buffer.from('<html><head><meta charset="windows-1250"><title>Molo</title></head><body><article><p>'),
        iconv.encode(CZECH, 'windows-1250'),
        Buffer.from('</p></article></body></html>'),
      ]),
    );
    await writeFile(join(root, 'czech.txt'), iconv.encode(`${CZECH}\n\n${CZECH}\n`, 'iso-8859-2'));
    await writeFile(join(root, 'russian-utf16.txt'), Buffer.from(`${RUSSIAN}\n`, 'utf16le'));
    await writeFile(join(root, 'short.txt'), iconv.encode('Kerlaz: molo ř č\n', 'windows-1250'));
  });
  afterAll(() => rm(base, { recursive: true, force: true }));

  it('honours the declared charset, reads Central European and UTF-16 text, and warns of a shaky guess (CLI)', async () => {
    const { code, out } = await runCommands([scanCommand], ['scan', 'folder', '--json'], base);
    expect(code).toBe(0);
    const byId = new Map((JSON.parse(out) as ScanJson).articles.map((a) => [a.id, a]));
    expect(byId.get('declared.html')).toMatchObject({ encoding: 'windows-1250', encodingConfidence: null });
    expect(byId.get('czech.txt')?.encoding).toBe('iso-8859-2');
    expect(byId.get('czech.txt')?.encodingConfidence).toBeGreaterThan(0);
    expect(byId.get('russian-utf16.txt')?.encoding).toBe('utf-16le');
    const short = byId.get('short.txt');
    expect(short?.encodingConfidence).toBeLessThan(0.5);
    expect(short?.warnings.map((w) => w.code)).toContain('encoding-guessed');
  });

  it('gives the app the same texts through the IPC handler table', async () => {
    await withApp(base, async ({ call }) => {
      await call('openFolder', root);
      const texts = await Promise.all(
        ['declared.html', 'czech.txt', 'russian-utf16.txt'].map(
          async (id) => (await call('getArticle', id)).text,
        ),
      );
      expect(texts[0]).toContain(CZECH);
      expect(texts[1]).toContain(CZECH);
      expect(texts[2]).toContain(RUSSIAN);
    });
  });
});
