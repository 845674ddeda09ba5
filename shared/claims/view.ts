import { formatDate, formatNumber } from '../format/index';
import type { Lang } from '../format/lang';
import { translate, translateCount, type MessageKey } from '../i18n/index';
import type { ClaimsView } from './ipc';
import type { Claim, ClaimCorrection, ClaimRow, DiscrepancyType, RowSubject } from './model';

/** The translatable head of a row's topic ("date", "heure", "citation", "nombre"), or a counted noun as written. */
export type TopicHead = { key: 'number' | 'date' | 'time' | 'quote' } | { text: string };

/** One article's cell of a matrix row. */
export interface MatrixCell {
  article: string;
  /** The article's claims in this row, in text order (usually one). */
  claims: Claim[];
  /** The row flags a discrepancy and this article reports the fact. */
  flagged: boolean;
}

/** One fact of the matrix: the row and one cell per article. */
export interface MatrixRow {
  row: ClaimRow;
  cells: MatrixCell[];
  flagged: boolean;
}

/** Heads the matcher writes in French whatever the article's language. */
const FIXED_HEADS: Readonly<Record<string, 'number' | 'date' | 'time' | 'quote'>> = {
  nombre: 'number',
  date: 'date',
  heure: 'time',
  citation: 'quote',
};

const SEPARATOR = ' · ';

/** Splits a row's topic ("soldats · frontière", "citation · Iouri Ouchakov") into its head and its detail. */
export function splitTopic(row: Pick<ClaimRow, 'topic' | 'kind'>): { head: TopicHead; detail?: string } {
  const at = row.topic.indexOf(SEPARATOR);
  const head = at < 0 ? row.topic : row.topic.slice(0, at);
  const detail = at < 0 ? undefined : row.topic.slice(at + SEPARATOR.length);
  const fixed = FIXED_HEADS[head];
  const translatable = fixed && (row.kind !== 'quantity' || fixed === 'number') ? fixed : undefined;
  const out: { head: TopicHead; detail?: string } = {
    head: translatable ? { key: translatable } : { text: head },
  };
  if (detail) out.detail = detail;
  return out;
}

/** Longest run of a statement's or marker's words shown in a topic. */
const TOPIC_WORDS = 60;

/**
 * A row's topic in `lang`, for a journalist: "troops (border)", "length (call)", "date (talks)", "statement by
 * Iouri Ouchakov"; the context word is the articles' own. Rows without a subject fall back on their topic.
 */
export function describeTopic(row: Pick<ClaimRow, 'topic' | 'kind' | 'subject'>, lang: Lang): string {
  const subject = row.subject;
  if (!subject) {
    const { head, detail } = splitTopic(row);
    const first = 'key' in head ? translate(lang, `claims.topic.${head.key}`) : head.text;
    return detail ? `${first} · ${detail}` : first;
  }
  const words = clip(subject.words ?? '');
  const context = subject.context ?? '';
  const withContext = (
    bare: MessageKey,
    inContext: MessageKey,
    params: Record<string, string> = {},
  ): string => (context ? translate(lang, inContext, { ...params, context }) : translate(lang, bare, params));
  switch (subject.kind) {
    case 'count':
      return withContext('claims.subject.count', 'claims.subject.countIn', {
        what: countedThing(subject, lang),
      });
    case 'duration':
      return withContext('claims.subject.duration', 'claims.subject.durationIn');
    case 'date':
      return withContext('claims.subject.date', 'claims.subject.dateIn');
    case 'time':
      return withContext('claims.subject.time', 'claims.subject.timeIn');
    case 'statement':
      return subject.speaker
        ? translate(lang, 'claims.subject.statementBy', { speaker: subject.speaker })
        : translate(lang, 'claims.subject.statementWords', { words });
    default:
      return translate(lang, `claims.subject.${subject.kind}`, { words });
  }
}

/** What a count counts: the concept in `lang` when known ("troops"), else the counted noun as written. */
function countedThing(subject: RowSubject, lang: Lang): string {
  if (subject.concept) return translate(lang, `claims.subject.concept.${subject.concept}` as MessageKey);
  return subject.unit ?? translate(lang, 'claims.subject.number');
}

/** Text on one line, cut at a word before `TOPIC_WORDS` characters. */
function clip(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= TOPIC_WORDS) return line;
  const cut = line.slice(0, TOPIC_WORDS);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), 1));
}

/** The row's discrepancies that say the articles disagree (not "reported by one"). */
export function disagreementsOf(row: Pick<ClaimRow, 'discrepancies'>): DiscrepancyType[] {
  return row.discrepancies.filter((d) => d !== 'reported-by-one');
}

/** Rows in the three sections every view of claims shows, in this order: facts reported differently, facts reported alike, facts one article reports. */
export interface RowSections<R> {
  differ: R[];
  agree: R[];
  single: R[];
}

/** Sorts rows into their sections, keeping their order inside each: the app, the CLI and the PDF list them so. */
export function sectionRows<R extends Pick<ClaimRow, 'articles' | 'discrepancies'>>(
  rows: readonly R[],
): RowSections<R> {
  const out: RowSections<R> = { differ: [], agree: [], single: [] };
  for (const row of rows) {
    if (row.articles.length < 2) out.single.push(row);
    else if (disagreementsOf(row).length > 0) out.differ.push(row);
    else out.agree.push(row);
  }
  return out;
}

