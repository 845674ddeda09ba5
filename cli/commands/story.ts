import { resolve } from 'node:path';
import type { Article } from '../../shared/article/model';
import { renderInline } from '../../shared/compare/render-inline';
import { formatStoryDegradations } from '../../shared/format/degradation';
import { formatPercent } from '../../shared/format/index';
import { formatVersionHeading, formatVersionStep } from '../../shared/format/versions';
import { versionsJson } from '../versions-json';
import type { Lang } from '../../shared/format/lang';
import { translate, translateCount, type MessageKey } from '../../shared/i18n/index';
import { summarizeComparison } from '../../shared/format/summary';
import type { Paper } from '../../shared/report/options';
import { orderRows } from '../../shared/story/order-rows';
import { renderStoryReport } from '../../shared/story/render-report';
import type { CellKind, StoryCell, StoryPair, StoryRow } from '../../shared/story/types';
import type { TextEquivalence } from '../../shared/text/fold';
import { analyzeFolder } from '../../node/analyze-folder';
import { loadReportFont } from '../../node/report-font';
import { FolderError } from '../../node/scan-folder';
import {
  analyzeStory,
  renderStoryPdf,
  storyReportInput,
  StoryRequestError,
  type StoryAnalysis,
} from '../../node/story-analysis';
import { isDemoFolder } from '../../node/demo-folder';
import { failAsCommand, UsageError, type CliIo, type Command } from '../command';
import { envLang, parseLang, printWarnings } from '../lang';
import { parseCommandArgs, parseMaxBytes, parsePaper } from '../options';
import { appVersion, findChromeOrFail, writeReportFiles } from '../report-files';
import { jsonText } from '../terminal-safe';

const usage = `Usage: recoupe story <folder> [<story-id> | --articles <id>,<id>,…] [options]

Collates the articles of one story of <folder> (or the articles given): one row per piece of
content, one column per article in date order; each cell is the article's wording, compared with
the row's reference wording (identical, edited, shortened, reworded) or empty where the article
does not carry it. Also says who reuses whom (share of each article taken word for word from
another) and what each article carries (share of the story, content found only there, quotes,
claims reported differently). Story ids are those of \`recoupe scan --json\`; they stay the same
from run to run for the same articles. Without a story id, lists the folder's stories.

Options:
  --json               print the collation, reuse graph and coverage as JSON (see docs/cli/story.md)
  --html <file>        write the collation as one self-contained HTML document
  --pdf <file>         write it as PDF, printed by Chromium (CHROME_PATH, else the usual install paths)
  --articles <ids>     collate these articles (comma-separated ids) instead of a story
  --order <id>         order the rows by this article (default: the earliest)
  --ignore-case        treat upper and lower case as equal (as \`recoupe compare\` does)
  --ignore-punctuation leave punctuation and quotation marks out of the differences
  --ignore-typography  treat ’ and ', « » and "", no-break and normal spaces, 100.000 and 100 000 as equal
  --lang fr|en         language of the document and summaries (default: from LANG, French for fr*)
  --paper a4|letter    paper size (default a4)
  --portrait           portrait pages (default landscape)
  --max-mb <n>         skip files larger than <n> MB (default 10)
  -h, --help           show this help
`;

interface StoryArgs {
  folder: string;
  storyId?: string;
  articleIds?: string[];
  orderBy?: string;
  json: boolean;
  html?: string;
  pdf?: string;
  lang: Lang;
  paper: Paper;
  landscape: boolean;
  maxBytes?: number;
  equivalence: TextEquivalence;
}

