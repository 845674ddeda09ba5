import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleFromBytes, readArticleFile } from '../../node/read-article';
import { renderReportPdf } from '../../node/export-report';
import { launchPdfPrinter, type PdfPrinter } from '../../node/print-pdf';
import { loadReportFont } from '../../node/report-font';
import type { Article, Span } from '../../shared/article/model';
import { anchorSpan } from '../../shared/notes/anchor';
import type { Note } from '../../shared/notes/model';
import { buildReportInput } from '../../shared/report/build-input';
import { resolveReportOptions, type ReportOptions } from '../../shared/report/options';
import { flat, readPdf, squeezed, type PdfContent } from '../helpers/pdf-text';
import { longArticlePair } from '../helpers/report-texts';
import { describeSeeds, seedPath } from '../helpers/seeds';
import { summarizeComparison } from '../../shared/format/summary';

const A4_LANDSCAPE = { width: 842, height: 595 };
const LETTER_PORTRAIT = { width: 612, height: 792 };
const SLOW = 180_000;

let printer: PdfPrinter | undefined;

beforeAll(async () => {
  // No skip when Chromium is missing: launching throws the install hint and every test fails with it.
  printer = await launchPdfPrinter();
}, 60_000);

afterAll(async () => {
  await printer?.close();
});

/** A note on one span of one or two articles. */
function note(id: string, tag: string, text: string, targets: { article: Article; span: Span }[]): Note {
  return {
    id: `urn:uuid:${id}`,
    created: '2026-02-01T09:00:00Z',
    modified: '2026-02-01T09:00:00Z',
    tag,
    text,
    targets: targets.map((t) => anchorSpan(t.article, t.span)),
  };
}

/** The span of the first occurrence of `phrase` in an article. */
function spanOf(article: Article, phrase: string): Span {
  const start = article.text.indexOf(phrase);
  if (start < 0) throw new Error(`${phrase} not in ${article.id}`);
  return [start, start + phrase.length];
}

/** Exports two articles to PDF as the CLI does, and reads the PDF back. */
async function exportAndRead(
  a: Article,
  b: Article,
  options: Partial<ReportOptions>,
  notes: Note[] = [],
): Promise<PdfContent> {
  const resolved = resolveReportOptions(options);
  const input = buildReportInput({
    a,
    b,
    lang: resolved.lang,
    notes,
    exportedAt: '2026-02-03T10:15:00Z',
    appVersion: '9.9.9-test',
    font: await loadReportFont(),
  });
  if (!printer) throw new Error('the printer did not start');
  return readPdf(await renderReportPdf(input, resolved, printer));
}

/** An article read from text as the reader would read a .txt file. */
function article(id: string, text: string): Article {
  return articleFromBytes(id, new TextEncoder().encode(text), '.txt');
}

/** The whole text layer of a PDF on one line. */
function allText(pdf: PdfContent): string {
  return flat(pdf.pages.map((p) => p.text).join('\n'));
}

/** True when a page has the given size in points, within Chromium's rounding. */
function sized(
  page: { width: number; height: number },
  expected: { width: number; height: number },
): boolean {
  return Math.abs(page.width - expected.width) < 2 && Math.abs(page.height - expected.height) < 2;
}

describeSeeds('PDF export of 000 (Reuters) vs 002 (Sputnik) with two notes', () => {
  it(
    'holds the summary, both notes with their numbers, "ligne rouge" and both files’ sha256, with metadata, on A4 landscape',
    async () => {
      const a = await readArticleFile(seedPath('000'), '000.txt');
      const b = await readArticleFile(seedPath('002'), '002.txt');
      const notes = [
        note('1', 'number-change', 'Le chiffre des troupes change entre les deux textes.', [
          { article: b, span: spanOf(b, '100.000') },
        ]),
        note('2', 'other', 'La même formule figure chez les deux médias.', [
          { article: a, span: spanOf(a, 'ligne rouge') },
          { article: b, span: spanOf(b, 'ligne rouge') },
        ]),
      ];
      const pdf = await exportAndRead(a, b, { lang: 'fr' }, notes);
      const text = allText(pdf);
      const { comparison } = buildReportInput({
        a,
        b,
        lang: 'fr',
        exportedAt: '',
        appVersion: '',
        font: { family: 'x', faces: [] },
      });
      const summary = summarizeComparison(comparison, 'fr');
      expect(text).toContain(flat(summary));
      expect(text).toContain('Le chiffre des troupes change entre les deux textes.');
      expect(text).toContain('La même formule figure chez les deux médias.');
      expect(text).toContain('100.000[1]');
      expect(text).toContain('ligne rouge[2]');
      expect(text).toContain('ligne rouge');
      for (const prefix of ['000', '002']) {
        const sha = createHash('sha256')
          .update(readFileSync(seedPath(prefix)))
          .digest('hex');
        expect(squeezed(text)).toContain(sha);
      }
      expect(pdf.info.Title).toBe(`Reuters vs Sputnik — ${a.title ?? b.title}`);
      expect(pdf.info.Subject).toContain('Sputnik (002.txt)');
      expect(pdf.info.Keywords).toBe('Reuters, Sputnik, Recoupe');
      expect(pdf.info.Creator).toBe('Recoupe 9.9.9-test');
      expect(pdf.pages.every((p) => sized(p, A4_LANDSCAPE))).toBe(true);
      expect(flat(pdf.pages[0]!.text)).toContain(`page 1 sur ${pdf.pages.length}`);
      expect(flat(pdf.pages[0]!.text)).toContain('Recoupe · Reuters vs Sputnik');
    },
    SLOW,
  );
});

