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

/**
 * Why Chromium prints without its sandbox: `root` (Chromium refuses its sandbox to the root user), or `unavailable`
 * (the platform would not start it sandboxed, e.g. no user namespaces in a container).
 */
export type SandboxOff = 'root' | 'unavailable';

/** A headless Chromium kept open to print several documents. */
export interface PdfPrinter {
  print(html: string, options: PrintOptions): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** The printer `launchPdfPrinter` starts: a headless Chromium, in its sandbox or not. */
export interface LaunchedPdfPrinter extends PdfPrinter {
  /** Null when Chromium runs in its sandbox; else why it does not (the caller tells the user). */
  sandboxOff: SandboxOff | null;
}

/** Options for launching the printer. */
export interface PrinterLaunchOptions {
  /** The Chromium or Chrome executable; `findChrome()` when absent. */
  executablePath?: string;
  /** Longest time one print may take (default 60 s). */
  timeoutMs?: number;
  /** Whether this process runs as root (default: from `process.getuid`). */
  asRoot?: boolean;
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
 * Launches headless Chromium through playwright-core to print static HTML, in Chromium's sandbox (playwright-core
 * turns it off unless asked), falling back to no sandbox as root or where the platform refuses it and saying so in
 * `sandboxOff`; JavaScript disabled, offline, every request other than the document itself refused. The document is loaded from a private temporary file (faster
 * than pushing megabytes of inline font through the protocol). Throws the install hint when no Chromium is found.
 */
export async function launchPdfPrinter(options: PrinterLaunchOptions = {}): Promise<LaunchedPdfPrinter> {
  const executablePath = options.executablePath ?? findChrome();
  const timeout = options.timeoutMs ?? 60_000;
  const asRoot = options.asRoot ?? process.getuid?.() === 0;
  // Loaded on first use: playwright-core takes a third of a second to import, which every CLI command would pay.
  const { chromium } = await import('playwright-core');
  const launch = (sandbox: boolean) =>
    chromium.launch({ executablePath, args: LAUNCH_ARGS, timeout, chromiumSandbox: sandbox });
  let browser: Browser;
  let sandboxOff: SandboxOff | null = asRoot ? 'root' : null;
  try {
    if (asRoot) browser = await launch(false);
    else {
      try {
        browser = await launch(true);
      } catch {
        sandboxOff = 'unavailable';
        browser = await launch(false);
      }
    }
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
    sandboxOff,
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
