import { contentSpans, contentWords } from '../text/content';
import { quotedWords } from '../text/quotes';
import type { FoldedWords } from '../text/tokenize';
import { compareDates } from './body';
import type { Article, AuthorshipMark, ReuseEvidence, ReuseFigure, Span, Story } from './model';
import { defaultOutletRules } from './outlet-rules';
import { shingleHash } from './shingles';

import { MIN_REUSE_SHARE, MIN_RUN_WORDS } from './reuse-figures';

export { MIN_REUSE_SHARE, MIN_RUN_WORDS };

/**
 * The text spans two articles share verbatim, on each side: runs of MIN_RUN_WORDS words or more outside quotation
 * marks. Words both take from one quoted statement are quotation, not copying, and never count as reuse.
 */
export interface VerbatimCoverage {
  /** Spans of `a`'s body found in `b`, merged, in order. */
  a: Span[];
  /** Spans of `b`'s body found in `a`, merged, in order. */
  b: Span[];
  /** Share (0–1) of `a`'s body words found in `b`. */
  shareA: number;
  /** Share (0–1) of `b`'s body words found in `a`. */
  shareB: number;
  /** Share (0–1) of `a`'s body words in runs both take from inside quotation marks (quotation, not reuse). */
  quotedShareA: number;
  /** Share (0–1) of `b`'s body words in runs both take from inside quotation marks. */
  quotedShareB: number;
}

/** Finds the verbatim runs two articles share and the share of each body they cover. */
export function measureCoverage(a: Article, b: Article): VerbatimCoverage {
  const sa = runShingles(a);
  const sb = runShingles(b);
  const coveredA = coverBy(sa, sb, true);
  const coveredB = coverBy(sb, sa, true);
  const quotedA = coverBy(sa, sb, false);
  const quotedB = coverBy(sb, sa, false);
  return {
    a: toSpans(sa.tokens, coveredA),
    b: toSpans(sb.tokens, coveredB),
    shareA: share(sa.tokens, coveredA),
    shareB: share(sb.tokens, coveredB),
    quotedShareA: share(sa.tokens, quotedA),
    quotedShareB: share(sb.tokens, quotedB),
  };
}

/** An article's body words with the hash of each run of MIN_RUN_WORDS words and where each hash first occurs. */
interface RunShingles {
  tokens: FoldedWords;
  hashes: Uint32Array;
  firstAt: Map<number, number>;
  /** Where each hash of a run with quoted words first occurs. */
  quotedFirstAt: Map<number, number>;
  /** Whether the run starting at each word is prose: none of its words inside quotation marks. */
  prose: Uint8Array;
}

const shingleCache = new WeakMap<Article, RunShingles>();

/** The run shingles of an article's body (cached per article object, so each pair costs one pass). */
function runShingles(article: Article): RunShingles {
  let cached = shingleCache.get(article);
  if (!cached) {
    const tokens = contentWords(article);
    const count = Math.max(0, tokens.words.length - MIN_RUN_WORDS + 1);
    const hashes = new Uint32Array(count);
    const firstAt = new Map<number, number>();
    const quotedFirstAt = new Map<number, number>();
    const quoted = quotedWords(article.text, contentSpans(article), tokens.starts);
    const prose = new Uint8Array(count);
    let quotedInRun = 0;
    for (let i = 0; i < tokens.words.length; i++) {
      quotedInRun += quoted[i]!;
      if (i >= MIN_RUN_WORDS) quotedInRun -= quoted[i - MIN_RUN_WORDS]!;
      if (i >= MIN_RUN_WORDS - 1 && quotedInRun === 0) prose[i - MIN_RUN_WORDS + 1] = 1;
    }
    for (let i = 0; i < count; i++) {
      const h = shingleHash(tokens.hashes, i, MIN_RUN_WORDS);
      hashes[i] = h;
      const first = prose[i] ? firstAt : quotedFirstAt;
      if (!first.has(h)) first.set(h, i);
    }
    cached = { tokens, hashes, firstAt, quotedFirstAt, prose };
    shingleCache.set(article, cached);
  }
  return cached;
}

/**
 * Marks the words of `target` inside runs of MIN_RUN_WORDS words that also occur in `other`: prose runs (no quoted
 * word) when `prose`, else runs with quoted words, each matched against the same kind of run in `other`.
 */
function coverBy(target: RunShingles, other: RunShingles, prose: boolean): Uint8Array {
  const covered = new Uint8Array(target.tokens.words.length);
  const firstAt = prose ? other.firstAt : other.quotedFirstAt;
  for (let i = 0; i < target.hashes.length; i++) {
    if (Boolean(target.prose[i]) !== prose) continue;
    const at = firstAt.get(target.hashes[i]!);
    if (at === undefined || !sameWords(target.tokens.words, i, other.tokens.words, at, MIN_RUN_WORDS))
      continue;
    covered.fill(1, i, i + MIN_RUN_WORDS);
  }
  return covered;
}

/** True when `k` words from `i` in `x` equal `k` words from `j` in `y` (guards against hash collisions). */
function sameWords(x: string[], i: number, y: string[], j: number, k: number): boolean {
  for (let n = 0; n < k; n++) if (x[i + n] !== y[j + n]) return false;
  return true;
}

/** Share of word characters covered. */
function share(tokens: FoldedWords, covered: Uint8Array): number {
  let total = 0;
  let hit = 0;
  for (let i = 0; i < tokens.words.length; i++) {
    const length = tokens.ends[i]! - tokens.starts[i]!;
    total += length;
    if (covered[i]) hit += length;
  }
  return total === 0 ? 0 : hit / total;
}

