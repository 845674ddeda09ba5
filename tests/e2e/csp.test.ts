import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openFolder, useChromium, waitForRows } from './harness';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/claims-story');

/** What the page records of Content-Security-Policy violations (the `securitypolicyviolation` events). */
const RECORD_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber + ':' + e.columnNumber + ' ' + e.sample));
`;

describe('the renderer under its own Content-Security-Policy', () => {
  const chrome = useChromium();

  it('opens a folder and compares two articles with no CSP violation', async () => {
    const app = await chrome.openApp({ enforceCsp: true });
    const { page } = app;
    await page.addInitScript({ content: RECORD_VIOLATIONS });
    await page.reload();
    const violations = (): Promise<string[]> =>
      page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

    await openFolder(app, FIXTURE);
    const items = page.getByRole('navigation', { name: 'Articles' }).locator('button.article-item');
    await items.nth(0).click();
    await items.nth(1).click({ modifiers: ['Control'] });
    await waitForRows(page);
    expect(await page.locator('[role="table"] [role="row"][data-kind]').count()).toBeGreaterThan(0);

    expect(await violations()).toEqual([]);
    expect(app.errors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);

    // The policy is really enforced here: an inline script is refused, and reported.
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan ?? false;
    });
    expect(ran).toBe(false);
    await expect.poll(violations).toContainEqual(expect.stringMatching(/^script-src/));
    await app.close();
  });
});
