import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeSeeds, seedsDir } from '../helpers/seeds';
import {
  clippedText,
  launchChrome,
  openApp,
  repoRoot,
  screenshot,
  serveRenderer,
  type AppUnderTest,
} from './harness';

/** Opens `folder` through the stubbed dialog and waits for the sidebar. */
async function openFolder(app: AppUnderTest, folder: string): Promise<void> {
  await app.page.getByRole('heading', { name: /Open a folder of articles|Ouvrez un dossier/ }).waitFor();
  app.folderChoices.push(folder);
  await app.page.getByRole('button', { name: /^(Open folder|Ouvrir un dossier)$/ }).click();
  await app.page.getByRole('navigation', { name: /^(Articles)$/ }).waitFor();
}

/** The sidebar button of the article whose file name starts with `prefix`. */
function article(page: Page, prefix: string) {
  return page
    .getByRole('navigation', { name: 'Articles' })
    .locator('button.article-item')
    .filter({ hasText: `${prefix}_` });
}

/** Selects `left`, then Ctrl+clicks `right`, and waits for the rows. */
async function comparePair(page: Page, left: string, right: string): Promise<void> {
  await article(page, left).click();
  await article(page, right).click({ modifiers: ['Control'] });
  await page.getByRole('table').locator('[role="row"][data-kind]').first().waitFor({ state: 'attached' });
}

/** Serious and critical accessibility violations found by axe-core inside `selector`. */
async function axeViolations(page: Page, selector: string): Promise<string[]> {
  await page.addScriptTag({ path: join(repoRoot, 'node_modules/axe-core/axe.min.js') });
  return page.evaluate(async (include) => {
    type Result = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
    const axe = (
      window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<Result> } }
    ).axe;
    const result = await axe.run({ include: [include] }, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(', ')}`,
      );
  }, selector);
}

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
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  let scratch: string;

  beforeAll(async () => {
    browser = await launchChrome();
    server = await serveRenderer();
    scratch = await mkdtemp(join(tmpdir(), 'recoupe-claims-e2e-'));
  });

  afterAll(async () => {
    await server?.close();
    await browser?.close();
    await rm(scratch, { recursive: true, force: true });
  });

  /** A private copy of the seeds, since corrections are written into the folder. */
  async function seedsCopy(name: string): Promise<string> {
    const folder = join(scratch, name);
    await cp(seedsDir, folder, { recursive: true });
    return folder;
  }

  it('story matrix: the troop count flagged for 000, 001, 002, 003; a cell shows its text in the comparison', async () => {
    const folder = await seedsCopy('matrix');
    const app = await openApp(browser, server.url);
    const { page } = app;
    await openFolder(app, folder);
    await comparePair(page, '000', '002');

    const panel = page.getByRole('complementary', { name: 'Notes and claims' });
    await panel.locator('.claim-card').first().waitFor();
    expect(await panel.locator('.claims-summary').textContent()).toMatch(/\d+ facts? reported differently/);
    expect(await panel.locator('.claim-card').first().getAttribute('class')).toContain('flagged');

    await panel.getByRole('button', { name: 'Story matrix' }).click();
    const dialog = page.getByRole('dialog', { name: 'Story matrix: who reported what' });
    await dialog.getByRole('table', { name: /Facts reported by 5 articles/ }).waitFor();
    const troops = matrixRow(page, /^soldats/);
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
    const folder = await seedsCopy('concordance');
    const app = await openApp(browser, server.url);
    const { page } = app;
    await openFolder(app, folder);
    await comparePair(page, '000', '001');
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
    const folder = await seedsCopy('dismiss');
    const dataDir = await mkdtemp(join(scratch, 'data-'));
    const first = await openApp(browser, server.url, { dataDir });
    await openFolder(first, folder);
    await comparePair(first.page, '000', '002');
    let panel = first.page.getByRole('complementary', { name: 'Notes and claims' });
    await panel.getByRole('button', { name: 'Story matrix' }).click();
    let troops = matrixRow(first.page, /^soldats/);
    await troops.waitFor();
    await troops.getByRole('button', { name: /^Correct the fact/ }).click();
    await first.page.getByRole('button', { name: /^Dismiss the flag “numbers differ” on “soldats/ }).click();
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

    const second = await openApp(browser, server.url, { dataDir });
    panel = second.page.getByRole('complementary', { name: 'Notes and claims' });
    await panel.getByRole('button', { name: 'Story matrix' }).click();
    troops = matrixRow(second.page, /^soldats/);
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
        const folder = await seedsCopy(`look-${lang}-${colorScheme}`);
        const app = await openApp(browser, server.url, {
          locale: lang === 'fr' ? 'fr-FR' : 'en-US',
          colorScheme,
        });
        const { page } = app;
        await openFolder(app, folder);
        await comparePair(page, '000', '002');
        const panel = page.locator('aside.side-panel');
        await panel.locator('.claim-card').first().waitFor();
        expect(await axeViolations(page, '.side-panel')).toEqual([]);
        await screenshot(page, `claims-panel-${colorScheme}-${lang}`);
        await panel
          .getByRole('button', { name: lang === 'fr' ? 'Tableau des faits' : 'Story matrix' })
          .click();
        await page.locator('table.claim-matrix').waitFor();
        await matrixRow(page, /^soldats/)
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