/** Covered words as merged text spans (a run continues across the spaces and punctuation between its words). */
function toSpans(tokens: FoldedWords, covered: Uint8Array): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < covered.length) {
    if (!covered[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < covered.length && covered[j + 1]) j++;
    spans.push([tokens.starts[i]!, tokens.ends[j]!]);
    i = j + 1;
  }
  return spans;
}

/** Reuse figures for a pair: the share of each body found in the other, and which one is the likely source and why. */
export function measureReuse(a: Article, b: Article): ReuseFigure {
  const coverage = measureCoverage(a, b);
  if (coverage.shareA < MIN_REUSE_SHARE && coverage.shareB < MIN_REUSE_SHARE) {
    return {
      source: a.id,
      target: b.id,
      share: coverage.shareB,
      sourceShare: coverage.shareA,
      direction: 'undetermined',
      evidence: [
        Math.max(coverage.quotedShareA, coverage.quotedShareB) >= MIN_REUSE_SHARE
          ? {
              code: 'quotes-same-statement',
              share: coverage.quotedShareB,
              sourceShare: coverage.quotedShareA,
            }
          : { code: 'no-verbatim-run', minWords: MIN_RUN_WORDS },
      ],
    };
  }
  const decision = decideSource(a, b);
  const [source, target] = decision.source === 'b' ? [b, a] : [a, b];
  const sourceIsA = source === a;
  return {
    source: source.id,
    target: target.id,
    share: sourceIsA ? coverage.shareB : coverage.shareA,
    sourceShare: sourceIsA ? coverage.shareA : coverage.shareB,
    direction: decision.source === undefined ? 'undetermined' : 'determined',
    evidence: decision.evidence,
  };
}

/** Which of two articles sharing text is the likely source, from dates, datelines, credits and citations. */
function decideSource(a: Article, b: Article): { source?: 'a' | 'b'; evidence: ReuseEvidence[] } {
  if (a.date && b.date) {
    const order = compareDates(a.date, b.date);
    if (order !== 0) {
      const [first, second] = order < 0 ? [a, b] : [b, a];
      return {
        source: order < 0 ? 'a' : 'b',
        evidence: [
          {
            code: 'dated-earlier',
            article: first.id,
            date: first.date ?? '',
            other: second.id,
            otherDate: second.date ?? '',
          },
        ],
      };
    }
  }
  const evidence: ReuseEvidence[] = [
    a.date && b.date
      ? { code: 'dates-indistinct', date: a.date, otherDate: b.date }
      : { code: 'date-missing' },
  ];
  const citesB = cites(a, b);
  const citesA = cites(b, a);
  if (citesA && !citesB)
    return { source: 'a', evidence: [...evidence, { code: 'cites', article: b.id, outlet: a.outlet.name }] };
  if (citesB && !citesA)
    return { source: 'b', evidence: [...evidence, { code: 'cites', article: a.id, outlet: b.outlet.name }] };
  const authorshipA = authorship(a);
  const authorshipB = authorship(b);
  if (authorshipA && !authorshipB) {
    return {
      source: 'a',
      evidence: [
        ...evidence,
        { code: 'authorship', article: a.id, outlet: a.outlet.name, marks: authorshipA, other: b.id },
      ],
    };
  }
  if (authorshipB && !authorshipA) {
    return {
      source: 'b',
      evidence: [
        ...evidence,
        { code: 'authorship', article: b.id, outlet: b.outlet.name, marks: authorshipB, other: a.id },
      ],
    };
  }
  evidence.push(authorshipA && authorshipB ? { code: 'both-authored' } : { code: 'no-authorship' });
  return { evidence };
}

/** The article's own statements of original reporting (a wire dateline, its own credits, a wire slug), if any. */
function authorship(article: Article): AuthorshipMark[] | undefined {
  const marks: AuthorshipMark[] = [];
  const evidence = article.outlet.source === 'rule' ? (article.outlet.evidence ?? '') : '';
  if (article.dateline && /dateline/.test(evidence)) marks.push('dateline');
  if (article.credits && !namesOtherOutlet(article.credits, article)) marks.push('credits');
  if (/slug/.test(evidence)) marks.push('slug');
  return marks.length > 0 ? marks : undefined;
}

/** True when credits name an agency other than the article's own outlet ("Le Monde avec AFP"). */
function namesOtherOutlet(credits: string, article: Article): boolean {
  return defaultOutletRules.outlets.some(
    (o) =>
      o.id !== article.outlet.id &&
      new RegExp(`(?<![\\p{L}])${escapeRegExp(o.name)}(?![\\p{L}])`, 'u').test(credits),
  );
}

/** `text` with regular-expression metacharacters escaped. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True when `citing`'s body or credits name `cited`'s outlet (e.g. "selon Reuters", "Le Monde avec AFP") and they are different outlets. */
function cites(citing: Article, cited: Article): boolean {
  if (cited.outlet.id === 'unknown' || cited.outlet.id === citing.outlet.id) return false;
  const pattern = new RegExp(`(?<![\\p{L}])${escapeRegExp(cited.outlet.name)}(?![\\p{L}])`, 'u');
  return (
    (citing.credits !== undefined && pattern.test(citing.credits)) ||
    contentSpans(citing).some(([s, e]) => pattern.test(citing.text.slice(s, e)))
  );
}

/** Reuse figures for every pair of articles within each story, pairs without any verbatim run left out. */
export function computeReuse(articles: readonly Article[], stories: readonly Story[]): ReuseFigure[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const figures: ReuseFigure[] = [];
  for (const story of stories) {
    const members = story.articles
      .map((id) => byId.get(id))
      .filter((a): a is Article => a !== undefined)
      .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const figure = measureReuse(members[i]!, members[j]!);
        if (figure.share > 0 || figure.sourceShare > 0) figures.push(figure);
      }
    }
  }
  return figures;
}
