import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanCommand } from '../../cli/commands/scan';
import { extractHtml, MAX_HTML_NESTING, nestsDeeperThan } from '../../node/extract-html';
import { runCommands } from '../helpers/cli';
import { withApp } from './app';

const PARAGRAPH =
  '<p>Le bac de Kerlaz a repris ses traversees mardi apres deux jours d arret, a indique la compagnie.</p>';

/** A page whose article sits inside `depth` nested `<div>`. */
const nested = (depth: number, paragraphs = 3): string =>
  `<html><head><title>Kerlaz</title></head><body>${'<div>'.repeat(depth)}${PARAGRAPH.repeat(paragraphs)}${'</div>'.repeat(depth)}</body></html>`;

describe('deeply nested HTML', () => {
  let base: string;
  let root: string;
  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'recoupe-nested-'));
    root = join(base, 'folder');
    await mkdir(root);
    await writeFile(join(root, 'a-deep.html'), nested(2_000));
    await writeFile(join(root, 'b-huge.html'), nested(100_000, 1_000));
    await writeFile(join(root, 'c-fine.html'), nested(40));
  });
  afterAll(() => rm(base, { recursive: true, force: true }));

  it('skips a page nested past the cap with a reason, without hanging or overflowing (CLI)', async () => {
    const { code, out } = await runCommands([scanCommand], ['scan', 'folder', '--json'], base);
    expect(code).toBe(0);
    const json = JSON.parse(out) as {
      articles: { id: string }[];
      skipped: { path: string; reason: unknown }[];
    };
    expect(json.articles.map((a) => a.id)).toEqual(['c-fine.html']);
    expect(json.skipped.map((s) => s.path).sort()).toEqual(['a-deep.html', 'b-huge.html']);
    expect(JSON.stringify(json.skipped)).toMatch(/nest/i);
  });

  it('does the same through the IPC handler table', async () => {
    await withApp(base, async ({ call }) => {
      const view = await call('openFolder', root);
      expect(view.articles.map((a) => a.id)).toEqual(['c-fine.html']);
      expect(view.skipped.map((s) => s.path).sort()).toEqual(['a-deep.html', 'b-huge.html']);
    });
  });

  it('measures nesting as a parser would: void elements, optional end tags, comments and scripts do not nest', () => {
    expect(nestsDeeperThan(nested(MAX_HTML_NESTING - 3), MAX_HTML_NESTING)).toBe(false);
    expect(nestsDeeperThan(nested(MAX_HTML_NESTING + 1), MAX_HTML_NESTING)).toBe(true);
    const flatButTagged = `<body>${'<p>text <br><img src="x.png"><li>item <input>'.repeat(5_000)}</body>`;
    expect(nestsDeeperThan(flatButTagged, MAX_HTML_NESTING)).toBe(false);
    const hidden = `<body><!-- ${'<div>'.repeat(1_000)} --><script>const s = "${'<div>'.repeat(1_000)}";</script><p>ok</p></body>`;
    expect(nestsDeeperThan(hidden, MAX_HTML_NESTING)).toBe(false);
    const closedUpTo = `<body>${'<section><span><b>'.repeat(200)}${'</section>'.repeat(200)}</body>`;
    expect(nestsDeeperThan(closedUpTo, MAX_HTML_NESTING)).toBe(true);
    expect(extractHtml(nested(60)).text).toContain('Le bac de Kerlaz a repris');
  });
});
