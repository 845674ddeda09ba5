import type { Article } from '../../shared/article/model';
import { buildConcordance, searchConcordance } from '../../shared/claims/concordance';
import { extractClaims } from '../../shared/claims/extract';
import { matchClaims } from '../../shared/claims/match';
import { words } from '../../shared/text/tokenize';
import { articleFromText } from '../helpers/claims-article';
import { NUMBER_STYLES, renderNumber } from '../helpers/number-styles';
import type { BenchRow } from './types';
import { random } from '../helpers/random';

const ARTICLES = 2000;
const QUERIES = 400;
/** Selection sizes claim matching is timed on, for its growth exponent. */
const MATCH_SELECTIONS = [100, 1000, 5000] as const;
const OUTLETS = ['gazette', 'courrier', 'echo', 'veilleur', 'depeche'];
const PLACES = ['Lorient', 'Brest', 'Nantes', 'Lyon', 'Oslo', 'Lisbonne', 'Vienne', 'Varsovie'];
const PEOPLE = [
  'Anne Kervella',
  'Marc Olivier',
  'Paul Dufresne',
  'Marie Caradec',
  'Yann Morvan',
  'Erik Solvang',
];
const UNITS = ['pompiers', 'soldats', 'manifestants', 'hectares', 'navires', 'minutes', 'euros', 'foyers'];
const QUALIFIERS = ['', 'plus de ', 'près de ', 'quelque ', 'environ ', 'au moins ', "jusqu'à "];
const VAGUE = ['des dizaines de milliers de', 'une cinquantaine de', 'des centaines de', 'une centaine de'];
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'septembre'];
const VERBS = ['a déclaré', 'a indiqué', 'a ajouté', 'a affirmé', 'a précisé'];
const PHRASES = [
  'ligne rouge',
  'lignes rouges',
  'Lorient',
  'état d’urgence',
  'le maire',
  'réunion de crise',
  'pompiers',
  'quais',
];

/** One item of a list. */
function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

/** A generated local-news article (about 2.5 KB): counts in every style, dates, times, quotes, names. */
function generate(index: number): Article {
  const rand = random(index + 1);
  const place = pick(rand, PLACES);
  const paragraphs: string[] = [];
  for (let p = 0; p < 12; p++) {
    const n = Math.floor(rand() * 200_000) + 2;
    const style = pick(rand, NUMBER_STYLES);
    const value = style === 'fr-words' ? n % 1000 : n;
    const person = pick(rand, PEOPLE);
    const sentences = [
      `À ${place}, ${pick(rand, QUALIFIERS)}${renderNumber(value, style)} ${pick(rand, UNITS)} ont été mobilisés ${pick(rand, ['jeudi', 'mardi', 'hier'])}.`,
      `"Nous tiendrons la ${pick(rand, ['ligne rouge', 'promesse', 'cadence'])} fixée", ${pick(rand, VERBS)} ${person}.`,
      `Une réunion de crise doit se tenir le ${1 + Math.floor(rand() * 28)} ${pick(rand, MONTHS)} à la préfecture, vers ${10 + Math.floor(rand() * 10)}h${String(Math.floor(rand() * 60)).padStart(2, '0')}.`,
      `Selon la préfecture, ${pick(rand, VAGUE)} ${pick(rand, UNITS)} sont concernés, pour la deuxième fois ce mois-ci.`,
    ];
    paragraphs.push(sentences.slice(0, 2 + Math.floor(rand() * 3)).join(' '));
  }
  const text = ` date 2023-0${1 + (index % 9)} ${paragraphs.join('\n\n')}\n`;
  const outlet = OUTLETS[index % OUTLETS.length]!;
  return articleFromText(`bench/${index}.txt`, text, {
    outlet: { id: outlet, name: outlet, source: 'rule' },
  });
}

/** Median and 95th percentile of durations. */
function percentiles(samples: number[]): { p50: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: at(0.5), p95: at(0.95) };
}

