import { readFileSync } from 'node:fs';
import { findChrome } from '../node/find-chrome';
import { launchPdfPrinter, type PdfPrinter, type SandboxOff } from '../node/print-pdf';
import { ExportWriteError, writeExport } from '../node/write-export';
import type { Lang } from '../shared/format/lang';
import { NoticeError, wordNotice } from '../shared/i18n/notice';
import type { NoticeCode } from '../shared/ipc/notice';
import { CommandError, failAsCommand, type CliIo } from './command';

declare const __APP_VERSION__: string | undefined;

/** The app's version: set at build time in the bundled CLI, read from package.json when run from the sources. */
export function appVersion(): string {
  if (typeof __APP_VERSION__ === 'string') return __APP_VERSION__;
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

/** The Chromium to print with, or a CommandError with the install hint. */
export function findChromeOrFail(env: CliIo['env'], lang: Lang): string {
  try {
    return findChrome(env);
  } catch (error) {
    const reason = error instanceof NoticeError ? wordNotice(lang, error.notice) : String(error);
    throw new CommandError(wordNotice(lang, { code: 'print-pdf-needs-chrome', params: { reason } }));
  }
}

/** How a report is rendered: as HTML, and as PDF with a launched printer. */
export interface ReportRenderers {
  html: () => string;
  pdf: (printer: PdfPrinter) => Promise<Uint8Array>;
}

/** What the user is told, in `lang`, when Chromium prints without its sandbox. */
const SANDBOX_NOTICE = {
  root: 'print-sandbox-off-root',
  unavailable: 'print-sandbox-off-unavailable',
} as const satisfies Record<SandboxOff, NoticeCode>;

/**
 * Writes the report files asked for (absolute paths), printing each path once saved: the HTML, then the PDF when
 * a Chromium was found (saying so on stderr, in `lang`, when it printed without its sandbox). A file that cannot be
 * saved is a CommandError naming it.
 */
export async function writeReportFiles(
  io: CliIo,
  lang: Lang,
  targets: { html?: string | undefined; pdf?: string | undefined },
  chrome: string | undefined,
  render: ReportRenderers,
): Promise<void> {
  const write = async (): Promise<void> => {
    if (targets.html) {
      await writeExport(targets.html, render.html());
      io.out(`${targets.html}\n`);
    }
    if (targets.pdf && chrome) {
      const printer = await launchPdfPrinter({ executablePath: chrome });
      if (printer.sandboxOff) io.err(`${wordNotice(lang, { code: SANDBOX_NOTICE[printer.sandboxOff] })}\n`);
      let pdf: Uint8Array;
      try {
        pdf = await render.pdf(printer);
      } finally {
        await printer.close();
      }
      await writeExport(targets.pdf, pdf);
      io.out(`${targets.pdf}\n`);
    }
  };
  await failAsCommand(write(), lang, ExportWriteError);
}
