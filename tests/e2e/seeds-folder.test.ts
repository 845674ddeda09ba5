import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { describeSeeds } from '../helpers/seeds';
import { clippedText, copySeeds, screenshot, useChromium, useTempDir } from './harness';

describeSeeds('opening the sample articles', () => {
  const chrome = useChromium();
  const scratch = useTempDir('recoupe-seeds-e2e-');
  let folder: string;

  beforeAll(async () => {
    folder = await copySeeds(scratch(), 'seeds');
  });

  it('shows the story of 000, 001 and 002 with outlet badges, keeps a corrected outlet, and picks up a new file', async () => {
    const app = await chrome.openApp();
    const { page } = app;
    await page.getByRole('heading', { name: 'Open a folder of articles' }).waitFor();
    app.folderChoices.push(folder);
    await page.getByRole('button', { name: 'Open folder' }).click();
    const sidebar = page.getByRole('navigation', { name: 'Articles' });
    await sidebar.waitFor();

    const story = sidebar.getByRole('region').filter({ hasText: '000_' }).first();
    const storyText = (await story.textContent()) ?? '';
    for (const id of ['000_', '001_', '002_']) expect(storyText).toContain(id);
    expect(storyText).not.toContain('003_');
    expect(storyText).not.toContain('004_');
    const badges = await story.locator('.outlet-badge').allTextContents();
    expect(badges.sort()).toEqual(['AFP', 'Reuters', 'Sputnik']);
    expect(await clippedText(page)).toEqual([]);
    await screenshot(page, 'seeds-stories');

    const row = sidebar.getByRole('listitem').filter({ hasText: '004_' });
    expect(await row.locator('.outlet-badge').textContent()).toBe('Unknown outlet');
    await row.getByRole('button', { name: /Correct outlet or story/ }).click();
    await row.getByLabel('Outlet', { exact: true }).fill('Le Monde');
    await screenshot(page, 'seeds-correct-outlet');
    await row.getByRole('button', { name: 'Set' }).click();
    await expect.poll(() => row.locator('.outlet-badge').textContent()).toBe('Le Monde');
    await page.keyboard.press('Control+z');
    await expect.poll(() => row.locator('.outlet-badge').textContent()).toBe('Unknown outlet');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => row.locator('.outlet-badge').textContent()).toBe('Le Monde');

    const reloaded = await chrome.openApp({ dataDir: app.dataDir });
    const row2 = reloaded.page
      .getByRole('navigation', { name: 'Articles' })
      .getByRole('listitem')
      .filter({ hasText: '004_' });
    await expect.poll(() => row2.locator('.outlet-badge').textContent()).toBe('Le Monde');

    await writeFile(
      join(folder, 'ajout.txt'),
      'Un article ajouté pendant que le dossier est ouvert.\n\nIl doit apparaître tout seul.\n',
    );
    await expect
      .poll(() => reloaded.page.getByRole('navigation', { name: 'Articles' }).textContent(), {
        timeout: 5000,
      })
      .toContain('ajout.txt');
    await rm(join(folder, 'ajout.txt'));
    const removed = reloaded.page.getByRole('region', { name: 'Removed from disk' });
    await expect.poll(() => removed.isVisible(), { timeout: 5000 }).toBe(true);
    expect(await removed.textContent()).toContain('ajout.txtfile removed');
    expect(reloaded.errors).toEqual([]);
    await reloaded.close();
    await app.close();
  });
});
