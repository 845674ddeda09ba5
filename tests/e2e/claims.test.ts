import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeSeeds } from '../helpers/seeds';
import {
  axeViolations,
  clippedText,
  copySeeds,
  openFolder,
  openPair,
  openSeedsCopy,
  screenshot,
  useChromium,
  useTempDir,
} from './harness';

/** True when the first element matching `selector` is inside the comparison's scrolling area, in view. */
function inView(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const box = document.querySelector(sel)?.getBoundingClientRect();
    const area = document.querySelector('.cmp-scroll')?.getBoundingClientRect();
    return Boolean(box && area && box.top >= area.top - 1 && box.bottom <= area.bottom + 1);
  }, selector);
}

/** The matrix row whose topic starts with `topic`. */
function matrixRow(page: Page, topic: RegExp) {
  return page
    .locator('table.claim-matrix tbody tr[data-row]')
    .filter({ has: page.locator('th .claim-topic', { hasText: topic }) });
}

/** Prefixes (000, 001…) of the articles whose cell in `row` is flagged. */
async function flaggedCells(row: ReturnType<typeof matrixRow>): Promise<string[]> {
  return row
    .locator('td[data-flagged="true"]')
    .evaluateAll((cells) => cells.map((c) => (c.getAttribute('data-article') ?? '').slice(0, 3)));
}

