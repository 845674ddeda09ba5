import type { Article } from '../article/model';
import { describeClaimValue, describeTopic, disagreementsOf } from '../claims/view';
import type { Claim, ClaimRow } from '../claims/model';
import type { CorrectedComparison } from '../compare/corrections';
import type { Comparison, Segment } from '../compare/types';
import { alignRows, displayRows, paragraphNumber, type CompareRow } from '../compare/view-rows';
import { formatDate, formatNumber, formatPercent } from '../format/index';
import { formatSummary } from '../format/summary';
import { formatDegradations } from '../format/degradation';
import type { MessageKey } from '../i18n/index';
import { BUILT_IN_TAGS, type Note } from '../notes/model';
import {
  demoHeader,
  exportDate,
  inferredOutlet,
  outletBadge,
  pageMargins,
  renderHtmlDocument,
} from './document';
import { clipText, escaped, joinHtml, markup, type Html, type HtmlValue } from './html';
import type { ReportClaims, ReportInput } from './input';
import { reportText, type ReportText } from './labels';
import { renderMarkedText, type DiffRange, type NoteMark } from './marks';
import { reportMetadata, reportTitle } from './metadata';
import { resolveReportOptions, type ReportOptions } from './options';
import { notedRowKeys, notesOf, placeNotes, type NotePlan, type NumberedNote } from './place-notes';
import { reportCss, type MarginTexts } from './styles';

/** Everything the parts of the document need. */
interface Context {
  input: ReportInput;
  options: ReportOptions;
  text: ReportText;
  a: Article;
  b: Article;
  plan: NotePlan;
  withNotes: boolean;
  /** Notes in a third column (landscape); in portrait they go on a line under their row. */
  notesColumn: boolean;
}

/** Characters of one side past which a row may break across pages at once rather than leave a page mostly empty. */
const LONG_ROW_CHARS = 240;
/** Longest claim text quoted in the claims table. */
const MAX_CLAIM_TEXT = 220;
/** Longest quote of a note's target shown with a note that is not on a row. */
const MAX_NOTE_QUOTE = 160;

/**
 * Renders a comparison as one self-contained static HTML document (inline CSS, embedded font, no script): title
 * block, summary and figures, legend, the aligned rows with inline differences and numbered notes beside them, the
 * claims that differ, and the provenance appendix. Page size, running header and page numbers are CSS, so any
 * Chromium prints it the same way. Pure.
 */
export function renderComparisonReport(
  input: ReportInput,
  partialOptions: Partial<ReportOptions> = {},
): string {
  const options = resolveReportOptions(partialOptions);
  const { a, b } = input.comparison;
  const text = reportText(options.lang, a, b);
  const notes = options.includeNotes ? notesOf(input.notes ?? [], a, b) : [];
  const rows = visibleRows(input.comparison, options, notes);
  const plan = placeNotes(rows, notes, a, b);
  const withNotes = plan.byRow.size > 0;
  const context: Context = {
    input,
    options,
    text,
    a,
    b,
    plan,
    withNotes,
    notesColumn: withNotes && options.landscape,
  };
  const meta = reportMetadata(input, options);
  const title = reportTitle(input, text, options.title);
  const css = reportCss(options, input.font, marginTexts(context, title), context.notesColumn);
  const body = [
    titleBlock(context, title),
    summarySection(context),
    legendSection(context),
    rowsSection(context, rows),
    otherNotesSection(context),
    options.includeClaims && input.claims ? claimsSection(context, input.claims) : '',
    provenanceSection(context),
  ];
  return renderHtmlDocument({
    lang: options.lang,
    meta,
    css,
    body: joinHtml(body, '\n').toString(),
    demo: input.demo === true,
  });
}

/** The rows printed: folded as the options say, with any folded run that holds a note opened again. */
function visibleRows(
  comparison: Comparison | CorrectedComparison,
  options: ReportOptions,
  notes: readonly Note[],
): CompareRow[] {
  const all = alignRows(comparison);
  const noted = notedRowKeys(all, notes, comparison.a, comparison.b);
  const display = {
    showBoilerplate: options.includeBoilerplate,
    onlyDifferences: options.collapseIdentical,
    expanded: new Set<string>(),
  };
  let shown = displayRows(all, display);
  const reopen = shown
    .filter((r) => r.kind === 'collapsed' && r.hidden?.some((h) => noted.has(h.key)))
    .map((r) => r.key);
  if (reopen.length) shown = displayRows(all, { ...display, expanded: new Set(reopen) });
  return shown.flatMap((row) =>
    row.kind === 'boilerplate-hidden' ? (row.hidden ?? []).filter((h) => noted.has(h.key)) : [row],
  );
}

