import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parseArticle } from '../../shared/article/parse-article';
import { compare } from '../../shared/compare/compare';
import { launchChrome, openApp, rendererRoot, repoRoot, serveRenderer } from '../e2e/harness';
import { fileText, longArticle, rewrite } from '../helpers/long-article';
import { haveSeeds, seedsDir } from '../helpers/seeds';
import type { BenchRow } from './types';

const RUNS = 5;

/** Milliseconds from Ctrl+clicking the second article to the rows painted (two animation frames after they appear). */
async function timePair(page: Page, left: string, right: string): Promise<number> {
  const sidebar = page.getByRole('navigation', { name: 'Articles' });
  await sidebar.locator('button.article-item').filter({ hasText: left }).click();
  await page.getByRole('region', { name: /Compare “.*” with…/ }).waitFor();
  // A string, not a function: tsx would wrap a function's inner closures in a helper the page does not have.
  const script = `(async (name) => {
    const target = [...document.querySelectorAll('nav button.article-item')].find((b) => b.textContent.includes(name));
    if (!target) throw new Error('no article ' + name);
    const started = performance.now();
    target.dispatchEvent(new MouseEvent('click', { bubbles: true, ctrlKey: true }));
    await new Promise((done) => {
      const check = () => {
        if (document.querySelector('[role="table"] [role="row"][data-kind]')) requestAnimationFrame(() => requestAnimationFrame(() => done()));
        else requestAnimationFrame(check);
      };
      check();
    });
    return performance.now() - started;
  })(${JSON.stringify(right)})`;
  return page.evaluate<number>(script);
}

/** Median of a list of numbers. */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** The engine alone in Node on the same pair: the baseline of the view's time. */
function engineTime(folder: string, left: string, right: string): number {
  const load = (prefix: string) => {
    const name = readdirSync(folder).find((f) => f.startsWith(prefix)) ?? prefix;
    const bytes = readFileSync(join(folder, name));
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    return parseArticle({
      id: name,
      text: bytes.toString('utf8').normalize('NFC'),
      sha256,
      encoding: 'utf-8',
      size: bytes.length,
    });
  };
  const a = load(left);
  const b = load(right);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    compare(a, b);
    times.push(performance.now() - started);
  }
  return median(times);
}

/**
 * Time from choosing a pair (Ctrl+click in the sidebar) to its rows painted, in headless Chromium through the
 * end-to-end harness, for the seeds pair (Reuters 000 / Sputnik 002) and a generated 10,000-word pair.
 * Each timed run follows the opening of another pair, so the worker has nothing of the timed one cached.
 * Targets: 300 ms and 500 ms. Baseline: the comparison engine alone in Node on the same pair.
 */
export default async function bench(): Promise<BenchRow[]> {
  if (!existsSync(join(rendererRoot, 'index.html')))
    execFileSync('npx', ['electron-vite', 'build'], { cwd: repoRoot, stdio: 'ignore' });
  const scratch = await mkdtemp(join(tmpdir(), 'recoupe-bench-view-'));
  const original = longArticle(10_000, 7);
  await writeFile(join(scratch, 'long-a.txt'), fileText(original));
  await writeFile(join(scratch, 'long-b.txt'), fileText(rewrite(original, 11)));
  await writeFile(join(scratch, 'long-c.txt'), fileText(rewrite(original, 13)));
  const cases: {
    name: string;
    size: string;
    folder: string;
    left: string;
    right: string;
    /** Another partner of `left`, opened before each timed run so that nothing of the timed pair is cached. */
    other: string;
    target: number;
  }[] = [];
  if (haveSeeds)
    cases.push({
      name: 'compare view: seeds 000 vs 002, pair chosen → rows painted',
      size: '2 × ~400 words',
      folder: seedsDir,
      left: '000_',
      right: '002_',
      other: '001_',
      target: 300,
    });
  cases.push({
    name: 'compare view: generated pair, pair chosen → rows painted',
    size: '2 × 10,000 words',
    folder: scratch,
    left: 'long-a',
    right: 'long-b',
    other: 'long-c',
    target: 500,
  });

  const browser = await launchChrome();
  const server = await serveRenderer();
  const rows: BenchRow[] = [];
  try {
    for (const c of cases) {
      const app = await openApp(browser, server.url);
      try {
        await app.page.getByRole('heading', { name: 'Open a folder of articles' }).waitFor();
        app.folderChoices.push(c.folder);
        await app.page.getByRole('button', { name: 'Open folder' }).click();
        await app.page.getByRole('navigation', { name: 'Articles' }).waitFor();
        const times: number[] = [];
        for (let i = 0; i <= RUNS; i++) {
          await timePair(app.page, c.left, c.other);
          times.push(await timePair(app.page, c.left, c.right));
        }
        const [cold, ...warm] = times;
        const memory = await app.page.evaluate(
          () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize,
        );
        const baseline = engineTime(c.folder, c.left, c.right);
        const timeMs = median(warm);
        const rowCount = await app.page.locator('[role="table"]').getAttribute('aria-rowcount');
        rows.push({
          case: c.name,
          size: c.size,
          timeMs,
          ...(memory ? { memoryMB: memory / 1024 / 1024 } : {}),
          ratio: timeMs / baseline,
          baseline: `engine alone in Node: ${baseline.toFixed(1)} ms`,
          note: `median of ${RUNS}, first ${cold?.toFixed(0)} ms; ${rowCount} rows; target ${c.target} ms: ${timeMs <= c.target ? 'met' : 'MISSED'}`,
        });
      } finally {
        await app.close();
      }
    }
  } finally {
    await server.close();
    await browser.close();
    await rm(scratch, { recursive: true, force: true });
  }
  return rows;
}
