import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleMeta } from '../shared/article/parse-article';

/** The main text of an HTML page and its metadata. */
export interface ExtractedHtml {
  /** Title, then the main text's paragraphs, separated by blank lines. */
  text: string;
  meta: ArticleMeta;
}

/** The few DOM members read here (linkedom's nodes; the Node tsconfig has no DOM types). */
interface DomNode {
  nodeType: number;
  nodeName: string;
  childNodes: ArrayLike<DomNode>;
  textContent: string | null;
}

interface DomDocument {
  querySelector(
    selector: string,
  ): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(selector: string): ArrayLike<DomNode & { remove(): void }>;
  body: DomNode | null;
  title: string;
}

const BLOCKS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'FIGCAPTION',
  'PRE',
  'DIV',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'UL',
  'OL',
  'TABLE',
  'TR',
  'TD',
  'TH',
  'FIGURE',
  'DL',
  'DT',
  'DD',
  'MAIN',
  'BR',
  'HR',
]);
const DROPPED =
  'script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, input, select, textarea';

/**
 * Elements nested deeper than this make a page unreadable here: Readability's time grows faster than the square of
 * the depth (800 levels take seconds, 2,000 tens of seconds) and the DOM walks overflow the stack. Real articles
 * nest a few dozen levels deep.
 */
export const MAX_HTML_NESTING = 256;

/** Thrown by `extractHtml` for a page nested deeper than MAX_HTML_NESTING, before any parsing. */
export class HtmlNestingError extends Error {
  override name = 'HtmlNestingError';
  constructor(readonly limit: number) {
    super(`HTML nested more than ${limit} levels deep`);
  }
}

/** Elements that never hold others. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
/** Elements whose end tag may be left out (a run of `<p>` or `<li>` without end tags is not nesting). */
const IMPLIED_END = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'option',
  'optgroup',
  'thead',
  'tbody',
  'tfoot',
  'rb',
  'rt',
  'rp',
  'colgroup',
]);
/** Elements whose content is raw text: no tag inside counts. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template', 'iframe']);

/**
 * Whether a page's elements nest deeper than `limit`, in one linear pass over its tags (comments and raw text
 * skipped, void elements and elements with optional end tags not counted, an end tag closing up to its element as
 * a parser would). It never builds a tree, so it cannot be slowed or overflowed by the nesting it measures.
 */
export function nestsDeeperThan(html: string, limit: number): boolean {
  const stack: string[] = [];
  const lower = html.toLowerCase();
  const tag = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][\w:-]*)\b[^>]*?(\/?)>/g;
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    const [, closing, rawName, selfClosing] = match;
    if (!rawName) continue;
    const name = rawName.toLowerCase();
    if (closing) {
      const at = stack.lastIndexOf(name);
      if (at >= 0) stack.length = at;
      continue;
    }
    if (RAW_TEXT.has(name)) {
      const end = lower.indexOf(`</${name}`, tag.lastIndex);
      tag.lastIndex = end < 0 ? html.length : end;
      continue;
    }
    if (selfClosing || VOID.has(name) || IMPLIED_END.has(name)) continue;
    stack.push(name);
    if (stack.length > limit) return true;
  }
  return false;
}

/**
 * Extracts an HTML page's main text with Readability over linkedom (no script runs: linkedom has no script
 * engine and scripts, handlers and embeds are removed first) and its title, byline, date, URL and site name.
 * Throws HtmlNestingError for a page nested deeper than MAX_HTML_NESTING, in time proportional to its size.
 */
export function extractHtml(html: string): ExtractedHtml {
  if (nestsDeeperThan(html, MAX_HTML_NESTING)) throw new HtmlNestingError(MAX_HTML_NESTING);
  const meta = readMeta(parseDocument(html));
  const doc = parseDocument(html);
  for (const node of Array.from(doc.querySelectorAll(DROPPED))) node.remove();
  // Readability is typed against the DOM lib, which the Node build does not load; linkedom's document is compatible.
  const reader = new Readability<DomNode>(doc as never, { serializer: (node) => node as unknown as DomNode });
  const parsed = reader.parse();
  let paragraphs = parsed?.content ? collectBlocks(parsed.content) : [];
  if (paragraphs.length === 0) {
    const fallback = parseDocument(html);
    for (const node of Array.from(fallback.querySelectorAll(DROPPED))) node.remove();
    paragraphs = fallback.body ? collectBlocks(fallback.body) : [];
  }
  const title = meta.title ?? clean(parsed?.title ?? '');
  if (title) meta.title = title;
  if (!meta.byline && parsed?.byline) meta.byline = clean(parsed.byline);
  if (!meta.date && parsed?.publishedTime) meta.date = parsed.publishedTime;
  if (!meta.siteName && parsed?.siteName) meta.siteName = clean(parsed.siteName);
  const body = paragraphs.length > 0 && title && paragraphs[0] === title ? paragraphs.slice(1) : paragraphs;
  const text = [title, ...body].filter(Boolean).join('\n\n');
  return { text, meta };
}

/** Parses HTML into a linkedom document (a bare fragment is wrapped in a body). */
function parseDocument(html: string): DomDocument {
  const parse = (source: string): DomDocument =>
    (parseHTML(source) as unknown as { document: DomDocument }).document;
  return /<(?:html|body)[\s>]/i.test(html)
    ? parse(html)
    : parse(`<!doctype html><html><head></head><body>${html}</body></html>`);
}

/** Title, byline, date, canonical URL and site name from meta tags. */
function readMeta(doc: DomDocument): ArticleMeta {
  const attr = (selector: string, name = 'content'): string | undefined => {
    const value = doc.querySelector(selector)?.getAttribute(name);
    return value ? clean(value) || undefined : undefined;
  };
  const meta: ArticleMeta = {};
  const title =
    attr('meta[property="og:title"]') ??
    attr('meta[name="twitter:title"]') ??
    (clean(doc.title ?? '') || undefined);
  if (title) meta.title = title;
  const byline =
    attr('meta[name="author"]') ?? attr('meta[property="article:author"]') ?? attr('meta[name="byl"]');
  if (byline) meta.byline = byline;
  const date =
    attr('meta[property="article:published_time"]') ??
    attr('meta[name="date"]') ??
    attr('meta[name="pubdate"]') ??
    attr('meta[itemprop="datePublished"]') ??
    attr('time[datetime]', 'datetime');
  if (date) meta.date = date;
  const url = attr('link[rel="canonical"]', 'href') ?? attr('meta[property="og:url"]');
  if (url && /^https?:\/\//i.test(url)) meta.url = url;
  const siteName = attr('meta[property="og:site_name"]') ?? attr('meta[name="application-name"]');
  if (siteName) meta.siteName = siteName;
  return meta;
}

/** Text of each innermost block element, in document order, whitespace collapsed, empty ones dropped. */
function collectBlocks(root: DomNode): string[] {
  const out: string[] = [];
  let inline = '';
  const flush = (): void => {
    const text = clean(inline);
    if (text) out.push(text);
    inline = '';
  };
  const walk = (node: DomNode): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) inline += child.textContent ?? '';
      else if (child.nodeType === 1) {
        if (BLOCKS.has(child.nodeName.toUpperCase())) {
          flush();
          walk(child);
          flush();
        } else walk(child);
      }
    }
  };
  walk(root);
  flush();
  return out;
}

/** Collapses whitespace (including non-breaking spaces) and trims. */
function clean(text: string): string {
  return text.replace(/[\s\u00a0]+/gu, ' ').trim();
}
