import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeSeeds } from '../helpers/seeds';
import { clippedText, openPair, openSeedsCopy, screenshot, useChromium, useTempDir } from './harness';

/** What each interface language calls the claims panel, the matrix button, and the topics the seeds' differences read as. */
const LANGS = [
  {
    lang: 'en',
    locale: 'en-US',
    panel: 'Notes and claims',
    matrix: 'Story matrix',
    differ: [/^troops \(frontière\)$/, /^date \(discussions\)$/],
  },
  {
    lang: 'fr',
    locale: 'fr-FR',
    panel: 'Notes et affirmations',
    matrix: 'Tableau des faits',
    differ: [/^soldats \(frontière\)$/, /^date \(discussions\)$/],
  },
] as const;

/** Whether each row (cards or matrix rows matching `selector`) is flagged, in the order shown. */
function flaggedInOrder(page: Page, selector: string): Promise<boolean[]> {
  return page.locator(selector).evaluateAll((els) => els.map((el) => el.classList.contains('flagged')));
}

/** A topic a journalist reads: words (no `·` between stems, no vague context word), starting with a letter or quote. */
function unreadable(topics: readonly string[]): string[] {
  return topics.filter((t) => t.includes(' · ') || !/^[\p{L}«“]/u.test(t) || /\((?:sujet|fois)\)/u.test(t));
}

describeSeeds('claims topics on the seeds', () => {
  const chrome = useChromium();
  const scratch = useTempDir('recoupe-topics-e2e-');

  for (const { lang, locale, panel: panelName, matrix, differ } of LANGS) {
    it(`shows readable topics with differences first in the claims panel and the story matrix (${lang})`, async () => {
      const app = await chrome.openApp({ locale });
      const { page } = app;
      await openSeedsCopy(app, scratch(), `topics-${lang}`);
      await openPair(page, '000', '003');

      const panel = page.getByRole('complementary', { name: panelName });
      await panel.locator('.claim-card').first().waitFor();
      // The facts told alike come folded, and are drawn only once their section is opened.
      const agree = panel.locator('details.claim-section-agree');
      expect(await agree.getAttribute('open')).toBeNull();
      expect(await panel.locator('.claim-card:not(.flagged)').count()).toBe(0);
      await agree.locator('summary').click();
      await panel.locator('.claim-card:not(.flagged)').first().waitFor();
      const cards = await flaggedInOrder(page, '.claim-card');
      expect(cards[0]).toBe(true);
      expect(cards.indexOf(false)).toBeGreaterThan(0);
      expect(cards.slice(cards.indexOf(false))).not.toContain(true);
      const flaggedTopics = await panel.locator('.claim-card.flagged .claim-topic').allTextContents();
      for (const topic of differ) expect(flaggedTopics.some((t) => topic.test(t))).toBe(true);
      expect(unreadable(await panel.locator('.claim-topic').allTextContents())).toEqual([]);
      expect(await clippedText(page)).toEqual([]);
      await screenshot(page, `claims-topics-panel-${lang}`);

      await panel.getByRole('button', { name: matrix }).click();
      const table = page.locator('table.claim-matrix');
      await table.waitFor();
      const rows = await flaggedInOrder(page, 'table.claim-matrix tbody tr[data-row]');
      expect(rows[0]).toBe(true);
      expect(rows.indexOf(false)).toBeGreaterThan(0);
      expect(rows.slice(rows.indexOf(false))).not.toContain(true);
      const matrixTopics = await table.locator('tbody tr[data-row] th .claim-topic').allTextContents();
      const flaggedMatrix = await table
        .locator('tbody tr.flagged[data-row] th .claim-topic')
        .allTextContents();
      // The matrix opens on the open article's story: its troop count is flagged there too.
      expect(flaggedMatrix.some((t) => differ[0]!.test(t))).toBe(true);
      expect(unreadable(matrixTopics)).toEqual([]);
      expect(await clippedText(page)).toEqual([]);
      await screenshot(page, `claims-topics-matrix-${lang}`);
      expect(app.errors).toEqual([]);
      await app.close();
    });
  }

  it('finds a watched phrase ticked "framing word" as a framing claim, saved in .recoupe/lexicon.json', async () => {
    const app = await chrome.openApp();
    const { page } = app;
    const folder = await openSeedsCopy(app, scratch(), 'lexicon');
    await openPair(page, '000', '003');
    const panel = page.getByRole('complementary', { name: 'Notes and claims' });
    await panel.getByRole('tab', { name: 'Search' }).click();
    await panel.getByRole('textbox', { name: 'Phrase to watch' }).fill('tensions');
    await panel.getByRole('button', { name: 'Watch', exact: true }).click();
    const tick = panel.getByRole('checkbox', { name: 'Count “tensions” as a framing word in the claims' });
    await tick.click();
    await expect.poll(() => tick.isChecked()).toBe(true);
    const saved = JSON.parse(await readFile(join(folder, '.recoupe', 'lexicon.json'), 'utf8')) as unknown;
    expect(saved).toEqual({ version: 1, entries: [{ phrase: 'tensions', kind: 'framing' }] });
    await screenshot(page, 'claims-lexicon-watchlist-en');

    await panel.getByRole('tab', { name: 'Claims' }).click();
    await panel.getByRole('button', { name: 'Story matrix' }).click();
    const table = page.locator('table.claim-matrix');
    await table.waitFor();
    // Framing words are matched by the words around them: these land in rows of their own article.
    await page
      .getByRole('dialog', { name: 'Story matrix: who reported what' })
      .getByRole('checkbox', { name: 'Also show facts only one article reports' })
      .click();
    const topics = () => table.locator('tbody tr[data-row] th .claim-topic').allTextContents();
    await expect.poll(topics).toContain('word chosen: “tensions”');
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
