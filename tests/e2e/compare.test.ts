import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { fileText, longArticle, rewrite } from '../helpers/long-article';
import { describeSeeds, seedsDir } from '../helpers/seeds';
import { HandlerError } from '../../shared/ipc/errors';
import {
  article,
  axeViolations,
  clippedText,
  copySeeds,
  openFolder,
  openOptions,
  openPair,
  openSeedsCopy,
  screenshot,
  useChromium,
  useTempDir,
  waitForRows,
} from './harness';

/** Kinds of rows that count as differences (moved rows too, whatever their kind). */
const DIFFERENCE_KINDS = new Set(['edited', 'partial', 'paraphrase', 'only-a', 'only-b']);

/** The body row whose text contains `text`. */
function row(page: Page, text: string | RegExp) {
  return page.getByRole('table').locator('[role="row"][data-kind]').filter({ hasText: text });
}

/** Key, kind and moved flag of every body row, in order. */
async function rowList(page: Page): Promise<{ key: string; kind: string; moved: boolean }[]> {
  return page.$$eval('[role="table"] [role="row"][data-kind]', (rows) =>
    rows
      .map((r) => ({
        key: r.getAttribute('data-key') ?? '',
        kind: r.getAttribute('data-kind') ?? '',
        moved: r.classList.contains('cmp-moved'),
        index: Number(r.getAttribute('data-index')),
      }))
      .sort((x, y) => x.index - y.index)
      .map(({ key, kind, moved }) => ({ key, kind, moved })),
  );
}

/** The key of the row marked current. */
function currentRow(page: Page): Promise<string | null> {
  return page.evaluate(
    () => document.querySelector('[role="row"][aria-current="true"]')?.getAttribute('data-key') ?? null,
  );
}

/** Text of a figure of the summary. */
function figure(page: Page, name: 'kept' | 'dropped' | 'added' | 'quotes' | 'numbers') {
  return page.locator(`.cmp-figure[data-figure="${name}"] dd`).textContent();
}

