import type { Span } from './model';

/** Metadata at the top of a text file: YAML front matter or plain `key: value` header lines. */
export interface FrontMatter {
  /** Where the metadata stands, line end included: never shown, compared or counted as prose. */
  span: Span;
  /** Field values by lowercase key, quotes stripped. */
  fields: Record<string, string>;
}

/** The keys read from plain header lines (YAML front matter takes any key). */
const HEADER_KEYS = new Set([
  'url',
  'link',
  'date',
  'published',
  'title',
  'source',
  'author',
  'byline',
  'outlet',
  'site',
  'publisher',
]);
const FIELD = /^([A-Za-z][\w-]{0,30})\s*:\s*(.*?)\s*$/u;
const FENCE = /^---[ \t]*$/u;
const FENCE_END = /^(?:---|\.\.\.)[ \t]*$/u;
/** Front matter longer than this many lines is not front matter. */
const MAX_LINES = 60;

/** Reads the YAML front matter (`---` … `---`) or the plain `key: value` header lines that open a text, if any. */
export function readFrontMatter(text: string): FrontMatter | undefined {
  const lines = linesWithEnds(text, MAX_LINES + 2);
  if (lines[0] && FENCE.test(lines[0].line)) {
    const fields: Record<string, string> = {};
    for (let i = 1; i < lines.length; i++) {
      const { line, end } = lines[i]!;
      if (FENCE_END.test(line)) return { span: [0, end], fields };
      const m = FIELD.exec(line);
      if (m?.[1] && m[2] !== undefined) fields[m[1].toLowerCase()] = unquote(m[2]);
      else if (line.trim() && !/^\s/u.test(line) && !line.startsWith('#') && !line.startsWith('- '))
        return undefined;
    }
    return undefined;
  }
  const fields: Record<string, string> = {};
  let end = 0;
  for (const { line, end: lineEnd } of lines) {
    const m = FIELD.exec(line);
    const key = m?.[1]?.toLowerCase();
    if (!key || !HEADER_KEYS.has(key) || !m?.[2]) break;
    fields[key] = unquote(m[2]);
    end = lineEnd;
  }
  return end > 0 ? { span: [0, end], fields } : undefined;
}

/** The first `limit` lines of `text` with the offset just past each one's line feed. */
function linesWithEnds(text: string, limit: number): { line: string; end: number }[] {
  const out: { line: string; end: number }[] = [];
  let start = 0;
  while (start < text.length && out.length < limit) {
    const lf = text.indexOf('\n', start);
    const stop = lf < 0 ? text.length : lf;
    out.push({ line: text.slice(start, stop), end: lf < 0 ? stop : lf + 1 });
    start = stop + 1;
  }
  return out;
}

/** A YAML scalar without its surrounding quotes. */
function unquote(value: string): string {
  const m = /^(["'])(.*)\1$/u.exec(value);
  return m ? m[2]! : value;
}
