import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { storyFixturesDir } from '../helpers/story-fixture';
import { axeViolations, openFolder, resultsDir, screenshot, useChromium, waitForRows } from './harness';

/** A fictional storm story of four articles (tests/fixtures/story/vellmark, our own writing). */
const folder = join(storyFixturesDir, 'vellmark');

/** Selects the Agence Nordique article, then Ctrl+clicks the Courrier du Lac one, and waits for the rows. */
async function openVellmarkPair(page: Page): Promise<void> {
  const list = page.getByRole('navigation', { name: 'Articles' });
  await list.locator('button.article-item').filter({ hasText: 'agence-nordique' }).click();
  await list
    .locator('button.article-item')
    .filter({ hasText: 'courrier-du-lac' })
    .click({ modifiers: ['Control'] });
  await waitForRows(page);
}

/** Where the first line of article text starts, in pixels from the top of the window. */
function firstTextTop(page: Page): Promise<number> {
  return page
    .locator('.cmp-table .cmp-text')
    .first()
    .evaluate((el) => el.getBoundingClientRect().top);
}

/** The rendered width of the article list. */
function sidebarWidth(page: Page): Promise<number> {
  return page.locator('nav#pane-sidebar').evaluate((el) => el.getBoundingClientRect().width);
}

/** Opens the story view of the first story in the list and waits for its rows. */
async function openStory(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Articles' })
    .getByRole('button', { name: /^(Story view|Vue de l’histoire|Vue du sujet)$/ })
    .first()
    .click();
  await page.locator('.story-rows [role="row"]').first().waitFor({ timeout: 30_000 });
}

