import type { GlossaryIdea } from '../../shared/i18n/glossary';
import { translate, translateCount } from '../../shared/i18n/index';
import type { Article } from '../../shared/article/model';
import { CompareAbortedError } from '../../shared/compare/budget';
import { compare, type CompareOptions } from '../../shared/compare/compare';
import { renderInline } from '../../shared/compare/render-inline';
import type { Comparison, LinkKind, Segment } from '../../shared/compare/types';
import { alignRows, paragraphNumber, type CompareRow } from '../../shared/compare/view-rows';
import { formatDate } from '../../shared/format/index';
import { formatDegradations } from '../../shared/format/degradation';
import type { Lang } from '../../shared/format/lang';
import { summarizeComparison } from '../../shared/format/summary';
import { readArticleArgument } from '../article-file';
import { CommandError, UsageError, type CliIo, type Command } from '../command';
import { envLang, parseLang } from '../lang';
import { parseCommandArgs } from '../options';
import { jsonText } from '../terminal-safe';

const usage = `Usage: recoupe compare <a> <b> [options]

Compares two articles: finds which paragraphs of <b> correspond to which of <a> (copied, edited,
shortened, reworded, moved, split or merged), marks the word-level differences inside each pair,
and sums it up: share of <a> kept word for word, paragraphs and quotes dropped and added, numbers
changed. Differences are marked [-deleted-] and {+inserted+}.

Options:
  --json                 print the comparison as JSON (see docs/cli/compare.md)
  --lang fr|en           language of the summary and labels (default: from LANG, French for fr*)
  --ignore-case          treat upper and lower case as equal
  --ignore-punctuation   leave punctuation and quotation marks out of the differences
  --ignore-typography    treat ’ and ', « » and "", no-break and normal spaces, 100.000 and 100 000 as equal
  --sentences            link sentences instead of paragraphs
  --budget-ms <n>        time budget in milliseconds before the comparison gets coarser (default 2000)
  -h, --help             show this help
`;

interface CompareArgs {
  files: [string, string];
  json: boolean;
  lang: Lang;
  options: CompareOptions;
}

/** Parses `compare` arguments; UsageError on anything unexpected. */
function parseCompareArgs(args: readonly string[], env: CliIo['env']): CompareArgs {
  const { values, positionals: files } = parseCommandArgs(args, {
    json: { type: 'boolean' },
    lang: { type: 'string' },
    'ignore-case': { type: 'boolean' },
    'ignore-punctuation': { type: 'boolean' },
    'ignore-typography': { type: 'boolean' },
    sentences: { type: 'boolean' },
    'budget-ms': { type: 'string' },
  });
  const lang = values.lang === undefined ? envLang(env) : parseLang(values.lang);
  const options: CompareOptions = {};
  if (values['ignore-case']) options.ignoreCase = true;
  if (values['ignore-punctuation']) options.ignorePunctuation = true;
  if (values['ignore-typography']) options.ignoreTypography = true;
  if (values.sentences) options.granularity = 'sentence';
  const budget = values['budget-ms'];
  if (budget !== undefined) {
    const n = Number(budget);
    if (!/^\d+$/.test(budget) || n <= 0)
      throw new UsageError(`--budget-ms must be a positive number of milliseconds, not '${budget}'`);
    options.budgetMs = n;
  }
  if (files.length !== 2) {
    throw new UsageError(
      files.length < 2
        ? 'give two article files to compare: <a> <b>'
        : `give exactly two article files, not ${files.length}`,
    );
  }
  return { files: [files[0] as string, files[1] as string], json: values.json ?? false, lang, options };
}

/** `recoupe compare`: aligns two articles and shows their differences. */
export const compareCommand: Command = {
  name: 'compare',
  usage,
  async run(args: string[], io: CliIo): Promise<number> {
    const { files, json, lang, options } = parseCompareArgs(args, io.env);
    // One after the other, so that a mistake in <a> is the one reported when both are wrong.
    const a = await readArticleArgument(io.cwd, files[0], lang);
    const b = await readArticleArgument(io.cwd, files[1], lang);
    let comparison: Comparison;
    try {
      comparison = compare(a, b, options);
    } catch (error) {
      if (error instanceof CompareAbortedError) throw new CommandError(error.message);
      throw error;
    }
    if (json) io.out(`${jsonText(comparisonToJson(comparison, lang))}\n`);
    else io.out(renderComparison(comparison, lang));
    return 0;
  },
};