/** Running header, date of export and "page X of Y" for the page margins. */
function marginTexts(context: Context, title: string): MarginTexts {
  const { text } = context;
  return pageMargins({
    header: demoHeader(
      context.input.demo,
      context.options.lang,
      text.t('report.runningHeader', { title: clipText(title, 90) }),
    ),
    pageOf: (counters) => text.t('report.pageOf', counters),
    exportedAt: context.input.exportedAt,
    lang: context.options.lang,
  });
}

/** Story title, and a card per article: side letter, outlet badge, date, title, file. */
function titleBlock(context: Context, title: string): Html {
  const { text, a, b } = context;
  return escaped`<header class="title-block">
<p class="kicker">${text.t('report.kicker')}</p>
<h1>${title}</h1>
<div class="articles">${articleCard(context, a, 'A', text.outletA)}${articleCard(context, b, 'B', text.outletB)}</div>
</header>`;
}

/** The card of one article in the title block. */
function articleCard(context: Context, article: Article, side: 'A' | 'B', label: string): Html {
  const { text, options } = context;
  const rows: [string, string][] = [
    [text.t('report.date'), article.date ? formatDate(article.date, options.lang) : text.t('report.noDate')],
  ];
  if (article.title) rows.push([text.t('report.articleTitle'), article.title]);
  if (article.site) rows.push([text.t('report.site'), article.site]);
  rows.push([text.t('report.file'), article.id]);
  return escaped`<div class="article-card">
<div>${sideMark(side)}${markup(outletBadge(article.outlet.id, label))}${inference(context, article)}</div>
<dl>${rows.map(([k, v]) => escaped`<dt>${k}</dt><dd>${v}</dd>`)}</dl>
</div>`;
}

/** The outlet inferred by reuse for an article whose outlet is unknown, as an inference with its evidence; else nothing. */
function inference(context: Context, article: Article): Html {
  const found = context.input.inferences?.find((i) => i.article === article.id);
  return found && article.outlet.id === 'unknown'
    ? markup(inferredOutlet(found, context.options.lang))
    : markup('');
}

/** The round A or B mark used in headings. */
function sideMark(side: 'A' | 'B'): Html {
  return escaped`<span class="side">${side}</span>`;
}

/** The one-sentence summary, the figures and any notice about how the comparison was made. */
function summarySection(context: Context): Html {
  const { text, options, input } = context;
  const stats = input.comparison.stats;
  const lang = options.lang;
  const sentence = formatSummary({ stats, outletA: text.outletA, outletB: text.outletB }, lang);
  const figures: [string, MessageKey][] = [
    [formatPercent(stats.keptVerbatim, lang), 'report.figKeptVerbatim'],
    [formatPercent(stats.keptEdited, lang), 'report.figKeptEdited'],
    [formatPercent(stats.newInB, lang), 'report.figNewInB'],
    [formatNumber(stats.numbersChanged, lang), 'report.figNumbersChanged'],
    [formatNumber(stats.droppedParagraphs, lang), 'report.figDroppedParagraphs'],
    [formatNumber(stats.addedParagraphs, lang), 'report.figAddedParagraphs'],
    [formatNumber(stats.droppedQuotes, lang), 'report.figDroppedQuotes'],
    [formatNumber(stats.addedQuotes, lang), 'report.figAddedQuotes'],
  ];
  const notices: string[] = [];
  if (input.comparison.degraded)
    notices.push(text.t('report.degraded', { reason: formatDegradations(input.comparison.degraded, lang) }));
  if ('corrections' in input.comparison) {
    const applied = input.comparison.corrections.filter((c) => c.status === 'applied').length;
    const orphaned = input.comparison.corrections.length - applied;
    if (applied) notices.push(text.plural('report.corrections', applied));
    if (orphaned) notices.push(text.plural('report.orphanedCorrections', orphaned));
  }
  return escaped`<section class="summary">
<h2>${text.t('report.summary')}</h2>
<p class="summary-sentence">${sentence}</p>
<dl class="figures" aria-label="${text.t('report.figures')}">${figures.map(
    ([value, key]) => escaped`<div><dt>${value}</dt><dd>${text.t(key)}</dd></div>`,
  )}</dl>
${joinHtml(
  notices.map((n) => escaped`<p class="notice">${n}</p>`),
  '\n',
)}
</section>`;
}

