import type { Article } from '../article/model';
import { formatDate, formatNumber, formatPercent } from '../format/index';
import { formatStoryDegradations } from '../format/degradation';
import { LOCALES, type Lang } from '../format/lang';
import { translate, type MessageKey } from '../i18n/index';
import { exportDate, outletBadge, pageMargins, renderHtmlDocument } from '../report/document';
import { clipText, escapeHtml } from '../report/html';
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

/** Everything a story report is made from: plain data, no I/O. */
export interface StoryReportInput {
  /** The story's title. */
  title: string;
  /** The collated articles (any order). */
  articles: readonly Article[];
  collation: Collation;
  graph: ReuseGraph;
  coverage: readonly CoverageEntry[];
  /** Column whose order the rows follow (default: the collation's pivot). */
  orderBy?: number;
  /** ISO 8601 time of the export. */
  exportedAt: string;
  appVersion: string;
  font: ReportFont;
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
  const body = [
    titleBlock(context),
    articlesSection(context),
    graphSection(context),
    coverageSection(context),
    legendSection(context),
    tableSection(context),
    provenanceSection(context),
  ].join('\n');
  return renderHtmlDocument({ lang, meta, css, body });
}

/** Title, subject, keywords (the outlets) and creator of a story report, in its language. */
export function storyReportMetadata(
  input: Pick<StoryReportInput, 'title' | 'collation' | 'appVersion'>,
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
    title: translate(lang, 'story.report.documentTitle', { title: input.title, count: labels.length }),
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
    header: context.t('story.report.runningHeader', { title: clipText(context.input.title, 90) }),
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
function badge(column: StoryColumn): string {
  return outletBadge(column.outlet.id, column.label);
}

/** Kicker, title and what the document holds. */
function titleBlock(context: Context): string {
  const { t, input } = context;
  return `<header class="title-block">
<p class="kicker">${escapeHtml(t('story.report.kicker'))}</p>
<h1>${escapeHtml(input.title)}</h1>
<p class="intro">${escapeHtml(t('story.report.intro', { count: formatNumber(input.collation.columns.length, context.lang), rows: formatNumber(input.collation.rows.length, context.lang) }))}</p>
</header>`;
}

/** One line per article: number, outlet, date, title, file, words. */
function articlesSection(context: Context): string {
  const { t, input, lang } = context;
  const rows = input.collation.columns.map((column, i) => {
    const words = column.words.reduce((n, w) => n + w, 0);
    const date = column.date ? formatDate(column.date, lang) : t('story.report.noDate');
    return `<tr><td>${i + 1}</td><td>${badge(column)}</td><td>${escapeHtml(date)}</td><td>${escapeHtml(clipText(column.headline, 160))}</td><td>${escapeHtml(column.articleId)}</td><td>${escapeHtml(formatNumber(words, lang))}</td></tr>`;
  });
  const head = (['number', 'outlet', 'date', 'title', 'file', 'words'] as const)
    .map((k) => `<th scope="col">${escapeHtml(t(`story.report.${k}`))}</th>`)
    .join('');
  return `<section class="articles-list">
<h2>${escapeHtml(t('story.report.articles'))}</h2>
<table class="data"><thead><tr>${head}</tr></thead><tbody>
${rows.join('\n')}
</tbody></table>
</section>`;
}

/** The reuse graph as an inline SVG, then each arrow in words. */
function graphSection(context: Context): string {
  const { t, input, lang } = context;
  const { graph } = input;
  const columns = input.collation.columns;
  const labelOf = (col: number): string => columns[col]?.label ?? '';
  if (graph.edges.length === 0) {
    return `<section class="reuse"><h2>${escapeHtml(t('story.report.reuse'))}</h2><p class="intro">${escapeHtml(t('story.graph.none'))}</p></section>`;
  }
  const layout = layoutReuseGraph(graph);
  const edges = layout.edges
    .map(
      (e) =>
        `<path d="${e.d}" fill="none" stroke="#111" stroke-width="${e.strokeWidth}"${e.edge.direction === 'undetermined' ? ' stroke-dasharray="5 3"' : ''} marker-end="url(#arrow)"/>` +
        `<text x="${e.labelX}" y="${e.labelY}" text-anchor="middle" font-size="11">${escapeHtml(formatPercent(e.edge.share, lang))}</text>`,
    )
    .join('');
  const nodes = layout.nodes
    .map(
      (n) =>
        `<circle cx="${n.x}" cy="${n.y}" r="${layout.radius}" fill="#fff" stroke="#111" stroke-width="1.2"/>` +
        `<text x="${n.x}" y="${n.y + 4}" text-anchor="middle" font-size="11" font-weight="700">${n.column + 1}</text>` +
        `<text x="${n.x}" y="${n.y + layout.radius + 14}" text-anchor="middle" font-size="11">${escapeHtml(clipText(n.label, 18))}</text>` +
        (n.date
          ? `<text x="${n.x}" y="${n.y + layout.radius + 28}" text-anchor="middle" font-size="9.5" fill="#444">${escapeHtml(n.date)}</text>`
          : ''),
    )
    .join('');
  const svg = `<svg class="graph" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" role="img" aria-label="${escapeHtml(t('story.graph.label'))}">
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
    return `<li>${escapeHtml(parts.join('; '))}${tags.length ? ` <i>(${escapeHtml(tags.join(', '))})</i>` : ''}</li>`;
  });
  return `<section class="reuse">
<h2>${escapeHtml(t('story.report.reuse'))}</h2>
<p class="intro">${escapeHtml(t('story.graph.intro'))}</p>
${svg}
<ul class="edges">${items.join('')}</ul>
${hidden ? `<p class="intro">${escapeHtml(t('story.graph.primaryOnly', { count: formatNumber(hidden, lang) }))}</p>` : ''}
</section>`;
}

/** Per article: share of the story, paragraphs, content found only there, quotes, claims reported differently. */
function coverageSection(context: Context): string {
  const { t, input, lang } = context;
  const columns = input.collation.columns;
  const labelOf = (col: number): string => columns[col]?.label ?? '';
  const head = (['article', 'share', 'rows', 'onlyHere', 'quotes', 'disagreements'] as const)
    .map((k) => `<th scope="col">${escapeHtml(t(`story.coverage.${k}`))}</th>`)
    .join('');
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
      ? `<ul>${entry.quotes
          .map((q) => {
            const where = q.alsoIn.length
              ? t('story.coverage.quotesShared', { outlets: listFormat(lang, q.alsoIn.map(labelOf)) })
              : t('story.coverage.quotesOwn');
            return `<li>« ${escapeHtml(clipText(q.text, MAX_CLAIM_TEXT))} »${q.speaker ? ` — ${escapeHtml(q.speaker)}` : ''} <i>(${escapeHtml(where)})</i></li>`;
          })
          .join('')}</ul>`
      : escapeHtml(t('story.coverage.none'));
    const disagreements = entry.disagreements.length
      ? `<ul>${entry.disagreements
          .map((d) => {
            const others = d.others.map((o) =>
              o.same
                ? t('story.coverage.same', { outlet: labelOf(o.column) })
                : t('story.coverage.others', {
                    outlet: labelOf(o.column),
                    text: clipText(o.text, MAX_CLAIM_TEXT),
                  }),
            );
            return `<li>${escapeHtml(clipText(d.text, MAX_CLAIM_TEXT))} <i>(${escapeHtml(others.join('; '))})</i></li>`;
          })
          .join('')}</ul>`
      : escapeHtml(t('story.coverage.none'));
    return `<tr><td>${badge(column)}</td><td>${escapeHtml(formatPercent(entry.share, lang))}</td><td>${escapeHtml(t('story.coverage.rowsValue', { rows: formatNumber(entry.rows, lang), total: formatNumber(entry.totalRows, lang) }))}</td><td>${escapeHtml(only)}</td><td>${quotes}</td><td>${disagreements}</td></tr>`;
  });
  return `<section class="coverage">
<h2>${escapeHtml(t('story.report.coverage'))}</h2>
<table class="data coverage"><thead><tr>${head}</tr></thead><tbody>
${rows.join('\n')}
</tbody></table>
</section>`;
}

/** How the cells look, in words that survive grayscale. */
function legendSection(context: Context): string {
  const { t } = context;
  const items: [string, string][] = [
    ['<ins>Abc def</ins>', t('story.report.legendInserted')],
    ['<del>Abc def</del>', t('story.report.legendDeleted')],
    [
      `<span class="sample same">${escapeHtml(t('story.sameAs', { outlet: '…' }))}</span>`,
      t('story.report.legendSame'),
    ],
    ['<span class="sample gap"></span>', t('story.report.legendGap')],
    ['<span class="sample moved"></span>', t('story.moved')],
    [`<i>${escapeHtml(t('story.kind.paraphrase'))}</i>`, t('story.report.legendReworded')],
  ];
  return `<section class="legend-section">
<h2>${escapeHtml(t('story.report.legend'))}</h2>
<ul class="legend">${items.map(([sample, label]) => `<li><span class="sample">${sample}</span><span>${escapeHtml(label)}</span></li>`).join('')}</ul>
</section>`;
}

/** The collation table, its header repeated on every page. */
function tableSection(context: Context): string {
  const { t, input } = context;
  const { collation } = input;
  const ordered = orderRows(collation, input.orderBy ?? collation.pivot);
  const cols = `<col class="c-row">${collation.columns.map(() => '<col>').join('')}`;
  const head = `<th scope="col" title="${escapeHtml(t('story.rowHeader'))}">${escapeHtml(t('story.report.number'))}</th>${collation.columns.map((c, i) => `<th scope="col">${i + 1}. ${badge(c)}</th>`).join('')}`;
  const reasons = formatStoryDegradations(collation, context.lang);
  const notice = reasons
    ? `<p class="notice">${escapeHtml(t('story.report.degraded', { reason: reasons }))}</p>`
    : '';
  return `<section class="collation">
<h2>${escapeHtml(t('story.report.table'))}</h2>
${notice}
<table class="story"><colgroup>${cols}</colgroup>
<thead><tr>${head}</tr></thead>
<tbody>
${ordered.map((row, i) => rowHtml(context, row, i)).join('\n')}
</tbody></table>
</section>`;
}

/** One row: its number, then a cell per article. */
function rowHtml(context: Context, ordered: OrderedRow, index: number): string {
  const { row, moved } = ordered;
  const cells = row.cells
    .map((cell, col) => cellHtml(context, ordered, cell, col, moved[col] ?? false))
    .join('');
  return `<tr data-row="${escapeHtml(row.key)}"><th scope="row">${index + 1}</th>${cells}</tr>`;
}

/** One cell: a gap, a mark for identical text, or the text with its differences against the row's earliest version. */
function cellHtml(
  context: Context,
  ordered: OrderedRow,
  cell: StoryCell | null,
  col: number,
  moved: boolean,
): string {
  const { t, input } = context;
  const { row } = ordered;
  const columns = input.collation.columns;
  const column = columns[col] as StoryColumn;
  const refColumn = columns[row.reference] as StoryColumn;
  if (!cell)
    return `<td class="gap" title="${escapeHtml(t('story.notCarriedTitle', { outlet: column.label }))}"></td>`;
  const movedClass = moved ? ' moved' : '';
  const paragraphs = cell.segments.map((s) => `¶${s + 1}`).join('+');
  const tags = [paragraphs, t(`story.kind.${cell.kind}`)];
  if (moved) tags.push(t('story.moved'));
  if (row.carriers === 1) tags.push(t('story.onlyHere', { outlet: column.label }));
  const label = `<span class="label">${escapeHtml(tags.join(' · '))}</span>`;
  if (cell.kind === 'identical') {
    return `<td class="same${movedClass}">${label}${escapeHtml(t('story.sameAs', { outlet: refColumn.label }))}</td>`;
  }
  const article = context.byId.get(column.articleId);
  const text = article?.text ?? '';
  if (cell.kind === 'reference' || cell.kind === 'paraphrase') {
    const body = cell.segments
      .map((s) => column.segments[s])
      .map((span) => (span ? `<p>${escapeHtml(text.slice(span[0], span[1]))}</p>` : ''))
      .join('');
    return `<td class="cell${movedClass}">${label}${body}</td>`;
  }
  const refText = context.byId.get(refColumn.articleId)?.text ?? '';
  const html = inlinePieces(cell.ops, refText, text)
    .map((p, i, all) => {
      const spaced = needsGap(all[i - 1], p) ? ' ' : '';
      if (p.kind === 'equal' || p.kind === 'break') return spaced + escapeHtml(p.text);
      return `${spaced}<${p.kind}>${escapeHtml(p.text)}</${p.kind}>`;
    })
    .join('');
  return `<td class="cell${movedClass}">${label}<p>${html}</p></td>`;
}

/** The files the collation was made from, and when and how it was made. */
function provenanceSection(context: Context): string {
  const { t, input, lang } = context;
  const blocks = input.collation.columns.map((column, i) => {
    const article = context.byId.get(column.articleId);
    const facts: [string, string][] = [
      [t('story.report.file'), escapeHtml(column.articleId)],
      [t('story.report.sha'), `<span class="hash">${escapeHtml(article?.sha256 ?? '')}</span>`],
      [
        t('story.report.size'),
        escapeHtml(t('story.report.bytes', { bytes: formatNumber(article?.size ?? 0, lang) })),
      ],
      [t('story.report.encoding'), escapeHtml(article?.encoding ?? '')],
      [
        t('story.report.date'),
        escapeHtml(column.date ? formatDate(column.date, lang) : t('story.report.noDate')),
      ],
    ];
    return `<div class="file"><h3 class="sub">${i + 1}. ${badge(column)}</h3><dl class="facts">${facts.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${v}</dd>`).join('')}</dl></div>`;
  });
  return `<section class="provenance">
<h2>${escapeHtml(t('story.report.provenance'))}</h2>
<p class="intro">${escapeHtml(t('story.report.provenanceIntro'))}</p>
${blocks.join('\n')}
<dl class="facts export">
<dt>${escapeHtml(t('story.report.exportedAt'))}</dt><dd>${escapeHtml(exportDate(input.exportedAt, lang, true))} (${escapeHtml(input.exportedAt)})</dd>
<dt>${escapeHtml(t('story.report.appVersion'))}</dt><dd>${escapeHtml(t('story.report.appVersionValue', { version: input.appVersion }))}</dd>
<dt>${escapeHtml(t('story.report.method'))}</dt><dd>${escapeHtml(t('story.report.methodValue'))}</dd>
</dl>
</section>`;
}
