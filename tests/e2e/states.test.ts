import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeViolations, clippedText, repoRoot, screenshot, useChromium, useTempDir } from './harness';

const langs = [
  { lang: 'en', locale: 'en-US' },
  { lang: 'fr', locale: 'fr-FR' },
] as const;

describe('the demo and the empty and single-article states', () => {
  const chrome = useChromium();
  const work = useTempDir('recoupe-states-e2e-');

  for (const { lang, locale } of langs) {
    it(`says the demo is fictional on its banner, badges and column headers, and starts on a pair (${lang})`, async () => {
      const app = await chrome.openApp({ locale, resourcesDir: join(repoRoot, 'resources') });
      const { page } = app;
      const fictional = lang === 'fr' ? 'fictif' : 'fictional';
      const banner = page.getByRole('region', { name: lang === 'fr' ? 'Démo fictive' : 'Fictional demo' });
      await banner.waitFor();
      expect(await banner.textContent()).toContain(
        lang === 'fr' ? 'aucun de ces médias ne les a publiés' : 'none of these outlets published them',
      );
      const badges = page.getByRole('navigation').locator('.outlet-badge');
      expect(await badges.count()).toBe(5);
      for (const text of await badges.allTextContents()) expect(text).toContain(fictional);
      expect(
        await page.getByText(lang === 'fr' ? 'Sélectionnez' : 'Select an article').count(),
      ).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
      expect(await clippedText(page)).toEqual([]);
      await screenshot(page, `demo-banner-${lang}`);

      await banner.getByRole('button', { name: lang === 'fr' ? /^Commencer ici/ : /^Start here/ }).click();
      const headers = page.locator('.cmp-view .outlet-badge');
      await headers.first().waitFor();
      for (const text of await headers.allTextContents()) expect(text).toContain(fictional);
      await screenshot(page, `demo-started-${lang}`);
      expect(app.errors).toEqual([]);
      await app.close();
    });

    it(`says an empty folder and a folder of unreadable files have nothing to read, never "select an article" (${lang})`, async () => {
      const empty = join(work(), `empty-${lang}`);
      await mkdir(empty);
      const app = await chrome.openApp({ locale, initialFolder: empty });
      const { page } = app;
      const main = page.getByRole('main');
      await main
        .getByRole('heading', { name: lang === 'fr' ? /^Aucun article à lire/ : /^No article to read/ })
        .waitFor();
      expect(await main.textContent()).not.toMatch(/Select an article|Sélectionnez un article/);
      expect(
        await main
          .getByRole('button', { name: lang === 'fr' ? 'Ouvrir un autre dossier' : 'Open another folder' })
          .count(),
      ).toBe(1);
      const matrix = page.getByRole('button', { name: lang === 'fr' ? 'Tableau des faits' : 'Story matrix' });
      expect(await matrix.isDisabled()).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `empty-folder-${lang}`);
      await app.close();

      const unreadable = join(work(), `unreadable-${lang}`);
      await mkdir(unreadable);
      await writeFile(join(unreadable, 'scan.txt'), Buffer.from([0, 1, 2, 0, 0, 3]));
      await writeFile(join(unreadable, 'vide.txt'), '');
      const second = await chrome.openApp({ locale, initialFolder: unreadable });
      const text = second.page.getByRole('main');
      await text
        .getByRole('heading', { name: lang === 'fr' ? /^Aucun article à lire/ : /^No article to read/ })
        .waitFor();
      expect(await text.textContent()).toContain(
        lang === 'fr' ? 'Aucun de ses 2 fichiers' : 'None of its 2 files',
      );
      await screenshot(second.page, `unreadable-folder-${lang}`);
      expect([...app.errors, ...second.errors]).toEqual([]);
      await second.close();
    });

    it(`reads the only article of a folder on its own: text, boilerplate marked, facts and notes (${lang})`, async () => {
      const single = join(work(), `single-${lang}`);
      await mkdir(single);
      await cp(join(repoRoot, 'tests/fixtures/shell/lettre-ouverte.txt'), join(single, 'lettre-ouverte.txt'));
      const app = await chrome.openApp({ locale, initialFolder: single });
      const { page } = app;
      const reader = page.locator('.reader');
      await reader.locator('.reader-text p').first().waitFor();
      expect(await reader.textContent()).toContain('Quarante-deux maires');
      expect(await reader.textContent()).toContain(
        lang === 'fr' ? 'C’est le seul article du dossier' : 'This is the only article in the folder',
      );
      await reader.locator('.reader-facts li').first().waitFor();
      expect(await page.getByRole('main').textContent()).not.toMatch(
        /Select an article|Sélectionnez un article/,
      );
      expect(await axeViolations(page)).toEqual([]);
      expect(await clippedText(page)).toEqual([]);
      await screenshot(page, `single-article-${lang}`);
      expect(app.errors).toEqual([]);
      await app.close();
    });
  }
});