/** How differences, gaps, moved paragraphs, notes and boilerplate look, in words that survive grayscale. */
function legendSection(context: Context): Html {
  const { text, withNotes, options } = context;
  const items: [Html, string][] = [
    [escaped`<ins>Abc def</ins>`, text.t('report.legendInserted')],
    [escaped`<del>Abc def</del>`, text.t('report.legendDeleted')],
    [escaped`<span class="sample gap"></span>`, text.t('report.legendGap')],
    [escaped`<span class="sample moved"></span>`, text.t('report.legendMoved')],
  ];
  if (withNotes) {
    items.push([
      escaped`<mark>${text.t('report.legendNoteSample')}</mark><sup class="nref">[1]</sup>`,
      text.t('report.legendNote'),
    ]);
  }
  if (options.includeBoilerplate) items.push([escaped`<i>Abc</i>`, text.t('report.legendBoilerplate')]);
  return escaped`<section class="legend-section">
<h2>${text.t('report.legend')}</h2>
<ul class="legend">${items.map(([sample, label]) => escaped`<li><span class="sample">${sample}</span><span>${label}</span></li>`)}</ul>
</section>`;
}

/** The aligned rows in a table whose header repeats on every page. */
function rowsSection(context: Context, rows: readonly CompareRow[]): Html {
  const { text, notesColumn, plan } = context;
  const head = [
    escaped`<th scope="col">${sideMark('A')}${text.outletA}</th>`,
    escaped`<th scope="col">${sideMark('B')}${text.outletB}</th>`,
    notesColumn ? escaped`<th scope="col">${text.t('report.notesColumn')}</th>` : null,
  ];
  const bodies: Html[] = [];
  let plain: Html[] = [];
  const flush = (): void => {
    if (plain.length) bodies.push(escaped`<tbody>\n${joinHtml(plain, '\n')}\n</tbody>`);
    plain = [];
  };
  for (const row of rows) {
    const notes = notesColumn ? [] : (plan.byRow.get(row.key) ?? []);
    if (notes.length === 0) {
      plain.push(renderRow(context, row));
      continue;
    }
    flush();
    const below = escaped`<tr class="row-notes"><td colspan="2">${notes.map((n) => noteHtml(context, n, null))}</td></tr>`;
    bodies.push(
      escaped`<tbody class="noted${longClass(row)}">\n${renderRow(context, row)}\n${below}\n</tbody>`,
    );
  }
  flush();
  return escaped`<section class="compare">
<h2>${text.t('report.sideBySide')}</h2>
<table class="rows"><colgroup><col class="c-a"><col class="c-b">${notesColumn ? escaped`<col class="c-n">` : null}</colgroup>
<thead><tr>${head}</tr></thead>
${joinHtml(bodies, '\n')}
</table>
</section>`;
}

