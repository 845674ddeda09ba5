import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main';
import { DEMO_FOLDER_NAME, DEMO_MARKER, isDemoFolder } from '../../node/demo-folder';
import { createWorkspace } from '../../node/workspace';

const bundled = resolve(import.meta.dirname, '../../resources', DEMO_FOLDER_NAME);
let work: string;

/** Runs `recoupe` in `work` with captured output. */
async function recoupe(lang: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const env = { LANG: lang, RECOUPE_DATA_DIR: join(work, 'data') };
  const code = await runCli(
    argv,
    { out: (t) => (out += t), err: (t) => (err += t), cwd: work, env },
    '0.0.0',
  );
  return { code, out, err };
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'recoupe-demo-'));
  await cp(bundled, join(work, DEMO_FOLDER_NAME), { recursive: true });
  await cp(bundled, join(work, 'unmarked'), { recursive: true });
  await rm(join(work, 'unmarked', DEMO_MARKER));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('the fictional demo', () => {
  it('is known by its marker file, which says its articles are fictional', async () => {
    expect(await isDemoFolder(bundled)).toBe(true);
    expect(await isDemoFolder(join(work, 'unmarked'))).toBe(false);
    const odd = join(work, 'odd');
    await cp(join(work, 'unmarked'), odd, { recursive: true });
    await writeFile(join(odd, DEMO_MARKER), '{"fictional": false}');
    expect(await isDemoFolder(odd)).toBe(false);
    await writeFile(join(odd, DEMO_MARKER), 'not json');
    expect(await isDemoFolder(odd)).toBe(false);
  });

  it('opens as a folder view that says it is the demo, the marker not listed as a skipped file', async () => {
    const workspace = createWorkspace({});
    const demo = (await workspace.open(join(work, DEMO_FOLDER_NAME))).view();
    expect(demo.demo).toBe(true);
    expect(demo.name).toBe(DEMO_FOLDER_NAME);
    expect(demo.skipped).toEqual([]);
    const plain = (await workspace.open(join(work, 'unmarked'))).view();
    expect(plain.demo).toBe(false);
    await workspace.close();
  });

  it('watermarks every CLI export made from it (comparison and story, French and English), and no other', async () => {
    const pair = ['reuters-barrage-malzac.txt', 'sputnik-barrage-malzac.txt'];
    expect(
      (await recoupe('fr_FR.UTF-8', 'export', DEMO_FOLDER_NAME, ...pair, '--html', 'fr.html')).code,
    ).toBe(0);
    const fr = await readFile(join(work, 'fr.html'), 'utf8');
    expect(fr).toContain('class="demo-watermark"');
    expect(fr).toContain('Démo fictive : les articles de ce document ont été inventés');
    expect(fr).toMatch(/<title>Démo fictive · /);

    expect(
      (await recoupe('en_GB.UTF-8', 'export', DEMO_FOLDER_NAME, ...pair, '--html', 'en.html')).code,
    ).toBe(0);
    expect(await readFile(join(work, 'en.html'), 'utf8')).toContain('Fictional demo: the articles');

    const story = await recoupe('en_GB.UTF-8', 'story', DEMO_FOLDER_NAME);
    const id = /\b(story-[0-9a-f]+)\b/.exec(story.out)?.[1];
    expect(id, story.out).toBeDefined();
    expect((await recoupe('en_GB.UTF-8', 'story', DEMO_FOLDER_NAME, id!, '--html', 'story.html')).code).toBe(
      0,
    );
    expect(await readFile(join(work, 'story.html'), 'utf8')).toContain('class="demo-watermark"');

    expect((await recoupe('en_GB.UTF-8', 'export', 'unmarked', ...pair, '--html', 'plain.html')).code).toBe(
      0,
    );
    const plain = await readFile(join(work, 'plain.html'), 'utf8');
    expect(plain).not.toContain('demo-watermark');
    expect(plain).not.toContain('Fictional demo');
  });
});