/**
 * Lays out a claims view as rows of facts by articles, facts reported differently first, then those reported alike,
 * then (when asked for) those one article reports.
 */
export function buildClaimMatrix(view: ClaimsView, options: { includeSingle?: boolean } = {}): MatrixRow[] {
  const byId = new Map(view.claims.map((c) => [c.id, c]));
  const out: MatrixRow[] = [];
  const sections = sectionRows(view.rows);
  for (const row of [
    ...sections.differ,
    ...sections.agree,
    ...(options.includeSingle ? sections.single : []),
  ]) {
    const flagged = disagreementsOf(row).length > 0;
    const claims = row.claims.flatMap((id) => byId.get(id) ?? []);
    const cells = view.articles.map((article): MatrixCell => {
      const own = claims.filter((c) => c.articleId === article).sort((x, y) => x.start - y.start);
      return { article, claims: own, flagged: flagged && own.length > 0 };
    });
    out.push({ row, cells, flagged });
  }
  return out;
}

/** The rows a claim can be moved to: the other rows of its kind. */
export function moveTargetsFor(rows: readonly ClaimRow[], claim: Pick<Claim, 'id' | 'kind'>): ClaimRow[] {
  return rows.filter((r) => r.kind === claim.kind && !r.claims.includes(claim.id));
}

/** The corrections without those that dismiss `discrepancy` on `row` (to restore the flag). */
export function withoutDismissal(
  corrections: readonly ClaimCorrection[],
  row: Pick<ClaimRow, 'id' | 'claims'>,
  discrepancy: DiscrepancyType,
): ClaimCorrection[] {
  const refs = new Set([row.id, ...row.claims, ...row.claims.map((id) => `row:${id}`)]);
  return corrections.filter(
    (c) => !(c.type === 'dismiss' && c.discrepancy === discrepancy && refs.has(c.claimId)),
  );
}

/**
 * The value a claim states, written for a reader: "> 100 000", "≈ 50", "20 000–99 999", "10 janvier 2022",
 * "9 janvier 2022, 10 janvier 2022", a time as normalized; a quote's speaker; empty when there is nothing to add.
 */
export function describeClaimValue(claim: Claim, lang: Lang): string {
  const normalized = claim.normalized;
  if (claim.kind === 'quote') return claim.speaker ?? '';
  if (!normalized) return '';
  if (claim.kind === 'quantity') {
    const m = /^([~≲><≥≤]?)(-?[\d.]*)(?:–(-?[\d.]*))?$/u.exec(normalized);
    if (!m) return normalized;
    const [, sign = '', low = '', high] = m;
    const number = (s: string): string => (s === '' ? '' : formatNumber(Number(s), lang));
    const symbol = sign === '~' ? '≈' : sign;
    const value = high === undefined ? number(low) : `${number(low)}–${number(high)}`;
    return symbol ? `${symbol} ${value}` : value;
  }
  if (claim.kind === 'time')
    return claim.unit ? describeDuration(normalized, lang) : describeClock(claim, lang);
  if (claim.kind === 'date') {
    if (normalized.includes('/'))
      return normalized
        .split('/')
        .map((d) => formatDate(d, lang))
        .join(' – ');
    return normalized
      .split(',')
      .map((d) => formatDate(d, lang))
      .join(', ');
  }
  return normalized;
}

/** Designators of an ISO duration, with their catalog key and how many of the next smaller unit they hold. */
const DURATION_UNITS: Readonly<Record<string, 'days' | 'weeks' | 'months' | 'years'>> = {
  D: 'days',
  W: 'weeks',
  M: 'months',
  Y: 'years',
};

/** A normalized duration ("PT50M", "~PT120M", ">P3Y", "PT30M–PT60M") in words: "50 minutes", "≈ 2 hours". */
function describeDuration(normalized: string, lang: Lang): string {
  const one = (iso: string): string => {
    const m = /^([~≲><≥≤]?)P(T?)(\d+(?:\.\d+)?)([A-Z])$/u.exec(iso);
    if (!m) return iso;
    const [, sign = '', clock, amount = '', designator = ''] = m;
    const n = Number(amount);
    let words: string;
    if (clock) {
      words =
        n >= 60 && n % 60 === 0
          ? translateCount(lang, 'claims.value.hours', n / 60)
          : translateCount(lang, 'claims.value.minutes', n);
    } else {
      const key = DURATION_UNITS[designator];
      words = key ? translateCount(lang, `claims.value.${key}`, n) : iso;
    }
    const symbol = sign === '~' ? '≈' : sign;
    return symbol ? `${symbol} ${words}` : words;
  };
  return normalized.split('–').map(one).join(' – ');
}

/** A normalized clock time ("15:07Z", "16:07+01:00", "09:20") with its zone in words. */
function describeClock(claim: Claim, lang: Lang): string {
  const m = /^(\d{2}:\d{2})(Z|[+-]\d{2}:\d{2})?$/u.exec(claim.normalized ?? '');
  if (!m) return claim.normalized ?? '';
  const [, time = '', zone] = m;
  if (!zone) return time;
  return zone === 'Z'
    ? translate(lang, 'claims.value.utc', { time })
    : translate(lang, 'claims.value.offset', { time, offset: zone });
}
