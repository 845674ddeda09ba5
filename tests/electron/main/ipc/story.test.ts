import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHandlers, type Handlers } from '../../../../electron/main/ipc/handlers';
import * as analyzeFolderModule from '../../../../node/analyze-folder';
import { suggestStoryExportName } from '../../../../shared/story/export-options';
import { ipcTestClient } from '../../../helpers/ipc';
import { stubServices } from '../../../helpers/services';
import { storyFixturesDir } from '../../../helpers/story-fixture';

vi.mock('../../../../node/analyze-folder', { spy: true });

const OPTIONS = { paper: 'a4', landscape: true, lang: 'en' } as const;
const STRICT = { ignoreCase: false, ignorePunctuation: false, ignoreTypography: false } as const;

let base: string;
let root: string;
let handlers: Handlers;
const { connect, send, call } = ipcTestClient();
let saves: string[];
let printed: string[];

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'recoupe-story-ipc-'));
  root = join(base, 'vellmark');
  await cp(join(storyFixturesDir, 'vellmark'), root, { recursive: true });
  saves = [];
  printed = [];
  const choices: (string | null)[] = [join(base, 'story.html'), join(base, 'story.pdf'), null];
  handlers = createHandlers(
    stubServices(base, {
      dialogs: {
        chooseFolder: async () => null,
        saveFile: async (suggested) => {
          saves.push(suggested);
          return choices.shift() ?? null;
        },
      },
      printPdf: async (html) => {
        printed.push(html);
        const pdf = await PDFDocument.create();
        pdf.addPage([200, 200]);
        return pdf.save();
      },
    }),
  );
  connect(handlers);
});

afterEach(async () => {
  await handlers.dispose();
  await rm(base, { recursive: true, force: true });
});

describe('exportStory over IPC', () => {
  it('asks for an open folder first, and checks its arguments', async () => {
    expect(await send('exportStory', 'story-x', 'html', OPTIONS, STRICT)).toMatchObject({
      ok: false,
      error: { code: 'NO_FOLDER' },
    });
    expect(await send('exportStory', 'story-x', 'docx', OPTIONS, STRICT)).toMatchObject({
      ok: false,
      error: { code: 'BAD_ARGS' },
    });
    expect(await send('exportStory', 'story-x', 'html', OPTIONS)).toMatchObject({
      ok: false,
      error: { code: 'BAD_ARGS' },
    });
    expect(await send('exportStory', 'story-x', 'html', { ...OPTIONS, paper: 'a3' }, STRICT)).toMatchObject({
      ok: false,
      error: { code: 'BAD_ARGS' },
    });
  });

  it('saves the collation as HTML and PDF where the user chose, suggesting a name after the story', async () => {
    const folder = await call('openFolder', root);
    const story = folder.stories.find((s) => s.articles.length === 4)!;
    const html = (await call('exportStory', story.id, 'html', OPTIONS, STRICT))!;
    expect(html.path).toBe(join(base, 'story.html'));
    expect(await readFile(html.path, 'utf8')).toContain('<table class="story">');
    expect(basename(saves[0] ?? '')).toBe(suggestStoryExportName(story.title, '2024-03-04', 'html'));
    const pdf = (await call(
      'exportStory',
      story.id,
      'pdf',
      { ...OPTIONS, orderBy: 'le-veilleur.txt' },
      STRICT,
    ))!;
    expect(pdf.name).toBe('story.pdf');
    expect(printed[0]).toContain('<table class="story">');
    expect((await readFile(pdf.path)).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await call('exportStory', story.id, 'html', OPTIONS, STRICT)).toBeNull();
  });

  it("reuses the session's analysis instead of reading the folder again", async () => {
    const folder = await call('openFolder', root);
    const story = folder.stories.find((s) => s.articles.length === 4)!;
    const reads = vi.mocked(analyzeFolderModule.analyzeFolder).mock.calls.length;
    expect(await call('exportStory', story.id, 'html', OPTIONS, STRICT)).not.toBeNull();
    expect(vi.mocked(analyzeFolderModule.analyzeFolder).mock.calls.length).toBe(reads);
  });

  it('names an unknown story in its error', async () => {
    await call('openFolder', root);
    const result = await send('exportStory', 'story-000000000000', 'html', OPTIONS, STRICT);
    expect(result).toMatchObject({ ok: false, error: { code: 'EXPORT_FAILED' } });
    expect(result.ok ? '' : result.error.message).toContain('There is no story story-000000000000');
  });
});

describe('suggestStoryExportName', () => {
  it('puts the date and the title in a name every file system accepts', () => {
    expect(suggestStoryExportName('Tempête : la côte / le port?', '2024-03', 'pdf')).toBe(
      '2024-03 Collation - Tempête - la côte le port.pdf',
    );
    expect(suggestStoryExportName('x'.repeat(300), undefined, '.html').length).toBeLessThanOrEqual(126);
  });
});
