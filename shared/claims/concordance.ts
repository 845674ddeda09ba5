import type { Article, Span } from '../article/model';
import { contentSpans } from '../text/content';
import { textLang } from '../text/lang';
import { words } from '../text/tokenize';

/** The parts of an article the concordance reads. */
export type ConcordanceSource = Pick<
  Article,
  'id' | 'text' | 'paragraphs' | 'boilerplate' | 'outlet' | 'language'
>;

/** One occurrence of the searched phrase. */
export interface ConcordanceHit {
  /** Article id. */
  article: string;
  /** Outlet id of the article. */
  outlet: string;
  start: number;
  end: number;
  /** Text before the match, within its paragraph, at most `context` characters, cut at a word boundary. */
  left: string;
  /** The matched text as written ("lignes rouges", "l'Ukraine" → "Ukraine"). */
  match: string;
  right: string;
}

/** Hits of a search, grouped by outlet, with counts per outlet. */
export interface ConcordanceResult {
  query: string;
  /** Sorted by outlet, then by article in index order, then by offset. */
  hits: ConcordanceHit[];
  perOutlet: Record<string, number>;
}

/** Options of `searchConcordance`. */
export interface SearchOptions {
  /** Characters of context on each side (default 60). */
  context?: number;
}

/** An indexed article: its words' stems and spans. */
interface IndexedArticle {
  source: ConcordanceSource;
  stems: string[];
  starts: number[];
  ends: number[];
  /** Zone number of each word; a phrase never spans two paragraphs. */
  zones: number[];
  /** The content zones (paragraphs minus boilerplate and header), which also bound the context. */
  spans: Span[];
}

/** Articles indexed for phrase search, insensitive to case, accents, inflection and elision. */
export interface ConcordanceIndex {
  articles: IndexedArticle[];
  /** Stem → flat list of (article index, word index) pairs. */
  postings: Map<string, number[]>;
}

/** Indexes the articles' content (boilerplate and date header left out) for `searchConcordance`. */
export function buildConcordance(articles: readonly ConcordanceSource[]): ConcordanceIndex {
  const indexed: IndexedArticle[] = [];
  const postings = new Map<string, number[]>();
  articles.forEach((source, articleIndex) => {
    const spans = contentSpans(source);
    const entry: IndexedArticle = { source, stems: [], starts: [], ends: [], zones: [], spans };
    spans.forEach(([from, to], zoneIndex) => {
      for (const token of words(source.text, from, to, textLang(source.language))) {
        const wordIndex = entry.stems.length;
        entry.stems.push(token.stem);
        entry.starts.push(token.start);
        entry.ends.push(token.end);
        entry.zones.push(zoneIndex);
        let list = postings.get(token.stem);
        if (!list) postings.set(token.stem, (list = []));
        list.push(articleIndex, wordIndex);
      }
    });
    indexed.push(entry);
  });
  return { articles: indexed, postings };
}

/** Finds a phrase in the indexed articles: "ligne rouge" also finds "Lignes rouges", "Ukraine" also "l'Ukraine". */
export function searchConcordance(
  index: ConcordanceIndex,
  phrase: string,
  options: SearchOptions = {},
): ConcordanceResult {
  const context = options.context ?? 60;
  const query = words(phrase).map((t) => t.stem);
  const hits: ConcordanceHit[] = [];
  if (query.length > 0) {
    const rarest = query.reduce(
      (best, stem, i) =>
        (index.postings.get(stem)?.length ?? 0) < (index.postings.get(query[best]!)?.length ?? 0) ? i : best,
      0,
    );
    const list = index.postings.get(query[rarest]!) ?? [];
    for (let p = 0; p < list.length; p += 2) {
      const entry = index.articles[list[p]!]!;
      const first = list[p + 1]! - rarest;
      if (first < 0 || first + query.length > entry.stems.length) continue;
      let ok = true;
      for (let k = 0; k < query.length && ok; k++) {
        ok = entry.stems[first + k] === query[k] && entry.zones[first + k] === entry.zones[first];
      }
      if (!ok) continue;
      const start = entry.starts[first]!;
      const end = entry.ends[first + query.length - 1]!;
      hits.push(hitAt(entry.source, entry.spans[entry.zones[first]!]!, start, end, context));
    }
  }
  const order = new Map(index.articles.map((a, i) => [a.source.id, i]));
  hits.sort(
    (a, b) =>
      a.outlet.localeCompare(b.outlet) || order.get(a.article)! - order.get(b.article)! || a.start - b.start,
  );
  const perOutlet: Record<string, number> = {};
  for (const hit of hits) perOutlet[hit.outlet] = (perOutlet[hit.outlet] ?? 0) + 1;
  return { query: phrase, hits, perOutlet };
}

/** Builds and searches in one go, for one-off queries. */
export function findPhrase(
  articles: readonly ConcordanceSource[],
  phrase: string,
  options: SearchOptions = {},
): ConcordanceResult {
  return searchConcordance(buildConcordance(articles), phrase, options);
}

/** Hits grouped by outlet, in the order of `result.hits`. */
export function groupHitsByOutlet(
  result: ConcordanceResult,
): { outlet: string; count: number; hits: ConcordanceHit[] }[] {
  const groups = new Map<string, ConcordanceHit[]>();
  for (const hit of result.hits) groups.set(hit.outlet, [...(groups.get(hit.outlet) ?? []), hit]);
  return [...groups.entries()].map(([outlet, hits]) => ({ outlet, count: hits.length, hits }));
}

/** A hit with its left and right context, kept within its zone (paragraph) and cut at word boundaries. */
function hitAt(
  source: ConcordanceSource,
  zone: Span,
  start: number,
  end: number,
  context: number,
): ConcordanceHit {
  const { text } = source;
  const from = Math.max(zone[0], start - context);
  const to = Math.min(zone[1], end + context);
  let left = text.slice(from, start);
  let right = text.slice(end, to);
  if (from > zone[0] && /\S/.test(text[from - 1]!)) left = left.replace(/^\S*\s?/, '');
  if (to < zone[1] && /\S/.test(text[to]!)) right = right.replace(/\s?\S*$/, '');
  return {
    article: source.id,
    outlet: source.outlet.id,
    start,
    end,
    left,
    match: text.slice(start, end),
    right,
  };
}
