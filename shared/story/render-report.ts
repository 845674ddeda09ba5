import type { OutletInference } from '../article/attribute-by-reuse';
import type { Article } from '../article/model';
import type { VersionSet } from '../article/versions';
import { formatDate, formatNumber, formatPercent } from '../format/index';
import { formatStoryDegradations } from '../format/degradation';
import { formatVersionHeading, formatVersionStep } from '../format/versions';
import { LOCALES, type Lang } from '../format/lang';
import { translate, type MessageKey } from '../i18n/index';
import {
  demoHeader,
  exportDate,
  inferredOutlet,
  outletBadge,
  pageMargins,
  renderHtmlDocument,
} from '../report/document';
import { clipText, escaped, joinHtml, markup, type Html } from '../report/html';
import type { ReportFont } from '../report/input';
import type { ReportMetadata } from '../report/metadata';
import { resolveReportOptions, type ReportOptions } from '../report/options';
import { reportCss, type MarginTexts } from '../report/styles';
import type { CoverageEntry } from './coverage';
import { layoutReuseGraph, visibleEdges } from './graph-layout';
import { inlinePieces, needsGap } from './inline';
import type { ReuseGraph } from './reuse-graph';
import type { Collation, OrderedRow, StoryCell, StoryColumn } from './types';
import { orderRows } from './order-rows';
import { cellKindKey } from './order-evidence';

/** Everything a story report is made from: plain data, no I/O. */
export interface StoryReportInput {
  /** The story's title. */
  title: string;
  /** The collated articles (any order). */
  articles: readonly Article[];
  collation: Collation;
  graph: ReuseGraph;
  coverage: readonly CoverageEntry[];
  /** Outlets inferred by reuse for articles whose outlet is unknown: shown as inferences with their evidence. */
  inferences?: readonly OutletInference[];
  /** The versions of one text among the articles, oldest first, each later one with its evidence. */
  versions?: readonly VersionSet[];
  /** Column whose order the rows follow (default: the collation's pivot). */
  orderBy?: number;
  /** ISO 8601 time of the export. */
  exportedAt: string;
  appVersion: string;
  font: ReportFont;
  /** Made from the bundled demo (invented articles): watermarked. */
  demo?: boolean;
}

/** The options of a story report: paper, orientation and language (the pairwise report's other options do not apply). */
export type StoryReportOptions = Partial<Pick<ReportOptions, 'paper' | 'landscape' | 'lang'>>;

/** Everything the parts of the document need. */
interface Context {
  input: StoryReportInput;
  options: ReportOptions;
  lang: Lang;
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
  byId: ReadonlyMap<string, Article>;
}

/** Longest quote or claim text printed in the coverage table. */
const MAX_CLAIM_TEXT = 120;

/**
 * Renders a story's collation as one self-contained static HTML document with the pairwise report's page set-up,
 * font and styles: title block, articles, reuse graph (inline SVG), coverage, legend, the collation table (cells
 * with inline differences against each row's earliest version) and the sources. Pure.
 */
export function renderStoryReport(input: StoryReportInput, partialOptions: StoryReportOptions = {}): string {
  const options = resolveReportOptions({
    ...partialOptions,
    includeNotes: false,
    includeClaims: false,
    collapseIdentical: false,
  });
  const lang = options.lang;
  const t = (key: MessageKey, params: Record<string, string | number> = {}): string =>
    translate(lang, key, params);
  const context: Context = { input, options, lang, t, byId: new Map(input.articles.map((a) => [a.id, a])) };
  const meta = storyReportMetadata(input, options);
  const css =
    reportCss(options, input.font, margins(context), false) +
    storyCss(input.collation.columns.length, options.landscape);
  const body = joinHtml(
    [
      titleBlock(context),
      articlesSection(context),
      ...(input.versions?.length ? [versionsSection(context)] : []),
      graphSection(context),
      coverageSection(context),
      legendSection(context),
      tableSection(context),
      provenanceSection(context),
    ],
    '\n',
  );
  return renderHtmlDocument({ lang, meta, css, body: body.toString(), demo: input.demo === true });
}

