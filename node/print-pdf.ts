import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import type { Paper } from '../shared/report/options';
import { NoticeError } from '../shared/i18n/notice';
import { findChrome } from './find-chrome';

/** Page set-up of a print. The document's CSS `@page` says the same; these are the fallback. */
export interface PrintOptions {
  paper: Paper;
  landscape: boolean;
}

/** A headless Chromium kept open to print several documents. */
export interface PdfPrinter {
  print(html: string, options: PrintOptions): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** Options for launching the printer. */
export interface PrinterLaunchOptions {
  /** The Chromium or Chrome executable; `findChrome()` when absent. */
  executablePath?: string;
  /** Longest time one print may take (default 60 s). */
  timeoutMs?: number;
}

const LAUNCH_ARGS = [
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
  '--font-render-hinting=none',
];

/**
 * Launches headless Chromium through playwright-core to print static HTML: JavaScript disabled, offline, every
 * request other than the document itself refused. The document is loaded from a private temporary file (faster
 * than pushing megabytes of inline font through the protocol). Throws the install hint when no Chromium is found.
 */
export async function launchPdfPrinter(options: PrinterLaunchOptions = {}): Promise<PdfPrinter> {
  const executablePath = options.executablePath ?? findChrome();
  const timeout = options.timeoutMs ?? 60_000;
  let browser: Browser;
  try {
    // Loaded on first use: playwright-core takes a third of a second to import, which every CLI command would pay.
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath, args: LAUNCH_ARGS, timeout });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new NoticeError({
      code: 'print-no-chromium',
      params: { path: executablePath, error: reason ?? '' },
    });
  }
  const dir = await mkdtemp(join(tmpdir(), 'recoupe-print-'));
  let count = 0;
  return {
    async print(html, { paper, landscape }) {
      const file = join(dir, `report-${++count}.html`);
      const url = pathToFileURL(file).href;
      await writeFile(file, html, { encoding: 'utf8', mode: 0o600 });
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      try {
        await context.route('**/*', (route) =>
          route.request().url() === url ? route.continue() : route.abort(),
        );
        const page = await context.newPage();
        page.setDefaultTimeout(timeout);
        await page.goto(url, { waitUntil: 'load', timeout });
        await page.evaluate('document.fonts.ready.then(() => true)');
        const pdf = await page.pdf({
          format: paper === 'letter' ? 'Letter' : 'A4',
          landscape,
          preferCSSPageSize: true,
          printBackground: true,
          tagged: true,
          outline: false,
        });
        return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
      } finally {
        await context.close();
        await rm(file, { force: true });
      }
    },
    async close() {
      await browser.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
