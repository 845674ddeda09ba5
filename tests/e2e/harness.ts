import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll } from 'vitest';
import { seedsDir } from '../helpers/seeds';
import { eventChannelOf, type EventMap, type EventName } from '../../shared/ipc/channels';
import { createDispatcher } from '../../electron/main/ipc/dispatch';
import { createHandlers, type Handlers } from '../../electron/main/ipc/handlers';
import type { Services } from '../../electron/main/ipc/services';
import { CONTENT_SECURITY_POLICY, MIME_TYPES, resolveAppPath } from '../../electron/main/security';
import { findChrome } from '../../node/find-chrome';
import { createEngineHost, type Engine } from '../../node/engine-host/host';
import { nullLogger } from '../../node/logger';
import { launchPdfPrinter, type PdfPrinter } from '../../node/print-pdf';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const rendererRoot = join(repoRoot, 'out/renderer');
/** The engine worker `npm run build` writes beside main: the end-to-end runs use the built one. */
export const builtEngineWorker = join(repoRoot, 'out/main/engine-worker.js');

let builtEngine: Engine | null = null;

/** One engine host over the built worker for the whole run (its idle workers let the run exit). */
function engine(): Engine {
  builtEngine ??= createEngineHost({ worker: { url: pathToFileURL(builtEngineWorker) } });
  return builtEngine;
}
export const resultsDir = join(repoRoot, 'test-results');

export { findChrome };

/** Launches headless Chromium with the flags this machine needs. */
export function launchChrome(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChrome(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--font-render-hinting=none',
    ],
  });
}

