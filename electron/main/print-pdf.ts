import { BrowserWindow, session } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PrintOptions } from '../../node/print-pdf';

/** In-memory session of the print window: nothing it loads is kept, and it shares nothing with the app's window. */
const PRINT_PARTITION = 'recoupe-print';

/** The documents being printed now: the print session lets these through and refuses every other request. */
const printing = new Set<string>();
let filtered = false;

/**
 * The print session, its request filter installed once for every print: a filter set per print would replace the
 * one of a print still loading, so two exports at once would block each other's document.
 */
function printSessionFiltered(): Electron.Session {
  const printSession = session.fromPartition(PRINT_PARTITION);
  if (!filtered) {
    printSession.webRequest.onBeforeRequest((details, callback) => {
      callback({ cancel: !printing.has(details.url) && !details.url.startsWith('data:') });
    });
    printSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    filtered = true;
  }
  return printSession;
}

/**
 * Prints a self-contained HTML document to PDF in a hidden, sandboxed window with JavaScript disabled: the document
 * is written to a temporary file, every request other than the files being printed and inline data is refused, and the window
 * can neither navigate nor open others. The same HTML the CLI prints with Chromium, so the pages are the same.
 */
export async function printHtmlInWindow(html: string, options: PrintOptions): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'recoupe-print-'));
  const file = join(dir, 'report.html');
  const fileUrl = pathToFileURL(file).href;
  await writeFile(file, html, 'utf8');
  const printSession = printSessionFiltered();
  printing.add(fileUrl);
  const window = new BrowserWindow({
    show: false,
    width: 1200,
    height: 900,
    webPreferences: {
      session: printSession,
      sandbox: true,
      javascript: false,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
    },
  });
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.webContents.on('will-navigate', (event) => event.preventDefault());
  try {
    await window.loadFile(file);
    const pdf = await window.webContents.printToPDF({
      pageSize: options.paper === 'letter' ? 'Letter' : 'A4',
      landscape: options.landscape,
      preferCSSPageSize: true,
      printBackground: true,
      displayHeaderFooter: false,
      generateTaggedPDF: true,
      generateDocumentOutline: false,
    });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    printing.delete(fileUrl);
    window.destroy();
    await rm(dir, { recursive: true, force: true });
  }
}
