import type { Article, Span } from '../article/model';
import { extractDates, referenceDate } from './dates';
import { extractEntities } from './entities';
import { claimId, type Claim } from './model';
import type { NumberLocale } from './numbers';
import { extractQuantities, type QuantityFinding } from './quantities';
import { extractMarkers } from './attribution';
import { DEFAULT_LEXICON, type ClaimLexicon } from './lexicon';
import { extractQuotes, extractReportedSpeech } from './quotes';
import { contentSpans } from '../text/content';
import { fold } from '../text/fold';
import { durationUnitOf, type DurationUnit } from '../text/quantity-words';
import { textLang } from '../text/lang';
import { splitSentences } from '../text/sentences';

/** The parts of an article that claim extraction reads. */
export type ClaimSource = Pick<
  Article,
  'id' | 'text' | 'paragraphs' | 'boilerplate' | 'date' | 'url' | 'language'
>;

const SELON = /(?<![\p{L}])(?:[Ss]elon|[Dd]['’]après|[Aa]ccording to)\s+[^,.;:!?()«»"“”]{2,60}/u;

/** What claim extraction looks for besides its grammar: the lexicon and the folder's watched phrases. */
export interface ExtractOptions {
  lexicon?: ClaimLexicon;
  watched?: readonly string[];
}

/**
 * Extracts quantities, dates, times, direct quotes and named people, places and organisations from an article's
 * content (boilerplate and the ` date YYYY-MM ` header skipped), each with its `[start, end)` span into `Article.text`.
 */
export function extractClaims(article: ClaimSource, options: ExtractOptions = {}): Claim[] {
  const { text } = article;
  const zones = contentSpans(article);
  const lang = textLang(article.language);
  const sentences = zones.flatMap((zone) => splitSentences(text, zone, lang));
  const locale: NumberLocale = article.language?.startsWith('en') ? 'en' : 'fr';
  const ref = referenceDate(article);
  const dates = extractDates(text, zones, ref);
  const quantities = extractQuantities(
    text,
    zones,
    dates.map((d): Span => [d.start, d.end]),
    locale,
  );
  const entities = extractEntities(text, zones);
  const quotes = extractQuotes(text, zones, sentences, entities);
  const claims: Claim[] = [];
  const make = (kind: Claim['kind'], start: number, end: number): Claim => ({
    id: claimId(article.id, kind, start),
    articleId: article.id,
    kind,
    text: text.slice(start, end),
    start,
    end,
  });
  for (const d of dates) {
    const { kind, start, end, ...rest } = d;
    claims.push({ ...make(kind, start, end), ...rest, ...attributionAt(text, sentences, start) });
  }
  for (const q of quantities) {
    const { start, end, ...rest } = q;
    const duration = rest.unit ? durationUnitOf(fold(rest.unit)) : undefined;
    if (duration) {
      if (/^\s+(?:ago|read)(?![\p{L}])/u.test(text.slice(end, end + 8))) continue;
      claims.push({
        ...make('time', start, end),
        ...durationOf(rest, duration),
        ...attributionAt(text, sentences, start),
      });
      continue;
    }
    const value = rest.value;
    claims.push({
      ...make('quantity', start, end),
      ...rest,
      normalized: normalizeQuantity(rest.qualifierKind, value, rest.min, rest.max),
      ...attributionAt(text, sentences, start),
    });
  }
  const cited: Span[] = [];
  for (const [start, end] of spansOf(RELATIVE_PERIOD, text, zones)) {
    if (claims.some((c) => c.kind === 'date' && c.start < end && c.end > start)) continue;
    claims.push({ ...make('date', start, end), relative: true });
  }
  for (const [start, end] of spansOf(VAGUE_TIME, text, zones)) {
    if (claims.some((c) => c.kind === 'time' && c.start < end && c.end > start)) continue;
    claims.push(make('time', start, end));
  }
  for (const q of quotes) {
    const { start, end, attributionSpan, ...rest } = q;
    claims.push({ ...make('quote', start, end), ...rest });
    if (attributionSpan) cited.push(attributionSpan);
  }
  for (const r of extractReportedSpeech(text, sentences, entities, quotes)) {
    const { start, end, subject, ...rest } = r;
    claims.push({ ...make('reported-speech', start, end), ...rest });
    cited.push(subject);
  }
  for (const [s, e] of cited) {
    if (!citedSource(text.slice(s, e), s, e, entities)) continue;
    if (claims.some((c) => c.kind === 'source' && c.start < e && c.end > s)) continue;
    claims.push(make('source', s, e));
  }
  for (const m of extractMarkers(text, zones, options.lexicon ?? DEFAULT_LEXICON, options.watched)) {
    if (m.kind === 'source' && claims.some((c) => c.kind === 'source' && c.start < m.end && c.end > m.start))
      continue;
    claims.push(make(m.kind, m.start, m.end));
  }
  for (const e of entities) claims.push({ ...make(e.kind, e.start, e.end), normalized: e.name });
  return claims.sort((a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind));
}

/** Words that join the parts of a name or title ("Minister of Defence", "ministre de la Défense", "Russia's"). */
const NAME_JOINERS = /^(?:of|the|de|du|des|la|le|l['’]\p{L}+|d['’]\p{L}+|and|et|['’]s)$/u;

/**
 * Whether the words naming who speaks cite a source worth a claim: a title or role ("Kremlin spokesman Dmitry
 * Peskov", "a senior official", "the ministry"), a statement, or an organisation; not a pronoun nor a bare name
 * ("Putin said"), which the quote or statement already carries as its speaker.
 */
function citedSource(
  phrase: string,
  start: number,
  end: number,
  entities: readonly { kind: string; start: number; end: number }[],
): boolean {
  if (/["«»“”]|(?<![\p{L}])(?:que|qu['’]|that)(?![\p{L}])/u.test(phrase) || phrase.split(/\s+/).length > 12)
    return false;
  const words = phrase.split(/\s+/).filter((w) => w && !NAME_JOINERS.test(w));
  if (words.length === 0 || /^(?:il|elle|ils|elles|on|he|she|they|it|we|i|nous|je)$/iu.test(phrase))
    return false;
  if (words.some((w) => /^\p{Ll}/u.test(w))) return true;
  return entities.some((e) => e.kind === 'organisation' && e.start >= start && e.end <= end);
}

/**
 * A part of the day or a duration without a figure, in both languages ("in the early hours of Sunday", "pre-dawn",
 * "several hours", "toute la journée", "quelques minutes plus tôt"): a time with no value, never compared as one.
 */
const VAGUE_TIME = new RegExp(
  [
    String.raw`(?:in\s+)?the\s+(?:early|late)\s+(?:hours|morning|afternoon|evening)(?:\s+of\s+\p{Lu}\p{L}+)?`,
    String.raw`in\s+the\s+(?:morning|afternoon|evening|night)`,
    String.raw`(?:early|late)\s+(?:morning|afternoon|evening)`,
    String.raw`pre-dawn|overnight|at\s+(?:noon|midnight|dawn|dusk)|before\s+(?:sunrise|dawn)`,
    String.raw`(?:this|that)\s+(?:morning|afternoon|evening)`,
    String.raw`all\s+(?:day|night)|(?:week|day|hours?|month|year)-long`,
    String.raw`(?:several|a\s+few|many)\s+(?:minutes|hours|days|weeks|months|years)(?:\s+(?:later|earlier|ago))?`,
    String.raw`(?:nearly|almost|more\s+than|over|for)\s+a\s+(?:decade|year|week|month)`,
    String.raw`toute\s+la\s+(?:journée|nuit|matinée|soirée)|(?:dans|pendant)\s+la\s+(?:nuit|matinée|soirée)`,
    String.raw`(?:ce|le)\s+(?:matin|soir)|à\s+l['’]aube|en\s+fin\s+de\s+(?:matinée|journée|soirée|nuit)`,
    String.raw`(?:seulement\s+)?(?:quelques|plusieurs)\s+(?:minutes|heures|jours|semaines|mois|années)(?:\s+plus\s+(?:tôt|tard))?`,
    String.raw`(?:près\s+d['’]|plus\s+d['’])?une\s+(?:décennie|année)|un\s+jour\s+(?:avant|après|plus\s+tôt|plus\s+tard)`,
  ].join('|'),
  'giu',
);

/**
 * A week, month or day named from another ("next week", "earlier this month", "three days later", "la semaine
 * prochaine", "le même jour"): a relative date, resolved to no calendar day.
 */
const RELATIVE_PERIOD = new RegExp(
  [
    String.raw`(?:next|last|this|later\s+this|earlier\s+this|early\s+next|late\s+last)\s+(?:week|month|year)`,
    String.raw`in\s+(?:the\s+)?coming\s+(?:days|weeks|months)|(?:two|three|four|five|several|a\s+few)\s+days\s+(?:later|earlier)`,
    String.raw`the\s+same\s+day|the\s+(?:next|following|previous)\s+day`,
    String.raw`(?:la\s+semaine|le\s+mois|l['’]année)\s+(?:prochaine?|dernière?)|(?:cette|ce)\s+(?:semaine|mois)`,
    String.raw`dans\s+les\s+(?:prochains|jours|semaines)\s*(?:jours|semaines|mois)?|(?:deux|trois|quatre|cinq|quelques)\s+jours\s+plus\s+(?:tard|tôt)`,
    String.raw`le\s+même\s+jour|le\s+lendemain|la\s+veille`,
  ].join('|'),
  'giu',
);

/** Spans a pattern finds in an article's content zones, whole words only. */
function spansOf(pattern: RegExp, text: string, zones: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const [from, to] of zones) {
    for (const m of text.slice(from, to).matchAll(pattern)) {
      const start = from + m.index!;
      const end = start + m[0].length;
      if (/[\p{L}\p{N}]/u.test(text[start - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
      out.push([start, end]);
    }
  }
  return out;
}

/** `{ attribution: "Selon Washington" }` when the claim's sentence names a source. */
function attributionAt(text: string, sentences: readonly Span[], at: number): Pick<Claim, 'attribution'> {
  const sentence = sentences.find(([s, e]) => at >= s && at < e);
  if (!sentence) return {};
  const m = SELON.exec(text.slice(sentence[0], sentence[1]));
  return m && !/\s(?:lui|elle|eux|elles|moi|nous|vous)$/u.test(m[0].trim())
    ? { attribution: m[0].trim() }
    : {};
}

/** Canonical text of a quantity: `100000`, `~50`, `>100000`, `≥3`, `<10`, `≤10`, `20000–99999`. */
function normalizeQuantity(
  kind: Claim['qualifierKind'],
  value: number | undefined,
  min?: number,
  max?: number,
): string {
  if (value === undefined) return `${min ?? ''}–${max ?? ''}`;
  const prefix: Record<string, string> = {
    approx: '~',
    nearly: '≲',
    more: '>',
    'at-least': '≥',
    less: '<',
    'at-most': '≤',
  };
  return `${prefix[kind ?? 'exact'] ?? ''}${value}`;
}

/** A duration's fields: the amount as written, with `PT90M` / `>P3Y` as its normalized form (minutes below a day). */
function durationOf(q: Omit<QuantityFinding, 'start' | 'end'>, unit: DurationUnit): Partial<Claim> {
  const iso = (n: number | undefined): string => {
    if (n === undefined) return '';
    if (unit.minutes < 1440) return `PT${Math.round(n * unit.minutes)}M`;
    const designator = unit.designator === 'MO' ? 'M' : unit.designator;
    return `P${unit.minutes > 525960 ? n * 10 : n}${designator}`;
  };
  const prefix = normalizeQuantity(q.qualifierKind, q.value, q.min, q.max).replace(/[\d.]+$/, '');
  const normalized = q.value === undefined ? `${iso(q.min)}–${iso(q.max)}` : `${prefix}${iso(q.value)}`;
  return { ...q, normalized };
}