/** Title, subject, keywords (the outlets) and creator of a story report, in its language. */
export function storyReportMetadata(
  input: Pick<StoryReportInput, 'title' | 'collation' | 'appVersion' | 'demo'>,
  options: StoryReportOptions = {},
): ReportMetadata {
  const lang = options.lang ?? 'fr';
  const labels = input.collation.columns.map((c) => c.label);
  const outlets = [
    ...new Set(
      input.collation.columns.map((c) =>
        c.outlet.id !== 'unknown' && c.outlet.name ? c.outlet.name : c.label,
      ),
    ),
  ];
  return {
    title: demoHeader(
      input.demo,
      lang,
      translate(lang, 'story.report.documentTitle', { title: input.title, count: labels.length }),
    ),
    subject: translate(lang, 'story.report.subject', { outlets: listFormat(lang, labels) }),
    keywords: [...outlets, 'Recoupe'],
    creator: `Recoupe ${input.appVersion}`,
    language: lang,
  };
}

/** Names joined the locale's way: "Reuters, AFP et Sputnik". */
function listFormat(lang: Lang, items: readonly string[]): string {
  return new Intl.ListFormat(LOCALES[lang], { style: 'long', type: 'conjunction' }).format(items);
}

/** Running header, export date and page numbers. */
function margins(context: Context): MarginTexts {
  return pageMargins({
    header: demoHeader(
      context.input.demo,
      context.lang,
      context.t('story.report.runningHeader', { title: clipText(context.input.title, 90) }),
    ),
    pageOf: (counters) => context.t('story.report.pageOf', counters),
    exportedAt: context.input.exportedAt,
    lang: context.lang,
  });
}

/** The table's extra styles: one column per article, narrower type as columns multiply. */
function storyCss(columns: number, landscape: boolean): string {
  const size = columns <= 3 ? (landscape ? 9 : 8.5) : columns <= 6 ? 7.5 : 6;
  return `
table.story{table-layout:fixed;font-size:${size}pt}
table.story col.c-row{width:${columns > 6 ? 4 : 3}%}
table.story thead th{text-align:left;font-size:${Math.min(8.5, size + 0.5)}pt;padding:1mm 1.2mm;border-bottom:1pt solid #111;vertical-align:bottom}
table.story tr{break-inside:avoid}
table.story td,table.story th[scope=row]{vertical-align:top;padding:1.2mm 1.2mm 1.5mm;border-top:0.5pt solid #999}
table.story th[scope=row]{font-weight:400;font-size:7pt;color:#444;text-align:right}
table.story td.cell p{white-space:pre-line}
table.story td.gap{background:#e6e6e6}
.legend .sample.gap{background:#e6e6e6}
table.story td.same{text-align:center;font-size:7.5pt;color:#333;background:#f1f1f1}
table.story td.moved{border-left:2.4pt double #111}
.legend .sample.same{display:inline-block;background:#f1f1f1;text-align:center;font-size:7.5pt}
svg.graph{display:block;max-width:100%;height:auto;margin:1mm 0 2mm;break-inside:avoid}
svg.graph text{font-family:inherit}
ul.edges{margin:0 0 2mm;padding-left:5mm;font-size:8.5pt}
ul.edges li{margin-bottom:0.6mm}
table.coverage td ul{margin:0;padding-left:3.5mm}
`;
}

/** An outlet's name on its colour, as in the pairwise report. */
function badge(column: StoryColumn): Html {
  return markup(outletBadge(column.outlet.id, column.label));
}

/** Kicker, title and what the document holds. */
function titleBlock(context: Context): Html {
  const { t, input } = context;
  const intro = t('story.report.intro', {
    count: formatNumber(input.collation.columns.length, context.lang),
    rows: formatNumber(input.collation.rows.length, context.lang),
  });
  return escaped`<header class="title-block">
<p class="kicker">${t('story.report.kicker')}</p>
<h1>${input.title}</h1>
<p class="intro">${intro}</p>
</header>`;
}

/** One line per article: number, outlet, date, title, file, words. */
function articlesSection(context: Context): Html {
  const { t, input, lang } = context;
  const rows = input.collation.columns.map((column, i) => {
    const words = column.words.reduce((n, w) => n + w, 0);
    const date = column.date ? formatDate(column.date, lang) : t('story.report.noDate');
    const inferred = input.inferences?.find((x) => x.article === column.articleId);
    const guess =
      inferred && column.outlet.id === 'unknown' ? markup(inferredOutlet(inferred, lang)) : markup('');
    const site = context.byId.get(column.articleId)?.site;
    const where = site ? escaped` <span class="site">${t('report.onSite', { site })}</span>` : markup('');
    return escaped`<tr><td>${i + 1}</td><td>${badge(column)}${where}${guess}</td><td>${date}</td><td>${clipText(column.headline, 160)}</td><td>${column.articleId}</td><td>${formatNumber(words, lang)}</td></tr>`;
  });
  const head = (['number', 'outlet', 'date', 'title', 'file', 'words'] as const).map(
    (k) => escaped`<th scope="col">${t(`story.report.${k}`)}</th>`,
  );
  return escaped`<section class="articles-list">
<h2>${t('story.report.articles')}</h2>
<table class="data"><thead><tr>${head}</tr></thead><tbody>
${joinHtml(rows, '\n')}
</tbody></table>
</section>`;
}