describeSeeds('the side-by-side comparison view', () => {
  const chrome = useChromium();
  const scratch = useTempDir('recoupe-compare-e2e-');

  it('shows Reuters 000 against Sputnik 002: cut quotes, the added section, the identical "ligne rouge" row', async () => {
    const app = await chrome.openApp();
    const { page } = app;
    await openFolder(app, seedsDir);
    await openPair(page, '000', '002');

    const psaki = row(page, 'Le président Biden a réaffirmé');
    expect(await psaki.getAttribute('data-kind')).toBe('only-a');
    expect(await psaki.textContent()).toContain('not in Sputnik');
    const colossal = row(page, /erreur.*colossale/);
    expect(await colossal.getAttribute('data-kind')).toBe('only-a');
    expect(await colossal.textContent()).toContain('not in Sputnik');
    const section = row(page, 'Propositions russes');
    expect(await section.getAttribute('data-kind')).toBe('only-b');
    expect(await section.textContent()).toContain('only in Sputnik');
    const redLine = row(page, 'ligne rouge');
    expect(await redLine.count()).toBe(1);
    expect(await redLine.getAttribute('data-kind')).toBe('identical');

    const summary = page.getByRole('region', { name: 'Summary of the differences' });
    expect(await summary.textContent()).toMatch(/Sputnik/);
    expect(await figure(page, 'dropped')).toMatch(/^\d+$/);
    const headers = await page.getByRole('columnheader').allTextContents();
    expect(headers.join(' ')).toMatch(/Reuters.*Sputnik/s);
    expect(headers.join(' ')).toContain('000_');
    expect(await clippedText(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'compare-000-002-light');
    await openOptions(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await row(page, 'Joe Biden et son homologue')
      .getByRole('button', { name: /Change the alignment of row/ })
      .click();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'compare-light-legend-actions');
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('steps through every difference in order with n/p and F7/Shift+F7, each row landing in view', async () => {
    const app = await chrome.openApp();
    const { page } = app;
    await openFolder(app, seedsDir);
    await openPair(page, '000', '002');
    const rows = await rowList(page);
    const expected = rows.filter((r) => DIFFERENCE_KINDS.has(r.kind) || r.moved).map((r) => r.key);
    expect(expected.length).toBeGreaterThanOrEqual(6);

    await page.locator('.cmp-scroll').click({ position: { x: 5, y: 5 } });
    const visited: string[] = [];
    for (let i = 0; i < expected.length; i++) {
      await page.keyboard.press(i % 2 === 0 ? 'n' : 'F7');
      await expect.poll(() => currentRow(page)).toBe(expected[i]);
      visited.push((await currentRow(page)) ?? '');
      const inView = await page.evaluate(() => {
        const current = document.querySelector('[role="row"][aria-current="true"]')?.getBoundingClientRect();
        const box = document.querySelector('.cmp-scroll')?.getBoundingClientRect();
        return Boolean(
          current && box && current.top >= box.top - 1 && Math.min(current.bottom, box.bottom) > current.top,
        );
      });
      expect(inView).toBe(true);
    }
    expect(visited).toEqual(expected);
    await page.keyboard.press('n');
    expect(await currentRow(page)).toBe(expected[expected.length - 1]);
    await page.keyboard.press('p');
    await expect.poll(() => currentRow(page)).toBe(expected[expected.length - 2]);
    await page.keyboard.press('Shift+F7');
    await expect.poll(() => currentRow(page)).toBe(expected[expected.length - 3]);
    expect(await page.getByRole('toolbar').textContent()).toContain(
      `Difference ${expected.length - 2} of ${expected.length}`,
    );

    await page.keyboard.press('Control+f');
    const find = page.getByRole('searchbox', { name: 'Find in both columns' });
    await find.waitFor();
    await find.fill('ligne rouge');
    await page.keyboard.press('n');
    expect(await find.inputValue()).toBe('ligne rougen');
    await find.fill('ligne rouge');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('mark.find-match').count()).toBe(2);
    expect(await page.getByRole('search').textContent()).toContain('1 of 2');
    await screenshot(page, 'compare-find');
    await page.keyboard.press('Escape');
    expect(await page.locator('mark.find-match').count()).toBe(0);

    await app.emit('menuCommand', { command: 'shortcuts' });
    const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await shortcuts.waitFor();
    const listed = (await shortcuts.textContent()) ?? '';
    for (const text of ['Next Difference', 'F7', 'Shift+F7', 'Find in Both Columns…', 'Ctrl+F', 'Swap Sides'])
      expect(listed).toContain(text);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('links paraphrased paragraphs of Reuters 000 and AFP 001, swaps sides, and folds identical rows', async () => {
    const app = await chrome.openApp();
    const { page } = app;
    await openFolder(app, seedsDir);
    await article(page, '000').click();
    const picker = page.getByRole('region', { name: /Compare “.*” with…/ });
    await picker.waitFor();
    const sections = await picker.getByRole('heading', { level: 3 }).allTextContents();
    expect(sections[0]).toBe('Same story');
    await screenshot(page, 'compare-pick');
    await picker.getByRole('button').filter({ hasText: '001_' }).click();
    await waitForRows(page);
    expect(await page.locator('[role="row"][data-kind="paraphrase"]').count()).toBeGreaterThan(0);
    await screenshot(page, 'compare-000-001');

    const before = await page.getByRole('columnheader').allTextContents();
    await page.getByRole('button', { name: 'Swap sides' }).click();
    await expect
      .poll(async () => (await page.getByRole('columnheader').allTextContents())[0])
      .toBe(before[2]);

    await page.locator('.cmp-scroll').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: /Compare “.*” with…/ });
    await dialog.waitFor();
    await screenshot(page, 'compare-with-dialog');
    await dialog.getByRole('button').filter({ hasText: '002_' }).click();
    await expect
      .poll(async () => (await page.getByRole('columnheader').allTextContents()).join(' '))
      .toContain('002_');
    await openPair(page, '000', '002');
    await openOptions(page);
    await page.getByRole('checkbox', { name: 'Only differences' }).check();
    const fold = row(page, /identical paragraphs/);
    await expect.poll(() => fold.count()).toBeGreaterThan(0);
    expect(await row(page, 'ligne rouge').count()).toBe(0);
    await screenshot(page, 'compare-only-differences');
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('keeps hand corrections (unlink, link, change kind) across a restart, in the figures, undoable', async () => {
    const app = await chrome.openApp();
    const { page } = app;
    const folder = await openSeedsCopy(app, scratch(), 'corrections');
    await openPair(page, '000', '002');
    const dropped = Number(await figure(page, 'dropped'));
    const added = Number(await figure(page, 'added'));

    const redLine = row(page, 'ligne rouge');
    await redLine.getByRole('button', { name: /Change the alignment of row/ }).click();
    await redLine.getByRole('button', { name: 'Unlink' }).click();
    await expect.poll(async () => Number(await figure(page, 'dropped'))).toBe(dropped + 1);
    expect(Number(await figure(page, 'added'))).toBe(added + 1);
    expect(await row(page, 'ligne rouge').first().getAttribute('data-kind')).toBe('only-a');

    const psaki = row(page, 'Le président Biden a réaffirmé');
    await psaki.getByRole('button', { name: /Change the alignment of row/ }).click();
    await psaki.getByRole('button', { name: /Link with a paragraph of Sputnik/ }).click();
    await row(page, 'Propositions russes').getByRole('button', { name: 'Link here' }).click();
    const linked = row(page, 'Le président Biden a réaffirmé');
    await expect.poll(() => linked.textContent()).toContain('Propositions russes');
    expect(await linked.textContent()).toContain('set by hand');
    await linked.getByRole('button', { name: /Change the alignment of row/ }).click();
    await linked.getByRole('button', { name: 'Partly kept' }).click();
    await expect.poll(() => linked.getAttribute('data-kind')).toBe('partial');
    await page.locator('.cmp-scroll').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => linked.getAttribute('data-kind')).not.toBe('partial');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => linked.getAttribute('data-kind')).toBe('partial');
    const droppedNow = await figure(page, 'dropped');
    await screenshot(page, 'compare-corrections');

    const saved = JSON.parse(await readFile(join(folder, '.recoupe/alignment.json'), 'utf8')) as {
      pairs: { corrections: { op: string }[] }[];
    };
    expect(saved.pairs[0]?.corrections.map((c) => c.op)).toEqual(['unlink', 'link', 'kind']);

    await new Promise((done) => setTimeout(done, 900));
    const again = await chrome.openApp({ dataDir: app.dataDir });
    const p2 = again.page;
    await waitForRows(p2);
    const relinked = row(p2, 'Le président Biden a réaffirmé');
    await expect.poll(() => relinked.getAttribute('data-kind')).toBe('partial');
    expect(await relinked.textContent()).toContain('set by hand');
    expect(await row(p2, 'ligne rouge').first().getAttribute('data-kind')).toBe('only-a');
    expect(await figure(p2, 'dropped')).toBe(droppedNow);

    expect(app.errors).toEqual([]);
    expect(again.errors).toEqual([]);
    await again.close();
    await app.close();
  });

  it('restores the open pair, the options and the scroll position after a restart', async () => {
    const app = await chrome.openApp();
    const { page } = app;
    await openSeedsCopy(app, scratch(), 'restore');
    await openPair(page, '000', '001');
    await openOptions(page);
    await page.getByRole('checkbox', { name: 'Boilerplate' }).check();
    await page.locator('.cmp-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight / 2));
    const first = await page.evaluate(() => {
      const box = document.querySelector('.cmp-scroll')?.getBoundingClientRect();
      const rows = [...document.querySelectorAll('[role="table"] [role="row"][data-kind]')];
      const visible = rows.find((r) => r.getBoundingClientRect().bottom > (box?.top ?? 0) + 2);
      return visible?.getAttribute('data-key');
    });
    await new Promise((done) => setTimeout(done, 900));

    const again = await chrome.openApp({ dataDir: app.dataDir });
    const p2 = again.page;
    await waitForRows(p2);
    await openOptions(p2);
    expect(await p2.getByRole('checkbox', { name: 'Boilerplate' }).isChecked()).toBe(true);
    expect((await p2.getByRole('columnheader').allTextContents()).join(' ')).toContain('001_');
    await expect
      .poll(() =>
        p2.evaluate(() => {
          const box = document.querySelector('.cmp-scroll')?.getBoundingClientRect();
          const rows = [...document.querySelectorAll('[role="table"] [role="row"][data-kind]')];
          return rows
            .find((r) => r.getBoundingClientRect().bottom > (box?.top ?? 0) + 2)
            ?.getAttribute('data-key');
        }),
      )
      .toBe(first);
    await again.close();
    await app.close();
  });

  it('says so when the saved corrections file is damaged, and leaves it in place', async () => {
    const folder = await copySeeds(scratch(), 'damaged');
    await mkdir(join(folder, '.recoupe'), { recursive: true });
    await writeFile(join(folder, '.recoupe/alignment.json'), '{ not json');
    const app = await chrome.openApp();
    const { page } = app;
    await openFolder(app, folder);
    await openPair(page, '000', '002');
    const note = page.getByRole('note').filter({ hasText: 'could not be read' });
    await note.waitFor();
    expect(await note.textContent()).toContain(`“${join('.recoupe', 'alignment.json')}” is damaged`);
    expect(await readdir(join(folder, '.recoupe'))).toEqual(['alignment.json']);
    expect(await readFile(join(folder, '.recoupe/alignment.json'), 'utf8')).toBe('{ not json');
    await screenshot(page, 'compare-damaged-corrections');
    await app.close();
  });

  it('keeps a 10,000-word pair smooth: rows drawn only near the view, navigation lands on far rows', async () => {
    const folder = join(scratch(), 'long');
    await mkdir(folder);
    const original = longArticle(10_000, 3);
    await writeFile(join(folder, '900_long.txt'), fileText(original));
    await writeFile(join(folder, '901_long.txt'), fileText(rewrite(original, 5)));
    const app = await chrome.openApp();
    const { page } = app;
    await openFolder(app, folder);
    await openPair(page, '900', '901');
    const total = Number(await page.getByRole('table').getAttribute('aria-rowcount'));
    expect(total).toBeGreaterThan(100);
    expect(await page.locator('[role="table"] [role="row"][data-kind]').count()).toBeLessThan(40);
    await page.locator('.cmp-scroll').click({ position: { x: 5, y: 5 } });
    for (let i = 0; i < 12; i++) await page.keyboard.press('n');
    await expect.poll(() => currentRow(page)).not.toBeNull();
    const index = await page.evaluate(() =>
      Number(document.querySelector('[role="row"][aria-current="true"]')?.getAttribute('aria-rowindex')),
    );
    expect(index).toBeGreaterThan(10);
    await screenshot(page, 'compare-long-pair');
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('shows why a pair cannot be shown, naming the file, and tries again on demand', async () => {
    const app = await chrome.openApp();
    const { page } = app;
    await openFolder(app, seedsDir);
    const real = app.handlers.getCorrections;
    app.handlers.getCorrections = () => {
      throw new HandlerError('FOLDER_UNREADABLE', '".recoupe/alignment.json" cannot be read.', {
        params: { name: '.recoupe/alignment.json' },
      });
    };
    await article(page, '000').click();
    await article(page, '002').click({ modifiers: ['Control'] });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('“.recoupe/alignment.json” cannot be read');
    await screenshot(page, 'compare-error');
    app.handlers.getCorrections = real;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await waitForRows(page);
    expect(await page.getByRole('alert').count()).toBe(0);
    await app.close();
  });

  it('in the dark theme: readable, with no serious accessibility violation', async () => {
    const app = await chrome.openApp({ colorScheme: 'dark' });
    const { page } = app;
    await openFolder(app, seedsDir);
    await openPair(page, '000', '002');
    await page.getByRole('toolbar').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'compare-000-002-dark');
    await openOptions(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    const partial = row(page, 'Joe Biden et son homologue');
    await partial.getByRole('button', { name: /Change the alignment of row/ }).click();
    await page.keyboard.press('Control+f');
    await page.getByRole('searchbox', { name: 'Find in both columns' }).fill('Joe Biden');
    await page.keyboard.press('Enter');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'compare-dark-legend-actions-find');
    await app.close();
  });

  it('in French: labels, gaps and figures', async () => {
    const app = await chrome.openApp({ locale: 'fr-FR' });
    const { page } = app;
    await openFolder(app, seedsDir);
    await openPair(page, '000', '002');
    expect(await row(page, 'Le président Biden a réaffirmé').textContent()).toContain('absent de Sputnik');
    expect(await row(page, 'Propositions russes').textContent()).toContain('seulement dans Sputnik');
    expect(await page.getByRole('region', { name: 'Résumé des différences' }).textContent()).toContain(
      'Des mots de A, repris mot pour mot dans B',
    );
    expect(await page.getByRole('toolbar').getByRole('button', { name: 'Inverser' }).count()).toBe(1);
    expect(await clippedText(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'compare-000-002-fr');
    await app.close();
  });
});
