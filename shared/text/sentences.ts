import type { Span } from '../article/model';
import type { TextLang } from './lang';
import { trimSpan } from './spans';

/** Words that take a period without ending a sentence, per language, matched with their case ("M. Macron", "cf. p. 3"). */
const ABBREVIATIONS: Record<TextLang, ReadonlySet<string>> = {
  fr: new Set([
    ...'M MM Mme Mmes Mlle Mlles Me Dr Pr St Ste Mgr Gal Gén Col Cdt Lt Sgt Gl No N°'.split(' '),
    ...'av apr bd boul cf p pp vol al chap env n° tél fig vs etc janv févr avr juil sept oct nov déc art'.split(
      ' ',
    ),
  ]),
  en: new Set([
    ...'Mr Mrs Ms Dr Prof St Jr Sr Inc Ltd Corp Co Gov Sen Rep Gen Col Lt Sgt Capt Adm No Mt Ft'.split(' '),
    ...'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec vs etc cf p pp vol fig approx est dept'.split(' '),
  ]),
};
/** Both lists, for text whose language is not known. */
const ANY_ABBREVIATION: ReadonlySet<string> = new Set([...ABBREVIATIONS.fr, ...ABBREVIATIONS.en]);

/** A run of sentence-final punctuation with the closing quotes or brackets after it (« … » takes a space before »). */
const SENTENCE_END = /[.!?…]+(?:["”»)\]’]|[ \u00A0\u202F][»”])*/gu;
/** A heading glued to its paragraph without punctuation: a lowercase word run straight into a capitalised one ("russesDans"). */
const GLUED_HEADING = /\p{Ll}{4}(?=\p{Lu}\p{Ll})/gu;

/**
 * The one sentence splitter: splits `text[span]` into trimmed sentences, not after the language's abbreviations
 * ("M.", "Feb.") or initials, not inside numbers ("100.000", "2.5"), URLs or e-mail addresses, after closing quotes
 * and guillemets, at a sentence end glued to the next sentence ("minutes.Le") and at a heading glued to its paragraph.
 */
export function splitSentences(text: string, span: Span, lang?: TextLang): Span[] {
  const [start, end] = span;
  const slice = text.slice(start, end);
  const abbreviations = lang ? ABBREVIATIONS[lang] : ANY_ABBREVIATION;
  const cuts: number[] = [];
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(slice); m; m = SENTENCE_END.exec(slice)) {
    const after = m.index + m[0].length;
    if (after >= slice.length) break;
    if (isSentenceEnd(slice, m.index, after, abbreviations)) cuts.push(after);
  }
  GLUED_HEADING.lastIndex = 0;
  for (let m = GLUED_HEADING.exec(slice); m; m = GLUED_HEADING.exec(slice)) {
    if (!isInsideUrl(slice, m.index)) cuts.push(m.index + m[0].length);
  }
  cuts.sort((x, y) => x - y);
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
function isSentenceEnd(
  slice: string,
  index: number,
  after: number,
  abbreviations: ReadonlySet<string>,
): boolean {
  SPACED_START.lastIndex = after;
  let starts = SPACED_START.test(slice);
  if (!starts) {
    GLUED_START.lastIndex = after;
    starts =
      GLUED_START.test(slice) &&
      /\p{Ll}{2}$|\d$/u.test(slice.slice(Math.max(0, index - 2), index)) &&
      !isInsideUrl(slice, index);
  }
  if (!starts) return false;
  if (slice[index] !== '.' || slice.startsWith('..', index)) return true;
  const word = /[\p{L}°]+$/u.exec(slice.slice(Math.max(0, index - 12), index))?.[0] ?? '';
  if (abbreviations.has(word)) return false;
  if (/^\p{Lu}$/u.test(word)) return false;
  return true;
}

/** True when offset `index` of `slice` is inside a URL or an e-mail address. */
function isInsideUrl(slice: string, index: number): boolean {
  const word = /\S*$/u.exec(slice.slice(Math.max(0, index - 60), index))?.[0] ?? '';
  return /[/@]|www/.test(word);
}
