import { cssString } from './html';
import type { ReportFont } from './input';
import type { ReportOptions } from './options';

/** Texts of the page margins, already translated. */
export interface MarginTexts {
  header: string;
  headerRight: string;
  /** "page {{page}} of {{pages}}" cut around the two counters: before, between, after. */
  pageOf: [string, string, string];
}

/** The `@font-face` rules of the embedded font. */
function fontFaces(font: ReportFont): string {
  return font.faces
    .map(
      (face) =>
        `@font-face{font-family:${cssString(font.family)};font-weight:${face.weight};font-style:${face.style};` +
        `src:url(data:font/ttf;base64,${face.base64.replace(/[^A-Za-z0-9+/=]/g, '')}) format("truetype");}`,
    )
    .join('\n');
}

/** The document's whole stylesheet: page size and margins, running header, page numbers, rows and legend. */
export function reportCss(
  options: ReportOptions,
  font: ReportFont,
  margins: MarginTexts,
  notesColumn: boolean,
): string {
  const family = `${cssString(font.family)}, "DejaVu Serif", Georgia, serif`;
  const size = `${options.paper === 'letter' ? 'letter' : 'A4'} ${options.landscape ? 'landscape' : 'portrait'}`;
  const [before, between, after] = margins.pageOf;
  const columns = notesColumn ? [39, 39, 22] : [50, 50];
  return `${fontFaces(font)}
@page{size:${size};margin:16mm 12mm 15mm 12mm;
@top-left{content:${cssString(margins.header)};font:7.5pt ${family};color:#444;vertical-align:bottom;padding-bottom:3mm}
@top-right{content:${cssString(margins.headerRight)};font:7.5pt ${family};color:#444;vertical-align:bottom;padding-bottom:3mm}
@bottom-right{content:${cssString(before)} counter(page) ${cssString(between)} counter(pages) ${cssString(after)};font:7.5pt ${family};color:#444;vertical-align:top;padding-top:3mm}}
*{box-sizing:border-box}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0;font-family:${family};font-variant-ligatures:none;font-feature-settings:"liga" 0,"clig" 0;font-size:${options.landscape ? 9.5 : 9}pt;line-height:1.38;color:#111;background:#fff;
  overflow-wrap:break-word;orphans:2;widows:2}
h1{font-size:17pt;line-height:1.2;margin:0 0 3mm}
h2{font-size:11.5pt;margin:6mm 0 2mm;break-after:avoid;border-bottom:0.6pt solid #111;padding-bottom:1mm}
p{margin:0}
.kicker{font-size:8pt;letter-spacing:.08em;text-transform:uppercase;color:#444;margin-bottom:1mm}
.articles{display:grid;grid-template-columns:1fr 1fr;gap:4mm;margin:2mm 0 1mm;break-inside:avoid}
.article-card{border:0.6pt solid #777;padding:2.5mm 3mm;break-inside:avoid}
.article-card dl{display:grid;grid-template-columns:auto 1fr;gap:0.5mm 3mm;margin:1.5mm 0 0;font-size:8.5pt}
.article-card dt{color:#444}
.article-card dd{margin:0;overflow-wrap:anywhere}
.badge{display:inline-block;font-weight:700;color:#fff;background:var(--outlet);border:0.8pt solid #000;border-radius:1mm;padding:0.2mm 2mm;margin-right:1.5mm}
.side{display:inline-block;font-weight:700;border:0.8pt solid #111;border-radius:50%;width:5mm;height:5mm;line-height:4.4mm;text-align:center;font-size:8pt;margin-right:1.5mm}
.summary-sentence{font-size:11pt;margin:1mm 0 2mm}
.figures{display:grid;grid-template-columns:repeat(4,1fr);gap:1.5mm 4mm;margin:0;break-inside:avoid}
.figures div{border-left:1.6pt solid #111;padding-left:2mm}
.figures dt{font-size:13pt;font-weight:700;line-height:1.1}
.figures dd{margin:0;font-size:8pt;color:#333}
.notice{margin-top:2mm;font-size:8.5pt;font-style:italic}
.legend{display:grid;grid-template-columns:1fr 1fr;gap:1mm 6mm;margin:0;padding:0;list-style:none;font-size:8.5pt;break-inside:avoid}
.legend li{display:flex;gap:2mm;align-items:baseline}
.legend .sample{flex:none;min-width:16mm}
.legend .sample.gap{display:inline-block;height:3.5mm;border:0.5pt solid #777;background:repeating-linear-gradient(135deg,#fff 0 2.2mm,#c8c8c8 2.2mm 2.6mm)}
.legend .sample.moved{display:inline-block;height:3.5mm;border-left:2.4pt double #111}
ins{text-decoration:underline;text-decoration-thickness:1.1pt;text-underline-offset:1.6pt;color:#0a5a2a}
del{text-decoration:line-through;text-decoration-thickness:1pt;color:#8a1a1a}
mark{background:#fde58a;color:inherit}
.nref{font-weight:700;font-size:7pt;line-height:0;vertical-align:super;margin-left:0.2mm;color:#000}
table{width:100%;border-collapse:collapse}
table.rows{table-layout:fixed;border-collapse:separate;border-spacing:0}
table.rows col.c-a{width:${columns[0]}%}
table.rows col.c-b{width:${columns[1]}%}
${notesColumn ? `table.rows col.c-n{width:${columns[2]}%}` : ''}
table.rows thead th{text-align:left;font-size:8.5pt;padding:1mm 2mm;border-bottom:1pt solid #111}
table.rows tr{break-inside:avoid}
table.rows tr.long{break-inside:auto}
table.rows td{vertical-align:top;padding:1.5mm 2mm 2mm;border-top:0.5pt solid #999}
td.cell p{white-space:pre-line}
td.cell p+p{margin-top:1.2mm}
.label{display:block;font-size:7pt;letter-spacing:.03em;color:#444;margin-bottom:0.6mm;text-transform:uppercase}
td.gap{background:repeating-linear-gradient(135deg,#fff 0 2.2mm,#c8c8c8 2.2mm 2.6mm);color:#222}
td.gap .label{background:#fff;display:inline-block;padding:0 1mm}
tr.moved td.cell{border-left:2.4pt double #111}
tr.boilerplate td{font-size:85%;font-style:italic;color:#444;padding-top:0.8mm;padding-bottom:0.8mm}
tr.collapsed td{text-align:center;font-size:8pt;font-style:italic;color:#444;padding:1mm}
td.notes{font-size:8pt;border-left:0.5pt solid #999}
table.rows tbody.noted{break-inside:avoid}
table.rows tbody.noted.long{break-inside:auto}
tr.row-notes td{border-top:0.5pt dotted #999;font-size:8pt;padding:1mm 2mm 1.5mm;background:#f4f4f4}
tr.row-notes .note{margin-bottom:0.6mm}
.note{margin-bottom:1.2mm;break-inside:avoid}
.note-num{font-weight:700;border:0.6pt solid #111;border-radius:1mm;padding:0 0.8mm;margin-right:1mm}
.note-tag{font-style:italic;color:#333;margin-right:1mm}
.note-text{white-space:pre-line}
.note-where{display:block;color:#444;font-size:7.5pt}
table.data{font-size:8.5pt;margin-top:1mm}
table.data th,table.data td{text-align:left;vertical-align:top;padding:1mm 2mm;border-bottom:0.5pt solid #999}
table.data thead th{border-bottom:1pt solid #111}
table.data tr{break-inside:avoid}
table.data th[scope=row]{font-weight:400;color:#444;width:20%}
.hash{white-space:nowrap;letter-spacing:.01em}
dl.facts{display:grid;grid-template-columns:48mm 1fr;margin:0 0 3mm;font-size:8.5pt;break-inside:avoid}
dl.facts dt,dl.facts dd{margin:0;padding:0.8mm 2mm;border-bottom:0.5pt solid #bbb}
dl.facts dt{color:#444}
dl.facts.export{margin-top:4mm}
.intro{font-size:8.5pt;margin-bottom:1mm}
h3.sub{font-size:10pt;margin:4mm 0 1mm;break-after:avoid}
section{break-inside:auto}
section.provenance{break-before:page}
`;
}
