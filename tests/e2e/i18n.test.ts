import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clippedText, repoRoot, screenshot, useChromium } from './harness';

const fixture = join(repoRoot, 'tests/fixtures/shell');

describe('the shell in French and English', () => {
  const chrome = useChromium();

  it('starts in French on a French system, with nothing clipped', async () => {
    const app = await chrome.openApp({ locale: 'fr-FR' });
    const { page } = app;
    await page.getByRole('heading', { name: 'Ouvrez un dossier d’articles' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await clippedText(page)).toEqual([]);
    await screenshot(page, 'fr-empty-state');

    app.folderChoices.push(join(fixture, 'absent'));
    await page.getByRole('button', { name: 'Ouvrir un dossier' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('« absent » est introuvable');
    await screenshot(page, 'fr-error');
    await page.getByRole('button', { name: 'Fermer' }).click();

    app.folderChoices.push(fixture);
    await page.getByRole('button', { name: 'Ouvrir un dossier' }).click();
    const sidebar = page.getByRole('navigation', { name: 'Articles' });
    await sidebar.waitFor();
    expect(await sidebar.textContent()).toMatch(/2 articles/);
    expect(await sidebar.textContent()).toMatch(/\d+ mots/);
    expect(await clippedText(page)).toEqual([]);
    await screenshot(page, 'fr-folder');

    await app.emit('menuCommand', { command: 'about' });
    const about = page.getByRole('dialog', { name: 'À propos de Recoupe' });
    await about.waitFor();
    expect(await clippedText(page)).toEqual([]);
    await screenshot(page, 'fr-about');
    await page.getByRole('button', { name: 'Fermer' }).click();

    await app.emit('menuCommand', { command: 'shortcuts' });
    const shortcuts = page.getByRole('dialog', { name: 'Raccourcis clavier' });
    await shortcuts.waitFor();
    expect(await shortcuts.textContent()).toContain('Ouvrir un dossier…');
    expect(await shortcuts.textContent()).toContain('Ctrl+O');
    await screenshot(page, 'fr-shortcuts');
    await app.close();
  });

  it('switches language at run time from the View menu and remembers it', async () => {
    const app = await chrome.openApp({ locale: 'en-US' });
    const { page } = app;
    await page.getByRole('heading', { name: 'Open a folder of articles' }).waitFor();
    await app.emit('menuCommand', { command: 'language-fr' });
    await page.getByRole('heading', { name: 'Ouvrez un dossier d’articles' }).waitFor();
    expect(await page.getByRole('button', { name: 'Ouvrir un dossier' }).isVisible()).toBe(true);

    const again = await chrome.openApp({ locale: 'en-US', dataDir: app.dataDir });
    await again.page.getByRole('heading', { name: 'Ouvrez un dossier d’articles' }).waitFor();
    await again.emit('menuCommand', { command: 'language-en' });
    await again.page.getByRole('heading', { name: 'Open a folder of articles' }).waitFor();
    expect(await clippedText(again.page)).toEqual([]);
    await again.close();
    await app.close();
  });
});
