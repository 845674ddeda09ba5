import type { Segment } from './types';
import { matchKey } from '../text/fold';
import type { TextLang } from '../text/lang';
import { isWordToken, tokenize, type Token } from '../text/tokenize';

/** One side of a comparison ready for alignment: its tokens per segment and the stream of its words as ids. */
export interface PreparedSide {
  text: string;
  /** The article's language, when the text layer has rules for it. */
  lang?: TextLang;
  segments: Segment[];
  /** All tokens of each segment, punctuation included. */
  tokens: Token[][];
  /** Word tokens of the whole side in order, as vocabulary ids shared by both sides. */
  ids: Int32Array;
  /** Segment index of each entry of `ids`. */
  seg: Int32Array;
  /** Index in `ids` of each segment's first word; one extra entry at the end. */
  segFirst: Int32Array;
  /** Token (in `tokens[seg]`) of each entry of `ids`. */
  tokenIndex: Int32Array;
  /** The match key of each vocabulary id, shared by both sides. */
  vocabulary: string[];
}

/** Tokenizes both sides and maps their words to shared ids (case, accents and typography folded). */
export function prepareSides(
  a: { text: string; segments: Segment[]; lang?: TextLang },
  b: { text: string; segments: Segment[]; lang?: TextLang },
): [PreparedSide, PreparedSide] {
  const vocabulary: Vocabulary = { ids: new Map(), keys: [], raw: new Map() };
  return [prepareSide(a, vocabulary), prepareSide(b, vocabulary)];
}

/** Words seen so far: ids by match key, match keys by id, ids by surface form. */
interface Vocabulary {
  ids: Map<string, number>;
  keys: string[];
  raw: Map<string, number>;
}

/** Tokenizes one side, adding its words to the shared vocabulary. */
function prepareSide(
  { text, segments, lang }: { text: string; segments: Segment[]; lang?: TextLang },
  vocabulary: Vocabulary,
): PreparedSide {
  const tokens = segments.map((s) => tokenize(text, s.start, s.end, lang));
  let words = 0;
  for (const list of tokens) for (const t of list) if (isWordToken(t)) words++;
  const ids = new Int32Array(words);
  const seg = new Int32Array(words);
  const tokenIndex = new Int32Array(words);
  const segFirst = new Int32Array(segments.length + 1);
  let n = 0;
  tokens.forEach((list, s) => {
    segFirst[s] = n;
    list.forEach((t, i) => {
      if (!isWordToken(t)) return;
      const surface = text.slice(t.start, t.end);
      let id = vocabulary.raw.get(surface);
      if (id === undefined) {
        const key = matchKey(surface);
        id = vocabulary.ids.get(key);
        if (id === undefined) {
          id = vocabulary.keys.length;
          vocabulary.ids.set(key, id);
          vocabulary.keys.push(key);
        }
        vocabulary.raw.set(surface, id);
      }
      ids[n] = id;
      seg[n] = s;
      tokenIndex[n] = i;
      n++;
    });
  });
  segFirst[segments.length] = n;
  const side: PreparedSide = {
    text,
    segments,
    tokens,
    ids,
    seg,
    segFirst,
    tokenIndex,
    vocabulary: vocabulary.keys,
  };
  if (lang) side.lang = lang;
  return side;
}

/** Number of words in segment `s` of a prepared side. */
export function segmentWords(side: PreparedSide, s: number): number {
  return (side.segFirst[s + 1] ?? 0) - (side.segFirst[s] ?? 0);
}