/** Heap used, in MB. */
function heapMB(): number {
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

/** Claims extraction over 2,000 generated articles, and phrase-search latency over their concordance index. */
export default async function bench(): Promise<BenchRow[]> {
  const articles = Array.from({ length: ARTICLES }, (_, i) => generate(i));
  const megabytes = articles.reduce((n, a) => n + a.text.length, 0) / 1e6;
  const size = `${ARTICLES} articles, ${megabytes.toFixed(1)} MB`;

  let started = performance.now();
  let tokens = 0;
  for (const a of articles) tokens += words(a.text).length;
  const tokenizeMs = performance.now() - started;

  const heapBefore = heapMB();
  started = performance.now();
  let claims = 0;
  for (const a of articles) claims += extractClaims(a).length;
  const extractMs = performance.now() - started;
  const extractHeap = Math.max(0, heapMB() - heapBefore);

  const matchRows: BenchRow[] = [];
  const growth: { claims: number; ms: number }[] = [];
  for (const count of MATCH_SELECTIONS) {
    const selection = Array.from({ length: count }, (_, i) => articles[i] ?? generate(i));
    const claimsByArticle = new Map(selection.map((a) => [a.id, extractClaims(a)]));
    const matched = [...claimsByArticle.values()].reduce((n, l) => n + l.length, 0);
    started = performance.now();
    const rows = matchClaims(selection, claimsByArticle);
    const ms = performance.now() - started;
    const first = growth[0];
    growth.push({ claims: matched, ms });
    const exponent = first ? Math.log(ms / first.ms) / Math.log(matched / first.claims) : undefined;
    matchRows.push({
      case: `claims: matchClaims over a ${count}-article selection`,
      size: `${count} articles, ${matched} claims`,
      timeMs: ms,
      note: `${rows.length} rows${exponent === undefined ? '' : `; growth exponent ${exponent.toFixed(2)} from ${MATCH_SELECTIONS[0]} articles (target ≤ 1.3)`}`,
    });
  }

  started = performance.now();
  const index = buildConcordance(articles);
  const indexMs = performance.now() - started;

  const latencies: number[] = [];
  const scans: number[] = [];
  let hits = 0;
  for (let q = 0; q < QUERIES; q++) {
    const phrase = PHRASES[q % PHRASES.length]!;
    let t = performance.now();
    hits += searchConcordance(index, phrase).hits.length;
    latencies.push(performance.now() - t);
    if (q < PHRASES.length * 3) {
      t = performance.now();
      const needle = phrase.toLowerCase();
      for (const a of articles) a.text.toLowerCase().indexOf(needle);
      scans.push(performance.now() - t);
    }
  }
  const { p50, p95 } = percentiles(latencies);
  const scan = percentiles(scans);

  return [
    {
      case: 'claims: tokenize only (baseline)',
      size,
      timeMs: tokenizeMs,
      ratio: 1,
      baseline: 'itself',
      note: `${tokens} words`,
    },
    {
      case: 'claims: extractClaims over every article',
      size,
      timeMs: extractMs,
      memoryMB: extractHeap,
      ratio: extractMs / tokenizeMs,
      baseline: 'tokenize only',
      note: `${claims} claims, ${(extractMs / ARTICLES).toFixed(2)} ms/article`,
    },
    ...matchRows,
    {
      case: 'concordance: build index',
      size,
      timeMs: indexMs,
      ratio: indexMs / tokenizeMs,
      baseline: 'tokenize only',
    },
    {
      case: 'concordance: query p50',
      size,
      timeMs: p50,
      ratio: p50 / scan.p50,
      baseline: 'lowercase + indexOf scan p50',
      note: `${QUERIES} queries, ${hits} hits; scan p50 ${scan.p50.toFixed(1)} ms`,
    },
    {
      case: 'concordance: query p95',
      size,
      timeMs: p95,
      ratio: p95 / scan.p95,
      baseline: 'lowercase + indexOf scan p95',
    },
  ];
}
