import type { Article, Span } from '../article/model';
import type { Segment } from './types';

/** Whether links join paragraphs (the default, what the UI shows as rows) or single sentences. */
export type Granularity = 'paragraph' | 'sentence';

/** Words that take a period without ending a sentence, matched with their case ("M. Macron", "cf. p. 3"). */
const ABBREVIATIONS = new Set([
  ...'M MM Mme Mmes Mlle Mlles Me Dr Pr St Ste Mgr Gal Gén Col Cdt Lt Sgt Mr Mrs Ms Jr Sr Inc Ltd Corp Gov Sen Rep Gen No N°'.split(
    ' ',
  ),
  ...'av apr bd boul cf p pp vol al chap env n° tél fig vs janv févr avr juil déc'.split(' '),
]);

/** A run of sentence-final punctuation with the closing quotes or brackets after it (« … » takes a space before »). */
const SENTENCE_END = /[.!?…]+(?:["”»)\]’]|[ \u00A0\u202F][»”])*/gu;

/** Splits the segments of an article: its paragraphs minus boilerplate, trimmed, each with its sentences. */
export function segmentArticle(
  article: Article,
  side: 'a' | 'b',
  granularity: Granularity = 'paragraph',
): Segment[] {
  const { text } = article;
  const boilerplate = [...article.boilerplate].sort((x, y) => x[0] - y[0]);
  const segments: Segment[] = [];
  article.paragraphs.forEach((paragraph, index) => {
    for (const piece of subtractSpans(paragraph, boilerplate)) {
      const trimmed = trimSpan(text, piece);
      if (!trimmed) continue;
      const sentences = splitSentences(text, trimmed);
      const units = granularity === 'sentence' ? sentences.map((s) => [s]) : [sentences];
      for (const unit of units) {
        const first = unit[0];
        const last = unit[unit.length - 1];
        if (!first || !last) continue;
        segments.push({
          id: `${side}${segments.length}`,
          start: first[0],
          end: last[1],
          paragraph: index,
          sentences: unit,
        });
      }
    }
  });
  return segments;
}

/** The parts of `span` not covered by any of the sorted `holes`. */
export function subtractSpans(span: Span, holes: readonly Span[]): Span[] {
  const pieces: Span[] = [];
  let from = span[0];
  for (const [s, e] of holes) {
    if (e <= from || s >= span[1]) continue;
    if (s > from) pieces.push([from, s]);
    from = Math.max(from, e);
  }
  if (from < span[1]) pieces.push([from, span[1]]);
  return pieces;
}

/** `span` without leading and trailing whitespace, or undefined when nothing is left. */
export function trimSpan(text: string, span: Span): Span | undefined {
  let [s, e] = span;
  while (s < e && /\s/u.test(text[s] ?? '')) s++;
  while (e > s && /\s/u.test(text[e - 1] ?? '')) e--;
  return e > s ? [s, e] : undefined;
}

/**
 * Splits `text[span]` into sentences, French-aware: not after abbreviations ("M.") or initials, not inside numbers
 * ("100.000"), after closing quotes and guillemets, and at a sentence end glued to the next sentence ("minutes.Le").
 */
export function splitSentences(text: string, span: Span): Span[] {
  const [start, end] = span;
  const slice = text.slice(start, end);
  const cuts: number[] = [];
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(slice); m; m = SENTENCE_END.exec(slice)) {
    const after = m.index + m[0].length;
    if (after >= slice.length) break;
    if (isSentenceEnd(slice, m.index, after)) cuts.push(after);
  }
  const sentences: Span[] = [];
  let from = 0;
  for (const cut of [...cuts, slice.length]) {
    const trimmed = trimSpan(text, [start + from, start + cut]);
    if (trimmed) sentences.push(trimmed);
    from = cut;
  }
  return sentences;
}

/** After a sentence end: spaces, then a capital or a digit (maybe after an opening quote), or a dash between spaces. */
const SPACED_START = /\s+["«“(]?\s*[\p{Lu}\p{N}]|\s+[-–—]\s/uy;
/** Right after a sentence end, with no space: a capitalised word ("minutes.Le"). */
const GLUED_START = /["«“]?\p{Lu}\p{Ll}/uy;

/** True when the punctuation run `slice[index, after)` ends a sentence. */
function isSentenceEnd(slice: string, index: number, after: number): boolean {
  SPACED_START.lastIndex = after;
  let starts = SPACED_START.test(slice);
  if (!starts) {
    GLUED_START.lastIndex = after;
    starts = GLUED_START.test(slice) && /\p{Ll}{2}$|\d$/u.test(slice.slice(Math.max(0, index - 2), index));
  }
  if (!starts) return false;
  if (slice[index] !== '.' || slice.startsWith('..', index)) return true;
  const word = /[\p{L}°]+$/u.exec(slice.slice(Math.max(0, index - 12), index))?.[0] ?? '';
  if (ABBREVIATIONS.has(word)) return false;
  if (/^\p{Lu}$/u.test(word)) return false;
  return true;
}
