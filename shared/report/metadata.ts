import { articleHeadline } from '../article/body';
import type { Article } from '../article/model';
import { demoHeader } from './document';
import type { ReportInput } from './input';
import { reportText, type ReportText } from './labels';
import { resolveReportOptions, type ReportOptions } from './options';

/** What the PDF's document information holds (Chromium writes only the title; the rest is added afterwards). */
export interface ReportMetadata {
  title: string;
  subject: string;
  keywords: string[];
  /** The app and its version: `Recoupe 0.1.0`. */
  creator: string;
  /** BCP 47 language of the document. */
  language: string;
}

/**
 * The title a report shows: the one the user chose, else the story's, else the first article title, else the two
 * outlets and the first sentence of A ("Reuters and Sputnik: Joe Biden and Vladimir Putin spoke on Thursday…").
 */
export function reportTitle(
  input: Pick<ReportInput, 'title' | 'comparison'>,
  text: Pick<ReportText, 't' | 'outletA' | 'outletB'>,
  chosen?: string,
): string {
  const { a, b } = input.comparison;
  const given = chosen?.trim() || input.title?.trim() || a.title?.trim() || b.title?.trim();
  if (given) return given;
  return text.t('report.untitledPair', {
    a: text.outletA,
    b: text.outletB,
    headline: articleHeadline(a, HEADLINE_LENGTH),
  });
}

/** Characters of A's first sentence an untitled report's title keeps. */
const HEADLINE_LENGTH = 90;

/** Title, subject, keywords and creator of a report, in its language. */
export function reportMetadata(input: ReportInput, options: Partial<ReportOptions> = {}): ReportMetadata {
  const { lang, title: chosen } = resolveReportOptions(options);
  const { a, b } = input.comparison;
  const text = reportText(lang, a, b);
  const title = reportTitle(input, text, chosen);
  return {
    title: demoHeader(input.demo, lang, text.t('report.documentTitle', { title })),
    subject: text.t('report.subject', { fileA: fileName(a), fileB: fileName(b) }),
    keywords: [...new Set([outletKeyword(a, text.outletA), outletKeyword(b, text.outletB), 'Recoupe'])],
    creator: `Recoupe ${input.appVersion}`,
    language: lang,
  };
}

/** The outlet's name as a keyword, or its display label when the outlet is unknown. */
function outletKeyword(article: Article, label: string): string {
  return article.outlet.id !== 'unknown' && article.outlet.name ? article.outlet.name : label;
}

/** The file name of an article, without its folders. */
export function fileName(article: Pick<Article, 'id'>): string {
  return article.id.split('/').pop() ?? article.id;
}
