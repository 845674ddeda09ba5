import { realpath, stat } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { isInside } from '../../node/scan-folder';
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
import { envLang, parseLang, printWarnings } from '../lang';
import { parseCommandArgs, parsePaper } from '../options';
import { appVersion, findChromeOrFail, writeReportFiles } from '../report-files';

const usage = `Usage: recoupe export <folder> <a> <b> (--pdf <out.pdf> | --html <out.html>) [options]

Exports the comparison of article <a> (the reference text) with article <b> of <folder> as a
document to print, publish or file: summary and figures, both texts side by side with their
differences, the folder's notes and hand corrections, the claims that differ, and where both
files come from (relative path, sha256, size, encoding, outlet). <a> and <b> are article ids
(paths relative to <folder>, as \`recoupe scan\` lists them) or paths to the files, as
\`recoupe compare\` takes them.

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
function parseExportArgs(args: readonly string[], env: CliIo['env']): ExportArgs {
  const { values, positionals } = parseCommandArgs(args, {
    pdf: { type: 'string' },
    html: { type: 'string' },
    paper: { type: 'string' },
    portrait: { type: 'boolean' },
    landscape: { type: 'boolean' },
    lang: { type: 'string' },
    'collapse-identical': { type: 'boolean' },
    boilerplate: { type: 'boolean' },
    'no-notes': { type: 'boolean' },
    'no-claims': { type: 'boolean' },
  });
  const lang: Lang = values.lang === undefined ? envLang(env) : parseLang(values.lang);
  const options: Partial<ReportOptions> = { lang };
  if (values.paper !== undefined) options.paper = parsePaper(values.paper);
  if (values.portrait) options.landscape = false;
  if (values['collapse-identical']) options.collapseIdentical = true;
  if (values.boilerplate) options.includeBoilerplate = true;
  if (values['no-notes']) options.includeNotes = false;
  if (values['no-claims']) options.includeClaims = false;
  if (positionals.length !== 3) {
    throw new UsageError(
      `give a folder and two article ids: <folder> <a> <b> (got ${positionals.length} argument${positionals.length === 1 ? '' : 's'})`,
    );
  }
  const { pdf, html } = values;
  if (pdf === undefined && html === undefined)
    throw new UsageError('say where to write the export: --pdf <file> or --html <file>');
  const [folder, a, b] = positionals as [string, string, string];
  return { folder, a, b, pdf, html, options: resolveReportOptions(options) };
}

/** `recoupe export`: the annotated comparison of two articles as PDF or HTML. */
export const exportCommand: Command = {
  name: 'export',
  usage,
  async run(args: string[], io: CliIo): Promise<number> {
    const parsed = parseExportArgs(args, io.env);
    const { options } = parsed;
    const root = resolve(io.cwd, parsed.folder);
    const targets = {
      pdf: parsed.pdf && resolve(io.cwd, parsed.pdf),
      html: parsed.html && resolve(io.cwd, parsed.html),
    };
    const chrome = targets.pdf ? findChromeOrFail(io.env, options.lang) : undefined;
    const loaded = await failAsCommand(
      loadReportInput({
        root,
        a: await articleIdIn(root, io.cwd, parsed.a),
        b: await articleIdIn(root, io.cwd, parsed.b),
        lang: options.lang,
        appVersion: appVersion(),
        dataDir: defaultDataDir(io.env),
      }),
      options.lang,
      ExportRequestError,
    );
    printWarnings(io, options.lang, loaded.warnings);
    await writeReportFiles(io, options.lang, targets, chrome, {
      html: () => renderComparisonReport(loaded.input, options),
      pdf: (printer) => renderReportPdf(loaded.input, options, printer),
    });
    return 0;
  },
};

/**
 * The article id of what was given for a folder's article: a path to an existing file inside the folder (as
 * `recoupe compare` takes it) becomes its path relative to the folder; anything else is taken as an id.
 */
export async function articleIdIn(root: string, cwd: string, given: string): Promise<string> {
  const abs = resolve(cwd, given);
  const [realRoot, realFile] = await Promise.all([
    realpath(root).catch(() => root),
    realpath(abs).catch(() => null),
  ]);
  if (realFile === null || !(await stat(realFile)).isFile()) return given;
  for (const [base, file] of [
    [resolve(root), abs],
    [realRoot, realFile],
  ] as const) {
    if (isInside(base, file) && file !== base) return relative(base, file).split(sep).join('/');
  }
  return given;
}