describe('PDF export', () => {
  const gazette = article(
    'gazette.txt',
    ' date 2024-03 Un orage sur Brévannes\n\nLa tempête de lundi a arraché une partie du toit de la halle aux poissons, selon la mairie de Brévannes.\n\nLes pompiers sont intervenus à 43 reprises dans la nuit, sans faire état de blessés.\n\nLe marché du samedi est maintenu sur la place de l’église.\n',
  );
  const echo = article(
    'echo.txt',
    ' date 2024-03-12 Brévannes après la tempête\n\nLa tempête de lundi a arraché une partie du toit de la halle aux poissons, selon la mairie de Brévannes.\n\nLes pompiers sont intervenus à 51 reprises dans la nuit.\n\nDes commerçants demandent une aide d’urgence à la région.\n',
  );

  it(
    'without notes: no notes column, the summary, the legend and the provenance of both files',
    async () => {
      const pdf = await exportAndRead(gazette, echo, { lang: 'fr' });
      const text = allText(pdf);
      expect(text).not.toContain('Notes');
      expect(text).toContain('Comment lire ce document');
      expect(text).toContain('Provenance');
      expect(squeezed(text)).toContain(gazette.sha256);
      expect(squeezed(text)).toContain(echo.sha256);
      expect(text).toContain('absent chez'.toUpperCase());
      expect(pdf.pages.every((p) => sized(p, A4_LANDSCAPE))).toBe(true);
    },
    SLOW,
  );

  it(
    'two identical files: the summary says everything is kept and no row is one-sided',
    async () => {
      const copy = { ...gazette, id: 'copie/gazette.txt' };
      const pdf = await exportAndRead(gazette, copy, { lang: 'en' });
      const text = allText(pdf);
      expect(text).toContain('keeps all of');
      expect(text).not.toContain('NOT IN');
      expect(text).not.toContain('ONLY IN');
      expect(text).toContain('copie/gazette.txt');
      expect(pdf.info.Keywords).toContain('Recoupe');
    },
    SLOW,
  );

  it(
    'letter portrait in English has letter-sized pages and English page numbers',
    async () => {
      const pdf = await exportAndRead(gazette, echo, { lang: 'en', paper: 'letter', landscape: false });
      expect(pdf.pages.every((p) => sized(p, LETTER_PORTRAIT))).toBe(true);
      expect(flat(pdf.pages[0]!.text)).toContain(`page 1 of ${pdf.pages.length}`);
      expect(allText(pdf)).toContain('How to read this document');
    },
    SLOW,
  );

  it(
    'a 20,000-word pair spans many pages and keeps the first five words of every paragraph of both articles',
    async () => {
      const pair = longArticlePair(20_000);
      const pdf = await exportAndRead(article('releves-a.txt', pair.a), article('releves-b.txt', pair.b), {
        lang: 'fr',
      });
      const text = allText(pdf);
      expect(pdf.pages.length).toBeGreaterThan(20);
      const firstWords = (p: string): string => p.split(/\s+/).slice(0, 5).join(' ');
      const missing = [...pair.paragraphsA, ...pair.paragraphsB]
        .map(firstWords)
        .filter((w) => !text.includes(w));
      expect(missing).toEqual([]);
      const longest = pair.paragraphsA.reduce((x, y) => (y.length > x.length ? y : x));
      expect(text).toContain(longest.split(/\s+/).slice(-5).join(' '));
      pdf.pages.forEach((page, i) =>
        expect(flat(page.text)).toContain(`page ${i + 1} sur ${pdf.pages.length}`),
      );
    },
    SLOW,
  );

  it(
    'runs no script and fetches nothing while printing',
    async () => {
      let hits = 0;
      const server = createServer((_request, response) => {
        hits++;
        response.end('x');
      });
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      const { port } = server.address() as AddressInfo;
      try {
        const html = `<!DOCTYPE html><html><head><title>Sans script</title><link rel="stylesheet" href="http://127.0.0.1:${port}/a.css"></head><body><p>Texte imprimé.</p><img src="http://127.0.0.1:${port}/b.png"><script>document.title = 'script exécuté'; document.body.append('SCRIPT');</script></body></html>`;
        if (!printer) throw new Error('the printer did not start');
        const pdf = await readPdf(await printer.print(html, { paper: 'a4', landscape: false }));
        expect(pdf.info.Title).toBe('Sans script');
        expect(flat(pdf.pages[0]!.text)).toBe('Texte imprimé.');
        expect(hits).toBe(0);
      } finally {
        await new Promise<void>((done) => server.close(() => done()));
      }
    },
    SLOW,
  );
});