/** The versions of one text among the articles: each set oldest first, each later one with why. */
function versionsSection(context: Context): Html {
  const { t, input, lang } = context;
  const sets = input.versions ?? [];
  const columns = input.collation.columns;
  const label = (id: string): string => {
    const at = columns.findIndex((c) => c.articleId === id);
    return at < 0 ? id : `${at + 1}. ${columns[at]!.label}`;
  };
  const lists = sets.map((set) => {
    const items = [
      escaped`<li>${label(set.articles[0]!)} <span class="version-file">(${set.articles[0]!})</span></li>`,
      ...set.steps.map(
        (step) =>
          escaped`<li>${label(step.later)} <span class="version-file">(${step.later})</span> — ${formatVersionStep(step, lang)}</li>`,
      ),
    ];
    return escaped`<p class="intro">${formatVersionHeading(set, lang)}</p>
<ol class="versions">${joinHtml(items, '\n')}</ol>`;
  });
  return escaped`<section class="versions">
<h2>${t('story.versions.label')}</h2>
${joinHtml(lists, '\n')}
</section>`;
}

/** The reuse graph as an inline SVG, then each arrow in words. */
function graphSection(context: Context): Html {
  const { t, input, lang } = context;
  const { graph } = input;
  const columns = input.collation.columns;
  const labelOf = (col: number): string => columns[col]?.label ?? '';
  if (graph.edges.length === 0) {
    return escaped`<section class="reuse"><h2>${t('story.report.reuse')}</h2><p class="intro">${t('story.graph.none')}</p></section>`;
  }
  const layout = layoutReuseGraph(graph);
  const edges = layout.edges.map(
    (e) =>
      escaped`<path d="${e.d}" fill="none" stroke="#111" stroke-width="${e.strokeWidth}"${e.edge.direction === 'undetermined' && markup(' stroke-dasharray="5 3"')} marker-end="url(#arrow)"/><text x="${e.labelX}" y="${e.labelY}" text-anchor="middle" font-size="11">${formatPercent(e.edge.share, lang)}</text>`,
  );
  const nodes = layout.nodes.map(
    (n) =>
      escaped`<circle cx="${n.x}" cy="${n.y}" r="${layout.radius}" fill="#fff" stroke="#111" stroke-width="1.2"/><text x="${n.x}" y="${n.y + 4}" text-anchor="middle" font-size="11" font-weight="700">${n.column + 1}</text><text x="${n.x}" y="${n.y + layout.radius + 14}" text-anchor="middle" font-size="11">${clipText(n.label, 18)}</text>${n.date && escaped`<text x="${n.x}" y="${n.y + layout.radius + 28}" text-anchor="middle" font-size="9.5" fill="#444">${n.date}</text>`}`,
  );
  const svg = escaped`<svg class="graph" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" role="img" aria-label="${t('story.graph.label')}">
<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#111"/></marker></defs>
${edges}${nodes}</svg>`;
  const shown = visibleEdges(graph);
  const hidden = graph.edges.length - shown.length;
  const items = shown.map((e) => {
    const parts = [
      t('story.graph.edge', {
        target: labelOf(e.target),
        share: formatPercent(e.share, lang),
        source: labelOf(e.source),
      }),
      t('story.graph.sourceKept', {
        source: labelOf(e.source),
        share: formatPercent(e.sourceShare, lang),
        target: labelOf(e.target),
      }),
    ];
    const tags = [
      e.primary ? t('story.graph.likely') : '',
      e.direction === 'undetermined' ? t('story.graph.undetermined') : '',
    ].filter(Boolean);
    return escaped`<li>${parts.join('; ')}${tags.length > 0 && escaped` <i>(${tags.join(', ')})</i>`}</li>`;
  });
  return escaped`<section class="reuse">
<h2>${t('story.report.reuse')}</h2>
<p class="intro">${t('story.graph.intro')}</p>
${svg}
<ul class="edges">${items}</ul>
${hidden > 0 && escaped`<p class="intro">${t('story.graph.primaryOnly', { count: formatNumber(hidden, lang) })}</p>`}
</section>`;
}