/** One table row: both cells (or a gap), and the notes cell. */
function renderRow(context: Context, row: CompareRow): Html {
  const { text, notesColumn } = context;
  const notesCell = notesColumn ? notesCellOf(context, row) : '';
  const key = row.key;
  if (row.kind === 'collapsed') {
    const hidden = row.hidden ?? [];
    const range = `${text.outletA} ${paragraphRange(
      context,
      hidden.flatMap((r) => r.a),
    )}, ${text.outletB} ${paragraphRange(
      context,
      hidden.flatMap((r) => r.b),
    )}`;
    return escaped`<tr class="collapsed" data-row="${key}"><td colspan="${notesColumn ? 3 : 2}">${text.plural('report.collapsed', hidden.length, { range })}</td></tr>`;
  }
  if (row.kind === 'boilerplate' && row.boilerplate) {
    const cell = row.boilerplate;
    const article = cell.side === 'a' ? context.a : context.b;
    const kind = cell.kind
      ? text.t(`report.boilerplateKind.${cell.kind}` as MessageKey)
      : text.t('report.boilerplate');
    const content = escaped`<td class="cell"><span class="label">${kind}</span><p>${markup(renderMarkedText(article.text, cell.span, [], context.plan.marks[cell.side]))}</p></td>`;
    const cells =
      cell.side === 'a'
        ? escaped`${content}<td class="empty"></td>`
        : escaped`<td class="empty"></td>${content}`;
    return escaped`<tr class="boilerplate" data-row="${key}">${cells}${notesCell}</tr>`;
  }
  if (row.kind === 'only-a' || row.kind === 'only-b') {
    const side = row.kind === 'only-a' ? 'a' : 'b';
    const own = side === 'a' ? text.outletA : text.outletB;
    const other = side === 'a' ? text.outletB : text.outletA;
    const labels = [paragraphRange(context, row[side]), text.t('report.onlyIn', { outlet: own })];
    if (row.byHand) labels.push(text.t('report.unlinkedByHand'));
    const content = textCell(context, side, row[side], [], labels);
    const gap = escaped`<td class="gap"><span class="label">${text.t('report.notIn', { outlet: other })}</span></td>`;
    return escaped`<tr class="${row.kind}${longClass(row)}" data-row="${key}">${side === 'a' ? [content, gap] : [gap, content]}${notesCell}</tr>`;
  }
  const link = row.link;
  const diffsA: DiffRange[] = [];
  const diffsB: DiffRange[] = [];
  for (const op of link?.ops ?? []) {
    if (op.op === 'delete' && op.a) diffsA.push({ start: op.a[0], end: op.a[1], kind: 'del' });
    if (op.op === 'insert' && op.b) diffsB.push({ start: op.b[0], end: op.b[1], kind: 'ins' });
  }
  const tags = [kindLabel(text, row.kind)];
  if (row.moved) tags.push(text.t('report.moved'));
  if (row.byHand) tags.push(text.t('report.byHand'));
  const cellA = textCell(context, 'a', row.a, diffsA, [paragraphRange(context, row.a), ...tags]);
  const cellB = textCell(context, 'b', row.b, diffsB, [paragraphRange(context, row.b), ...tags]);
  return escaped`<tr class="link kind-${row.kind}${row.moved ? ' moved' : ''}${longClass(row)}" data-row="${key}">${cellA}${cellB}${notesCell}</tr>`;
}

/** ` long` for a row too tall to be worth moving whole to the next page (it may then break between lines). */
function longClass(row: CompareRow): string {
  const length = (segments: readonly Segment[]): number => segments.reduce((n, s) => n + s.end - s.start, 0);
  return Math.max(length(row.a), length(row.b)) > LONG_ROW_CHARS ? ' long' : '';
}

/** The screen's word for a link kind. */
function kindLabel(text: ReportText, kind: CompareRow['kind']): string {
  switch (kind) {
    case 'identical':
      return text.t('report.kindIdentical');
    case 'edited':
      return text.t('report.kindEdited');
    case 'partial':
      return text.t('report.kindPartial');
    default:
      return text.t('report.kindParaphrase');
  }
}

/** A cell of text: its label line, then one paragraph per segment with differences and note markers. */
function textCell(
  context: Context,
  side: 'a' | 'b',
  segments: readonly Segment[],
  diffs: readonly DiffRange[],
  labels: string[],
): Html {
  const article = side === 'a' ? context.a : context.b;
  const marks: readonly NoteMark[] = context.plan.marks[side];
  const paragraphs = segments.map(
    (s) => escaped`<p>${markup(renderMarkedText(article.text, [s.start, s.end], diffs, marks))}</p>`,
  );
  return escaped`<td class="cell"><span class="label">${labels.filter(Boolean).join(' · ')}</span>${paragraphs}</td>`;
}

/** "¶ 3", "¶ 3–5", "¶ 3, 7": the screen's paragraph numbers of some segments. */
function paragraphRange(context: Context, segments: readonly Segment[]): string {
  const numbers = [...new Set(segments.map(paragraphNumber))].sort((x, y) => x - y);
  const first = numbers[0];
  const last = numbers[numbers.length - 1];
  if (first === undefined || last === undefined) return '';
  if (numbers.length === 1) return context.text.t('report.paragraph', { n: first });
  if (last - first === numbers.length - 1)
    return context.text.t('report.paragraphs', { from: first, to: last });
  return numbers.map((n) => context.text.t('report.paragraph', { n })).join(', ');
}

/** The notes printed beside a row. */
function notesCellOf(context: Context, row: CompareRow): Html {
  const notes = context.plan.byRow.get(row.key) ?? [];
  return escaped`<td class="notes">${notes.map((n) => noteHtml(context, n, null))}</td>`;
}