describe('room for the text', () => {
  const chrome = useChromium();

  for (const locale of ['fr-FR', 'en-US']) {
    it(`starts the article text in the top half of a 1280×720 window (${locale}, default settings)`, async () => {
      const app = await chrome.openApp({ locale });
      try {
        await app.page.setViewportSize({ width: 1280, height: 720 });
        await openFolder(app, folder);
        await openVellmarkPair(app.page);
        expect(await firstTextTop(app.page)).toBeLessThan(360);
        const toolbar = app.page.getByRole('toolbar');
        expect((await toolbar.boundingBox())?.height ?? 999).toBeLessThan(50);
        expect(app.errors).toEqual([]);
      } finally {
        await app.close();
      }
    });
  }

  it('resizes the article list by dragging and by the keyboard, hides it with a visible button, and remembers', async () => {
    const app = await chrome.openApp();
    const { page } = app;
    await page.setViewportSize({ width: 1280, height: 720 });
    await openFolder(app, folder);
    await openVellmarkPair(page);
    const handle = page.getByRole('separator', { name: 'Width of the article list' });
    const before = Number(await handle.getAttribute('aria-valuenow'));
    expect(Math.round(await sidebarWidth(page))).toBe(before);

    const box = await handle.boundingBox();
    if (!box) throw new Error('the separator is not drawn');
    await page.mouse.move(box.x + box.width / 2, box.y + 200);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 60, box.y + 200, { steps: 4 });
    await page.mouse.up();
    expect(Number(await handle.getAttribute('aria-valuenow'))).toBe(before + 60);
    expect(Math.round(await sidebarWidth(page))).toBe(before + 60);

    await handle.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(Number(await handle.getAttribute('aria-valuenow'))).toBe(before + 60 - 32);
    expect(Math.round(await sidebarWidth(page))).toBe(before + 28);

    const panelHandle = page.getByRole('separator', { name: 'Width of the side panel' });
    const panelBefore = Number(await panelHandle.getAttribute('aria-valuenow'));
    await panelHandle.focus();
    await page.keyboard.press('ArrowLeft');
    expect(Number(await panelHandle.getAttribute('aria-valuenow'))).toBe(panelBefore + 16);

    await page.getByRole('button', { name: 'Hide the side panel' }).click();
    expect(await page.getByRole('complementary', { name: 'Notes and claims' }).isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Fold the summary' }).click();
    expect(await page.locator('.cmp-figures').isVisible()).toBe(false);
    await screenshot(page, 'layout-resized-1280x720-en-light');

    const again = await chrome.openApp({ dataDir: app.dataDir });
    try {
      await again.page.setViewportSize({ width: 1280, height: 720 });
      await waitForRows(again.page);
      expect(Math.round(await sidebarWidth(again.page))).toBe(before + 28);
      expect(await again.page.getByRole('complementary', { name: 'Notes and claims' }).isVisible()).toBe(
        false,
      );
      await again.page.getByRole('button', { name: 'Show the side panel' }).click();
      expect(
        Number(
          await again.page
            .getByRole('separator', { name: 'Width of the side panel' })
            .getAttribute('aria-valuenow'),
        ),
      ).toBe(panelBefore + 16);
      expect(await again.page.getByRole('button', { name: 'Unfold the summary' }).isVisible()).toBe(true);
    } finally {
      await again.close();
      await app.close();
    }
  });

  it('lists the differences beside the overview, jumps to each, and links sentences on demand', async () => {
    const app = await chrome.openApp();
    const { page } = app;
    try {
      await page.setViewportSize({ width: 1440, height: 900 });
      await openFolder(app, folder);
      await openVellmarkPair(page);
      const toolbar = page.getByRole('toolbar');
      const total = Number(/(\d+) differences/.exec((await toolbar.textContent()) ?? '')?.[1]);
      expect(total).toBeGreaterThan(2);
      await toolbar.getByRole('button', { name: 'List of the differences' }).click();
      const list = page.getByRole('region', { name: 'Differences', exact: true });
      const items = list.getByRole('button');
      expect(await items.count()).toBe(total);
      expect(await items.nth(0).textContent()).toMatch(
        /^(Edited|Partial|Reworded|Paraphrase|Added|Cut|Only)/,
      );
      const third = await items.nth(2).textContent();
      await items.nth(2).click();
      const current = page.locator('[role="table"] [role="row"][aria-current="true"]');
      await current.waitFor();
      const words = (third ?? '').replace(/^.*?(agence-nordique|courrier-du-lac)\.txt/, '').replace('…', '');
      expect((await current.textContent())?.replace(/\s+/g, ' ')).toContain(words.slice(0, 30));
      expect(await items.nth(2).getAttribute('aria-current')).toBe('true');
      expect(toolbar.getByText(`Difference 3 of ${total}`)).toBeTruthy();
      await screenshot(page, 'layout-changes-1440x900-en-light');

      const table = page.getByRole('table');
      expect(await table.getByText('Paragraph 1', { exact: true }).count()).toBeGreaterThan(0);
      await toolbar.getByRole('combobox', { name: 'Link' }).selectOption('sentence');
      await expect.poll(() => table.getByText('Sentence 1', { exact: true }).count()).toBeGreaterThan(0);
      expect(await table.getByText('Paragraph 1', { exact: true }).count()).toBe(0);
      expect(await page.getByRole('button', { name: /Change the alignment of row/ }).count()).toBe(0);
      expect(await page.getByText('Hand corrections of the alignment apply to paragraphs').count()).toBe(1);
      await toolbar.getByRole('combobox', { name: 'Link' }).selectOption('paragraph');
      await expect.poll(() => table.getByText('Paragraph 1', { exact: true }).count()).toBeGreaterThan(0);
      expect(await page.getByRole('button', { name: /Change the alignment of row/ }).count()).toBeGreaterThan(
        0,
      );
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('gives the story view the whole width: no side panel beside it', async () => {
    const app = await chrome.openApp();
    try {
      await app.page.setViewportSize({ width: 1280, height: 720 });
      await openFolder(app, folder);
      await openStory(app.page);
      expect(await app.page.getByRole('complementary', { name: 'Notes and claims' }).isVisible()).toBe(false);
      const main = await app.page.locator('.compare-area').boundingBox();
      const side = await sidebarWidth(app.page);
      expect((main?.width ?? 0) + side).toBeGreaterThan(1280 - 30);
    } finally {
      await app.close();
    }
  });

  it('has no accessibility violation of any level in the compare view', async () => {
    const app = await chrome.openApp();
    try {
      await openFolder(app, folder);
      await openVellmarkPair(app.page);
      expect(await axeViolations(app.page, undefined, 'all')).toEqual([]);
    } finally {
      await app.close();
    }
  });

  for (const [width, height] of [
    [1280, 720],
    [1440, 900],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      for (const locale of ['fr-FR', 'en-US']) {
        it(`screenshots of the compare and story views at ${width}×${height}, ${scheme}, ${locale}`, async () => {
          const app = await chrome.openApp({ locale, colorScheme: scheme });
          try {
            await app.page.setViewportSize({ width, height });
            await openFolder(app, folder);
            await openVellmarkPair(app.page);
            const name = `${width}x${height}-${locale.slice(0, 2)}-${scheme}`;
            await app.page.screenshot({ path: join(resultsDir, `layout-compare-${name}.png`) });
            await openStory(app.page);
            await app.page.screenshot({ path: join(resultsDir, `layout-story-${name}.png`) });
            expect(app.errors).toEqual([]);
          } finally {
            await app.close();
          }
        });
      }
    }
  }
});