/** Per article: share of the story, paragraphs, content found only there, quotes, claims reported differently. */
function coverageSection(context: Context): Html {
  const { t, input, lang } = context;
  const columns = input.collation.columns;
  const labelOf = (col: number): string => columns[col]?.label ?? '';
  const head = (['article', 'share', 'rows', 'onlyHere', 'quotes', 'disagreements'] as const).map(
    (k) => escaped`<th scope="col">${t(`story.coverage.${k}`)}</th>`,
  );
  const rows = input.coverage.map((entry) => {
    const column = columns[entry.column] as StoryColumn;
    const only = entry.onlyHere.length
      ? t(
          entry.onlyHere.length === 1
            ? 'story.coverage.onlyHereValue_one'
            : 'story.coverage.onlyHereValue_other',
          {
            count: formatNumber(entry.onlyHere.length, lang),
            words: formatNumber(entry.onlyHereWords, lang),
          },
        )
      : t('story.coverage.none');
    const quotes = entry.quotes.length
      ? escaped`<ul>${entry.quotes.map((q) => {
          const where = q.alsoIn.length
            ? t('story.coverage.quotesShared', { outlets: listFormat(lang, q.alsoIn.map(labelOf)) })
            : t('story.coverage.quotesOwn');
          return escaped`<li>« ${clipText(q.text, MAX_CLAIM_TEXT)} »${q.speaker && escaped` — ${q.speaker}`} <i>(${where})</i></li>`;
        })}</ul>`
      : t('story.coverage.none');
    const disagreements = entry.disagreements.length
      ? escaped`<ul>${entry.disagreements.map((d) => {
          const others = d.others.map((o) =>
            o.same
              ? t('story.coverage.same', { outlet: labelOf(o.column) })
              : t('story.coverage.others', {
                  outlet: labelOf(o.column),
                  text: clipText(o.text, MAX_CLAIM_TEXT),
                }),
          );
          return escaped`<li>${clipText(d.text, MAX_CLAIM_TEXT)} <i>(${others.join('; ')})</i></li>`;
        })}</ul>`
      : t('story.coverage.none');
    const rowsValue = t('story.coverage.rowsValue', {
      rows: formatNumber(entry.rows, lang),
      total: formatNumber(entry.totalRows, lang),
    });
    return escaped`<tr><td>${badge(column)}</td><td>${formatPercent(entry.share, lang)}</td><td>${rowsValue}</td><td>${only}</td><td>${quotes}</td><td>${disagreements}</td></tr>`;
  });
  return escaped`<section class="coverage">
<h2>${t('story.report.coverage')}</h2>
<table class="data coverage"><thead><tr>${head}</tr></thead><tbody>
${joinHtml(rows, '\n')}
</tbody></table>
</section>`;
}

/** How the cells look, in words that survive grayscale. */
function legendSection(context: Context): Html {
  const { t } = context;
  const items: [Html, string][] = [
    [escaped`<ins>Abc def</ins>`, t('story.report.legendInserted')],
    [escaped`<del>Abc def</del>`, t('story.report.legendDeleted')],
    [
      escaped`<span class="sample same">${t('story.sameAs', { outlet: '…' })}</span>`,
      t('story.report.legendSame'),
    ],
    [escaped`<span class="sample gap"></span>`, t('story.report.legendGap')],
    [escaped`<span class="sample moved"></span>`, t('story.moved')],
    [escaped`<i>${t('story.kind.paraphrase')}</i>`, t('story.report.legendReworded')],
  ];
  return escaped`<section class="legend-section">
<h2>${t('story.report.legend')}</h2>
<ul class="legend">${items.map(([sample, label]) => escaped`<li><span class="sample">${sample}</span><span>${label}</span></li>`)}</ul>
</section>`;
}

/** The collation table, its header repeated on every page. */
function tableSection(context: Context): Html {
  const { t, input } = context;
  const { collation } = input;
  const ordered = orderRows(collation, input.orderBy ?? collation.pivot);
  const cols = escaped`<col class="c-row">${collation.columns.map(() => escaped`<col>`)}`;
  const head = escaped`<th scope="col" title="${t('story.rowHeader')}">${t('story.report.number')}</th>${collation.columns.map((c, i) => escaped`<th scope="col">${i + 1}. ${badge(c)}</th>`)}`;
  const reasons = formatStoryDegradations(collation, context.lang);
  const notice = reasons && escaped`<p class="notice">${t('story.report.degraded', { reason: reasons })}</p>`;
  return escaped`<section class="collation">
<h2>${t('story.report.table')}</h2>
${notice}
<table class="story"><colgroup>${cols}</colgroup>
<thead><tr>${head}</tr></thead>
<tbody>
${joinHtml(
  ordered.map((row, i) => rowHtml(context, row, i)),
  '\n',
)}
</tbody></table>
</section>`;
}