/** Serves the built renderer over http with the same CSP header the app:// protocol sends. */
export async function serveRenderer(): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(join(rendererRoot, 'index.html'))) {
    throw new Error('out/renderer is missing: run `npx electron-vite build` before the end-to-end tests.');
  }
  const server: Server = createServer((request, response) => {
    const file = resolveAppPath(`app://recoupe${request.url ?? '/'}`, rendererRoot, join);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) => {
        response.writeHead(200, {
          'Content-Type': MIME_TYPES[extname(file)] ?? 'application/octet-stream',
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        });
        response.end(body);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/index.html`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

let bridgeCode: Promise<string> | undefined;

/** Bundles tests/e2e/bridge-entry.ts (createApi over the exposed binding) into one script for the page. */
export function bridgeScript(): Promise<string> {
  bridgeCode ??= build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: join(repoRoot, 'tests/e2e/bridge-entry.ts'), formats: ['iife'], name: 'recoupeBridge' },
    },
  }).then((result) => {
    const outputs = Array.isArray(result) ? result : [result];
    for (const output of outputs) {
      if ('output' in output) {
        const chunk = output.output.find((o) => o.type === 'chunk');
        if (chunk && 'code' in chunk) return chunk.code;
      }
    }
    throw new Error('bridge build produced no script');
  });
  return bridgeCode;
}

/** A running app: the page, the handler table it talks to, and the stubbed dialogs. */
export interface AppUnderTest {
  page: Page;
  context: BrowserContext;
  dataDir: string;
  handlers: Handlers;
  /** Paths the stubbed "choose folder" dialog returns, in order; null means the user cancelled. */
  folderChoices: (string | null)[];
  /** Paths the stubbed save dialog returns, in order; null means the user cancelled. */
  saveChoices: (string | null)[];
  /** Paths the save dialog was opened with (the suggested file names). */
  suggestedSaves: string[];
  /** Files opened with the system's application, and shown in the file manager. */
  opened: string[];
  shown: string[];
  /** What the stubbed clipboard holds. */
  clipboard: { text: string };
  /** Pushes an event to the page as the main process would. */
  emit: <E extends EventName>(event: E, payload: EventMap[E]) => Promise<void>;
  /** Page errors and console errors seen so far. */
  errors: string[];
  close: () => Promise<void>;
}

/** How a window of the app under test starts. */
export interface OpenAppOptions {
  dataDir?: string;
  locale?: string;
  colorScheme?: 'light' | 'dark';
  /** Where the bundled demo is looked for; by default nowhere, so a first run shows the empty state. */
  resourcesDir?: string;
  initialFolder?: string;
  /**
   * Enforce the renderer's Content-Security-Policy (the header `serveRenderer` sends, as app:// does). Off by default:
   * the other runs bypass it, so that a test's own scripts never meet it.
   */
  enforceCsp?: boolean;
}

/** Opens the app in a fresh browser context wired to the real handler table with stubbed dialogs. */
export async function openApp(
  browser: Browser,
  serverUrl: string,
  options: OpenAppOptions = {},
): Promise<AppUnderTest> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'recoupe-e2e-')));
  await mkdir(resultsDir, { recursive: true });
  const context = await browser.newContext({
    bypassCSP: !options.enforceCsp,
    viewport: { width: 1280, height: 800 },
    locale: options.locale ?? 'en-US',
    colorScheme: options.colorScheme ?? 'light',
  });
  const page = await context.newPage();
  const folderChoices: (string | null)[] = [];
  const clipboard = { text: '' };
  const saveChoices: (string | null)[] = [];
  const suggestedSaves: string[] = [];
  const opened: string[] = [];
  const shown: string[] = [];
  let printer: Promise<PdfPrinter> | undefined;
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });

  const emit = async <E extends EventName>(event: E, payload: EventMap[E]): Promise<void> => {
    await page.evaluate(
      ([channel, data]) =>
        (window as unknown as { __recoupeEmit: (c: string, p: unknown) => void }).__recoupeEmit(
          channel,
          data,
        ),
      [eventChannelOf(event), payload] as const,
    );
  };
  const services: Services = {
    appInfo: { name: 'Recoupe', version: '0.0.0-test', platform: process.platform },
    dataDir,
    resourcesDir: options.resourcesDir ?? join(dataDir, 'no-resources'),
    ...(options.initialFolder ? { initialFolder: options.initialFolder } : {}),
    // The bridge has no preload to report drops: every folder a test opens by path counts as dropped.
    folderGrants: { add: () => undefined, has: () => true },
    readClipboardText: async () => clipboard.text,
    systemLocale: options.locale ?? 'en-US',
    logger: nullLogger,
    engine: engine(),
    dialogs: {
      chooseFolder: async () => (folderChoices.length ? (folderChoices.shift() ?? null) : null),
      saveFile: async (suggested) => {
        suggestedSaves.push(suggested);
        return saveChoices.length ? (saveChoices.shift() ?? null) : null;
      },
    },
    printPdf: async (html, printOptions) => {
      printer ??= launchPdfPrinter();
      return (await printer).print(html, printOptions);
    },
    openPath: async (path) => {
      opened.push(path);
    },
    showItemInFolder: (path) => {
      shown.push(path);
    },
    applySettings: () => undefined,
    // An event that finds the page closed (a re-read finishing after the test) is dropped; any other failure is kept.
    emit: (event, payload) =>
      void emit(event, payload).catch((error: unknown) => {
        if (!page.isClosed()) errors.push(`emit ${event}: ${String(error)}`);
      }),
  };
  const handlers = createHandlers(services);
  const dispatch = createDispatcher(handlers, nullLogger);
  await page.exposeBinding('__recoupeInvoke', (_source, channel: string, args: unknown[]) =>
    dispatch(channel.replace(/^recoupe:/, ''), { url: 'app://recoupe/index.html' }, args),
  );
  await page.addInitScript({ content: await bridgeScript() });
  await page.goto(serverUrl);
  return {
    page,
    context,
    dataDir,
    handlers,
    folderChoices,
    clipboard,
    saveChoices,
    suggestedSaves,
    opened,
    shown,
    emit,
    errors,
    close: async () => {
      await handlers.dispose();
      if (printer) await (await printer).close();
      await context.close();
      if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Saves a full-page screenshot under test-results/. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const path = join(resultsDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Buttons, headings and labels whose text is cut (content wider or taller than the box); empty when none is. */
export async function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        'button, h1, h2, h3, label, th, summary, .outlet-badge, [role="tab"]',
      ),
    ]
      .filter(
        (el) =>
          el.offsetParent !== null &&
          !el.classList.contains('sr-only') &&
          (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1),
      )
      .map((el) => `${el.tagName.toLowerCase()}: ${el.textContent?.trim().slice(0, 60) ?? ''}`),
  );
}

/** Chromium and the renderer server shared by the tests of one `describe` block. */
export interface Chromium {
  /** Opens the app in a fresh context of the shared browser (see {@link openApp}). */
  openApp: (options?: OpenAppOptions) => Promise<AppUnderTest>;
}

/** Registers hooks that launch Chromium and serve the built renderer before the block's tests, and close both after. */
export function useChromium(): Chromium {
  let browser: Browser | undefined;
  let server: { url: string; close: () => Promise<void> } | undefined;
  beforeAll(async () => {
    browser = await launchChrome();
    server = await serveRenderer();
  });
  afterAll(async () => {
    await server?.close();
    await browser?.close();
  });
  return {
    openApp: (options) => {
      if (!browser || !server) throw new Error('useChromium: the browser is not launched yet');
      return openApp(browser, server.url, options);
    },
  };
}

/** Registers hooks that make a temporary folder before the block's tests and remove it after; returns its path getter. */
export function useTempDir(prefix: string): () => string {
  let dir: string | undefined;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix));
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });
  return () => {
    if (!dir) throw new Error(`useTempDir: the folder ${prefix}… is not made yet`);
    return dir;
  };
}

/** Copies the seeds to `parent/name` (a private copy: corrections and notes are written into the folder). */
export async function copySeeds(parent: string, name: string): Promise<string> {
  const folder = join(parent, name);
  await cp(seedsDir, folder, { recursive: true });
  return folder;
}

/** Opens `folder` through the stubbed dialog and waits for the sidebar. */
export async function openFolder(app: AppUnderTest, folder: string): Promise<void> {
  await app.page.getByRole('heading', { name: /Open a folder of articles|Ouvrez un dossier/ }).waitFor();
  app.folderChoices.push(folder);
  await app.page.getByRole('button', { name: /^(Open folder|Ouvrir un dossier)$/ }).click();
  await app.page.getByRole('navigation', { name: 'Articles' }).waitFor();
}

/** Copies the seeds to `parent/name` and opens that copy; returns its path. */
export async function openSeedsCopy(app: AppUnderTest, parent: string, name: string): Promise<string> {
  const folder = await copySeeds(parent, name);
  await openFolder(app, folder);
  return folder;
}

/** The sidebar button of the article whose file name starts with `prefix`. */
export function article(page: Page, prefix: string) {
  return page
    .getByRole('navigation', { name: 'Articles' })
    .locator('button.article-item')
    .filter({ hasText: `${prefix}_` });
}

/** Opens the toolbar's Options menu (the comparison options and the legend), if it is closed. */
export async function openOptions(page: Page): Promise<void> {
  const button = page.getByRole('toolbar').getByRole('button', { name: /^Options/ });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
}

/** Waits until the comparison table has its first body row. */
export async function waitForRows(page: Page): Promise<void> {
  await page.getByRole('table').locator('[role="row"][data-kind]').first().waitFor({ state: 'attached' });
}

/** Selects `left` in the sidebar, then Ctrl+clicks `right`, and waits for the comparison rows. */
export async function openPair(page: Page, left: string, right: string): Promise<void> {
  await article(page, left).click();
  await article(page, right).click({ modifiers: ['Control'] });
  await waitForRows(page);
}

/**
 * Selects `phrase` in one column with the DOM Selection API, as a mouse drag would: the range runs over the text
 * nodes of the article text drawn in that column.
 */
export async function selectText(page: Page, side: 'a' | 'b', phrase: string): Promise<void> {
  await page.evaluate(
    ([column, wanted]) => {
      const nodes: { node: Text; from: number }[] = [];
      let all = '';
      for (const run of document.querySelectorAll(`.cmp-table .cmp-cell.cmp-${column} [data-text-start]`)) {
        const walker = document.createTreeWalker(run, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          nodes.push({ node: node as Text, from: all.length });
          all += (node as Text).data;
        }
      }
      const at = all.indexOf(wanted);
      if (at < 0) throw new Error(`"${wanted}" is not shown in column ${column}`);
      const locate = (position: number, end: boolean): [Text, number] => {
        for (const { node, from } of nodes) {
          const to = from + node.data.length;
          if (position >= from && (end ? position <= to : position < to)) return [node, position - from];
        }
        throw new Error(`position ${position} not found`);
      };
      const range = document.createRange();
      const [first] = locate(at, false);
      first.parentElement?.scrollIntoView({ block: 'center' });
      range.setStart(...locate(at, false));
      range.setEnd(...locate(at + wanted.length, true));
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    },
    [side, phrase] as const,
  );
}

/**
 * Accessibility violations found by axe-core inside `selector`, or on the whole page: serious and critical ones, or
 * those of every level.
 */
export async function axeViolations(
  page: Page,
  selector?: string,
  levels: 'serious' | 'all' = 'serious',
): Promise<string[]> {
  await page.addScriptTag({ path: join(repoRoot, 'node_modules/axe-core/axe.min.js') });
  return page.evaluate(
    async ([include, every]) => {
      type Result = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
      const axe = (
        window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<Result> } }
      ).axe;
      const context = include === null ? document : { include: [include] };
      const result = await axe.run(context, { resultTypes: ['violations'] });
      return result.violations
        .filter((v) => every || v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) =>
            `${v.id} (${v.impact}): ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join(', ')}`,
        );
    },
    [selector ?? null, levels === 'all'] as const,
  );
}