describeSeeds('claims and concordance in the app', () => {
  const chrome = useChromium();
  const scratch = useTempDir('recoupe-claims-e2e-');

  it('story matrix: the troop count flagged for 000, 001, 002, 003; a cell shows its text in the comparison', async () => {
    const app = await chrome.openApp();
    const { page } = app;
    await openSeedsCopy(app, scratch(), 'matrix');
    await openPair(page, '000', '002');

    const panel = page.getByRole('complementary', { name: 'Notes and claims' });
    await panel.locator('.claim-card').first().waitFor();
    expect(await panel.locator('.claims-summary').textContent()).toMatch(/\d+ facts? reported differently/);
    expect(await panel.locator('.claim-card').first().getAttribute('class')).toContain('flagged');

    await panel.getByRole('button', { name: 'Story matrix' }).click();
    // It opens on the open article's story; the whole folder is one choice away.
    const scope = page.getByRole('combobox', { name: 'Articles' });
    expect(await scope.inputValue()).toBe('story');
    await scope.selectOption('folder');
    const dialog = page.getByRole('dialog', { name: 'Story matrix: who reported what' });
    await dialog.getByRole('table', { name: /Facts reported by 5 articles/ }).waitFor();
    const troops = matrixRow(page, /^(?:troops|soldats) \(/);
    expect(await troops.count()).toBe(1);
    expect(await flaggedCells(troops)).toEqual(['000', '001', '002', '003']);
    expect(await troops.locator('td[data-article^="004"]').textContent()).toContain('not reported');
    expect(await troops.locator('th').textContent()).toMatch(/numbers differ/);
    expect(await clippedText(page)).toEqual([]);
    expect(await axeViolations(page, '.claims-matrix-dialog')).toEqual([]);
    await screenshot(page, 'claims-matrix-light-en');

    await troops.locator('td[data-article^="003"]').getByRole('button').first().click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('.cmp-view .text-mark-target').count()).toBeGreaterThan(0);
    const headers = await page.getByRole('columnheader').allTextContents();
    expect(headers.join(' ')).toMatch(/000_.*003_/s);
    const target = page.locator('.cmp-view .text-mark-target').first();
    expect(await target.textContent()).toMatch(/100\.000/);
    await expect.poll(() => inView(page, '.cmp-view .text-mark-target')).toBe(true);
    await screenshot(page, 'claims-shown-in-comparison');
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('concordance of "ligne rouge": hits of Reuters and Sputnik with counts; a hit opens its article there', async () => {
    const app = await chrome.openApp();
    const { page } = app;
    await openSeedsCopy(app, scratch(), 'concordance');
    await openPair(page, '000', '001');
    const panel = page.getByRole('complementary', { name: 'Notes and claims' });
    await panel.getByRole('tab', { name: 'Search' }).click();
    const watched = panel.getByRole('button', { name: /^ligne rouge/ });
    await expect.poll(() => watched.textContent()).toMatch(/\d+ hits?/);
    await watched.click();
    const results = panel.getByRole('region', { name: 'Hits for “ligne rouge”, by outlet' });
    await results.waitFor();
    const groups = await results.locator('.concordance-group').evaluateAll((sections) =>
      sections.map((s) => ({
        outlet: s.getAttribute('data-outlet'),
        count: s.querySelector('.concordance-count')?.textContent,
      })),
    );
    expect(groups.map((g) => g.outlet)).toEqual(expect.arrayContaining(['reuters', 'sputnik']));
    for (const g of groups) expect(g.count).toMatch(/^\d+ hits?$/);
    expect(await results.locator('.concordance-match').first().textContent()).toMatch(/ligne rouge/i);

    await panel.getByRole('searchbox', { name: 'Phrase' }).fill('Lignes Rouges');
    await panel.getByRole('button', { name: 'Search', exact: true }).click();
    await panel
      .getByRole('status')
      .filter({ hasText: /hits? for “Lignes Rouges”/ })
      .waitFor();
    expect(await results.count()).toBe(0);
    const sputnik = panel.locator('.concordance-group[data-outlet="sputnik"] .concordance-hit').first();
    await sputnik.click();
    await expect
      .poll(() =>
        page
          .getByRole('columnheader')
          .allTextContents()
          .then((h) => h.join(' ')),
      )
      .toMatch(/000_.*002_/s);
    await expect.poll(() => inView(page, '.cmp-view .text-mark-target')).toBe(true);
    expect(await page.locator('.cmp-view .text-mark-watch').count()).toBeGreaterThan(0);
    expect(await clippedText(page)).toEqual([]);
    expect(await axeViolations(page, '.side-panel')).toEqual([]);
    await screenshot(page, 'claims-concordance-light-en');
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('dismissing a flag is saved in the folder and survives a restart; the watchlist is edited there too', async () => {
    const folder = await copySeeds(scratch(), 'dismiss');
    const dataDir = await mkdtemp(join(scratch(), 'data-'));
    const first = await chrome.openApp({ dataDir });
    await openFolder(first, folder);
    await openPair(first.page, '000', '002');
    let panel = first.page.getByRole('complementary', { name: 'Notes and claims' });
    await panel.getByRole('button', { name: 'Story matrix' }).click();
    await first.page.getByRole('combobox', { name: 'Articles' }).selectOption('folder');
    let troops = matrixRow(first.page, /^troops \(/);
    await troops.waitFor();
    await troops.getByRole('button', { name: /^Correct the fact/ }).click();
    await first.page.getByRole('button', { name: /^Dismiss the flag “numbers differ” on “troops/ }).click();
    await expect.poll(() => troops.locator('th .claim-flags').textContent()).not.toMatch(/numbers differ/);
    await first.page.getByRole('button', { name: /^Restore the flag “numbers differ”/ }).waitFor();
    const saved = JSON.parse(await readFile(join(folder, '.recoupe/claims.json'), 'utf8')) as {
      corrections: { type: string; discrepancy?: string }[];
    };
    expect(saved.corrections).toEqual([
      expect.objectContaining({ type: 'dismiss', discrepancy: 'number-differs' }),
    ]);
    await first.page.keyboard.press('Escape');

    await panel.getByRole('tab', { name: 'Search' }).click();
    await panel.getByRole('textbox', { name: 'Phrase to watch' }).fill('Otan');
    await panel.getByRole('button', { name: 'Watch', exact: true }).click();
    await panel.getByRole('button', { name: /^Otan/ }).waitFor();
    await panel.getByRole('button', { name: 'Remove “ligne rouge” from the watched phrases' }).click();
    await expect
      .poll(() => panel.locator('.watchlist-phrase').allTextContents())
      .toEqual([expect.stringMatching(/^Otan/)]);
    await first.close();

    const second = await chrome.openApp({ dataDir });
    panel = second.page.getByRole('complementary', { name: 'Notes and claims' });
    await panel.getByRole('button', { name: 'Story matrix' }).click();
    await second.page.getByRole('combobox', { name: 'Articles' }).selectOption('folder');
    troops = matrixRow(second.page, /^troops \(/);
    await troops.waitFor();
    expect(await troops.locator('th .claim-flags').textContent()).not.toMatch(/numbers differ/);
    expect(await flaggedCells(troops)).toEqual(['000', '001', '002', '003']);
    await troops.getByRole('button', { name: /^Correct the fact/ }).click();
    await second.page.getByRole('button', { name: /^Restore the flag “numbers differ”/ }).waitFor();
    await second.page.keyboard.press('Escape');
    await panel.getByRole('tab', { name: 'Search' }).click();
    await expect
      .poll(() => panel.locator('.watchlist-phrase').allTextContents())
      .toEqual([expect.stringMatching(/^Otan/)]);
    expect(second.errors).toEqual([]);
    await second.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  for (const lang of ['en', 'fr'] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`panels in ${lang === 'fr' ? 'French' : 'English'}, ${colorScheme} theme: no serious accessibility problem, nothing cut`, async () => {
        const app = await chrome.openApp({
          locale: lang === 'fr' ? 'fr-FR' : 'en-US',
          colorScheme,
        });
        const { page } = app;
        await openSeedsCopy(app, scratch(), `look-${lang}-${colorScheme}`);
        await openPair(page, '000', '002');
        const panel = page.locator('aside.side-panel');
        await panel.locator('.claim-card').first().waitFor();
        const differ = panel.locator('.claim-section-differ .claim-topic');
        expect(await differ.first().textContent()).toBe(
          lang === 'fr' ? 'soldats (frontière)' : 'troops (frontière)',
        );
        await panel.locator('.claim-section-agree > summary').click();
        const topics = await panel.locator('.claim-topic').allTextContents();
        expect(topics).toContain(lang === 'fr' ? 'durée (appel)' : 'length (appel)');
        expect(topics.join(' ')).not.toMatch(/ · /);
        const values = await panel.locator('.claim-value').allTextContents();
        expect(values).toContain('50 minutes');
        expect(values.join(' ')).not.toMatch(/PT\d/);
        expect(await axeViolations(page, '.side-panel')).toEqual([]);
        await screenshot(page, `claims-panel-${colorScheme}-${lang}`);
        await panel
          .getByRole('button', { name: lang === 'fr' ? 'Tableau des faits' : 'Story matrix' })
          .click();
        await page.locator('table.claim-matrix').waitFor();
        await matrixRow(page, /^(?:troops|soldats) \(/)
          .getByRole('button', { name: lang === 'fr' ? /^Corriger le fait/ : /^Correct the fact/ })
          .click();
        expect(await clippedText(page)).toEqual([]);
        expect(await axeViolations(page, '.claims-matrix-dialog')).toEqual([]);
        await screenshot(page, `claims-matrix-${colorScheme}-${lang}`);
        await page.keyboard.press('Escape');
        await panel.getByRole('tab', { name: lang === 'fr' ? 'Recherche' : 'Search' }).click();
        await panel.locator('.watchlist-phrase').first().click();
        await panel.locator('.concordance-group').first().waitFor();
        expect(await clippedText(page)).toEqual([]);
        expect(await axeViolations(page, '.side-panel')).toEqual([]);
        await screenshot(page, `claims-search-${colorScheme}-${lang}`);
        expect(app.errors).toEqual([]);
        await app.close();
      });
    }
  }
});
