import { fold } from '../text/fold';
import { stopWords } from '../text/stop-words';
import type { Span } from './model';

/** Result of paragraph segmentation: the spans and how many glued joins were split. */
export interface Segmentation {
  paragraphs: Span[];
  /** Number of boundaries found inside a source line (glued paragraphs). */
  gluedSplits: number;
}

const TERMINAL = '.!?…';
const CLOSING = '"”»)';
const OPENING = '"«“';
/** A sentence end directly followed (no space) by a capitalised word: "minutes.Le", `colossale".Le`, `dit."Le`. */
const SENTENCE_GLUE = /[.!?…]["”»)]?(?=["«“]?\p{Lu}[\p{Ll}'’])/gu;
const MAX_HEADING_WORDS = 10;
/** What a heading glued to its paragraph starts with. */
const HEADING_START = /^[\p{Lu}\p{N}"«“]/u;
/** Words that commonly open a paragraph; a one-word heading is split only before one of these. */
const OPENING_WORDS = stopWords('opening');

/** Splits `text` from `from` on into trimmed paragraph spans, including paragraphs glued together in the source. */
export function segmentParagraphs(text: string, from = 0): Segmentation {
  const paragraphs: Span[] = [];
  let gluedSplits = 0;
  const glue = glueFinder(text);
  for (const block of splitBlocks(text, from)) {
    for (const line of splitBlockLines(text, block)) {
      // Most lines hold no glue: one search over the whole text finds the few that may, and only those are parsed.
      const pieces = glue(line[0]) < line[1] ? splitGlued(text, line) : splitHeading(text, line);
      gluedSplits += pieces.length - 1;
      paragraphs.push(...pieces);
    }
  }
  return { paragraphs, gluedSplits };
}

/** Runs of non-blank lines, trimmed, as spans. */
function splitBlocks(text: string, from: number): Span[] {
  const blocks: Span[] = [];
  const blank = /\n[ \t\f\v\u00a0\u2000-\u200b\u3000]*(?:\n|$)/g;
  let start = from;
  blank.lastIndex = from;
  for (let m = blank.exec(text); m; m = blank.exec(text)) {
    pushTrimmed(text, start, m.index, blocks);
    start = m.index + m[0].length;
    blank.lastIndex = start;
  }
  pushTrimmed(text, start, text.length, blocks);
  return blocks;
}

/** Adds `[start, end)` without its surrounding whitespace, unless empty. */
function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push([s, e]);
}

/** True for whitespace characters, line breaks included. */
function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x202f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Splits a block into paragraphs at its line breaks: hard-wrapped prose (lines of similar width) stays one
 * paragraph; otherwise each line is a paragraph, except that a line continuing the sentence before it (starting
 * in lowercase after a line without a sentence end) is joined to it.
 */
function splitBlockLines(text: string, block: Span): Span[] {
  const lines: Span[] = [];
  let start = block[0];
  for (let i = text.indexOf('\n', start); i !== -1 && i < block[1]; i = text.indexOf('\n', i + 1)) {
    pushTrimmed(text, start, i, lines);
    start = i + 1;
  }
  pushTrimmed(text, start, block[1], lines);
  if (lines.length <= 1) return lines;
  if (isHardWrapped(lines)) return [[lines[0]![0], lines[lines.length - 1]![1]]];
  const out: Span[] = [];
  for (const line of lines) {
    const previous = out[out.length - 1];
    if (previous && continuesSentence(text, previous, line)) out[out.length - 1] = [previous[0], line[1]];
    else out.push(line);
  }
  return out;
}

/** True when all lines but the last have nearly the same width, as in text wrapped at a fixed column. */
function isHardWrapped(lines: Span[]): boolean {
  if (lines.length < 3) return false;
  const widths = lines.slice(0, -1).map(([s, e]) => e - s);
  const max = Math.max(...widths);
  const min = Math.min(...widths);
  return max <= 120 && min >= 40 && max - min <= max * 0.25;
}

/** True when `line` continues the sentence of `previous` (no sentence end before, lowercase or digit after). */
function continuesSentence(text: string, previous: Span, line: Span): boolean {
  const last = text[previous[1] - 1] ?? '';
  if (TERMINAL.includes(last) || CLOSING.includes(last) || last === ':') return false;
  return /^[\p{Ll}\p{N},;]/u.test(text[line[0]] ?? '');
}

/**
 * Where the next sentence glue of `text` starts at or after an offset (Infinity when none), for offsets asked in
 * increasing order: the search runs once over the text, resumed only past the last glue found. A glue found across
 * a line's end is only a candidate: `splitGlued` decides within the line.
 */
function glueFinder(text: string): (from: number) => number {
  const pattern = new RegExp(SENTENCE_GLUE.source, 'gu');
  let next = -1;
  return (from) => {
    if (next >= from) return next;
    pattern.lastIndex = from;
    next = pattern.exec(text)?.index ?? Infinity;
    return next;
  };
}

/** Splits one source line at glued paragraph boundaries; offsets stay exact. */
function splitGlued(text: string, line: Span): Span[] {
  const [start, end] = line;
  const cuts = new Set<number>();
  const slice = text.slice(start, end);
  const quotes = { counted: 0, open: false };
  SENTENCE_GLUE.lastIndex = 0;
  for (let m = SENTENCE_GLUE.exec(slice); m; m = SENTENCE_GLUE.exec(slice)) {
    for (; quotes.counted < m.index; quotes.counted++)
      if (slice.charCodeAt(quotes.counted) === 34) quotes.open = !quotes.open;
    const cut = sentenceCut(slice, m.index, m[0].length, quotes.open);
    if (cut !== undefined) cuts.add(start + cut);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const pieces: Span[] = [];
  let from = start;
  for (const cut of [...sorted, end]) {
    pieces.push(...splitHeading(text, [from, cut]));
    from = cut;
  }
  return pieces.filter(([s, e]) => e > s);
}

/** Where to cut a sentence glue found at `index` (terminal + optional quote), or undefined if it is not one; `quoteOpen` tells whether a straight double quote is open there. */
function sentenceCut(slice: string, index: number, length: number, quoteOpen: boolean): number | undefined {
  const terminal = slice[index] ?? '';
  if (!TERMINAL.includes(terminal)) return undefined;
  if (!precededByWord(slice, index)) return undefined;
  let cut = index + length;
  const next = slice[cut] ?? '';
  const closer = length > 1 ? (slice[index + 1] ?? '') : '';
  if (closer === '"' && !quoteOpen) cut = index + 1;
  else if (OPENING.includes(next) && next !== '"' && closer === '') cut = index + 1;
  return cut;
}

/** True when the terminal at `index` ends a word of two or more lowercase letters, or a number ("2014.La"). */
function precededByWord(slice: string, index: number): boolean {
  const before = slice.slice(Math.max(0, index - 3), index);
  return /(?:\p{Ll}{2}|\p{N}|[)"”»’])$/u.test(before);
}

/** Splits a short heading glued to the start of its paragraph ("Propositions russesDans…"). */
function splitHeading(text: string, piece: Span): Span[] {
  const [start, end] = piece;
  // A heading starts with a capital, a digit or a quote: most paragraphs are ruled out by their first character.
  if (!HEADING_START.test(text.slice(start, start + 2))) return [piece];
  const cut = findHeadingGlue(text, start, Math.min(end, start + 160));
  if (cut === undefined) return [piece];
  const heading = text.slice(start, cut);
  const words = heading.split(/\s+/).filter(Boolean);
  if (words.length > MAX_HEADING_WORDS) return [piece];
  const lastWord = words[words.length - 1] ?? '';
  const nextWord = /^\p{L}+/u.exec(text.slice(cut, cut + 40))?.[0] ?? '';
  if (!/^\p{Ll}+$/u.test(lastWord) && !(words.length === 1 && OPENING_WORDS.has(fold(nextWord))))
    return [piece];
  return [
    [start, cut],
    [cut, end],
  ];
}

/**
 * Offset of the first capital that follows three lowercase letters and precedes a lowercase one ("russes|Dans"),
 * searched from `start` up to `limit`; undefined if none comes before punctuation that a heading would not hold,
 * or before the heading would have more than MAX_HEADING_WORDS words (counted at plain spaces, tabs and line breaks,
 * never more than `\s+` would split).
 */
function findHeadingGlue(text: string, start: number, limit: number): number | undefined {
  let lowerRun = 0;
  let words = 1;
  let afterSpace = false;
  for (let i = start; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || (code >= 9 && code <= 13) || code === 0xa0) {
      afterSpace = true;
      lowerRun = 0;
      continue;
    }
    if (afterSpace) {
      afterSpace = false;
      if (++words > MAX_HEADING_WORDS) return undefined;
    }
    if (
      code === 46 ||
      code === 44 ||
      code === 58 ||
      code === 59 ||
      code === 33 ||
      code === 63 ||
      code === 0x2026
    ) {
      return undefined;
    }
    const kind = letterCase(code);
    if (kind === UPPER) {
      if (lowerRun >= 3 && i + 1 < limit && letterCase(text.charCodeAt(i + 1)) === LOWER) return i;
      lowerRun = 0;
    } else lowerRun = kind === LOWER ? lowerRun + 1 : 0;
  }
  return undefined;
}

const LOWER = 1;
const UPPER = 2;
/** Letter case of the first code points (Latin scripts), computed once. */
const CASE_TABLE = Uint8Array.from({ length: 0x250 }, (_, code) => caseOf(String.fromCharCode(code)));

/** LOWER, UPPER or 0 for a UTF-16 code unit. */
function letterCase(code: number): number {
  return code < CASE_TABLE.length ? CASE_TABLE[code]! : caseOf(String.fromCharCode(code));
}

/** LOWER, UPPER or 0 for a character, by its Unicode category. */
function caseOf(ch: string): number {
  return /\p{Ll}/u.test(ch) ? LOWER : /\p{Lu}/u.test(ch) ? UPPER : 0;
}
