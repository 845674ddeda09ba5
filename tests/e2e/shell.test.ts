import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, screenshot, useChromium } from './harness';

const fixture = join(repoRoot, 'tests/fixtures/shell');

describe('app shell in Chromium', () => {
  const chrome = useChromium();

  it('shows the empty state, then opens a folder through the stubbed dialog', async () => {
    const app = await chrome.openApp();
    const { page } = app;
    await expect
      .poll(() => page.getByRole('heading', { name: 'Open a folder of articles' }).isVisible())
      .toBe(true);
    await screenshot(page, 'empty-state');

    app.folderChoices.push(fixture);
    await page.getByRole('button', { name: 'Open folder' }).click();
    const sidebar = page.getByRole('navigation', { name: 'Articles' });
    await expect.poll(() => sidebar.getByRole('button').count()).toBeGreaterThanOrEqual(3);
    expect(await sidebar.textContent()).toContain('2 articles');
    await screenshot(page, 'folder-opened');
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('hides and shows the article list and the side panel from the View menu and the keyboard', async () => {
    const app = await chrome.openApp({ initialFolder: fixture });
    const { page } = app;
    const sidebar = page.getByRole('navigation', { name: 'Articles' });
    const panel = page.getByRole('complementary');
    await sidebar.waitFor();
    await app.emit('menuCommand', { command: 'toggle-panel' });
    await expect.poll(() => panel.isVisible()).toBe(false);
    await page.keyboard.press('Control+Shift+L');
    await expect.poll(() => sidebar.isVisible()).toBe(false);
    const width = await page.locator('.compare-area').evaluate((el) => el.getBoundingClientRect().width);
    expect(width).toBeGreaterThan(1200);
    await page.keyboard.press('Control+Shift+L');
    await page.keyboard.press('Control+Shift+J');
    await expect.poll(() => sidebar.isVisible()).toBe(true);
    await expect.poll(() => panel.isVisible()).toBe(true);
    await app.close();
  });

  it('opens a folder with Ctrl+O and keeps the empty state when the dialog is cancelled', async () => {
    const app = await chrome.openApp();
    const { page } = app;
    await page.getByRole('heading', { name: 'Open a folder of articles' }).waitFor();
    app.folderChoices.push(null);
    await page.keyboard.press('Control+o');
    await expect.poll(() => app.folderChoices.length).toBe(0);
    expect(await page.getByRole('heading', { name: 'Open a folder of articles' }).isVisible()).toBe(true);
    app.folderChoices.push(fixture);
    await page.keyboard.press('Control+o');
    await page.getByRole('navigation', { name: 'Articles' }).waitFor();
    await app.close();
  });

  it('shows an error that says what to do when the chosen folder is gone', async () => {
    const app = await chrome.openApp();
    const { page } = app;
    await page.getByRole('heading', { name: 'Open a folder of articles' }).waitFor();
    app.folderChoices.push(join(fixture, 'no-such-folder'));
    await page.getByRole('button', { name: 'Open folder' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('“no-such-folder” cannot be found');
    await screenshot(page, 'error-banner');
    await page.getByRole('button', { name: 'Dismiss' }).click();
    expect(await page.getByRole('alert').count()).toBe(0);
    await app.close();
  });

  it('shows About with the version, from the Help menu command', async () => {
    const app = await chrome.openApp();
    const { page } = app;
    await page.getByRole('heading', { name: 'Open a folder of articles' }).waitFor();
    await app.emit('menuCommand', { command: 'about' });
    const dialog = page.getByRole('dialog', { name: 'About Recoupe' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Version 0.0.0-test');
    await screenshot(page, 'about');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await app.close();
  });

  it('follows the dark theme of the system and can be switched from the View menu', async () => {
    const app = await chrome.openApp({ colorScheme: 'dark' });
    const { page } = app;
    await page.getByRole('heading', { name: 'Open a folder of articles' }).waitFor();
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await background()).toBe('rgb(23, 24, 26)');
    await screenshot(page, 'empty-state-dark');
    await app.emit('menuCommand', { command: 'theme-light' });
    await expect.poll(background).toBe('rgb(247, 246, 243)');
    const saved = JSON.parse(await readFile(join(app.dataDir, 'settings.json'), 'utf8')) as { theme: string };
    expect(saved.theme).toBe('light');
    await app.close();
  });

  it('builds a sandboxed preload that requires nothing but electron', async () => {
    const preload = await readFile(join(repoRoot, 'out/preload/index.cjs'), 'utf8');
    const required = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(required).toEqual(['electron']);
  });
});
