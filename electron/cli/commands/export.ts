import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { langFromLocale, type Lang } from '../../../shared/format/lang';
import { renderComparisonReport } from '../../../shared/report/render';
import { resolveReportOptions, type ReportOptions } from '../../../shared/report/options';
import {
  ExportRequestError,
  defaultDataDir,
  loadReportInput,
  renderReportPdf,
} from '../../node/export-report';
import { findChrome } from '../../node/find-chrome';
import { launchPdfPrinter } from '../../node/print-pdf';
import { ExportWriteError, writeExport } from '../../node/write-export';
import { CommandError, UsageError, type CliIo, type Command } from '../command';

declare const __APP_VERSION__: string | undefined;

const usage = `Usage: recoupe export <folder> <a> <b> (--pdf <out.pdf> | --html <out.html>) [options]

Exports the comparison of article <a> (the reference text) with article <b> of <folder> as a
document to print, publish or file: summary and figures, both texts side by side with their
differences, the folder's notes and hand corrections, the claims that differ, and where both
files come from (relative path, sha256, size, encoding, outlet). <a> and <b> are article ids:
paths relative to <folder>, as \`recoupe scan\` lists them.

Options:
  --pdf <file>           write a PDF, printed by Chromium (CHROME_PATH, else the usual install paths)
  --html <file>          write the same document as one self-contained HTML file
  --paper a4|letter      paper size (default a4)
  --portrait             portrait pages (default landscape)
  --lang fr|en           language of the document (default: from LANG, French for fr*)
  --collapse-identical   fold each run of identical paragraphs into one line
  --boilerplate          show boilerplate paragraphs (captions, credits, URL lines)
  --no-notes             leave the notes out
  --no-claims            leave the claims table out
  -h, --help             show this help
`;

interface ExportArgs {
  folder: string;
  a: string;
  b: string;
  pdf?: string;
  html?: string;
  options: ReportOptions;
}

/** Parses `export` arguments; UsageError on anything unexpected. */
function parseArgs(args: readonly string[], env: CliIo['env']): ExportArgs {
  const positional: string[] = [];
  let pdf: string | undefined;
  let html: string | undefined;
  let lang: Lang = langFromLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);
  const options: Partial<ReportOptions> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = (): string => {
      const v = inline ?? args[++i];
      if (v === undefined || v === '') throw new UsageError(`${name} needs a value`);
      return v;
    };
    if (name === '--pdf') pdf = value();
    else if (name === '--html') html = value();
    else if (name === '--paper') {
      const v = value().toLowerCase();
      if (v !== 'a4' && v !== 'letter') throw new UsageError(`--paper must be a4 or letter, not '${v}'`);
      options.paper = v;
    } else if (name === '--portrait') options.landscape = false;
    else if (name === '--landscape') options.landscape = true;
    else if (name === '--lang') {
      const v = value();
      if (v !== 'fr' && v !== 'en') throw new UsageError(`--lang must be fr or en, not '${v}'`);
      lang = v;
    } else if (name === '--collapse-identical') options.collapseIdentical = true;
    else if (name === '--boilerplate') options.includeBoilerplate = true;
    else if (name === '--no-notes') options.includeNotes = false;
    else if (name === '--no-claims') options.includeClaims = false;
    else if (name.startsWith('-') && name !== '-') throw new UsageError(`unknown option '${arg}'`);
    else positional.push(arg);
  }
  if (positional.length !== 3) {
    throw new UsageError(
      `give a folder and two article ids: <folder> <a> <b> (got ${positional.length} argument${positional.length === 1 ? '' : 's'})`,
    );
  }
  if (pdf === undefined && html === undefined)
    throw new UsageError('say where to write the export: --pdf <file> or --html <file>');
  const [folder, a, b] = positional as [string, string, string];
  return { folder, a, b, pdf, html, options: resolveReportOptions({ ...options, lang }) };
}

/** The app's version: set at build time in the bundled CLI, read from package.json when run from the sources. */
function appVersion(): string {
  if (typeof __APP_VERSION__ === 'string') return __APP_VERSION__;
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

/** `recoupe export`: the annotated comparison of two articles as PDF or HTML. */
export const exportCommand: Command = {
  name: 'export',
  summary: 'export the annotated comparison of two articles as PDF or HTML',
  usage,
  async run(args: string[], io: CliIo): Promise<number> {
    const parsed = parseArgs(args, io.env);
    const { options } = parsed;
    const root = resolve(io.cwd, parsed.folder);
    const targets = {
      pdf: parsed.pdf && resolve(io.cwd, parsed.pdf),
      html: parsed.html && resolve(io.cwd, parsed.html),
    };
    const chrome = targets.pdf ? findChromeOrFail(io.env) : undefined;
    let loaded;
    try {
      loaded = await loadReportInput({
        root,
        a: parsed.a,
        b: parsed.b,
        lang: options.lang,
        appVersion: appVersion(),
        dataDir: defaultDataDir(io.env),
      });
    } catch (error) {
      if (error instanceof ExportRequestError) throw new CommandError(error.message);
      throw error;
    }
    for (const warning of loaded.warnings) io.err(`warning: ${warning}\n`);
    try {
      if (targets.html) {
        await writeExport(targets.html, renderComparisonReport(loaded.input, options));
        io.out(`${targets.html}\n`);
      }
      if (targets.pdf && chrome) {
        const printer = await launchPdfPrinter({ executablePath: chrome });
        let pdf: Uint8Array;
        try {
          pdf = await renderReportPdf(loaded.input, options, printer);
        } finally {
          await printer.close();
        }
        await writeExport(targets.pdf, pdf);
        io.out(`${targets.pdf}\n`);
      }
    } catch (error) {
      if (error instanceof ExportWriteError) throw new CommandError(error.message);
      throw error;
    }
    return 0;
  },
};

/** The Chromium to print with, or a CommandError with the install hint. */
function findChromeOrFail(env: CliIo['env']): string {
  try {
    return findChrome(env);
  } catch (error) {
    throw new CommandError(
      `${error instanceof Error ? error.message : String(error)} A PDF export needs it; --html works without.`,
    );
  }
}
