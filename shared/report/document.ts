import type { OutletInference } from '../article/attribute-by-reuse';
import { outletColor } from '../article/outlet-rules';
import { formatPercent } from '../format/index';
import { LOCALES, type Lang } from '../format/lang';
import { translate } from '../i18n/index';
import { escaped, markup } from './html';
import type { ReportMetadata } from './metadata';
import type { MarginTexts } from './styles';

/** What the document shell wraps: its language, metadata, stylesheet and body. */
export interface DocumentParts {
  lang: Lang;
  meta: Pick<ReportMetadata, 'title' | 'subject' | 'keywords' | 'creator'>;
  css: string;
  body: string;
  /** Made from the bundled demo: every page carries a "fictional demo" watermark and the first a notice. */
  demo?: boolean;
}

/** The watermark's styles: fixed, so Chromium prints it on every page; light enough to read the text through. */
const DEMO_CSS = `
.demo-watermark{position:fixed;top:45%;left:0;right:0;text-align:center;transform:rotate(-28deg);font-size:54pt;font-weight:700;letter-spacing:.06em;text-transform:uppercase;color:rgba(160,0,0,.13);pointer-events:none;z-index:10;white-space:nowrap}
.demo-notice{border:1.2pt solid #a00;color:#700;padding:2mm 3mm;margin:0 0 3mm;font-weight:700;font-size:9.5pt}
`;

/** The demo's watermark and notice, in the document's language. */
function demoParts(lang: Lang): string {
  return escaped`<div class="demo-watermark" aria-hidden="true">${translate(lang, 'demo.watermark')}</div>
<p class="demo-notice" role="note">${translate(lang, 'demo.reportNotice')}</p>
`.toString();
}

/** Wraps a report's body and stylesheet in a self-contained HTML document (strict CSP, metadata in the head). */
export function renderHtmlDocument({ lang, meta, css, body, demo = false }: DocumentParts): string {
  return escaped`<!DOCTYPE html>
<html lang="${LOCALES[lang]}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:">
<title>${meta.title}</title>
<meta name="description" content="${meta.subject}">
<meta name="keywords" content="${meta.keywords.join(', ')}">
<meta name="generator" content="${meta.creator}">
<style>
${markup(demo ? css + DEMO_CSS : css)}
</style>
</head>
<body>
${markup(demo ? demoParts(lang) + body : body)}
</body>
</html>
`.toString();
}

/** The running header, prefixed with "Fictional demo ·" for a document made from the demo. */
export function demoHeader(demo: boolean | undefined, lang: Lang, header: string): string {
  return demo ? `${translate(lang, 'demo.watermark')} · ${header}` : header;
}

/** Margin texts: the running header, the export day, and the translated "page X of Y" cut around its counters. */
export function pageMargins(options: {
  header: string;
  /** Translates the "page of" message with the counters given. */
  pageOf: (counters: { page: string; pages: string }) => string;
  exportedAt: string;
  lang: Lang;
}): MarginTexts {
  const [before = '', rest = ''] = options.pageOf({ page: '\u0000', pages: '\u0001' }).split('\u0000');
  const [between = '', after = ''] = rest.split('\u0001');
  return {
    header: options.header,
    headerRight: exportDate(options.exportedAt, options.lang, false),
    pageOf: [before, between, after],
  };
}

/** The export time in words ("31 décembre 2021 à 14:03 UTC"), or only its day; the raw text when it is not a date. */
export function exportDate(iso: string, lang: Lang, withTime: boolean): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  const format = new Intl.DateTimeFormat(LOCALES[lang], {
    dateStyle: 'long',
    ...(withTime ? { timeStyle: 'short' } : {}),
    timeZone: 'UTC',
  });
  return withTime ? `${format.format(time)} UTC` : format.format(time);
}

/**
 * An outlet inferred by reuse, as an inference with its evidence (never as the outlet itself): "probably AFP: 39 %
 * of its text is in <file> (AFP), an inference from copied text, not a credit", in the document's language.
 */
export function inferredOutlet(inference: OutletInference, lang: Lang): string {
  return escaped`<span class="inferred" style="display:block;font-style:italic;font-size:8.5pt;margin-top:0.5mm">${translate(
    lang,
    'report.inferredOutlet',
    {
      outlet: inference.outlet.name,
      share: formatPercent(inference.share, lang),
      file: inference.from,
    },
  )}</span>`.toString();
}

/** An outlet's name on its colour (dark enough for white text; a black border keeps it visible in grayscale). */
export function outletBadge(outletId: string, label: string): string {
  const color = outletColor(outletId);
  const safe = /^#[0-9a-f]{6}$/i.test(color) ? color : '#555555';
  return escaped`<span class="badge" style="--outlet:${safe}">${label}</span>`.toString();
}