/**
 * The documented JSON shape (docs/cli/compare.md): the engine's comparison, the summary composed here in `lang`, and
 * `degraded` as codes, null when the comparison is not coarser than usual.
 */
export function comparisonToJson(comparison: Comparison, lang: Lang): object {
  const { degraded, ...rest } = comparison;
  return { ...rest, summary: summarizeComparison(comparison, lang), degraded: degraded ?? null };
}

/** The row labels of the terminal output, the glossary's terms in `lang` (the app and the exports use the same). */
function labels(lang: Lang): Record<LinkKind | 'onlyA' | 'onlyB' | 'moved' | 'boilerplate', string> {
  const term = (idea: GlossaryIdea): string => translate(lang, `glossary.${idea}`);
  return {
    identical: term('identical'),
    edited: term('edited'),
    partial: term('partial'),
    paraphrase: term('paraphrase'),
    moved: term('moved'),
    onlyA: term('dropped'),
    onlyB: term('added'),
    boilerplate: term('boilerplate'),
  };
}

const SIGNS: Readonly<Record<LinkKind, string>> = {
  identical: '=',
  edited: '≈',
  partial: '≈',
  paraphrase: '~',
};

/** The comparison for a terminal: summary, both articles, then each row with its label and marked text. */
export function renderComparison(comparison: Comparison, lang: Lang): string {
  const { a, b } = comparison;
  const lines: string[] = [summarizeComparison(comparison, lang)];
  if (comparison.degraded)
    lines.push(translate(lang, 'cli.degraded', { reasons: formatDegradations(comparison.degraded, lang) }));
  lines.push(
    '',
    describeArticle('A', a, comparison.segments.a.length, lang),
    describeArticle('B', b, comparison.segments.b.length, lang),
  );
  for (const row of alignRows(comparison)) {
    const text = renderRow(row, comparison, lang);
    if (text) lines.push('', text);
  }
  return `${lines.join('\n')}\n`;
}

/** One line naming an article: letter, file, outlet, date, number of paragraphs. */
function describeArticle(letter: string, article: Article, segments: number, lang: Lang): string {
  const parts = [article.outlet.id === 'unknown' ? '?' : article.outlet.name];
  if (article.date) parts.push(formatDate(article.date, lang));
  parts.push(translateCount(lang, 'cli.paragraphs', segments));
  return `${letter}: ${article.id} (${parts.join(', ')})`;
}

/** One row: a header line (`A3 ≈ B4 · edited, moved`) and the text with its differences marked. */
function renderRow(row: CompareRow, comparison: Comparison, lang: Lang): string | undefined {
  const words = labels(lang);
  const { a, b } = comparison;
  const ids = (letter: string, segments: readonly Segment[]): string =>
    segments.map((s) => `${letter}${paragraphNumber(s)}`).join('+');
  const slice = (article: Article, s: Segment): string => article.text.slice(s.start, s.end);
  if (row.kind === 'only-a') {
    return `── ${ids('A', row.a)} · ${words.onlyA}\n${row.a.map((s) => `[-${slice(a, s)}-]`).join('\n')}`;
  }
  if (row.kind === 'only-b') {
    return `── ${ids('B', row.b)} · ${words.onlyB}\n${row.b.map((s) => `{+${slice(b, s)}+}`).join('\n')}`;
  }
  if (row.kind === 'boilerplate' && row.boilerplate) {
    const { side, span, kind } = row.boilerplate;
    if (kind === 'date-header' || kind === 'metadata') return undefined;
    const article = side === 'a' ? a : b;
    return `── ${side.toUpperCase()} · ${words.boilerplate}${kind ? ` (${translate(lang, `report.boilerplateKind.${kind}`)})` : ''}\n${article.text.slice(span[0], span[1]).trim()}`;
  }
  const link = row.link;
  if (!link) return undefined;
  const state = [words[link.kind], ...(row.moved ? [words.moved] : [])].join(', ');
  const header = `── ${ids('A', row.a)} ${SIGNS[link.kind]} ${ids('B', row.b)} · ${state}`;
  if (link.kind === 'paraphrase') {
    return `${header} (${link.similarity.toFixed(2)})\nA: ${row.a.map((s) => slice(a, s)).join(' ')}\nB: ${row.b.map((s) => slice(b, s)).join(' ')}`;
  }
  return `${header}\n${renderInline(link.ops, a.text, b.text)}`;
}
