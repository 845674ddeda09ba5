import { resolve } from 'node:path';
import type { Lang } from '../../shared/format/lang';
import { renderComparisonReport } from '../../shared/report/render';
import { resolveReportOptions, type ReportOptions } from '../../shared/report/options';
import {
  ExportRequestError,
  defaultDataDir,
  loadReportInput,
  renderReportPdf,
} from '../../node/export-report';
import { failAsCommand, UsageError, type CliIo, type Command } from '../command';
import { envLang, parseLang } from '../lang';
import { parsePaper, readOptions } from '../options';
import { appVersion, findChromeOrFail, writeReportFiles } from '../report-files';

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
  let lang: Lang = envLang(env);
  const options: Partial<ReportOptions> = {};
  for (const { arg, name, value } of readOptions(args)) {
    if (name === '--pdf') pdf = value();
    else if (name === '--html') html = value();
    else if (name === '--paper') options.paper = parsePaper(value());
    else if (name === '--portrait') options.landscape = false;
    else if (name === '--landscape') options.landscape = true;
    else if (name === '--lang') lang = parseLang(value());
    else if (name === '--collapse-identical') options.collapseIdentical = true;
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
    const loaded = await failAsCommand(
      loadReportInput({
        root,
        a: parsed.a,
        b: parsed.b,
        lang: options.lang,
        appVersion: appVersion(),
        dataDir: defaultDataDir(io.env),
      }),
      ExportRequestError,
    );
    for (const warning of loaded.warnings) io.err(`warning: ${warning}\n`);
    await writeReportFiles(io, targets, chrome, {
      html: () => renderComparisonReport(loaded.input, options),
      pdf: (printer) => renderReportPdf(loaded.input, options, printer),
    });
    return 0;
  },
};