/** One note: number, tag, comment, and optionally where it points. */
function noteHtml(context: Context, numbered: NumberedNote, where: HtmlValue): Html {
  const { note, number } = numbered;
  const tag = tagLabel(context, note.tag);
  return escaped`<div class="note" id="note-${number}"><span class="note-num">${number}</span><span class="note-tag">${tag}</span><span class="note-text">${note.text.trim()}</span>${where}</div>`;
}

/** A tag's label: translated for built-in tags, the folder's label for user tags. */
function tagLabel(context: Context, tag: string): string {
  if ((BUILT_IN_TAGS as readonly string[]).includes(tag))
    return context.text.t(`report.tag.${tag}` as MessageKey);
  return context.input.tags?.find((t) => t.id === tag)?.label ?? tag;
}

/** The notes that could not be put on a row, with the passage they point to. */
function otherNotesSection(context: Context): Html {
  const { text, plan } = context;
  if (plan.unplaced.length === 0) return escaped``;
  const items = plan.unplaced.map((n) => {
    const article = n.target.article === context.a.id ? context.a : context.b;
    const outlet = article === context.a ? text.outletA : text.outletB;
    const parts = [
      text.t('report.noteQuote', { quote: clipText(n.target.quote.exact, MAX_NOTE_QUOTE) }),
      text.t('report.noteIn', { outlet }),
    ];
    if (n.orphaned) parts.push(text.t('report.noteOrphaned', { file: article.id }));
    return noteHtml(context, n, escaped`<span class="note-where">${parts.join(' · ')}</span>`);
  });
  return escaped`<section class="other-notes">
<h2>${text.t('report.otherNotes')}</h2>
<p class="intro">${text.t('report.otherNotesIntro')}</p>
${joinHtml(items, '\n')}
</section>`;
}

/** The claims whose rows still flag a discrepancy, and the watched phrases with their counts. */
function claimsSection(context: Context, claims: ReportClaims): Html {
  const { text, a, b } = context;
  const lang = context.options.lang;
  const byId = new Map(claims.claims.map((c) => [c.id, c]));
  const rows = claims.rows
    .filter((r) => r.articles.includes(a.id) && r.articles.includes(b.id) && disagreementsOf(r).length > 0)
    .map((row) => ({ row, a: claimsOf(row, byId, a.id), b: claimsOf(row, byId, b.id) }))
    .sort((x, y) => position(x.a, x.b) - position(y.a, y.b));
  const cell = (list: readonly Claim[]): HtmlValue =>
    list.length
      ? list.map((c) => {
          const value = describeClaimValue(c, lang);
          return value
            ? escaped`<p>${clipText(c.text, MAX_CLAIM_TEXT)} <span class="value">(${value})</span></p>`
            : escaped`<p>${clipText(c.text, MAX_CLAIM_TEXT)}</p>`;
        })
      : escaped`<p class="absent"><i>${text.t('report.claimAbsent')}</i></p>`;
  const table = rows.length
    ? escaped`<table class="data claims"><thead><tr><th scope="col">${text.t('report.claimFact')}</th><th scope="col">${text.outletA}</th><th scope="col">${text.outletB}</th><th scope="col">${text.t('report.claimDiscrepancy')}</th></tr></thead>
<tbody>${joinHtml(
        rows.map(
          (r) =>
            escaped`<tr><td>${describeTopic(r.row, lang)}</td><td>${cell(r.a)}</td><td>${cell(r.b)}</td><td>${disagreementsOf(
              r.row,
            )
              .map((d) => text.t(`report.discrepancy.${d}` as MessageKey))
              .join(', ')}</td></tr>`,
        ),
        '\n',
      )}</tbody></table>`
    : escaped`<p class="intro">${text.t('report.claimsNone')}</p>`;
  const phrases = claims.phrases?.length
    ? escaped`<h3 class="sub">${text.t('report.phrases')}</h3>
<table class="data phrases"><thead><tr><th scope="col">${text.t('report.phraseColumn')}</th><th scope="col">${text.outletA}</th><th scope="col">${text.outletB}</th></tr></thead>
<tbody>${joinHtml(
        claims.phrases.map(
          (p) =>
            escaped`<tr><td>« ${p.phrase} »</td><td>${text.plural('report.phraseCount', p.a)}</td><td>${text.plural('report.phraseCount', p.b)}</td></tr>`,
        ),
        '\n',
      )}</tbody></table>`
    : null;
  return escaped`<section class="claims">
<h2>${text.t('report.claims')}</h2>
${rows.length ? escaped`<p class="intro">${text.t('report.claimsIntro')}</p>` : ''}
${table}
${phrases}
</section>`;
}