/** Parses `story` arguments; UsageError on anything unexpected. */
function parseStoryArgs(args: readonly string[], env: CliIo['env']): StoryArgs {
  const { values, positionals } = parseCommandArgs(args, {
    json: { type: 'boolean' },
    html: { type: 'string' },
    pdf: { type: 'string' },
    articles: { type: 'string' },
    order: { type: 'string' },
    lang: { type: 'string' },
    paper: { type: 'string' },
    portrait: { type: 'boolean' },
    landscape: { type: 'boolean' },
    'max-mb': { type: 'string' },
    'ignore-case': { type: 'boolean' },
    'ignore-punctuation': { type: 'boolean' },
    'ignore-typography': { type: 'boolean' },
  });
  const parsed: Omit<StoryArgs, 'folder'> = {
    json: values.json ?? false,
    equivalence: {
      ignoreCase: values['ignore-case'] ?? false,
      ignorePunctuation: values['ignore-punctuation'] ?? false,
      ignoreTypography: values['ignore-typography'] ?? false,
    },
    lang: values.lang === undefined ? envLang(env) : parseLang(values.lang),
    paper: values.paper === undefined ? 'a4' : parsePaper(values.paper),
    landscape: !values.portrait,
  };
  if (values.html !== undefined) parsed.html = values.html;
  if (values.pdf !== undefined) parsed.pdf = values.pdf;
  if (values.order !== undefined) parsed.orderBy = values.order;
  if (values['max-mb'] !== undefined) parsed.maxBytes = parseMaxBytes(values['max-mb']);
  if (values.articles !== undefined)
    parsed.articleIds = values.articles
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  const [folder, storyId, ...extra] = positionals;
  if (folder === undefined) throw new UsageError('missing <folder>');
  if (extra.length)
    throw new UsageError(`one story id only (got '${storyId ?? ''}' and '${extra.join("', '")}')`);
  if (storyId !== undefined && parsed.articleIds)
    throw new UsageError('give a story id or --articles, not both');
  if (parsed.json && (parsed.html !== undefined || parsed.pdf !== undefined)) {
    throw new UsageError('--json prints to the terminal; write --html or --pdf files in another run');
  }
  return { folder, ...parsed, ...(storyId !== undefined ? { storyId } : {}) };
}

/** `recoupe story`: the collation of a story's articles, as a table, JSON, HTML or PDF. */
export const storyCommand: Command = {
  name: 'story',
  usage,
  async run(args: string[], io: CliIo): Promise<number> {
    const parsed = parseStoryArgs(args, io.env);
    const root = resolve(io.cwd, parsed.folder);
    if (parsed.storyId === undefined && !parsed.articleIds) {
      io.out(await listStories(root, parsed.maxBytes, parsed.lang));
      return 0;
    }
    const chrome = parsed.pdf ? findChromeOrFail(io.env, parsed.lang) : undefined;
    const analysis = await failAsCommand(
      analyzeStory({
        root,
        ...(parsed.storyId !== undefined ? { storyId: parsed.storyId } : {}),
        ...(parsed.articleIds ? { articleIds: parsed.articleIds } : {}),
        ...(parsed.orderBy ? { orderBy: parsed.orderBy } : {}),
        ...(parsed.maxBytes !== undefined ? { maxBytes: parsed.maxBytes } : {}),
        equivalence: parsed.equivalence,
      }),
      parsed.lang,
      StoryRequestError,
    );
    printWarnings(io, parsed.lang, analysis.warnings);
    if (parsed.json) {
      io.out(`${jsonText(toJson(analysis, parsed.lang), 2)}\n`);
      return 0;
    }
    if (!parsed.html && !parsed.pdf) {
      io.out(renderText(analysis, parsed.lang));
      return 0;
    }
    const input = storyReportInput(analysis, {
      exportedAt: new Date().toISOString(),
      appVersion: appVersion(),
      font: await loadReportFont(),
      demo: await isDemoFolder(root),
    });
    const options = { lang: parsed.lang, paper: parsed.paper, landscape: parsed.landscape };
    const targets = {
      html: parsed.html && resolve(io.cwd, parsed.html),
      pdf: parsed.pdf && resolve(io.cwd, parsed.pdf),
    };
    await writeReportFiles(io, parsed.lang, targets, chrome, {
      html: () => renderStoryReport(input, options),
      pdf: (printer) => renderStoryPdf(input, options, printer),
    });
    return 0;
  },
};

/** The folder's stories with their ids, several-article stories first. */
async function listStories(root: string, maxBytes: number | undefined, lang: Lang): Promise<string> {
  const folder = await failAsCommand(
    analyzeFolder(root, maxBytes === undefined ? {} : { maxBytes }),
    lang,
    FolderError,
  );
  const stories = [...folder.stories].sort(
    (x, y) => Number(y.articles.length > 1) - Number(x.articles.length > 1),
  );
  const lines = [
    translate(lang, 'cli.story.list', {
      stories: translateCount(lang, 'folder.storyCount', folder.stories.length),
      root: folder.root,
    }),
    '',
  ];
  for (const story of stories) {
    lines.push(
      `${story.id}  ${translateCount(lang, 'shell.articleCount', story.articles.length)}  ${clip(story.title, 80)}`,
    );
    for (const id of story.articles) lines.push(`    ${id}`);
  }
  lines.push('', translate(lang, 'cli.story.collateHint'));
  return `${lines.join('\n')}\n`;
}

