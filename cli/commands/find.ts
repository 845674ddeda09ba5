import { resolve } from 'node:path';
import {
  buildConcordance,
  groupHitsByOutlet,
  searchConcordance,
  type ConcordanceResult,
} from '../../shared/claims/concordance';
import type { Lang } from '../../shared/format/lang';
import { translate } from '../../shared/i18n/index';
import { FolderError, scanFolder } from '../../node/scan-folder';
import { readWatchlist } from '../../node/watchlist';
import { failAsCommand, UsageError, type CliIo, type Command } from '../command';
import { csvLine } from '../csv';
import { countOf, envLang, parseLang, printWarnings, skippedNotice } from '../lang';
import { outputFormat, parseCommandArgs } from '../options';
import { jsonText } from '../terminal-safe';

const usage = `Usage: recoupe find "<phrase>" <folder> [--json | --csv] [--context <n>] [--lang fr|en]
       recoupe find --watchlist <folder> [--json | --csv] [--context <n>] [--lang fr|en]

Searches a phrase in every article of <folder>, insensitive to case and accents and
tolerant of plural and feminine endings and elision ("ligne rouge" also finds
"Lignes rouges", "Ukraine" also "l'Ukraine"). Hits are grouped by outlet, with the
words around each one and a count per outlet. Boilerplate (captions, credits, URLs)
is not searched.

Options:
  --watchlist     search every phrase of <folder>/.recoupe/watchlist.json
                  (default: "ligne rouge")
  --json          print { query, hits, perOutlet } as JSON (an array of them with
                  --watchlist; see docs/cli/find.md)
  --csv           print one line per hit
  --context <n>   characters of context on each side (default 60)
  --lang fr|en    language of the table's headers (default: from LC_ALL,
                  LC_MESSAGES or LANG, French for fr*)
  -h, --help      show this help
`;

interface FindArgs {
  phrase?: string;
  folder: string;
  watchlist: boolean;
  format: 'table' | 'json' | 'csv';
  context: number;
  lang: Lang;
}

/** Parses `find` arguments; UsageError on anything unexpected. */
function parseFindArgs(args: string[], env: CliIo['env']): FindArgs {
  const { values, positionals } = parseCommandArgs(args, {
    json: { type: 'boolean' },
    csv: { type: 'boolean' },
    watchlist: { type: 'boolean' },
    context: { type: 'string' },
    lang: { type: 'string' },
  });
  const format = outputFormat(values);
  const watchlist = values.watchlist ?? false;
  const lang = values.lang === undefined ? envLang(env) : parseLang(values.lang);
  const context = values.context === undefined ? 60 : Number(values.context);
  if (!Number.isInteger(context) || context < 0 || context > 1000)
    throw new UsageError(
      `--context needs a whole number of characters from 0 to 1000, got '${values.context ?? ''}'`,
    );
  if (watchlist) {
    if (positionals.length !== 1) throw new UsageError('with --watchlist, give only the <folder>');
    return { folder: positionals[0]!, watchlist, format, context, lang };
  }
  if (positionals.length < 2)
    throw new UsageError(positionals.length === 0 ? 'missing "<phrase>" and <folder>' : 'missing <folder>');
  if (positionals.length > 2)
    throw new UsageError(
      `too many arguments; quote a phrase of several words: recoupe find "${positionals.slice(0, -1).join(' ')}" ${positionals[positionals.length - 1]}`,
    );
  const phrase = positionals[0]!.trim();
  if (!phrase) throw new UsageError('the phrase is empty');
  return { phrase, folder: positionals[1]!, watchlist, format, context, lang };
}

/** `recoupe find`: a concordance of a phrase across a folder's articles. */
export const findCommand: Command = {
  name: 'find',
  usage,
  async run(args: string[], io: CliIo): Promise<number> {
    const options = parseFindArgs(args, io.env);
    const root = resolve(io.cwd, options.folder);
    const scan = await failAsCommand(scanFolder(root), options.lang, FolderError);
    printWarnings(io, options.lang, scan.skipped.map(skippedNotice));
    const phrases = options.watchlist ? (await readWatchlist(scan.root)).value.phrases : [options.phrase!];
    const index = buildConcordance(scan.articles);
    const results = phrases.map((p) => searchConcordance(index, p, { context: options.context }));
    if (options.format === 'json') {
      io.out(`${jsonText(options.watchlist ? results : results[0], 2)}\n`);
    } else if (options.format === 'csv') {
      const lines = [csvLine(['query', 'article', 'outlet', 'start', 'end', 'left', 'match', 'right'])];
      for (const r of results) {
        for (const h of r.hits)
          lines.push(
            csvLine([r.query, h.article, h.outlet, String(h.start), String(h.end), h.left, h.match, h.right]),
          );
      }
      io.out(lines.join(''));
    } else {
      const names = new Map(
        scan.articles.map((a) => [
          a.outlet.id,
          a.outlet.id === 'unknown' ? translate(options.lang, 'shell.unknownOutlet') : a.outlet.name,
        ]),
      );
      io.out(results.map((r) => renderFindTable(r, scan.articles.length, options.lang, names)).join('\n'));
    }
    return 0;
  },
};

/**
 * The readable concordance, in `lang`: per outlet (by its name when `names` has it), its count, then one line per
 * hit with the match in brackets.
 */
export function renderFindTable(
  result: ConcordanceResult,
  articleCount: number,
  lang: Lang,
  names: ReadonlyMap<string, string> = new Map(),
): string {
  const groups = groupHitsByOutlet(result);
  const out = [
    translate(lang, 'claims.cli.findSummary', {
      query: result.query,
      hits: countOf(lang, 'claims.cli.hitCount', result.hits.length),
      articles: countOf(lang, 'claims.cli.articleCount', articleCount),
    }),
  ];
  for (const group of groups) {
    out.push('', `${names.get(group.outlet) ?? group.outlet} (${group.count})`);
    for (const h of group.hits) {
      const left = oneLine(h.left);
      const right = oneLine(h.right);
      out.push(`  ${h.article}:${h.start}  …${left}[${oneLine(h.match)}]${right}…`);
    }
  }
  return `${out.join('\n')}\n`;
}

/** Text on one line. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}
