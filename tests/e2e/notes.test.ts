import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Note } from '../../shared/notes/model';
import { flat, readPdf } from '../helpers/pdf-text';
import { describeSeeds } from '../helpers/seeds';
import {
  axeViolations,
  clippedText,
  copySeeds,
  openFolder,
  openPair,
  screenshot,
  selectText,
  useChromium,
  useTempDir,
  waitForRows,
  type AppUnderTest,
} from './harness';

/** The sentence of `text` that holds `phrase` (from after the previous full stop to its own). */
function sentenceWith(text: string, phrase: string): string {
  const at = text.indexOf(phrase);
  if (at < 0) throw new Error(`"${phrase}" not in the text`);
  const start = Math.max(text.lastIndexOf('. ', at) + 2, text.lastIndexOf('\n', at) + 1);
  const end = text.indexOf('.', at + phrase.length) + 1;
  return text.slice(start, end).trim();
}

/** Switches theme and language one after the other (each is a settings write), waiting for each to show. */
async function setLook(app: AppUnderTest, theme: 'light' | 'dark', language: 'en' | 'fr'): Promise<void> {
  await app.emit('menuCommand', { command: `theme-${theme}` });
  await expect.poll(() => app.page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
  await app.emit('menuCommand', { command: `language-${language}` });
  await expect.poll(() => app.page.evaluate(() => document.documentElement.lang)).toBe(language);
}

/** The notes the main process holds for the open folder. */
async function storedNotes(app: AppUnderTest): Promise<Note[]> {
  return (await app.handlers.listNotes()).notes;
}

describeSeeds('notes in the app', () => {
  const chrome = useChromium();
  const scratch = useTempDir('recoupe-notes-e2e-');

  it('a note on both articles survives a reload, reaches the PDF, follows its sentence when the file changes, and is orphaned when the sentence goes', async () => {
    const folder = await copySeeds(scratch(), 'seeds');
    const file000 = join(
      folder,
      (await readdir(folder)).find((f) => f.startsWith('000_'))!,
    );
    const id000 = file000.slice(folder.length + 1);
    const dataDir = await mkdtemp(join(scratch(), 'data-'));

    const app = await chrome.openApp({ dataDir });
    const { page } = app;
    await openFolder(app, folder);
    await openPair(page, '000', '002');
    const text000 = (await app.handlers.getArticle(id000)).text;
    const sentence = sentenceWith(text000, 'rupture complète');

    // One note on the same sentence in both columns: select in Reuters, Add note, select in Sputnik, Add note again.
    await selectText(page, 'a', sentence);
    await page.locator('.note-adder').waitFor();
    await screenshot(page, 'notes-selection');
    await page.keyboard.press('Control+Alt+m');
    const composer = page.getByRole('region', { name: 'New note' });
    await composer.waitFor();
    await selectText(page, 'b', sentence);
    await page.locator('.note-adder').click();
    await expect.poll(() => composer.locator('.note-target').count()).toBe(2);
    await composer.getByRole('combobox', { name: 'Tag' }).selectOption({ label: 'Quote cut' });
    await composer
      .getByRole('textbox', { name: 'Comment' })
      .fill('Both outlets carry the warning word for word.');
    await screenshot(page, 'notes-composer');
    await composer.getByRole('button', { name: 'Save note' }).click();
    await composer.waitFor({ state: 'detached' });

    const added = await storedNotes(app);
    expect(added).toHaveLength(1);
    expect(added[0]!.targets.map((t) => t.quote.exact)).toEqual([sentence, sentence]);
    expect(added[0]!.targets.map((t) => t.article.slice(0, 3))).toEqual(['000', '002']);
    const marked = (side: 'a' | 'b') =>
      page
        .locator(`.cmp-${side} mark.note-mark`)
        .allTextContents()
        .then((x) => x.join(''));
    await expect.poll(() => marked('a')).toBe(sentence);
    await expect.poll(() => marked('b')).toBe(sentence);
    await expect.poll(() => page.locator('.note-ref').allTextContents()).toEqual(['1', '1']);
    const list = page.getByRole('list', { name: 'Notes' });
    await expect
      .poll(() => list.getByRole('listitem').filter({ hasText: 'Both outlets carry' }).count())
      .toBe(1);
    await screenshot(page, 'notes-added');

    // Undo and redo go through the window's undo stack.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await storedNotes(app)).length).toBe(0);
    await expect.poll(() => page.locator('mark.note-mark').count()).toBe(0);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(async () => (await storedNotes(app)).length).toBe(1);
    await expect.poll(() => marked('a')).toBe(sentence);

    // The marker opens the note in the list.
    await page.locator('.cmp-a .note-ref').click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('.note-item') !== null))
      .toBe(true);

    for (const [theme, language] of [
      ['dark', 'en'],
      ['dark', 'fr'],
      ['light', 'fr'],
    ] as const) {
      await setLook(app, theme, language);
      await screenshot(page, `notes-${theme}-${language}`);
      expect(await axeViolations(page, '.side-panel')).toEqual([]);
      expect(await axeViolations(page, '.cmp-table')).toEqual([]);
      expect(await clippedText(page)).toEqual([]);
    }
    await setLook(app, 'light', 'en');

    // The note reaches the exported PDF, beside its row.
    const pdfPath = join(scratch(), 'notes.pdf');
    app.saveChoices.push(pdfPath);
    await page.keyboard.press('Control+e');
    const dialog = page.getByRole('dialog', { name: 'Export the comparison' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Export PDF…' }).click();
    await dialog.getByText('Saved “notes.pdf”').waitFor({ timeout: 30_000 });
    const pdf = flat((await readPdf(pdfPath)).pages.map((p) => p.text).join(' '));
    expect(pdf).toContain('Both outlets carry the warning word for word.');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.waitForTimeout(600);
    expect(app.errors).toEqual([]);
    await app.close();

    // A new window on the same data folder reopens the folder and the pair: the note is there.
    const again = await chrome.openApp({ dataDir });
    await waitForRows(again.page);
    const againMarked = (side: 'a' | 'b') =>
      again.page
        .locator(`.cmp-${side} mark.note-mark`)
        .allTextContents()
        .then((x) => x.join(''));
    await expect.poll(() => againMarked('a')).toBe(sentence);
    await expect.poll(() => againMarked('b')).toBe(sentence);
    await again.page.getByRole('tab', { name: /^Notes/ }).click();
    await again.page
      .getByRole('list', { name: 'Notes' })
      .getByText('Both outlets carry the warning word for word.')
      .waitFor();

    // Text inserted before the sentence on disk: the watcher refreshes the folder, the note follows its sentence.
    const inserted = 'Une phrase écrite pour ce test, insérée avant la citation. ';
    await writeFile(file000, text000.replace(sentence, `${inserted}${sentence}`));
    await expect
      .poll(async () => (await storedNotes(again))[0]!.targets[0]!.status, { timeout: 20_000 })
      .toBe('re-anchored');
    const moved = (await storedNotes(again))[0]!.targets[0]!;
    expect(moved.span[0]).toBe(added[0]!.targets[0]!.span[0] + inserted.length);
    await expect.poll(() => againMarked('a'), { timeout: 20_000 }).toBe(sentence);
    await again.page.getByText('found again after the article changed').waitFor();
    await again.page.getByRole('button', { name: 'Show note 1 in the comparison' }).click();
    await expect
      .poll(() =>
        again.page
          .locator('.cmp-a mark.text-mark-target')
          .allTextContents()
          .then((x) => x.join('')),
      )
      .toBe(sentence);

    // The sentence deleted: the note's Reuters part is orphaned, listed with its quote, drawn on no other text.
    await writeFile(file000, text000.replace(`${sentence} `, '').replace(sentence, ''));
    const orphans = again.page.getByRole('region', { name: /orphaned note/ });
    await orphans.waitFor({ timeout: 20_000 });
    expect(await orphans.textContent()).toContain(sentence.slice(0, 60));
    expect((await storedNotes(again))[0]!.targets[0]!.status).toBe('orphaned');
    await expect.poll(() => againMarked('a')).toBe('');
    await expect.poll(() => againMarked('b')).toBe(sentence);
    await screenshot(again.page, 'notes-orphaned');
    expect(await axeViolations(again.page, '.side-panel')).toEqual([]);

    // Re-attached to newly selected text in the Reuters column.
    const current000 = (await again.handlers.getArticle(id000)).text;
    const replacement = sentenceWith(current000, 'ligne rouge');
    await selectText(again.page, 'a', replacement);
    await orphans.getByRole('button', { name: /^Attach to selected text in/ }).click();
    await orphans.waitFor({ state: 'detached' });
    const reattached = (await storedNotes(again))[0]!.targets[0]!;
    expect(reattached.status).toBe('anchored');
    expect(reattached.quote.exact).toBe(replacement);
    await expect.poll(() => againMarked('a')).toBe(replacement);
    expect(again.errors).toEqual([]);
    await again.close();
  });

  it('tells the user when the notes file is damaged (left in place on opening), and when notes are kept in the data folder', async () => {
    const folder = await copySeeds(scratch(), 'damaged');
    await mkdir(join(folder, '.recoupe'), { recursive: true });
    await writeFile(join(folder, '.recoupe', 'annotations.json'), '{ "this is": not json');
    const app = await chrome.openApp({ dataDir: await mkdtemp(join(scratch(), 'data-')) });
    await openFolder(app, folder);
    const notice = app.page.locator('.notes-notice').filter({ hasText: 'The notes file could not be used' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('annotations.json');
    expect(await readdir(join(folder, '.recoupe'))).toEqual(['annotations.json']);
    await screenshot(app.page, 'notes-damaged');
    expect(await axeViolations(app.page, '.side-panel')).toEqual([]);
    await app.close();

    // A notes file that cannot be read (here a directory): notes go to the data folder.
    const stuck = await copySeeds(scratch(), 'stuck');
    await mkdir(join(stuck, '.recoupe', 'annotations.json'), { recursive: true });
    const kept = await chrome.openApp({ dataDir: await mkdtemp(join(scratch(), 'data-')) });
    await openFolder(kept, stuck);
    await kept.page.getByText('Notes cannot be saved in this folder').waitFor();
    await kept.page
      .locator('.notes-notice')
      .filter({ hasText: 'Notes kept in Recoupe’s data folder' })
      .waitFor();
    await openPair(kept.page, '000', '002');

    // The context menu of the columns: the selected text, or the row under the pointer.
    const text000 = (
      await kept.handlers.getArticle((await readdir(stuck)).find((f) => f.startsWith('000_'))!)
    ).text;
    const sentence = sentenceWith(text000, 'ligne rouge');
    await selectText(kept.page, 'a', sentence);
    await kept.page
      .locator('.cmp-a mark, .cmp-a [data-text-start]')
      .filter({ hasText: sentence.slice(0, 12) })
      .first()
      .click({ button: 'right' });
    const menu = kept.page.getByRole('menu', { name: 'Note' });
    await menu.waitFor();
    await screenshot(kept.page, 'notes-context-menu');
    await menu.getByRole('menuitem', { name: 'Add note to the selected text' }).click();
    const composer = kept.page.getByRole('region', { name: 'New note' });
    await expect
      .poll(() => composer.locator('.note-quote').allTextContents())
      .toEqual([expect.stringContaining(sentence.slice(0, 100))]);
    await composer.getByRole('button', { name: 'Cancel' }).click();
    const omitted = kept.page.locator('[role="row"][data-kind="only-a"] .cmp-text').first();
    await omitted.scrollIntoViewIfNeeded();
    await kept.page.waitForTimeout(300);
    await omitted.click({ button: 'right' });
    await menu.getByRole('menuitem', { name: /^Add a note to the paragraph of row \d+$/ }).click();
    await composer.getByText('whole paragraph').waitFor();
    expect(await composer.getByRole('combobox', { name: 'Tag' }).inputValue()).toBe('omission');
    await composer.getByRole('button', { name: 'Cancel' }).click();

    // The row button between the columns: a paragraph only Sputnik has, suggested as an addition.
    await kept.page
      .getByRole('button', { name: /^Add a note to the paragraph of row/ })
      .first()
      .click();
    await composer.getByText('whole paragraph').waitFor();
    expect(await composer.getByRole('combobox', { name: 'Tag' }).inputValue()).toBe('addition');
    await composer.getByRole('combobox', { name: 'Tag' }).selectOption({ label: 'Omission' });
    await composer.getByRole('button', { name: 'Save note' }).click();
    await expect
      .poll(async () => (await storedNotes(kept)).map((n) => n.targets[0]!.scope))
      .toEqual(['paragraph']);
    await expect
      .poll(() => readdir(join(kept.dataDir, 'annotations')).catch(() => []), { timeout: 10_000 })
      .toHaveLength(1);
    await screenshot(kept.page, 'notes-data-dir');

    // Help > Keyboard Shortcuts lists Add Note with its shortcut.
    await kept.page.keyboard.press('F1');
    const shortcuts = kept.page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(await shortcuts.getByRole('row').filter({ hasText: 'Add Note' }).textContent()).toContain(
      'Ctrl+Alt+M',
    );
    await shortcuts.getByRole('button', { name: 'Close' }).click();

    expect(await axeViolations(kept.page, '.side-panel')).toEqual([]);
    expect(kept.errors).toEqual([]);
    await kept.close();
  });
});