/** The marks of the text table. */
const MARKS: Record<CellKind, string> = {
  reference: '#',
  identical: '=',
  edited: '~',
  partial: '<',
  paraphrase: '?',
};

/** The human-readable output in `lang`: articles, versions of one text, rows as marks with the reference wording, reuse and coverage. */
function renderText(analysis: StoryAnalysis, lang: Lang): string {
  const t = (key: MessageKey, params: Record<string, string | number> = {}): string =>
    translate(lang, key, params);
  const pct = (x: number): string => formatPercent(Math.round(x * 100) / 100, lang);
  const { collation, graph, articles } = analysis;
  const byId = new Map(articles.map((a) => [a.id, a]));
  const columns = collation.columns;
  const label = (col: number): string => columns[col]?.label ?? '';
  const out: string[] = [];
  const head = analysis.story ? `${analysis.story.id} — ${analysis.title}` : analysis.title;
  out.push(
    `${head} (${translateCount(lang, 'shell.articleCount', columns.length)}, ${translateCount(lang, 'story.rows', collation.rows.length)})`,
    '',
  );
  const width = Math.max(...columns.map((c) => c.label.length));
  columns.forEach((c, i) =>
    out.push(
      `  ${String(i + 1).padStart(2)}  ${c.label.padEnd(width)}  ${(c.date ?? '?').padEnd(10)}  ${c.articleId}`,
    ),
  );
  if (analysis.versions.length > 0) out.push('', t('story.versions.label').toLocaleUpperCase(lang));
  for (const set of analysis.versions) {
    const number = (id: string): string => String(columns.findIndex((c) => c.articleId === id) + 1);
    out.push(`  ${formatVersionHeading(set, lang)}`, `    ${number(set.articles[0]!)}  ${set.articles[0]!}`);
    for (const step of set.steps)
      out.push(`    ${number(step.later)}  ${step.later} — ${formatVersionStep(step, lang)}`);
  }
  out.push(
    '',
    `${t('cli.story.row')}  ${columns.map((_, i) => String(i + 1).padStart(2)).join(' ')}   ${t('cli.story.text')}`,
  );
  orderRows(collation, collation.pivot).forEach(({ row, moved }, i) => {
    const marks = row.cells
      .map((cell, col) => ` ${cell ? MARKS[cell.kind] : '.'}${moved[col] ? '*' : ' '}`.slice(0, 3))
      .join('');
    out.push(`${String(i + 1).padStart(3)}  ${marks}  ${clip(referenceText(analysis, byId, row), 90)}`);
  });
  out.push(
    '',
    t('cli.story.marks', {
      reference: t('story.kind.reference'),
      identical: t('glossary.identical'),
      edited: t('glossary.edited'),
      partial: t('glossary.partial'),
      paraphrase: t('glossary.paraphrase'),
      gap: t('story.notCarried'),
      moved: t('glossary.moved'),
    }),
  );
  out.push('', t('cli.story.reuse'));
  if (graph.edges.length === 0) out.push(`  ${t('story.coverage.none')}`);
  for (const e of graph.edges) {
    const arrow = e.direction === 'determined' ? '→' : '↔';
    const tags = [
      e.primary ? t('story.graph.likely') : '',
      e.direction === 'undetermined' ? t('story.graph.undetermined') : '',
    ].filter(Boolean);
    out.push(
      `  ${label(e.source)} ${arrow} ${label(e.target)}: ${t('cli.story.edge', { share: pct(e.share), target: label(e.target), kept: pct(e.sourceShare), source: label(e.source) })}${tags.length ? ` (${tags.join(', ')})` : ''}`,
    );
  }
  out.push('', t('cli.story.coverage'));
  for (const entry of analysis.coverage) {
    out.push(
      `  ${label(entry.column).padEnd(width)}  ${t('cli.story.coverageLine', {
        share: pct(entry.share).padStart(4),
        rows: entry.rows,
        total: entry.totalRows,
        only: entry.onlyHere.length,
        quotes: entry.quotes.length,
        claims: entry.disagreements.length,
      })}`,
    );
  }
  const degraded = formatStoryDegradations(collation, lang);
  if (degraded) out.push('', t('story.report.degraded', { reason: degraded }));
  return `${out.join('\n')}\n`;
}

