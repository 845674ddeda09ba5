import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeSeeds, seedsDir } from '../helpers/seeds';
import { StoryGenerator } from '../helpers/story-text';
import { clippedText, openFolder, screenshot, useChromium, useTempDir } from './harness';

/** Opens the story view of the story holding three articles and waits for its table. */
async function openStory(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Articles' })
    .getByRole('button', { name: /^(Story view|Vue du sujet)$/ })
    .first()
    .click();
  await page.locator('.story-rows [role="row"]').first().waitFor({ timeout: 30_000 });
}

/** The story row one of whose cells contains `text`. */
function storyRow(page: Page, text: string | RegExp) {
  return page.locator('.story-rows [role="row"]').filter({ hasText: text });
}

/** Which columns carry a row (its cells that are not gaps), 0-based. */
async function carriers(page: Page, text: string | RegExp): Promise<number[]> {
  return storyRow(page, text).evaluate((row) =>
    [...row.querySelectorAll('[role="cell"]')].flatMap((cell) =>
      cell.classList.contains('story-gap') ? [] : [Number(cell.getAttribute('data-col'))],
    ),
  );
}

describeSeeds('the story view', () => {
  const chrome = useChromium();

  it('collates Reuters, AFP and Sputnik: who carried what, the graph, the coverage', async () => {
    const app = await chrome.openApp();
    const { page } = app;
    await openFolder(app, seedsDir);
    await openStory(page);
    const headers = await page.locator('.story-colhead').allTextContents();
    expect(headers.join(' ')).toMatch(/Reuters.*AFP.*Sputnik/s);
    expect(await carriers(page, 'Jen Psaki')).toEqual([0]);
    expect(await carriers(page, /erreur.*colossale/)).toEqual([0]);
    expect(await carriers(page, 'Propositions russes')).toEqual([2]);
    expect(await carriers(page, 'ligne rouge')).toEqual([0, 2]);
    expect(await storyRow(page, 'ligne rouge').locator('[data-col="2"]').getAttribute('data-kind')).toBe(
      'identical',
    );
    expect(await clippedText(page)).toEqual([]);
    await screenshot(page, 'story-seeds-table');

    await page.getByRole('tab', { name: 'Reuse' }).click();
    const edges = page.locator('.story-edges li');
    expect(await edges.count()).toBe(1);
    expect(await edges.first().textContent()).toMatch(
      /Sputnik takes 66% of its text word for word from Reuters/,
    );
    await screenshot(page, 'story-seeds-graph');

    await page.getByRole('tab', { name: 'Coverage' }).click();
    const reuters = page.locator('.story-cov').first();
    expect(await reuters.textContent()).toContain('Jen Psaki');
    await screenshot(page, 'story-seeds-coverage');

    const target = join(app.dataDir, 'story.html');
    app.saveChoices.push(target);
    await page.getByRole('button', { name: 'Export HTML…' }).click();
    await page.locator('.story-saved').waitFor();
    expect(app.suggestedSaves[0]).toMatch(/2021-12 Collation - Ukraine - Biden et Poutine.*\.html$/);
    const html = await readFile(target, 'utf8');
    expect(html).toContain('<table class="story">');
    expect(html).toContain('Propositions russes');
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('opens the pair of two clicked cells side by side at that row', async () => {
    const app = await chrome.openApp();
    const { page } = app;
    await openFolder(app, seedsDir);
    await openStory(page);
    const row = storyRow(page, 'Vladimir Poutine a quant à lui prévenu');
    await row.scrollIntoViewIfNeeded();
    await row.locator('[data-col="0"]').click();
    expect(await page.locator('.story-hint').textContent()).toMatch(/compare it with Reuters/);
    await row.locator('[data-col="2"]').click();
    const table = page.getByRole('table', { name: /Reuters and Sputnik/ });
    await table.locator('[role="row"][data-kind]').first().waitFor({ state: 'attached' });
    const target = table
      .locator('[role="row"][data-kind]')
      .filter({ hasText: 'Vladimir Poutine a quant à lui prévenu' });
    await target.waitFor();
    await page.waitForTimeout(300);
    const box = await target.boundingBox();
    const view = await page.locator('.cmp-scroll').boundingBox();
    expect(box && view && box.y >= view.y - 2 && box.y < view.y + view.height).toBe(true);
    await screenshot(page, 'story-seeds-opened-pair');
    expect(app.errors).toEqual([]);
    await app.close();
  });
});

describe('the story view at scale', () => {
  const chrome = useChromium();
  const generated = useTempDir('recoupe-story-scale-');

  beforeAll(async () => {
    const folder = generated();
    const articles = new StoryGenerator(20).story(20, 2000);
    await Promise.all(
      articles.map((a) => writeFile(join(folder, a.id), ` date ${a.date ?? ''} ${a.text}\n`)),
    );
    // Generated words do not always read as one event to the grouping: the user's grouping puts them in one story.
    const stories = articles.map((a) => ({ sha256: '0'.repeat(64), id: a.id, story: 'story-generated' }));
    await mkdir(join(folder, '.recoupe'));
    await writeFile(
      join(folder, '.recoupe', 'corrections.json'),
      JSON.stringify({ version: 1, outlets: [], stories }),
    );
  });

  it('collates 20 articles of 2,000 words in the worker and scrolls through the virtualized rows', async () => {
    const app = await chrome.openApp();
    const { page } = app;
    await openFolder(app, generated());
    await page
      .getByRole('navigation', { name: 'Articles' })
      .getByRole('button', { name: 'Story view' })
      .first()
      .click();
    await page.locator('.story-rows [role="row"]').first().waitFor({ timeout: 60_000 });
    expect(await page.locator('.story-colhead').count()).toBe(20);
    const total = Number((await page.locator('.story-scroll').getAttribute('aria-rowcount')) ?? 0) - 1;
    expect(total).toBeGreaterThan(80);
    expect(await page.locator('.story-rows [role="row"]').count()).toBeLessThan(total);
    await page.locator('.story-scroll').evaluate((e) => e.scrollTo(0, e.scrollHeight));
    await page.locator(`.story-rows [role="row"][aria-rowindex="${total + 1}"]`).waitFor();
    await screenshot(page, 'story-20-articles-bottom');
    await page.getByRole('tab', { name: 'Reuse' }).click();
    expect(await page.locator('.story-graph-svg .story-node').count()).toBe(20);
    await screenshot(page, 'story-20-articles-graph');
    expect(app.errors).toEqual([]);
    await app.close();
  }, 120_000);
});
