import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { AlignmentStore } from '../../node/alignment-store';
import { describe, expect, it } from 'vitest';
import {
  openFolder,
  openPair,
  screenshot,
  selectText,
  useChromium,
  useTempDir,
  type AppUnderTest,
} from './harness';

/** Two reports of a fictional event; their first paragraphs are the same, so the engine links them. */
const SHARED =
  'Le pont du Héron, fermé depuis l’automne, rouvrira aux piétons le 12 mai, a annoncé la préfecture.';
const HERON = `LORVENNE (Écho des Marais)\n\n${SHARED}\n\nLes travaux ont coûté 4 millions d’euros, selon la mairie.\n`;
const VIGIE = `LORVENNE (La Vigie)\n\n${SHARED}\n\nLe chantier aurait coûté près de 5 millions, selon un élu d’opposition.\n`;

/** The body rows of the comparison holding `text`. */
function row(page: Page, text: string) {
  return page.getByRole('table').locator('[role="row"][data-kind]').filter({ hasText: text });
}

/** Presses a shortcut with the focus on no field, as a user would after clicking the page. */
async function press(app: AppUnderTest, keys: string): Promise<void> {
  await app.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await app.page.keyboard.press(keys);
}

describe('one Undo for every kind of edit', () => {
  const chrome = useChromium();
  const scratch = useTempDir('recoupe-undo-e2e-');

  it('Ctrl+Z takes back the last edit whatever its kind (alignment, outlet, note), Ctrl+Shift+Z redoes them', async () => {
    const folder = join(scratch(), 'pont');
    await mkdir(folder);
    await writeFile(join(folder, 'a1_heron.txt'), HERON);
    await writeFile(join(folder, 'b2_vigie.txt'), VIGIE);
    const app = await chrome.openApp();
    const { page } = app;
    await openFolder(app, folder);
    await openPair(page, 'a1', 'b2');

    // A note on the figure in the first article.
    await selectText(page, 'a', '4 millions');
    await page.locator('.note-adder').waitFor();
    await page.keyboard.press('Control+Alt+m');
    const composer = page.getByRole('region', { name: 'New note' });
    await composer.waitFor();
    await composer.getByRole('textbox', { name: 'Comment' }).fill('Quatre ou cinq millions ?');
    await composer.getByRole('button', { name: 'Save note' }).click();
    await composer.waitFor({ state: 'detached' });
    const marks = () => page.locator('mark.note-mark').count();
    await expect.poll(marks).toBeGreaterThan(0);

    // The outlet of the second article, by hand.
    const sidebar = page.getByRole('navigation', { name: 'Articles' });
    const vigie = sidebar.getByRole('listitem').filter({ hasText: 'b2_' });
    const badge = () => vigie.locator('.outlet-badge').textContent();
    const detected = await badge();
    await vigie.getByRole('button', { name: /Correct outlet or story/ }).click();
    await vigie.getByLabel('Outlet', { exact: true }).fill('La Vigie du Soir');
    await vigie.getByRole('button', { name: 'Set' }).click();
    await expect.poll(badge).toBe('La Vigie du Soir');

    // The engine's link between the shared paragraphs, undone by hand.
    const shared = row(page, 'rouvrira aux piétons');
    await expect.poll(() => shared.first().getAttribute('data-kind')).toBe('identical');
    await shared.getByRole('button', { name: /Change the alignment of row/ }).click();
    await shared.getByRole('button', { name: 'Unlink' }).click();
    await expect.poll(() => shared.first().getAttribute('data-kind')).toBe('only-a');
    await screenshot(page, 'undo-three-kinds');

    await press(app, 'Control+z');
    await expect.poll(() => shared.first().getAttribute('data-kind')).toBe('identical');
    expect(await badge()).toBe('La Vigie du Soir');
    await press(app, 'Control+z');
    await expect.poll(badge).toBe(detected);
    expect(await marks()).toBeGreaterThan(0);
    await press(app, 'Control+z');
    await expect.poll(marks).toBe(0);
    expect((await app.handlers.listNotes()).notes).toEqual([]);
    expect(await app.handlers.getUndoState()).toEqual({ undo: null, redo: 'note-add' });

    await press(app, 'Control+Shift+z');
    await expect.poll(marks).toBeGreaterThan(0);
    expect(await badge()).toBe(detected);
    await press(app, 'Control+Shift+z');
    await expect.poll(badge).toBe('La Vigie du Soir');
    expect(await shared.first().getAttribute('data-kind')).toBe('identical');
    await press(app, 'Control+Shift+z');
    await expect.poll(() => shared.first().getAttribute('data-kind')).toBe('only-a');
    expect(await app.handlers.getUndoState()).toEqual({ undo: 'alignment-unlink', redo: null });

    // Another window changes the pair's corrections: Undo says it cannot take the unlink back, and goes on.
    await new AlignmentStore(folder).setCorrections('a1_heron.txt', 'b2_vigie.txt', []);
    await press(app, 'Control+z');
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('“.recoupe/alignment.json” changed since this step');
    await press(app, 'Control+z');
    await expect.poll(badge).toBe(detected);
    await expect.poll(() => page.getByText('Undone: correct outlet').count()).toBe(1);
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
