import { monthNumber } from './calendar';
import type { ArticleWarning, Span } from './model';

/** A date found for an article, ISO at its known precision (`2021`, `2021-12`, `2021-12-31`). */
export interface DateClue {
  date: string;
  /** Where it was found, for display: `header`, `stamp "31.12.2021, Sputnik France"`… */
  evidence: string;
}

/** The collection's date header (` date YYYY-MM ` at the very start) and its span. */
export interface DateHeader extends DateClue {
  span: Span;
}

const HEADER = /^ ?date (\d{4}-\d{2}(?:-\d{2})?) /u;

/** Reads the ` date YYYY-MM ` header that starts a collected article, if present. */
export function findDateHeader(text: string): DateHeader | undefined {
  const m = HEADER.exec(text);
  if (!m?.[1] || !isValidIso(m[1])) return undefined;
  return { date: m[1], evidence: `header "${m[0].trim()}"`, span: [0, m[0].length] };
}

/** A day-precision date in a stamp or publication line ("31.12.2021", "31/12/2021", "31 décembre 2021"). */
export function findStatedDate(text: string): string | undefined {
  const numeric = /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/u.exec(text);
  if (numeric) return isoDay(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/u.exec(text);
  if (iso) return isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const written = /\b(\d{1,2})(?:er)?\s+(\p{L}+)\s+(\d{4})\b/u.exec(text);
  const month = written?.[2] ? monthNumber(written[2]) : undefined;
  if (written && month) return isoDay(Number(written[3]), month, Number(written[1]));
  const english = /\b(\p{L}+)\s+(\d{1,2}),\s+(\d{4})\b/u.exec(text);
  const englishMonth = english?.[1] ? monthNumber(english[1]) : undefined;
  if (english && englishMonth) return isoDay(Number(english[3]), englishMonth, Number(english[2]));
  return undefined;
}

/** The publication day encoded in an article URL (`/20211231/`, `/2021/12/31/`), if any. */
export function findUrlDate(url: string): string | undefined {
  const compact = /\/(20\d{2}|19\d{2})(\d{2})(\d{2})(?:[/_-]|$)/u.exec(url);
  if (compact) return isoDay(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  const slashed = /\/(20\d{2}|19\d{2})\/(\d{2})\/(\d{2})(?:\/|$)/u.exec(url);
  if (slashed) return isoDay(Number(slashed[1]), Number(slashed[2]), Number(slashed[3]));
  return undefined;
}

/** Normalises a metadata date (ISO datetime, `YYYY-MM-DD`, `YYYY-MM`) to an ISO date at its precision. */
export function normalizeMetaDate(value: string): string | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/u.exec(value.trim());
  if (!m) return findStatedDate(value);
  const iso = [m[1], m[2], m[3]].filter(Boolean).join('-');
  return isValidIso(iso) ? iso : undefined;
}

/**
 * Picks the article's date: the most precise clue, preferring earlier ones in `clues` on ties.
 * Returns a warning when a clue contradicts another at their common precision.
 */
export function chooseDate(clues: DateClue[]): { chosen?: DateClue; warning?: ArticleWarning } {
  let chosen: DateClue | undefined;
  for (const clue of clues) if (!chosen || clue.date.length > chosen.date.length) chosen = clue;
  if (!chosen) return {};
  const conflict = clues.find((c) => !sameAtPrecision(c.date, chosen.date));
  return conflict
    ? {
        chosen,
        warning: {
          code: 'dates-disagree',
          date: chosen.date,
          evidence: chosen.evidence,
          otherDate: conflict.date,
          otherEvidence: conflict.evidence,
        },
      }
    : { chosen };
}

/** True when two ISO dates agree at the coarser of their precisions. */
export function sameAtPrecision(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) === b.slice(0, n);
}

/** `YYYY-MM-DD` for a valid calendar day, else undefined. */
function isoDay(year: number, month: number, day: number): string | undefined {
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isValidIso(iso) ? iso : undefined;
}

/** True for `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real date. */
function isValidIso(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number);
  if (y === undefined || y < 1800 || y > 2200) return false;
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d >= 1 && d <= days;
}
