import { formatDate, formatNumber } from '../format/index';
import type { Lang } from '../format/lang';
import type { ClaimsView } from './ipc';
import type { Claim, ClaimCorrection, ClaimRow, DiscrepancyType } from './model';

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

/** The row's discrepancies that say the articles disagree (not "reported by one"). */
export function disagreementsOf(row: Pick<ClaimRow, 'discrepancies'>): DiscrepancyType[] {
  return row.discrepancies.filter((d) => d !== 'reported-by-one');
}

/** Lays out a claims view as rows of facts by articles; rows one article reports are left out unless asked for. */
export function buildClaimMatrix(view: ClaimsView, options: { includeSingle?: boolean } = {}): MatrixRow[] {
  const byId = new Map(view.claims.map((c) => [c.id, c]));
  const out: MatrixRow[] = [];
  for (const row of view.rows) {
    if (!options.includeSingle && row.articles.length < 2) continue;
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
