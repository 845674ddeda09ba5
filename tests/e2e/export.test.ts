import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flat, readPdf } from '../helpers/pdf-text';
import { openOptions, repoRoot, screenshot, useChromium, useTempDir } from './harness';

describe('exporting from the app', () => {
  const chrome = useChromium();
  const out = useTempDir('recoupe-export-e2e-');

  it('exports the open pair as PDF with the suggested name, shows progress, then Open and Show in folder', async () => {
    const app = await chrome.openApp({ resourcesDir: join(repoRoot, 'resources') });
    const { page } = app;
    const sidebar = page.getByRole('navigation', { name: 'Articles' });
    await sidebar.waitFor();
    await app.emit('menuCommand', { command: 'export-pdf' });
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('Open a comparison of two articles first');
    await page.getByRole('button', { name: 'Dismiss' }).click();

    await sidebar.locator('.article-item', { hasText: 'Le déversoir du barrage' }).click();
    await sidebar
      .locator('.article-item', { hasText: 'Lusanie: rupture du barrage' })
      .click({ modifiers: ['Control'] });
    await page.getByRole('toolbar').waitFor();
    await page.locator('.cmp-mid').first().waitFor();
    await screenshot(page, 'demo-compare');
    const dialog = page.getByRole('dialog', { name: 'Export the comparison' });
    await openOptions(page);
    await page
      .getByRole('toolbar')
      .getByRole('button', { name: /^Export PDF…/ })
      .click();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await page.keyboard.press('Control+e');
    await dialog.waitFor();
    await screenshot(page, 'export-dialog');

    const target = join(out(), 'reuters-sputnik.pdf');
    app.saveChoices.push(target);
    await dialog.getByRole('button', { name: 'Export PDF…' }).click();
    await dialog.getByText('Saved “reuters-sputnik.pdf”').waitFor({ timeout: 30_000 });
    expect(app.suggestedSaves.at(-1)).toMatch(/2024-04-14 Reuters vs Sputnik - .+\.pdf$/);
    const pdf = await readFile(target);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // Made from the fictional demo: every page says so, and the first page says why.
    const printed = await readPdf(new Uint8Array(pdf));
    for (const p of printed.pages) expect(flat(p.text)).toMatch(/Fictional demo/i);
    expect(flat(printed.pages[0]!.text)).toContain('None of the outlets named published them');
    expect(String(printed.info.Title)).toMatch(/^Fictional demo · /);
    expect((await readdir(out())).filter((f) => f.endsWith('.part'))).toEqual([]);
    await screenshot(page, 'export-saved');

    await dialog.getByRole('button', { name: 'Show in folder' }).click();
    await dialog.getByRole('button', { name: 'Open' }).click();
    await expect.poll(() => app.opened).toEqual([target]);
    expect(app.shown).toEqual([target]);

    app.saveChoices.push(join(out(), 'no-such-dir', 'x.pdf'));
    await dialog.getByRole('button', { name: 'Export PDF…' }).click();
    const failure = dialog.getByRole('alert');
    await failure.waitFor({ timeout: 30_000 });
    expect(await failure.textContent()).toContain('The export was not saved');
    expect(await failure.textContent()).toContain('x.pdf');
    await screenshot(page, 'export-failed');
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('refuses to open a file it did not export', async () => {
    const app = await chrome.openApp();
    await expect(Promise.resolve(app.handlers.openExported('/etc/passwd'))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await app.close();
  });
});