/** One row: its number, then a cell per article. */
function rowHtml(context: Context, ordered: OrderedRow, index: number): Html {
  const { row, moved } = ordered;
  const cells = row.cells.map((cell, col) => cellHtml(context, ordered, cell, col, moved[col] ?? false));
  return escaped`<tr data-row="${row.key}"><th scope="row">${index + 1}</th>${cells}</tr>`;
}

/** One cell: a gap, a mark for identical text, or the text with its differences against the row's earliest version. */
function cellHtml(
  context: Context,
  ordered: OrderedRow,
  cell: StoryCell | null,
  col: number,
  moved: boolean,
): Html {
  const { t, input } = context;
  const { row } = ordered;
  const columns = input.collation.columns;
  const column = columns[col] as StoryColumn;
  const refColumn = columns[row.reference] as StoryColumn;
  if (!cell)
    return escaped`<td class="gap" title="${t('story.notCarriedTitle', { outlet: column.label })}"></td>`;
  const classes = moved ? 'cell moved' : 'cell';
  const paragraphs = cell.segments.map((s) => `¶${s + 1}`).join('+');
  const kindKey = cellKindKey(cell, row, columns);
  const tags = kindKey ? [paragraphs, t(kindKey)] : [paragraphs];
  if (moved) tags.push(t('story.moved'));
  if (row.carriers === 1) tags.push(t('story.onlyHere', { outlet: column.label }));
  const label = escaped`<span class="label">${tags.join(' · ')}</span>`;
  if (cell.kind === 'identical') {
    return escaped`<td class="${moved ? 'same moved' : 'same'}">${label}${t('story.sameAs', { outlet: refColumn.label })}</td>`;
  }
  const article = context.byId.get(column.articleId);
  const text = article?.text ?? '';
  if (cell.kind === 'reference' || cell.kind === 'paraphrase') {
    const body = cell.segments
      .map((s) => column.segments[s])
      .map((span) => span && escaped`<p>${text.slice(span[0], span[1])}</p>`);
    return escaped`<td class="${classes}">${label}${body}</td>`;
  }
  const refText = context.byId.get(refColumn.articleId)?.text ?? '';
  const pieces = inlinePieces(cell.ops, refText, text).map((p, i, all) => {
    const spaced = needsGap(all[i - 1], p) ? ' ' : '';
    if (p.kind === 'equal' || p.kind === 'break') return escaped`${spaced}${p.text}`;
    return p.kind === 'ins' ? escaped`${spaced}<ins>${p.text}</ins>` : escaped`${spaced}<del>${p.text}</del>`;
  });
  return escaped`<td class="${classes}">${label}<p>${pieces}</p></td>`;
}

/** The files the collation was made from, and when and how it was made. */
function provenanceSection(context: Context): Html {
  const { t, input, lang } = context;
  const blocks = input.collation.columns.map((column, i) => {
    const article = context.byId.get(column.articleId);
    const facts: [string, Html | string][] = [
      [t('story.report.file'), column.articleId],
      [t('story.report.sha'), escaped`<span class="hash">${article?.sha256 ?? ''}</span>`],
      [t('story.report.size'), t('story.report.bytes', { bytes: formatNumber(article?.size ?? 0, lang) })],
      [t('story.report.encoding'), article?.encoding ?? ''],
      [t('story.report.date'), column.date ? formatDate(column.date, lang) : t('story.report.noDate')],
    ];
    return escaped`<div class="file"><h3 class="sub">${i + 1}. ${badge(column)}</h3><dl class="facts">${facts.map(([k, v]) => escaped`<dt>${k}</dt><dd>${v}</dd>`)}</dl></div>`;
  });
  return escaped`<section class="provenance">
<h2>${t('story.report.provenance')}</h2>
<p class="intro">${t('story.report.provenanceIntro')}</p>
${joinHtml(blocks, '\n')}
<dl class="facts export">
<dt>${t('story.report.exportedAt')}</dt><dd>${exportDate(input.exportedAt, lang, true)} (${input.exportedAt})</dd>
<dt>${t('story.report.appVersion')}</dt><dd>${t('story.report.appVersionValue', { version: input.appVersion })}</dd>
<dt>${t('story.report.method')}</dt><dd>${t('story.report.methodValue')}</dd>
</dl>
</section>`;
}