/** The text of a row's reference wording, on one line. */
function referenceText(analysis: StoryAnalysis, byId: ReadonlyMap<string, Article>, row: StoryRow): string {
  const column = analysis.collation.columns[row.reference];
  const text = byId.get(column?.articleId ?? '')?.text ?? '';
  return (row.cells[row.reference]?.segments ?? [])
    .map((s) => column?.segments[s])
    .map((span) => (span ? text.slice(span[0], span[1]) : ''))
    .join(' ')
    .replace(/\s+/g, ' ');
}

/** The documented JSON shape (docs/cli/story.md). */
export function toJson(analysis: StoryAnalysis, lang: Lang): object {
  const { collation, graph } = analysis;
  const byId = new Map(analysis.articles.map((a) => [a.id, a]));
  const columns = collation.columns;
  const idOf = (col: number): string => columns[col]?.articleId ?? '';
  const pairSummary = (pair: StoryPair): string => {
    const [a, b] = [byId.get(idOf(pair.a)), byId.get(idOf(pair.b))];
    return a && b ? summarizeComparison({ a, b, stats: pair.stats }, lang) : '';
  };
  const cellJson = (row: StoryRow, cell: StoryCell | null, col: number, moved: boolean): object | null => {
    if (!cell) return null;
    const column = columns[col];
    const text = byId.get(idOf(col))?.text ?? '';
    const spans = cell.segments.map((s) => column?.segments[s] ?? [0, 0]);
    const refText = byId.get(idOf(row.reference))?.text ?? '';
    return {
      article: idOf(col),
      paragraphs: cell.segments.map((s) => s + 1),
      spans,
      kind: cell.kind,
      similarity: cell.similarity,
      moved,
      words: cell.words,
      text: spans.map(([s, e]) => text.slice(s, e)).join('\n\n'),
      inline:
        cell.kind === 'edited' || cell.kind === 'partial' ? renderInline(cell.ops, refText, text) : null,
    };
  };
  return {
    story: analysis.story
      ? { id: analysis.story.id, title: analysis.story.title, origin: analysis.story.origin }
      : null,
    title: analysis.title,
    columns: columns.map((c) => ({
      article: c.articleId,
      outlet: { id: c.outlet.id, name: c.outlet.name, source: c.outlet.source },
      label: c.label,
      date: c.date ?? null,
      headline: c.headline,
      paragraphs: c.segments.length,
      words: c.words.reduce((n, w) => n + w, 0),
    })),
    order: idOf(collation.pivot),
    rows: orderRows(collation, collation.pivot).map(({ row, moved }) => ({
      key: row.key,
      reference: idOf(row.reference),
      carriers: row.carriers,
      cells: row.cells.map((cell, col) => cellJson(row, cell, col, moved[col] ?? false)),
    })),
    graph: {
      nodes: graph.nodes.map((n) => ({ article: n.articleId, label: n.label, date: n.date ?? null })),
      edges: graph.edges.map((e) => ({
        source: idOf(e.source),
        target: idOf(e.target),
        share: e.share,
        sourceShare: e.sourceShare,
        direction: e.direction,
        primary: e.primary,
        evidence: e.evidence,
      })),
    },
    coverage: analysis.coverage.map((c) => ({
      article: c.articleId,
      share: c.share,
      rows: c.rows,
      totalRows: c.totalRows,
      onlyHere: c.onlyHere,
      onlyHereWords: c.onlyHereWords,
      quotes: c.quotes.map((q) => ({
        text: q.text,
        speaker: q.speaker ?? null,
        type: q.quoteType ?? null,
        row: q.rowKey ?? null,
        alsoIn: q.alsoIn.map(idOf),
      })),
      disagreements: c.disagreements.map((d) => ({
        topic: d.topic,
        discrepancies: d.discrepancies,
        text: d.text,
        row: d.rowKey ?? null,
        others: d.others.map((o) => ({ article: idOf(o.column), text: o.text, same: o.same })),
      })),
    })),
    pairs: collation.pairs.map((p) => ({
      a: idOf(p.a),
      b: idOf(p.b),
      links: p.links,
      verbatimA: p.verbatimA,
      verbatimB: p.verbatimB,
      summary: pairSummary(p),
      stats: p.stats,
      degraded: p.degraded ?? null,
    })),
    versions: versionsJson(analysis.versions, lang),
    unplacedLinks: collation.unplacedLinks,
    degraded: formatStoryDegradations(collation, lang) || null,
  };
}

/** Cuts text to `width` characters with an ellipsis. */
function clip(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}
