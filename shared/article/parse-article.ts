import { detectOutlet, hostOf } from './detect-outlet';
import { findBoilerplate, type BoilerplateMark } from './find-boilerplate';
import { readFrontMatter, type FrontMatter } from './front-matter';
import {
  chooseDate,
  findDateHeader,
  findStatedDate,
  findUrlDate,
  normalizeMetaDate,
  type DateClue,
} from './find-date';
import type { Article, ArticleWarning, Span } from './model';
import { defaultOutletRules, type OutletRules } from './outlet-rules';
import { segmentParagraphs } from './segment-paragraphs';
import { detectLanguage } from '../text/lang';

/** Metadata found outside the text (HTML meta tags). */
export interface ArticleMeta {
  title?: string;
  byline?: string;
  date?: string;
  url?: string;
  siteName?: string;
}

/** What `parseArticle` needs: an id and the decoded text (NFC, LF), plus what is known about the file. */
export interface ParseArticleInput {
  id: string;
  text: string;
  sha256?: string;
  encoding?: string;
  size?: number;
  meta?: ArticleMeta;
}

/** Options for `parseArticle`. */
export interface ParseArticleOptions {
  /** Outlet rules; the shipped `outlet-rules.json` by default. */
  rules?: OutletRules;
}

/** A dateline before "(Outlet) -", e.g. "WILMINGTON, Delaware/MOSCOU (Reuters) - ". */
const DATELINE = /^([\p{Lu}][^()\n]{1,80}?)\s*\(([^()\n]{2,40})\)\s*[-–—]\s*/u;
/** A TASS-style dateline: "MOSCOW, December 30. /TASS/. ". */
const SLASH_DATELINE = /^([\p{Lu}][^/\n]{1,60}?)[.,]?\s*\/[\p{Lu}]{2,8}\/\.?\s*/u;
/** An all-caps place before a dash: "MOSCOU – ". */
const PLAIN_DATELINE = /^(\p{Lu}{3,}(?:[ ,/'-]+\p{Lu}[\p{L}]*){0,4})\s+[-–—]\s+/u;

/** Reads an article from its decoded text: paragraphs, boilerplate, title, outlet, date, dateline, language. Pure. */
export function parseArticle(input: ParseArticleInput, options: ParseArticleOptions = {}): Article {
  const { text } = input;
  const rules = options.rules ?? defaultOutletRules;
  const warnings: ArticleWarning[] = [];
  const front = readFrontMatter(text);
  const meta = front ? withFrontMatter(input.meta ?? {}, front) : (input.meta ?? {});
  const header = front ? undefined : findDateHeader(text);
  const bodyStart = front ? front.span[1] : header ? header.span[1] : 0;
  const { paragraphs, gluedSplits } = segmentParagraphs(text, bodyStart);
  if (gluedSplits > 0) warnings.push({ code: 'glued-paragraphs', count: gluedSplits });
  const findings = findBoilerplate(text, paragraphs, meta.title);
  const marks: BoilerplateMark[] = header
    ? [{ span: header.span, kind: 'date-header' }, ...findings.marks]
    : front
      ? [{ span: [0, front.span[1]], kind: 'metadata' }, ...findings.marks]
      : findings.marks;
  marks.sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);

  const leadSpans = paragraphs.filter((p) => !isMarkedWhole(p, marks) && p !== findings.titleSpan);
  const lead = leadSpans[0] ? text.slice(leadSpans[0][0], leadSpans[0][1]) : undefined;
  const pick = (kind: BoilerplateMark['kind']): string[] =>
    marks.filter((m) => m.kind === kind).map((m) => text.slice(m.span[0], m.span[1]));
  const url = meta.url ?? findings.url;

  const outlet = detectOutlet(
    {
      lead,
      opening: firstLines(text, bodyStart, OPENING_LINES),
      closing: lastLines(text, bodyStart, CLOSING_LINES),
      captions: pick('caption'),
      credits: pick('credits'),
      stamps: pick('stamp'),
      slugs: pick('slug'),
      textUrl: findings.url,
      metaUrl: meta.url,
      metaSiteName: meta.siteName,
    },
    rules,
  );
  if (outlet.source === 'unknown') warnings.push({ code: 'no-outlet-evidence' });

  const dateClues: DateClue[] = [];
  const metaDate = meta.date ? normalizeMetaDate(meta.date) : undefined;
  if (metaDate) dateClues.push({ date: metaDate, evidence: 'metadata' });
  for (const stamp of pick('stamp')) {
    const date = findStatedDate(stamp);
    if (date) dateClues.push({ date, evidence: `stamp "${stamp.trim()}"` });
  }
  const urlDate = url ? findUrlDate(url) : undefined;
  if (urlDate) dateClues.push({ date: urlDate, evidence: 'URL' });
  if (header) dateClues.push({ date: header.date, evidence: header.evidence });
  const { chosen, warning } = chooseDate(dateClues);
  if (warning) warnings.push(warning);

  const titleText = findings.titleSpan ? text.slice(findings.titleSpan[0], findings.titleSpan[1]) : undefined;
  const title = cleanTitle(meta.title) ?? cleanTitle(titleText);
  const article: Article = {
    id: input.id,
    sha256: input.sha256 ?? '',
    encoding: input.encoding ?? 'utf-8',
    size: input.size ?? utf8Length(text),
    text,
    outlet,
    paragraphs,
    boilerplate: marks.map((m) => m.span),
    boilerplateKinds: marks.map((m) => m.kind),
    warnings,
  };
  if (title) article.title = title;
  if (findings.titleSpan) article.titleSpan = findings.titleSpan;
  if (chosen) {
    article.date = chosen.date;
    article.dateEvidence = chosen.evidence;
  }
  const dateline = lead ? findDateline(lead) : undefined;
  if (dateline) article.dateline = dateline;
  if (url) article.url = url;
  const site = url ? publishingSite(url, outlet, rules) : undefined;
  if (site) article.site = site;
  const byline = meta.byline?.trim() || findings.byline;
  if (byline) article.byline = byline;
  if (findings.credits) article.credits = findings.credits;
  const language = detectLanguage(sampleText(text, leadSpans, LANGUAGE_SAMPLE));
  if (language) article.language = language;
  return article;
}

/** The first `limit` characters of the given spans' text, joined by newlines. */
function sampleText(text: string, spans: readonly Span[], limit: number): string {
  let out = '';
  for (const [s, e] of spans) {
    if (out.length >= limit) break;
    out += `${text.slice(s, Math.min(e, s + limit - out.length))}\n`;
  }
  return out;
}

/** True when a boilerplate mark covers the whole paragraph. */
function isMarkedWhole(paragraph: Span, marks: readonly BoilerplateMark[]): boolean {
  return marks.some((m) => m.span[0] <= paragraph[0] && m.span[1] >= paragraph[1]);
}

/** The place part of a dateline at the start of the lead ("WILMINGTON, Delaware/MOSCOU"), if any. */
export function findDateline(lead: string): string | undefined {
  const m = DATELINE.exec(lead) ?? SLASH_DATELINE.exec(lead) ?? PLAIN_DATELINE.exec(lead);
  const place = m?.[1]?.replace(/[\s,.]+$/u, '').trim();
  return place || undefined;
}

/** The host of the page's address when it is not one of the outlet's own hosts (a local site carrying AP copy). */
function publishingSite(url: string, outlet: Article['outlet'], rules: OutletRules): string | undefined {
  const host = hostOf(url);
  if (!host) return undefined;
  const own = rules.outlets.find((o) => o.id === outlet.id)?.hosts ?? [];
  return own.some((h) => host === h || host.endsWith(`.${h}`)) ? undefined : host;
}

/** The file's own metadata filled in from its front matter where the page's metadata says nothing. */
function withFrontMatter(meta: ArticleMeta, front: FrontMatter): ArticleMeta {
  const f = front.fields;
  const isUrl = (v: string | undefined): v is string => !!v && /^(?:https?:\/\/|www\.)\S+$/iu.test(v);
  const url = [f['url'], f['link'], f['source']].find(isUrl);
  const siteName = [f['outlet'], f['source'], f['publisher'], f['site']].find((v) => v && !isUrl(v));
  const filled: ArticleMeta = { ...meta };
  const date = f['date'] ?? f['published'];
  const byline = f['author'] ?? f['byline'];
  if (!filled.url && url) filled.url = url;
  if (!filled.date && date) filled.date = date;
  if (!filled.title && f['title']) filled.title = f['title'];
  if (!filled.byline && byline) filled.byline = byline;
  if (!filled.siteName && siteName) filled.siteName = siteName;
  return filled;
}

/** Title text without Markdown heading marks or surrounding space; undefined when empty. */
function cleanTitle(title: string | undefined): string | undefined {
  const cleaned = title
    ?.replace(/^#+\s*/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
  return cleaned || undefined;
}

const LANGUAGE_SAMPLE = 1000;
/** Lines at the top where a headline, teaser, caption or byline may stand before the dateline. */
const OPENING_LINES = 10;
/** Lines at the end where a closing credit ("(Belga)", "(XY/IANS)") stands. */
const CLOSING_LINES = 2;

/** The first `count` non-blank lines of `text` from `from` on, trimmed: the page as saved, before any joining. */
function firstLines(text: string, from: number, count: number): string[] {
  const lines: string[] = [];
  for (let start = from; lines.length < count && start <= text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(start, end).trim();
    if (line) lines.push(line);
    start = end + 1;
  }
  return lines;
}

/** The last `count` non-blank lines of `text` from `from` on, trimmed, in order (the whole text is not split). */
function lastLines(text: string, from: number, count: number): string[] {
  const lines: string[] = [];
  for (let end = text.length; lines.length < count;) {
    const newline = end > from ? text.lastIndexOf('\n', end - 1) : -1;
    const start = newline >= from ? newline + 1 : from;
    const line = text.slice(start, end).trim();
    if (line) lines.unshift(line);
    if (start === from) break;
    end = newline;
  }
  return lines;
}

/** Byte length of a string encoded as UTF-8. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
