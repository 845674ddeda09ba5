import { compareDates } from '../article/body';
import type { Article } from '../article/model';
import { outletLabel } from '../compare/compare';

/** Longest file name suggested, extension excluded (file systems allow 255 bytes; accents take two). */
const MAX_BASE_LENGTH = 120;

/**
 * The file name an export suggests: `2021-12 Reuters vs Sputnik - <title>.pdf`, with the earlier article's date at
 * its known precision and its title (else the other's, else its file name); characters that file systems refuse
 * are replaced.
 */
export function suggestExportName(a: Article, b: Article, ext: string): string {
  const earlier = earlierOf(a, b);
  const later = earlier === a ? b : a;
  const title = earlier.title ?? later.title ?? fileLabel(earlier.id);
  const label = (x: Article, y: Article): string =>
    outletLabel(x, y).replace(/\.(?:txt|md|markdown|html?)\b/giu, '');
  const head = [earlier.date, `${label(a, b)} vs ${label(b, a)}`].filter(Boolean).join(' ');
  const base = clip(safeName(`${head} - ${title}`), MAX_BASE_LENGTH);
  const extension = ext.replace(/^\.+/, '');
  return extension ? `${base}.${extension}` : base;
}

/** The article published first; A when the dates cannot tell (or neither is dated), the dated one when only one is. */
function earlierOf(a: Article, b: Article): Article {
  if (a.date && b.date) return compareDates(b.date, a.date) < 0 ? b : a;
  return a.date || !b.date ? a : b;
}

/** A name without the characters Windows, macOS or Linux refuse, on one line, without trailing dots. */
function safeName(name: string): string {
  const printable = [...name.normalize('NFC')]
    .map((c) => (c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127 ? ' ' : c))
    .join('');
  return printable
    .replace(/\s*:\s*/g, ' - ')
    .replace(/[<>"/\\|?*]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/(?:\s*-\s*)+$/, '')
    .replace(/[\s.]+$/, '')
    .trim();
}

/** Cuts a name at a word boundary to at most `max` characters, with an ellipsis. */
function clip(name: string, max: number): string {
  if (name.length <= max) return name;
  const cut = name.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s.,;-]+$/, '')}…`;
}

/** The file name of an article id without folders and extension. */
function fileLabel(id: string): string {
  return (id.split('/').pop() ?? id).replace(/\.[^.]+$/, '');
}
