import { readArticleFile, articleFromBytes } from '../../node/read-article';
import { renderReportPdf } from '../../node/export-report';
import { launchPdfPrinter, type PdfPrinter } from '../../node/print-pdf';
import { loadReportFont } from '../../node/report-font';
import type { Article } from '../../shared/article/model';
import { buildReportInput } from '../../shared/report/build-input';
import { resolveReportOptions } from '../../shared/report/options';
import { renderComparisonReport } from '../../shared/report/render';
import { haveSeeds, seedPath } from '../helpers/seeds';
import { countWords, longArticlePair } from '../helpers/report-texts';
import type { BenchRow } from './types';

const TARGET_MS = 3000;

/** Time of one export: analysis, HTML, print and metadata, as `recoupe export --pdf` does once Chromium is up. */
async function timeExport(
  printer: PdfPrinter,
  a: Article,
  b: Article,
): Promise<{ timeMs: number; pages: number }> {
  const options = resolveReportOptions({ lang: 'fr' });
  const started = performance.now();
  const input = buildReportInput({
    a,
    b,
    lang: 'fr',
    exportedAt: new Date().toISOString(),
    appVersion: 'bench',
    font: await loadReportFont(),
  });
  const pdf = await renderReportPdf(input, options, printer);
  const timeMs = performance.now() - started;
  const pages = (new TextDecoder('latin1').decode(pdf).match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  return { timeMs, pages };
}

/** An article made from text as the reader makes it. */
function article(id: string, text: string): Article {
  return articleFromBytes(id, new TextEncoder().encode(text), '.txt');
}

/** Export times: the seeds pair (when present) and a 10,000-word pair, against printing a one-paragraph document. */
export default async function bench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const launchStart = performance.now();
  const printer = await launchPdfPrinter();
  const launchMs = performance.now() - launchStart;
  try {
    const tiny = [
      article('a.txt', 'Un court paragraphe.'),
      article('b.txt', 'Un autre court paragraphe.'),
    ] as const;
    await timeExport(printer, ...tiny);
    const baseline = await timeExport(printer, ...tiny);
    rows.push({
      case: 'export: one-paragraph pair (baseline)',
      size: '2 × 3 words',
      timeMs: baseline.timeMs,
      ratio: 1,
      baseline: 'itself',
    });
    rows.push({
      case: 'export: Chromium launch',
      size: '',
      timeMs: launchMs,
      note: 'once per `recoupe export --pdf`',
    });

    const ratio = (ms: number): number => ms / baseline.timeMs;
    if (haveSeeds) {
      const a = await readArticleFile(seedPath('000'), '000.txt');
      const b = await readArticleFile(seedPath('002'), '002.txt');
      const seeds = await timeExport(printer, a, b);
      rows.push({
        case: 'export: seeds 000 vs 002 (PDF)',
        size: `${seeds.pages} pages`,
        timeMs: seeds.timeMs,
        ratio: ratio(seeds.timeMs),
        baseline: 'one-paragraph pair',
      });
    } else {
      rows.push({
        case: 'export: seeds 000 vs 002 (PDF)',
        size: '',
        timeMs: Number.NaN,
        note: 'skipped: seeds folder not found (set RECOUPE_SEEDS)',
      });
    }

    const pair = longArticlePair(10_000);
    const a = article('a.txt', pair.a);
    const b = article('b.txt', pair.b);
    const words = `${countWords(pair.a)} + ${countWords(pair.b)} words`;
    const html = performance.now();
    const input = buildReportInput({
      a,
      b,
      lang: 'fr',
      exportedAt: new Date().toISOString(),
      appVersion: 'bench',
      font: await loadReportFont(),
    });
    renderComparisonReport(input);
    const htmlMs = performance.now() - html;
    rows.push({
      case: 'export: 10,000-word pair, analysis + HTML only',
      size: words,
      timeMs: htmlMs,
      ratio: ratio(htmlMs),
      baseline: 'one-paragraph pair',
    });
    const large = await timeExport(printer, a, b);
    const total = large.timeMs + launchMs;
    rows.push({
      case: 'export: 10,000-word pair (PDF)',
      size: `${words}, ${large.pages} pages`,
      timeMs: large.timeMs,
      ratio: ratio(large.timeMs),
      baseline: 'one-paragraph pair',
      note: `with Chromium launch ${Math.round(total)} ms; target < ${TARGET_MS} ms: ${total < TARGET_MS ? 'met' : 'missed'}`,
    });
  } finally {
    await printer.close();
  }
  return rows;
}