/** The claims of a row that come from one article, in text order. */
function claimsOf(row: ClaimRow, byId: ReadonlyMap<string, Claim>, articleId: string): Claim[] {
  return row.claims
    .map((id) => byId.get(id))
    .filter((c): c is Claim => c !== undefined && c.articleId === articleId)
    .sort((x, y) => x.start - y.start);
}

/** Where a claims row sits in reading order: its first claim in A, else in B (after all of A). */
function position(a: readonly Claim[], b: readonly Claim[]): number {
  return a[0]?.start ?? 1e12 + (b[0]?.start ?? 0);
}

/** The files the document was made from, how each one's outlet was found, and when and with what it was made. */
function provenanceSection(context: Context): Html {
  const { text, a, b, options, input } = context;
  const lang = options.lang;
  const rows: [string, (x: Article) => HtmlValue][] = [
    [text.t('report.provPath'), (x) => x.id],
    [text.t('report.provSha'), (x) => escaped`<span class="hash">${x.sha256}</span>`],
    [text.t('report.provSize'), (x) => text.t('report.provBytes', { bytes: formatNumber(x.size, lang) })],
    [
      text.t('report.provEncoding'),
      (x) =>
        x.encodingConfidence === undefined
          ? x.encoding
          : text.t('report.provEncodingGuessed', {
              encoding: x.encoding,
              percent: Math.round(x.encodingConfidence * 100),
            }),
    ],
    [text.t('report.provOutlet'), (x) => (x.outlet.id === 'unknown' ? '—' : x.outlet.name)],
    [text.t('report.provOutletHow'), (x) => escaped`${outletHow(text, x)}${inference(context, x)}`],
    [text.t('report.provDate'), (x) => dateHow(text, x, lang)],
  ];
  const choices = [
    text.t(options.collapseIdentical ? 'report.optionCollapsed' : 'report.optionAllRows'),
    text.t(options.includeBoilerplate ? 'report.optionBoilerplate' : 'report.optionNoBoilerplate'),
    options.includeNotes ? '' : text.t('report.optionNoNotes'),
    options.includeClaims ? '' : text.t('report.optionNoClaims'),
    `${options.paper === 'letter' ? 'Letter' : 'A4'}`,
  ].filter(Boolean);
  const fileBlock = (article: Article, side: 'A' | 'B', label: string): Html =>
    escaped`<div class="file"><h3 class="sub">${sideMark(side)}${label}</h3><dl class="facts">${rows.map(
      ([name, value]) => escaped`<dt>${name}</dt><dd>${value(article)}</dd>`,
    )}</dl></div>`;
  return escaped`<section class="provenance">
<h2>${text.t('report.provenance')}</h2>
<p class="intro">${text.t('report.provenanceIntro')}</p>
${fileBlock(a, 'A', text.outletA)}
${fileBlock(b, 'B', text.outletB)}
<dl class="facts export">
<dt>${text.t('report.exportedAt')}</dt><dd>${exportDate(input.exportedAt, lang, true)} (${input.exportedAt})</dd>
<dt>${text.t('report.appVersion')}</dt><dd>${text.t('report.appVersionValue', { version: input.appVersion })}</dd>
<dt>${text.t('report.optionsUsed')}</dt><dd>${choices.join(' · ')}</dd>
</dl>
</section>`;
}

/** How an article's outlet was determined, with the evidence. */
function outletHow(text: ReportText, article: Article): string {
  const evidence = clipText(article.outlet.evidence ?? '', 240);
  return text.t(`report.outletSource.${article.outlet.source}` as MessageKey, { evidence });
}

/** An article's date and where it was read. */
function dateHow(text: ReportText, article: Article, lang: ReportOptions['lang']): string {
  if (!article.date) return text.t('report.noDate');
  const date = formatDate(article.date, lang);
  return article.dateEvidence
    ? text.t('report.provDateSource', { date, source: clipText(article.dateEvidence, 160) })
    : date;
}
