import { cp, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, screenshot, useChromium, useTempDir } from './harness';

const fixture = join(repoRoot, 'tests/fixtures/shell');

describe('ways into a folder', () => {
  const chrome = useChromium();
  const work = useTempDir('recoupe-folder-e2e-');

  it('reopens the last folder on restart and lists recent folders, a missing one greyed with Locate…', async () => {
    const first = join(work(), 'first');
    const second = join(work(), 'second');
    await cp(fixture, first, { recursive: true });
    await cp(fixture, second, { recursive: true });
    const dataDir = join(work(), 'data');
    await mkdir(dataDir);
    const app = await chrome.openApp({ dataDir });
    await app.page.getByRole('heading', { name: 'Open a folder of articles' }).waitFor();
    app.folderChoices.push(first);
    await app.page.keyboard.press('Control+o');
    await app.page.getByRole('navigation', { name: 'Articles' }).waitFor();

    // A restart: the first window is closed before the next opens (they share the settings file, as one app does).
    await app.close();
    const restarted = await chrome.openApp({ dataDir });
    await restarted.page.getByRole('navigation', { name: 'Articles' }).waitFor();
    expect(await restarted.page.getByText('first', { exact: true }).isVisible()).toBe(true);

    restarted.folderChoices.push(second);
    await restarted.page.keyboard.press('Control+o');
    await expect.poll(() => restarted.page.getByText('second', { exact: true }).isVisible()).toBe(true);
    await rm(second, { recursive: true });

    await restarted.close();
    const third = await chrome.openApp({ dataDir });
    const recent = third.page.getByRole('region', { name: 'Recent folders' });
    await recent.waitFor();
    expect(await recent.textContent()).toContain('second (not found)');
    await third.page.getByRole('button', { name: 'first' }).waitFor();
    await screenshot(third.page, 'recent-folders');

    third.folderChoices.push(first);
    await third.page.getByRole('button', { name: 'Locate…' }).click();
    await third.page.getByRole('navigation', { name: 'Articles' }).waitFor();
    // Locate… opens the found folder, then forgets the missing entry: wait for both steps.
    await expect
      .poll(async () => (await third.handlers.getRecentFolders()).map((f) => f.name))
      .toEqual(['first']);
    await third.close();
  });

  it('opens a copy of the bundled demo on first run, and not on later runs once closed', async () => {
    const app = await chrome.openApp({ resourcesDir: join(repoRoot, 'resources') });
    const sidebar = app.page.getByRole('navigation', { name: 'Articles' });
    await sidebar.waitFor();
    expect(await sidebar.textContent()).toContain('5 articles');
    expect(await app.page.getByText('fictional-demo', { exact: true }).isVisible()).toBe(true);
    expect((await readdir(join(app.dataDir, 'fictional-demo'))).sort()).toEqual(
      (await readdir(join(repoRoot, 'resources/fictional-demo'))).sort(),
    );
    await screenshot(app.page, 'demo-first-run');
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('opens the folder named on the command line', async () => {
    const app = await chrome.openApp({ initialFolder: fixture });
    await app.page.getByRole('navigation', { name: 'Articles' }).waitFor();
    expect(await app.page.getByText('shell', { exact: true }).isVisible()).toBe(true);
    await app.close();
  });

  it('saves pasted text as a new article in the open folder, and says so when the clipboard is empty', async () => {
    const folder = join(work(), 'paste');
    await cp(fixture, folder, { recursive: true });
    const app = await chrome.openApp({ initialFolder: folder });
    const { page } = app;
    await page.getByRole('navigation', { name: 'Articles' }).waitFor();
    await app.emit('menuCommand', { command: 'new-from-clipboard' });
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('The clipboard holds no text');
    await page.getByRole('button', { name: 'Dismiss' }).click();

    app.clipboard.text = 'Un titre collé\r\n\r\nLe corps de l’article collé depuis un site.';
    await app.emit('menuCommand', { command: 'new-from-clipboard' });
    await expect
      .poll(() => page.getByRole('navigation', { name: 'Articles' }).textContent())
      .toContain('3 articles');
    const saved = (await readdir(folder)).find((f) => f.startsWith('clipboard '));
    expect(saved).toBeDefined();
    expect(await readFile(join(folder, saved ?? ''), 'utf8')).toBe(
      'Un titre collé\n\nLe corps de l’article collé depuis un site.\n',
    );
    await app.close();
  });

  it('opens a folder dropped on the window', async () => {
    const app = await chrome.openApp();
    const { page } = app;
    await page.getByRole('heading', { name: 'Open a folder of articles' }).waitFor();
    await page.evaluate((path) => {
      (window as unknown as { __recoupeDropPaths: Record<string, string> }).__recoupeDropPaths['shell'] =
        path;
      const data = new DataTransfer();
      data.items.add(new File([''], 'shell'));
      const target = document.querySelector('.app');
      target?.dispatchEvent(
        new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: data }),
      );
      target?.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
    }, fixture);
    await page.getByRole('navigation', { name: 'Articles' }).waitFor();
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
